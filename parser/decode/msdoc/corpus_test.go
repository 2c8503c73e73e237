package msdoc

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

// TestCorpusDoc reads the .doc files of the shared corpus (Unicode text in
// 16-bit pieces): each must give Vietnamese text and no error.
func TestCorpusDoc(t *testing.T) {
	docs := testshared.Glob(t, "corpus/*.doc")
	for _, d := range docs {
		b := testshared.ReadFile(t, d)
		text, enc, warns, err := decodeDoc(b, false)
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(d), err)
			continue
		}
		if !vnenc.HasVietnamese(text) || len(text) < 1000 {
			t.Errorf("%s: %d bytes of text, enc %v", filepath.Base(d), len(text), enc)
		}
		first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
		t.Logf("%s: %s, %d bytes, %q, warnings %q", filepath.Base(d), enc, len(text), first, warns)
	}
}
