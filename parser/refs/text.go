package refs

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
)

// Byte- and rune-level helpers. Everything works on the normalised text as
// bytes; lower-casing is done per rune on short windows only.

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// runeAt decodes the rune at p (utf8.RuneError, 0 past the end).
func runeAt(t []byte, p int) (rune, int) {
	if p >= len(t) {
		return utf8.RuneError, 0
	}
	if c := t[p]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return decodeAt(t, p)
}

// decodeAt decodes the non-ASCII rune at p of the text or of a phrase of the
// package. Vietnamese letters are two- and three-byte sequences; the
// well-formed ones are decoded inline (the utf8 package goes through its
// general slow path for them), anything else is left to utf8 so that invalid
// input decodes exactly as before.
func decodeAt[T ~string | ~[]byte](t T, p int) (rune, int) {
	c0 := t[p]
	if c0 >= 0xC2 && c0 <= 0xDF && p+1 < len(t) {
		if c1 := t[p+1]; c1&0xC0 == 0x80 {
			return rune(c0&0x1F)<<6 | rune(c1&0x3F), 2
		}
	} else if c0 >= 0xE1 && c0 <= 0xEF && c0 != 0xED && p+2 < len(t) {
		// E1–EF but ED: any continuation bytes are valid (E0 may be overlong,
		// ED may be a surrogate)
		if c1, c2 := t[p+1], t[p+2]; c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
		}
	}
	// a rune is at most utf8.UTFMax bytes: converting no more of a []byte
	// copies at most those to the stack
	return utf8.DecodeRuneInString(string(t[p:min(len(t), p+utf8.UTFMax)]))
}

// runeBefore decodes the rune ending at p.
func runeBefore(t []byte, p int) (rune, int) {
	if p <= 0 {
		return utf8.RuneError, 0
	}
	if c := t[p-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	// the same fast forms as decodeAt, checked from the end
	if p >= 2 && t[p-1]&0xC0 == 0x80 {
		if c0 := t[p-2]; c0 >= 0xC2 && c0 <= 0xDF {
			return rune(c0&0x1F)<<6 | rune(t[p-1]&0x3F), 2
		}
		if p >= 3 && t[p-2]&0xC0 == 0x80 {
			if c0 := t[p-3]; c0 >= 0xE1 && c0 <= 0xEF && c0 != 0xED {
				return rune(c0&0x0F)<<12 | rune(t[p-2]&0x3F)<<6 | rune(t[p-1]&0x3F), 3
			}
		}
	}
	return utf8.DecodeLastRune(t[:p])
}

// Rune tables. Vietnamese text is Latin: nearly every non-ASCII rune lies in
// U+0080–U+036F (Latin-1, Latin Extended-A/B, IPA, combining marks) or in
// Latin Extended Additional (U+1E00–U+1EFF, the letters with two marks).
// For those, the unicode range tables are replaced by arrays filled at init
// from the very same unicode functions, so every answer is unchanged.
const (
	fWord  = 1 << iota // letter, digit or non-spacing mark (isWordRune)
	fUpper             // unicode.IsUpper
	fLower             // unicode.IsLower
)

const (
	loEnd     = 0x370
	vietStart = 0x1E00
	vietEnd   = 0x1F00
)

var (
	loFlags   [loEnd]uint8
	vietFlags [vietEnd - vietStart]uint8
)

func init() {
	for r := rune(0); r < loEnd; r++ {
		loFlags[r] = uniFlags(r)
	}
	for r := rune(vietStart); r < vietEnd; r++ {
		vietFlags[r-vietStart] = uniFlags(r)
	}
}

// uniFlags computes the f* flags of r from the unicode tables.
func uniFlags(r rune) (f uint8) {
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
		f |= fWord
	}
	if unicode.IsUpper(r) {
		f |= fUpper
	}
	if unicode.IsLower(r) {
		f |= fLower
	}
	return f
}

