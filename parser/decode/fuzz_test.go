package decode

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vnlegal/vanban/parser/decode/source"

	"github.com/vnlegal/vanban/internal/testshared"
)

// FuzzDecode feeds arbitrary bytes to the format sniffer, the decoders and the
// encoding detection: no panic, and the text returned is valid UTF-8.
func FuzzDecode(f *testing.F) {
	testshared.AddSeeds(f, 256<<10, "docx/testdata/*.docx", "html/testdata/*.html", "../../testdata/*.txt")
	for _, s := range []string{
		"{\\rtf1\\ansi{\\fonttbl{\\f0 .VnTime;}}\\f0 Céng hoµ x· héi chñ nghÜa ViÖt Nam\\par}",
		"Céng hoµ x· héi chñ nghÜa ViÖt Nam\nNghÞ ®Þnh sè 114/2003/N§-CP",
		"Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",
		"\xff\xfeV\x00i\x00\xc7\x1e\x00\x00",
		"<html><body><p>KẾ HOẠCH</p></body></html>",
		"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00",
		"PK\x03\x04garbage",
		"%PDF-1.4",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		defer testshared.Watchdog(10*time.Second, "Decode")()
		res, err := Decode(src)
		if err != nil {
			return
		}
		if !utf8.Valid(res.Text) && res.Format != source.FormatText {
			t.Fatalf("%s decoder returned invalid UTF-8", res.Format)
		}
	})
}
