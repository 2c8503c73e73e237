package structure

import (
	"strings"

	"github.com/vnlegal/vanban/parser/lexicon"
)

// Helpers of the header and tail readers that answer what strings.Fields,
// strings.Join and key would, without building slices or strings for the
// common case. Each keeps the exact result of the code it replaced; the old
// definitions live in fast_test.go and are tested against these.

// readWords appends the words of s, as strings.Fields splits them, to w and
// their byte offsets in s to at. Callers pass arrays on their stack, so that
// short lines allocate nothing, and keep w, at and s in separate variables:
// escape analysis does not tell struct fields apart, and a struct holding
// them would move the arrays to the heap.
func readWords(s string, w []string, at []int) ([]string, []int) {
	for pos, x, next := nextField(s, 0); x != ""; pos, x, next = nextField(s, next) {
		w = append(w, x)
		at = append(at, pos)
	}
	return w, at
}

// joinWords is strings.Join(w[i:j], " ") for the words w of src starting at
// offsets at: src itself when single spaces separate the words there, as they
// nearly always do.
func joinWords(src string, w []string, at []int, i, j int) string {
	if i >= j {
		return ""
	}
	for k := i + 1; k < j; k++ {
		if at[k] != at[k-1]+len(w[k-1])+1 || src[at[k]-1] != ' ' {
			return strings.Join(w[i:j], " ")
		}
	}
	return src[at[i] : at[j-1]+len(w[j-1])]
}

// titleStartsText is titleStarts(strings.Fields(s), 0): whether a post title
// opens s.
func titleStartsText(s string) bool {
	var buf [96]byte
	rest := buf[:0]
	n := 0
	for _, x, next := nextField(s, 0); x != "" && n < 3; _, x, next = nextField(s, next) {
		if n > 0 {
			rest = append(rest, ' ')
		}
		rest = lexicon.AppendKey(rest, x)
		n++
	}
	rest = append(rest, ' ')
	for _, h := range titleHeads {
		if len(rest) >= len(h) && string(rest[:len(h)]) == h {
			return true
		}
	}
	return false
}
