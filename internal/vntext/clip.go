package vntext

import (
	"strings"
	"unicode/utf8"
)

// Clip shortens s to its first n runes, trailing spaces dropped, and marks the
// cut with "…"; s itself when it has at most n runes. The graph labels and
// titles are clipped with it, so a long trích yếu never breaks a drawing.
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:max(n, 0)])) + "…"
}

// Head is s cut to at most n bytes, at the start of a rune: the samples and
// windows that the decoders and scanners read never end in half a letter.
func Head[T ~string | ~[]byte](s T, n int) T {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
