package docx

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzDOCX feeds arbitrary bytes to Text, and arbitrary XML as
// word/document.xml of a valid archive: it must not panic (Text turns a panic
// into an "internal error", reported here as a failure).
func FuzzDOCX(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("testdata", "sample.docx")); err == nil {
		f.Add(b, "")
	}
	parts := sampleParts()
	f.Add([]byte(nil), parts["word/document.xml"])
	f.Add([]byte("PK\x03\x04"), `<w:p><w:r><w:fldChar w:fldCharType="end"/><w:sym w:char="zz"/><w:t>x</w:t></w:r>`)
	f.Fuzz(func(t *testing.T, raw []byte, doc string) {
		check := func(b []byte) {
			text, _, err := decodeDOCX(b)
			if err != nil && len(err.Error()) > 17 && err.Error()[:17] == "docx: internal er" {
				t.Fatal(err)
			}
			if !utf8.ValidString(text) {
				t.Errorf("invalid UTF-8: %q", text)
			}
		}
		check(raw)
		if doc != "" {
			p := sampleParts()
			p["word/document.xml"] = doc
			check(buildDOCX(t, p))
		}
	})
}
