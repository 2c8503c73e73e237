package normalize

import (
	"bytes"
	"testing"
	"unicode"
	"unicode/utf8"
)

// startsStructureByRules is the plain statement of startsStructure that the
// first-byte version must agree with.
func startsStructureByRules(b []byte) bool {
	switch b[0] {
	case '-', '+', '*':
		return len(b) > 1 && b[1] == ' '
	}
	for _, bullet := range [...]string{"• ", "– ", "— "} {
		if bytes.HasPrefix(b, []byte(bullet)) {
			return true
		}
	}
	if d := digits(b); d > 0 {
		return d <= 3 && d < len(b) && (b[d] == '.' || b[d] == ')')
	}
	if bytes.HasPrefix(b, []byte("Điều ")) {
		return len(b) > len("Điều ") && isDigit(b[len("Điều ")])
	}
	for _, w := range structureWords {
		if bytes.HasPrefix(b, []byte(w)) {
			rest := b[len(w):]
			r, _ := utf8.DecodeRune(rest)
			if len(rest) == 0 || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	r, sz := utf8.DecodeRune(b)
	if unicode.IsLower(r) && sz < len(b) && b[sz] == ')' {
		return true
	}
	i := 0
	for i < len(b) && bytes.IndexByte([]byte("IVXLC"), b[i]) >= 0 {
		i++
	}
	return i > 0 && i < len(b) && (b[i] == '.' || b[i] == ')')
}

func FuzzStartsStructure(f *testing.F) {
	for _, s := range []string{"- a", "• x", "12. Y", "Điều 5", "Chương II", "Lưu:", "Lưuý", "a) b", "đ) c", "ℊ) d", "IV. E", "C)", "Căn cứ", "x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) == 0 {
			return
		}
		if got, want := startsStructure(b), startsStructureByRules(b); got != want {
			t.Fatalf("startsStructure(%q) = %v, want %v", b, got, want)
		}
	})
}
