package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The structure stage asks "is this letter upper or lower case?" for nearly
// every rune it looks at. unicode.IsUpper and friends answer ASCII and Latin-1
// from a table but search range tables for the rest, and most Vietnamese
// letters with tone marks live in Latin Extended Additional (U+1EA0–U+1EF9),
// where upper and lower case simply alternate. These helpers answer those
// directly and defer to package unicode for everything else.

// letterCase classifies r: letter reports a letter, lower and upper its case.
func letterCase(r rune) (letter, lower, upper bool) {
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

// isUpperRune is unicode.IsUpper with the fast paths of letterCase.
func isUpperRune(r rune) bool {
	_, _, up := letterCase(r)
	return up
}

// lowerRune is unicode.ToLower with fast paths for ASCII, Latin-1 and the
// Vietnamese block.
func lowerRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case 0xC0 <= r && r <= 0xDE && r != 0xD7:
		return r + 0x20
	case 0xDF <= r && r <= 0xFF:
		return r
	case 0x1EA0 <= r && r <= 0x1EF9:
		return r | 1
	}
	return unicode.ToLower(r)
}

// lowerSameLen lower-cases s rune by rune, keeping byte offsets valid: runes
// whose lower case has another UTF-8 length are kept as they are. (A byte of
// invalid UTF-8 becomes U+FFFD, as ranging over the string makes it.) The
// common case, a line with no capital to change, is returned as it is.
func lowerSameLen(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		if lr := lowerRune(r); lr != r && utf8.RuneLen(lr) == n {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if lr := lowerRune(r); utf8.RuneLen(lr) == utf8.RuneLen(r) {
			r = lr
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

// hasPrefixLower reports whether s starts with prefix, an ASCII string in
// lower case, when the ASCII capitals of s are read in lower case: what
// strings.HasPrefix(lowerSameLen(s), prefix) says, without the copy.
func hasPrefixLower(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}
