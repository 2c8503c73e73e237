package vntext

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// At must agree with unicode.IsSpace on every rune, and never read a broken
// sequence as a space.
func TestSpaceAtMatchesUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r) + "x"
		want := 0
		if unicode.IsSpace(r) {
			want = utf8.RuneLen(r)
		}
		if got := SpaceAt(s, 0); got != want {
			t.Fatalf("SpaceAt(%U) = %d, want %d", r, got, want)
		}
	}
	for _, s := range []string{"\xc2", "\xe1\x9a", "\xe2\x80", "\xe3"} {
		if SpaceAt(s, 0) != 0 {
			t.Fatalf("SpaceAt(%q) reads a space", s)
		}
	}
}
