package msdoc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDumpTmp(t *testing.T) {
	out := os.Getenv("DUMP")
	if out == "" {
		t.Skip()
	}
	docs, _ := filepath.Glob(filepath.Join(shared, "legacy", "doc-rtf", "docs", "*.doc"))
	for _, d := range docs {
		b, _ := os.ReadFile(d)
		st := time.Now()
		text, enc, w, err := Text(b)
		t.Logf("%s %v %s %v %v", filepath.Base(d), time.Since(st), enc, w, err)
		os.WriteFile(filepath.Join(out, strings.TrimSuffix(filepath.Base(d), ".doc")+".txt"), []byte(text), 0o644)
	}
}
