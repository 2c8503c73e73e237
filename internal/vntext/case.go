package vntext

import (
	"unicode"
	"unicode/utf8"
)

// The stages ask "is this letter upper or lower case?" for nearly every rune
// they look at. unicode.IsUpper and friends answer ASCII and Latin-1 from a
// table but search range tables for the rest, and most Vietnamese letters with
// tone marks live in Latin Extended Additional (U+1EA0–U+1EF9), where upper and
// lower case simply alternate. These functions answer those directly and defer
// to package unicode for everything else.

// LetterCase classifies r: letter reports a letter, lower and upper its case.
func LetterCase(r rune) (letter, lower, upper bool) {
	switch {
	case r < utf8.RuneSelf:
		lower = 'a' <= r && r <= 'z'
		upper = 'A' <= r && r <= 'Z'
		return lower || upper, lower, upper
	case 0x1EA0 <= r && r <= 0x1EF9:
		// Ạ ạ Ả ả … Ỹ ỹ: even code points are capitals
		return true, r&1 == 1, r&1 == 0
	}
	return unicode.IsLetter(r), unicode.IsLower(r), unicode.IsUpper(r)
}

// IsUpper is unicode.IsUpper with the fast paths of LetterCase.
func IsUpper(r rune) bool {
	_, _, up := LetterCase(r)
	return up
}

// IsLower is unicode.IsLower with the fast paths of LetterCase.
func IsLower(r rune) bool {
	_, low, _ := LetterCase(r)
	return low
}

// LowerRune is unicode.ToLower with fast paths for ASCII, Latin-1 and the
// Vietnamese block. The scanners call it on every letter they compare, so
// its common case is one table read the compiler inlines.
func LowerRune(r rune) rune {
	if uint32(r) < 256 {
		return rune(latin1Lower[uint8(r)])
	}
	return lowerWide(r)
}

// latin1Lower is the lower case of each Latin-1 rune.
var latin1Lower = func() (t [256]uint8) {
	for r := range t {
		t[r] = uint8(unicode.ToLower(rune(r)))
	}
	return t
}()

// lowerWide is LowerRune past Latin-1. Vietnamese letters there are in the
// Vietnamese block and in Latin Extended-A and -B (Ă Đ Ĩ Ũ, Ơ Ư), whose
// capitals and small letters mostly pair as even and odd code points.
func lowerWide(r rune) rune {
	switch {
	case 0x1EA0 <= r && r <= 0x1EF9, 0x100 <= r && r < 0x130, 0x14A <= r && r < 0x178:
		return r | 1
	case r == 0x1A0: // Ơ
		return 0x1A1
	case r == 0x1AF: // Ư
		return 0x1B0
	}
	return unicode.ToLower(r)
}

// IsCaps reports whether s has at least two letters and none in lower case.
// Legal and administrative documents print issuers, types, titles and
// headings in capitals, which is the best layout evidence left in extracted
// text. One capital letter alone ("I", "A") is a label, not a line in
// capitals, so it does not count.
func IsCaps(s string) bool {
	letters := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII inline: most of a header line is ASCII letters, digits and spaces
			if 'a' <= c && c <= 'z' {
				return false
			}
			if 'A' <= c && c <= 'Z' {
				letters++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if letter, lower, _ := LetterCase(r); letter {
			if lower {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// HasLower reports whether s has a lower-case letter.
func HasLower(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if IsLower(r) {
			return true
		}
	}
	return false
}
