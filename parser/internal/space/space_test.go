package space

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// At must agree with unicode.IsSpace on every rune, and never read a broken
// sequence as a space.
func TestAtMatchesUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r) + "x"
		want := 0
		if unicode.IsSpace(r) {
			want = utf8.RuneLen(r)
		}
		if got := At(s, 0); got != want {
			t.Fatalf("At(%U) = %d, want %d", r, got, want)
		}
	}
	for _, s := range []string{"\xc2", "\xe1\x9a", "\xe2\x80", "\xe3"} {
		if At(s, 0) != 0 {
			t.Fatalf("At(%q) reads a space", s)
		}
	}
}
