package vntext

// The scanners of vanban all ask one question of text split into words: is
// there a space here, and how long is it? "Space" is what unicode.IsSpace and
// strings.Fields mean by it, so that a scanner that reads words in place
// agrees with strings.Fields.

import (
	"unicode"
	"unicode/utf8"
)

// ASCIISpace marks the ASCII bytes unicode.IsSpace accepts.
var ASCIISpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// SpaceAt is the byte length of the space rune that starts at s[i], 0 when the
// rune there is not a space. Bytes that cannot start a space rune (most of
// Vietnamese text) are ruled out before any decoding.
func SpaceAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if ASCIISpace[c] {
			return 1
		}
		return 0
	}
	switch c {
	case 0xC2, 0xE2, 0xE3: // U+0085, U+00A0; U+2000–U+205F; U+3000
	case 0xE1:
		if i+1 < len(s) && s[i+1] != 0x9A {
			return 0 // U+1680 is the only space of its block
		}
	default:
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}
