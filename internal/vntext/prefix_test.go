package vntext

import (
	"strings"
	"testing"
)

func TestHasPrefixASCIIFold(t *testing.T) {
	asciiLower := func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	for _, s := range []string{"TM. UBND", "ông KT. Bộ", "x t/m y", "KT/ ", "<META Charset", "Tm", "ĐT. x"} {
		for i := 0; i <= len(s); i++ {
			for _, p := range []string{"tm.", "kt.", "t/m ", "<meta", "", "đt."} {
				want := strings.HasPrefix(strings.Map(asciiLower, s[i:]), p)
				if got := HasPrefixASCIIFold(s[i:], p); got != want {
					t.Errorf("HasPrefixASCIIFold(%q, %q) = %v", s[i:], p, got)
				}
				if got := HasPrefixASCIIFold([]byte(s[i:]), p); got != want {
					t.Errorf("HasPrefixASCIIFold([]byte(%q), %q) = %v", s[i:], p, got)
				}
			}
		}
	}
}
