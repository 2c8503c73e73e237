package msdoc

import (
	"fmt"
	"os"
	"testing"
)

func TestDbgHddTmp(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	d := &doc{}
	d.open(b)
	d.readFIB()
	ps, _ := d.readPieces()
	from := d.ccp[0] + d.ccp[1]
	to := from + d.ccp[2]
	fmt.Println("ccp", d.ccp)
	var out []rune
	for _, p := range ps {
		for cp := p.cpStart; cp < p.cpEnd; cp++ {
			if cp < from || cp >= to {
				continue
			}
			if p.compressed {
				out = append(out, rune(d.wd[p.fc+(cp-p.cpStart)]))
			} else {
				out = append(out, rune(le16(d.wd, int(p.fc+2*(cp-p.cpStart)))))
			}
		}
	}
	fmt.Printf("%q\n", string(out))
	fc, lcb := d.fcLcbAt(11)
	plc, _ := slice(d.tbl, fc, lcb)
	for i := 0; i+4 <= len(plc); i += 4 {
		fmt.Print(le32(plc, i), " ")
	}
	fmt.Println()
}
