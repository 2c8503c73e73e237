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

// isCaps reports whether s has at least two letters and none in lower case.
// Legal and administrative headers print issuers, types and titles in capitals,
// which is the best layout evidence left in extracted text.
func isCaps(s string) bool {
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
		if letter, lower, _ := letterCase(r); letter {
			if lower {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// capsRatio is the share of upper-case letters among the letters of s.
func capsRatio(s string) float64 {
	up, all := 0, 0
	for _, r := range s {
		if letter, _, upper := letterCase(r); letter {
			all++
			if upper {
				up++
			}
		}
	}
	if all == 0 {
		return 0
	}
	return float64(up) / float64(all)
}

// noLower reports a fragment with letters and none in lower case: a capital
// letter alone on a line ("Ý" of a wrapped title) counts as capitals.
func noLower(s string) bool {
	letters := 0
	for _, r := range s {
		if letter, lower, _ := letterCase(r); letter {
			if lower {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

func isCapsWord(w string) bool {
	hasLetter := false
	for _, r := range w {
		if letter, lower, _ := letterCase(r); letter {
			if lower {
				return false
			}
			hasLetter = true
		} else if unicode.IsDigit(r) {
			return false
		}
	}
	return hasLetter || w == "-" || w == "–" || w == ","
}

func startsUpper(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || (r > 127 && strings.ToLower(string(r)) != string(r))
	}
	return false
}

func startsLowerWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z'
	case 0x1EA0 <= r && r <= 0x1EF9:
		return r&1 == 1
	}
	return r != utf8.RuneError && unicode.ToLower(r) == r && unicode.ToUpper(r) != r
}

// startsLowerLetter reports whether the first rune of w is a lower-case letter.
func startsLowerLetter(w string) bool {
	if c := w[0]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	_, lower, _ := letterCase(r)
	return lower
}

// titleCaseWord reports a word with a capital first letter and lower case after it.
func titleCaseWord(w string) bool {
	w = strings.Trim(w, "“\"(,.;:")
	first, n := utf8.DecodeRuneInString(w)
	if n == len(w) || !isUpperRune(first) {
		return false // fewer than two runes, or not a capital first
	}
	for _, r := range w[n:] {
		if isUpperRune(r) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isRoman(s string) bool {
	if s == "" || len(s) > 7 {
		return false
	}
	return romanValue(s) > 0
}

func romanValue(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || toRoman(total) != s {
		return 0
	}
	return total
}

func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
