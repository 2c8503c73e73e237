package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/parser/lexicon"
)

// line is one line (or one fragment of a line) of the normalised text; s is
// text[start:end] with surrounding spaces trimmed.
type line struct {
	s          string
	start, end int
	// blankBefore is true when an empty line precedes this one: paragraph
	// breaks end a title block.
	blankBefore bool
	// plain is true when s has no '*' or '_', so stripMarkup would return it
	// unchanged. splitLines sets it; lines made elsewhere leave it false and
	// pay for the check.
	plain bool
}

// srcOffset is the offset in the source of piece, a suffix of l.text() whose
// bytes equal the source there, or -1 when that cannot be vouched for (lines
// built by joining or stripping).
func (l line) srcOffset(piece string) int {
	if !l.plain || len(l.s) != l.end-l.start || !strings.HasSuffix(l.s, piece) {
		return -1
	}
	return l.end - len(piece)
}

// text is stripMarkup(l.s). Every stage asks for it, several times per line;
// splitLines found once which lines have no markup at all.
func (l line) text() string {
	if l.plain {
		return l.s
	}
	return stripMarkup(l.s)
}

// splitLines cuts text into trimmed lines, dropping empty ones. Offsets point
// into text.
func splitLines(str string) []line { return appendLines(nil, str) }

// appendLines appends the lines of str to dst (see splitLines).
func appendLines(dst []line, str string) []line {
	// room for the header fragments that replace a few lines later
	out := dst
	if n := len(dst) + strings.Count(str, "\n") + 64; cap(out) < n {
		out = make([]line, len(dst), n)
		copy(out, dst)
	}
	i := 0
	blank := false
	// the next '*' and '_' at or after i (len(str) when none): a line before
	// both is plain
	nextStar, nextUnder := -1, -1
	for i < len(str) {
		j := strings.IndexByte(str[i:], '\n')
		if j < 0 {
			j = len(str)
		} else {
			j += i
		}
		a, b := i, j
		for a < b && (str[a] == ' ' || str[a] == '\t' || str[a] == '\r') {
			a++
		}
		for b > a && (str[b-1] == ' ' || str[b-1] == '\t' || str[b-1] == '\r') {
			b--
		}
		if a < b {
			if nextStar < a {
				nextStar = indexFrom(str, a, '*')
			}
			if nextUnder < a {
				nextUnder = indexFrom(str, a, '_')
			}
			plain := nextStar >= b && nextUnder >= b
			out = append(out, line{s: str[a:b], start: a, end: b, blankBefore: blank, plain: plain})
			blank = false
		} else {
			blank = true
		}
		i = j + 1
	}
	return out
}

// hasTwoWords is len(strings.Fields(s)) >= 2 without building the slice.
func hasTwoWords(s string) bool {
	words, inWord := 0, false
	for _, r := range s {
		if r == ' ' || r < utf8.RuneSelf && vntext.ASCIISpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			if words++; words == 2 {
				return true
			}
			inWord = true
		}
	}
	return false
}

// indexFrom is the index of the first c in s at or after from, len(s) when none.
func indexFrom(s string, from int, c byte) int {
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return len(s)
}

// sub returns the fragment of l from byte a to byte b of l.s, trimmed.
func (l line) sub(a, b int) (line, bool) {
	s := l.s[a:b]
	lead := len(s) - len(strings.TrimLeft(s, " "))
	s = strings.TrimSpace(s)
	if s == "" {
		return line{}, false
	}
	return line{s: s, start: l.start + a + lead, end: l.start + a + lead + len(s), blankBefore: l.blankBefore && a == 0, plain: l.plain}, true
}

// isRule reports whether s is a horizontal rule or the Party's "*" line:
// only -, _, *, =, ., ~ and spaces.
func isRule(s string) bool {
	n := 0
	for _, r := range s {
		switch r {
		case '-', '_', '*', '=', '~', '–', '—', ' ', '.':
			n++
		default:
			return false
		}
	}
	return n > 0
}

// stripMarkup removes markdown emphasis markers left inside a fragment.
func stripMarkup(s string) string {
	if s == "" {
		return s
	}
	// normalise already removed markdown emphasis; this cleans what is left,
	// cheaply: most lines have none
	first, last := s[0], s[len(s)-1]
	if first != '*' && first != '_' && last != '*' && last != '_' && !strings.Contains(s, "**") && !strings.Contains(s, "__") {
		return s
	}
	s = strings.ReplaceAll(s, "**", "")
	s = strings.ReplaceAll(s, "__", "")
	s = strings.Trim(s, "*_ ")
	return s
}

// trimASCII is strings.Trim for a cutset of ASCII bytes. The outline reads
// labels and words of every line, and strings.Trim builds a set of the
// cutset at each call.
func trimASCII(s, cut string) string {
	i, j := 0, len(s)
	for i < j && strings.IndexByte(cut, s[i]) >= 0 {
		i++
	}
	for j > i && strings.IndexByte(cut, s[j-1]) >= 0 {
		j--
	}
	return s[i:j]
}

// hasAnyPrefixFold reports whether s starts with one of prefixes, as
// hasPrefixFold compares them.
func hasAnyPrefixFold(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with prefix, ignoring case and tone
// style; prefix must be given in lower case, style A.
func hasPrefixFold(s, prefix string) bool {
	// The text is normalised (NFC, one tone style), so only case differs.
	// Two ASCII bytes are compared as they are, which rules out most lines
	// at their first byte without decoding a rune.
	i := 0
	for j := 0; j < len(prefix); {
		if i >= len(s) {
			// "bộ " matches a line that is just "BỘ"
			return prefix[j] == ' ' && i+1 >= len(prefix)
		}
		if c, p := s[i], prefix[j]; c < utf8.RuneSelf && p < utf8.RuneSelf {
			if c != p && ('A' > c || c > 'Z' || c+'a'-'A' != p) {
				return false
			}
			i++
			j++
			continue
		}
		p, pn := utf8.DecodeRuneInString(prefix[j:])
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != p && vntext.LowerRune(r) != p {
			return false
		}
		i += n
		j += pn
	}
	return true
}

// eqFold reports whether s equals lower (given in lower case) but for case.
func eqFold(s, lower string) bool {
	return len(s) == len(lower) && hasPrefixFold(s, lower) || len(s) != len(lower) && strings.EqualFold(s, lower)
}

// key is the folded form of s for comparisons.
func key(s string) string { return lexicon.Key(s) }

// joinSpace joins fragments with single spaces.
func joinSpace(parts []string) string {
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// firstWord returns the first space-separated word of s.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// headOf returns the first n bytes of s, cut at a rune boundary.
func headOf(s string, n int) string { return vntext.Head(s, n) }

// cut splits l into l.s[:i] and l.s[j:], each a line of its own with its
// offsets; when either cannot be made (see sub), it returns l whole and false.
func (l line) cut(i, j int) (line, line, bool) {
	a, ok1 := l.sub(0, i)
	c, ok2 := l.sub(j, len(l.s))
	if !ok1 || !ok2 {
		return l, line{}, false
	}
	return a, c, true
}
