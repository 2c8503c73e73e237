package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold removes Vietnamese diacritics from s: tone marks and the hat, horn and
// breve are dropped (ề → e, ư → u, ă → a) and đ, Đ become d, D. Case is kept.
// Both tone-mark styles fold alike ("hoà" and "hòa" → "hoa"), and so do NFC and
// NFD input.
//
// Use it on a query for doc_fts_fold, the full-text table without tones. That
// table folds tones itself, at indexing and query time, but not đ, which has no
// Unicode decomposition: the index holds "dang" for "Đảng", so a query for
// "đảng" finds it only once folded.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case int(r) < len(foldTable) && foldTable[r] != "":
			b.WriteString(foldTable[r])
		case r >= 0x300 && unicode.Is(unicode.Mn, r):
			// a combining mark (NFD input): drop
		case r > foldTableMax && !norm.NFD.IsNormalString(string(r)):
			b.WriteString(stripMarks(norm.NFD.String(string(r))))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldTableMax is the last code point of Latin Extended Additional, which holds
// most precomposed Vietnamese letters (ạ…ỹ).
const foldTableMax = 0x1EFF

// foldTable maps each precomposed letter up to foldTableMax to its letters
// without marks; "" means the rune is kept as it is.
var foldTable = func() []string {
	t := make([]string, foldTableMax+1)
	for r := rune(0x80); r <= foldTableMax; r++ {
		if r >= 0x300 && r <= 0x36F {
			continue // combining marks are dropped by Fold
		}
		d := norm.NFD.String(string(r))
		if f := stripMarks(d); f != string(r) && f != "" {
			t[r] = f
		}
	}
	t['đ'], t['Đ'] = "d", "D"
	return t
}()

// stripMarks drops the combining marks (category Mn) of decomposed text.
func stripMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
}

// SearchKey is the form in which two spellings of a phrase compare equal for a
// search: lower case, no diacritics (Fold), white space collapsed to single
// spaces and trimmed. "Công  tác" and "cong tac" have the same key.
func SearchKey(s string) string {
	return strings.Join(strings.Fields(Fold(strings.ToLower(s))), " ")
}