// runeFlags returns the f* flags of r, from the tables when r is in them.
func runeFlags(r rune) uint8 {
	if uint32(r) < loEnd {
		return loFlags[r]
	}
	if uint32(r)-vietStart < vietEnd-vietStart {
		return vietFlags[r-vietStart]
	}
	return uniFlags(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r)
		return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'z')
	}
	return runeFlags(r)&fWord != 0
}

// boundaryBefore reports whether p starts a word. The scanners ask it at
// most bytes they try, so an ASCII byte before p is answered from a table.
func boundaryBefore(t []byte, p int) bool {
	if p > 0 && p <= len(t) && t[p-1] < utf8.RuneSelf {
		return !asciiWord[t[p-1]]
	}
	r, n := runeBefore(t, p)
	return n == 0 || !isWordRune(r)
}

// boundaryAfter reports whether p ends a word.
func boundaryAfter(t []byte, p int) bool {
	if p >= 0 && p < len(t) && t[p] < utf8.RuneSelf {
		return !asciiWord[t[p]]
	}
	r, n := runeAt(t, p)
	return n == 0 || !isWordRune(r)
}

// asciiWord marks the ASCII bytes isWordRune accepts: digits and letters.
var asciiWord = func() (w [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		w[c] = isWordRune(rune(c))
	}
	return w
}()

// isSpaceAt returns the byte length of a horizontal space at p (space, tab, NBSP).
func isSpaceAt(t []byte, p int) int {
	if p >= len(t) {
		return 0
	}
	switch t[p] {
	case ' ', '\t':
		return 1
	case 0xC2:
		if p+1 < len(t) && t[p+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// skipSp skips horizontal spaces.
func skipSp(t []byte, p int) int {
	for p < len(t) {
		n := isSpaceAt(t, p)
		if n == 0 {
			break
		}
		p += n
	}
	return p
}

// skipWS skips spaces and at most one line break (a citation may wrap).
func skipWS(t []byte, p int) int {
	p = skipSp(t, p)
	if p < len(t) && (t[p] == '\n' || t[p] == '\r') {
		q := p + 1
		if t[p] == '\r' && q < len(t) && t[q] == '\n' {
			q++
		}
		p = skipSp(t, q)
	}
	return p
}

// matchCI matches the lower-case phrase w at p, case-insensitively; a space in w
// matches any run of whitespace (one line break allowed). It returns the end or
// -1. The match must end at a word boundary.
func matchCI(t []byte, p int, w string) int {
	q := p
	for i := 0; i < len(w); {
		wc := w[i]
		if wc == ' ' {
			e := skipWS(t, q)
			if e == q {
				return -1
			}
			q = e
			i++
			continue
		}
		if q >= len(t) {
			return -1
		}
		if wc < utf8.RuneSelf {
			c := t[q]
			if c >= 'A' && c <= 'Z' {
				c += 32
			}
			if c != wc {
				return -1
			}
			q++
			i++
			continue
		}
		// a non-ASCII rune of w: the text mostly has its very bytes; an ASCII
		// byte lowers to ASCII and cannot match
		if wn := leadLen(wc); len(t)-q >= wn && t[q] == wc && t[q+1] == w[i+1] &&
			(wn == 2 || t[q+2] == w[i+2] && (wn == 3 || t[q+3] == w[i+3])) {
			q += wn
			i += wn
			continue
		}
		if t[q] < utf8.RuneSelf {
			return -1
		}
		wr, wn := decodeAt(w, i)
		r, n := decodeAt(t, q)
		if r != wr && vntext.LowerRune(r) != wr {
			return -1
		}
		q += n
		i += wn
	}
	if !boundaryAfter(t, q) {
		return -1
	}
	return q
}

// foldPrefix reports whether the lower case of b starts with the lower-case
// phrase w, compared rune by rune as lowerAppend would lower b (spaces in w
// are literal), and returns the bytes of b it covers.
func foldPrefix(b []byte, w string) (int, bool) {
	q := 0
	for i := 0; i < len(w); {
		if q >= len(b) {
			return 0, false
		}
		if c := b[q]; c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 32
			}
			if c != w[i] {
				return 0, false
			}
			q++
			i++
			continue
		}
		r, n := decodeAt(b, q)
		wr, wn := decodeAt(w, i)
		if vntext.LowerRune(r) != wr {
			return 0, false
		}
		q += n
		i += wn
	}
	return q, true
}

// leadLen is the length of the UTF-8 sequence that the lead byte c starts,
// for the well-formed phrases of this package.
func leadLen(c byte) int {
	switch {
	case c >= 0xF0:
		return 4
	case c >= 0xE0:
		return 3
	}
	return 2
}

// wordEnd returns the end of the word (letters, digits, marks) starting at p.
func wordEnd(t []byte, p int) int {
	for p < len(t) {
		r, n := runeAt(t, p)
		if !isWordRune(r) {
			break
		}
		p += n
	}
	return p
}

// isUpperAt reports whether the rune at p is an upper-case letter.
func isUpperAt(t []byte, p int) bool {
	if p < len(t) && t[p] < utf8.RuneSelf {
		return t[p]-'A' < 26
	}
	r, _ := runeAt(t, p)
	return runeFlags(r)&fUpper != 0
}

func isLowerAt(t []byte, p int) bool {
	if p < len(t) && t[p] < utf8.RuneSelf {
		return t[p]-'a' < 26
	}
	r, _ := runeAt(t, p)
	return runeFlags(r)&fLower != 0
}

// lowerAppend appends the lower case of b to dst.
func lowerAppend(dst, b []byte) []byte {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 32
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := decodeAt(b, i)
		dst = utf8.AppendRune(dst, vntext.LowerRune(r))
		i += n
	}
	return dst
}

