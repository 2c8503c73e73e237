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
