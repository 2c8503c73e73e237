package vnenc

import (
	"testing"
	"unicode/utf8"
)

// FuzzDetect runs encoding detection and every conversion table on arbitrary
// bytes: no panic, and the converted text is valid UTF-8.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{
		"Céng hoµ x· héi chñ nghÜa ViÖt Nam",
		"Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",
		"Côòng hoÌa xaÞ hôòi chuÒ nghiÞa Viêòt Nam",
		"Vie^.t Nam, Quye^'t ddi.nh so^' 05/QDD-UBND",
		"nhµ n\u2212íc", "Việt Nam", "\xff\xfe\x00", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		enc, conf := Detect(b)
		if conf < 0 || conf > 1 {
			t.Fatalf("confidence %v", conf)
		}
		_, _ = DetectText(string(b))
		for _, e := range []Encoding{TCVN3, VNI, CP1258, VIQR, enc} {
			for _, upper := range []bool{false, true} {
				if s := DecodeBytes(b, e, upper); !utf8.ValidString(s) {
					t.Fatalf("%s DecodeBytes gave invalid UTF-8", e)
				}
				if s := DecodeRunes(string(b), e, upper); !utf8.ValidString(s) && utf8.Valid(b) {
					t.Fatalf("%s DecodeRunes gave invalid UTF-8", e)
				}
			}
		}
	})
}