// readInt reads up to max digits at p.
func readInt(t []byte, p, max int) (v, end int, ok bool) {
	q := p
	for q < len(t) && isDigit(t[q]) && q-p < max+1 {
		v = v*10 + int(t[q]-'0')
		q++
	}
	if q == p || q-p > max || (q < len(t) && isDigit(t[q])) {
		return 0, p, false
	}
	return v, q, true
}

func trimSpaceBytes(b []byte) []byte {
	i, j := 0, len(b)
	for i < j && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	for j > i && (b[j-1] == ' ' || b[j-1] == '\t' || b[j-1] == '\n' || b[j-1] == '\r') {
		j--
	}
	return b[i:j]
}

// collapse replaces runs of whitespace by one space.
func collapse(b []byte) string {
	// names and titles are short: build them on the stack, and make the
	// one string at the end
	var buf [256]byte
	out := buf[:0]
	sp := false
	for i := 0; i < len(b); {
		if c := b[i]; c > ' ' && c != 0xC2 {
			// neither a space nor the lead byte of NBSP
			if sp && len(out) > 0 {
				out = append(out, ' ')
			}
			sp = false
			out = append(out, c)
			i++
			continue
		}
		if n := isSpaceAt(b, i); n > 0 || b[i] == '\n' || b[i] == '\r' {
			if n == 0 {
				n = 1
			}
			sp = true
			i += n
			continue
		}
		if sp && len(out) > 0 {
			out = append(out, ' ')
		}
		sp = false
		out = append(out, b[i])
		i++
	}
	return string(out)
}

// titleCase reports whether the word at p is "Xy..." or "XY..." (not lower).
func titleCase(t []byte, p int) bool {
	return isUpperAt(t, p)
}

// allCaps reports whether the two first letters at p are capitals.
func allCaps(t []byte, p int) bool {
	_, n := runeAt(t, p)
	return isUpperAt(t, p) && isUpperAt(t, p+n)
}

func isUpperRune(r rune) bool { return r != utf8.RuneError && runeFlags(r)&fUpper != 0 }
