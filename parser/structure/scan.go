package structure

import (
	"strings"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
)

// Word readers of the header and tail readers that answer what
// strings.Fields, strings.Join and key would, without building slices or
// strings for the common case. scan_test.go tests each against that
// expression of package strings.

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

// nextWord finds the next word of s at or after byte i, split as
// strings.Fields splits: its start, the word, and the index after it. word is
// "" when no word is left. Loops over it read the words in place, where
// strings.Fields would allocate a slice per line. Only bytes that may start
// a space rune are decoded (vntext.SpaceAt): Vietnamese letters outside ASCII start
// with 0xC3, 0xC4, 0xC6 or 0xE1 0xBA/0xBB and are stepped over.
func nextWord(s string, i int) (start int, word string, end int) {
	for i < len(s) {
		n := vntext.SpaceAt(s, i)
		if n == 0 {
			break
		}
		i += n
	}
	start = i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if vntext.ASCIISpace[c] {
				break
			}
			i++
			continue
		}
		if n := vntext.SpaceAt(s, i); n > 0 {
			break
		}
		i++
	}
	return start, s[start:i], i
}

// keyHasPrefix is strings.HasPrefix(string(k), p) without the copy.
func keyHasPrefix(k []byte, p string) bool {
	return len(k) >= len(p) && string(k[:len(p)]) == p
}

// prefixOf is strings.HasPrefix(s, string(k)).
func prefixOf(k []byte, s string) bool {
	return len(k) <= len(s) && s[:len(k)] == string(k)
}

// suffixOf is strings.HasSuffix(s, string(k)).
func suffixOf(k []byte, s string) bool {
	return len(k) <= len(s) && s[len(s)-len(k):] == string(k)
}

// fieldsJoin is strings.Join(strings.Fields(s), " "): s itself when it has no
// space at either end and single spaces between its words.
func fieldsJoin(s string) string {
	prevSpace := true // a space first is not single
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if prevSpace {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = true
			continue
		}
		if vntext.SpaceAt(s, i) > 0 {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = false
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// firstField is strings.Fields(s)[0], "" when s has no word.
func firstField(s string) string {
	_, w, _ := nextWord(s, 0)
	return w
}

// fieldsAtLeast is len(strings.Fields(s)) >= n.
func fieldsAtLeast(s string, n int) bool {
	for _, x, next := nextWord(s, 0); x != ""; _, x, next = nextWord(s, next) {
		if n--; n <= 0 {
			return true
		}
	}
	return n <= 0
}
