package msdoc

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDbgFieldsTmp(t *testing.T) {
	if os.Getenv("DBGF") == "" {
		t.Skip()
	}
	docs, _ := filepath.Glob(filepath.Join(shared, "legacy", "doc-rtf", "docs", "*.doc"))
	for _, f := range docs {
		b, _ := os.ReadFile(f)
		d := &doc{}
		d.open(b)
		d.readFIB()
		ps, _ := d.readPieces()
		var out []rune
		for _, p := range ps {
			for cp := p.cpStart; cp < p.cpEnd && cp < d.ccp[0]; cp++ {
				if p.compressed {
					out = append(out, rune(d.wd[p.fc+(cp-p.cpStart)]))
				} else {
					out = append(out, rune(le16(d.wd, int(p.fc+2*(cp-p.cpStart)))))
				}
			}
		}
		s := string(out)
		n := strings.Count(s, "\x13")
		if n == 0 {
			continue
		}
		i := strings.Index(s, "\x13")
		j := i + 60
		if j > len(s) {
			j = len(s)
		}
		fmt.Printf("%s n=%d %q\n", filepath.Base(f), n, s[i:j])
	}
}
