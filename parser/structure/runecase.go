package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
)

// The questions the structure stage asks of words and lines: how they are
// cased, whether they are numbers. Letter case and Roman numerals themselves
// are answered by internal/vntext, which the citation scanner shares.

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
		if lr := vntext.LowerRune(r); lr != r && utf8.RuneLen(lr) == n {
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
		if lr := vntext.LowerRune(r); utf8.RuneLen(lr) == utf8.RuneLen(r) {
			r = lr
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

// capsRatio is the share of upper-case letters among the letters of s.
func capsRatio(s string) float64 {
	up, all := 0, 0
	for _, r := range s {
		if letter, _, upper := vntext.LetterCase(r); letter {
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
		if letter, lower, _ := vntext.LetterCase(r); letter {
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
		if letter, lower, _ := vntext.LetterCase(r); letter {
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

// startsUpper reports whether w opens with a letter that has a lower case:
// a capital (one rune's mapping, without the strings a conversion costs).
func startsUpper(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.ToLower(r) != r
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
	_, lower, _ := vntext.LetterCase(r)
	return lower
}

// titleCaseWord reports a word with a capital first letter and lower case after it.
func titleCaseWord(w string) bool {
	w = trimASCII(w, "\"(,.;:")
	if strings.HasPrefix(w, "“") {
		// the opening quote, the one non-ASCII rune of the cutset
		w = trimASCII(strings.TrimLeft(w, "“"), "\"(,.;:")
	}
	first, n := utf8.DecodeRuneInString(w)
	if n == len(w) || !vntext.IsUpper(first) {
		return false // fewer than two runes, or not a capital first
	}
	for _, r := range w[n:] {
		if vntext.IsUpper(r) {
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
