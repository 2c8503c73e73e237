package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var replacementChar = []byte("\uFFFD")

var dStroke = []byte("Đ")

// nonASCII handles the character starting at p (src[p] >= 0x80).
func (n *normalizer) nonASCII(p int) int {
	src := n.src
	r, size := utf8.DecodeRune(src[p:])
	if r == utf8.RuneError && size == 1 {
		n.invalid++
		n.emit(p, replacementChar, false)
		return p + 1
	}
	switch {
	case r == 0xA0 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F || r == 0x3000:
		n.space(p)
		return p + size
	case (r >= 0x200B && r <= 0x200D) || r == 0x2060 || r == 0xFEFF || r == 0xAD:
		// Invisible: zero-width space/joiners, word joiner, BOM, soft hyphen.
		return p + size
	case r == 0xD0:
		// Latin capital ETH, a lookalike that CP1258/PDF text puts for Đ.
		n.emit(p, dStroke, true)
		return p + size
	}
	b := src[p : p+size]
	if r < 0x300 || (r >= 0x1EA0 && r <= 0x1EF9) {
		// Latin-1, Latin Extended and the Vietnamese block: precomposed
		// starters that are already NFC.
		n.emit(p, b, isLetter(r))
		n.toneCand = maybeTonedAEY(r)
		return p + size
	}
	props := norm.NFC.Properties(b)
	if !props.BoundaryBefore() {
		return n.combine(p)
	}
	if !norm.NFC.IsNormal(b) {
		// Singletons such as U+212B ANGSTROM SIGN.
		n.scratch[0] = norm.NFC.Append(n.scratch[0][:0], b...)
		n.emit(p, n.scratch[0], unicode.IsLetter(r))
		return p + size
	}
	n.emit(p, b, unicode.IsLetter(r))
	return p + size
}

// combine handles characters that attach to the character before them
// (combining marks; also e.g. Hangul vowel jamo), starting at p. After a
// letter the letter and the marks are recomposed to NFC, with repeated
// identical marks collapsed ("Trầ̀̀n" → "Trần"). After a non-letter
// (space, digit, punctuation, start of line) combining marks are strays left
// by extraction and are dropped.
func (n *normalizer) combine(p int) int {
	src := n.src
	q := p
	for q < len(src) && src[q] >= utf8.RuneSelf {
		r, sz := utf8.DecodeRune(src[q:])
		if r == utf8.RuneError && sz == 1 {
			break
		}
		if r < 0x300 || (r >= 0x1EA0 && r <= 0x1EF9) {
			break
		}
		if norm.NFC.Properties(src[q : q+sz]).BoundaryBefore() {
			break
		}
		q += sz
	}
	run := src[p:q]

	var base rune = -1
	bsz := 0
	if !n.pending && len(n.mid) > n.cur.ms {
		base, bsz = utf8.DecodeLastRune(n.mid[n.cur.ms:])
	}
	if base < 0 || !unicode.IsLetter(base) {
		// Stray: drop marks, keep anything else (conjoining jamo) verbatim.
		for i := 0; i < len(run); {
			r, sz := utf8.DecodeRune(run[i:])
			if !isMark(r) {
				n.emit(p+i, run[i:i+sz], unicode.IsLetter(r))
			}
			i += sz
		}
		return q
	}

	at := len(n.mid) - bsz
	s := n.m.lookup(at)
	cl := append(n.scratch[0][:0], n.mid[at:]...)
	cl = append(cl, run...)
	d := norm.NFD.Append(n.scratch[1][:0], cl...)
	d = dedupeMarks(d)
	c := norm.NFC.Append(n.scratch[2][:0], d...)
	n.scratch[0], n.scratch[1], n.scratch[2] = cl, d, c

	n.m.pop(at)
	n.mid = n.mid[:at]
	n.m.add(at, s)
	n.mid = append(n.mid, c...)
	last, _ := utf8.DecodeLastRune(c)
	n.toneCand = maybeTonedAEY(last)
	return q
}

// isMark reports whether r is a combining mark (general category M).
func isMark(r rune) bool {
	if r >= 0x300 && r <= 0x36F {
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

// dedupeMarks removes a combining mark equal to the mark just before it, in
// place. In NFD identical marks are adjacent (they share a combining class,
// and canonical reordering is stable), so this collapses all repeats.
func dedupeMarks(d []byte) []byte {
	w := 0
	var prev rune = -1
	for i := 0; i < len(d); {
		r, sz := utf8.DecodeRune(d[i:])
		if !(r == prev && isMark(r)) {
			w += copy(d[w:], d[i:i+sz])
		}
		prev = r
		i += sz
	}
	return d[:w]
}

// applyTone rewrites the word just written if it ends in a style-B oa/oe/uy
// syllable.
func (n *normalizer) applyTone() {
	n.toneCand = false
	line := n.mid[n.cur.ms:]
	last, lsz := utf8.DecodeLastRune(line)
	if lsz == 0 {
		return
	}
	prev, psz := utf8.DecodeLastRune(line[:len(line)-lsz])
	if psz == 0 {
		return
	}
	pp := rune(' ')
	if k := len(line) - lsz - psz; k > 0 {
		pp, _ = utf8.DecodeLastRune(line[:k])
	}
	np, nl, ok := restyle(pp, prev, last)
	if !ok {
		return
	}
	at := len(n.mid) - lsz - psz
	s := n.m.lookup(at)
	n.m.pop(at)
	n.mid = n.mid[:at]
	n.m.add(at, s)
	n.mid = utf8.AppendRune(n.mid, np)
	n.mid = utf8.AppendRune(n.mid, nl)
}
