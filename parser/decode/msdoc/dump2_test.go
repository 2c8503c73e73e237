package msdoc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDumpUpperTmp(t *testing.T) {
	out := os.Getenv("DUMPU")
	if out == "" {
		t.Skip()
	}
	docs, _ := filepath.Glob(filepath.Join(shared, "legacy", "doc-rtf", "docs", "*.doc"))
	for _, d := range docs {
		b, _ := os.ReadFile(d)
		text, _, _, _ := TextUpper(b)
		os.WriteFile(filepath.Join(out, strings.TrimSuffix(filepath.Base(d), ".doc")+".txt"), []byte(text), 0o644)
	}
}
