package refs

import (
	"bytes"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
)

// relation finds the governing verb of a mention starting at p.
func (s *scanner) relation(p int) string {
	ss := s.sentenceStart(p)
	// inside the abstract of an earlier citation of the same sentence: the
	// verbs there belong to that document
	for k := len(s.cites) - 1; k >= 0; k-- {
		c := &s.cites[k]
		if c.end < ss {
			break
		}
		if c.kind == kSelf || c.kind == kBare || c.zoneStart < 0 {
			continue
		}
		if c.zoneStart <= p && p < c.zoneEnd {
			return model.RelationCites
		}
	}
	// The verbs are matched case-insensitively in place rather than in a
	// lower-cased copy of the sentence. seg is the sentence up to p: all
	// decoding is bounded by it, as it was for the copy.
	seg := s.t[ss:p]
	best := -1
	rel := model.RelationCites
	// Several citations share a sentence. Whether a verb matches at k does
	// not depend on where the segment ends when the match and the rune after
	// it end before: at k < (previous end) - verbMargin. When the previous
	// answer lies that far back, only the text after it needs a look, and the
	// previous answer stands if nothing is found there.
	low, cached := 0, false
	if s.relOK && s.relSS == ss && p >= s.relP && s.relBest < s.relP-ss-verbMargin {
		low, cached = s.relP-ss-verbMargin, true
	}
	// walk back word starts; the nearest verb wins, the longest at one place
	for k := len(seg) - 1; k >= low && best < 0; k-- {
		c := seg[k]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		if c >= utf8.RuneSelf {
			// 0xC4 and 0xE2 lead the only non-ASCII runes whose lower case
			// starts a verb: Đ (đề nghị) and the Kelvin sign K (kèm theo)
			if c != 0xC4 && c != 0xE2 {
				continue
			}
			switch r, _ := decodeAt(seg, k); vntext.LowerRune(r) {
			case 'đ':
				c = 0xC4
			case 'k':
				c = 'k'
			default:
				continue
			}
		}
		vs := verbsByInitial[c]
		if len(vs) == 0 || !boundaryBefore(seg, k) {
			continue
		}
		bestLen := 0
		for _, v := range vs {
			if len(v.w) <= bestLen {
				continue
			}
			if e, ok := foldPrefix(seg[k:], v.w); ok && boundaryAfter(seg, k+e) {
				best, bestLen, rel = k, len(v.w), v.rel
			}
		}
	}
	if best < 0 && cached {
		best, rel = s.relBest, s.relRel
	}
	s.relOK, s.relSS, s.relP, s.relBest, s.relRel = true, ss, p, best, rel
	if best < 0 {
		// a căn cứ line lists its bases separated by ";": each is a basis
		ls := s.lineStart(p)
		if e := matchCI(s.t, skipSp(s.t, ls), "căn cứ"); e > 0 {
			return model.RelationBasis
		}
	}
	if best >= 0 && (rel == model.RelationGuides || rel == model.RelationAmends) {
		// lower-case only the end of seg[:best] without its trailing spaces: a
		// window of 48 bytes holds at least 11 runes, more than the 10 of
		// "triển khai"; it starts on a rune start so it decodes as seg does
		e := best
		for e > 0 && seg[e-1] == ' ' {
			e--
		}
		a := max(0, e-48)
		for a < e && !utf8.RuneStart(seg[a]) {
			a++
		}
		pre := lowerAppend(s.lbuf[:0], seg[a:e])
		s.lbuf = pre
		if bytes.HasSuffix(pre, []byte("thực hiện")) || bytes.HasSuffix(pre, []byte("triển khai")) {
			rel = model.RelationImplements
		}
	}
	return rel
}

// verbMargin bounds the bytes of text a verb match and the rune after it
// cover: a text rune matching one rune of a verb has at most utf8.UTFMax
// bytes (the Kelvin sign K matches 'k').
var verbMargin = func() int {
	n := 0
	for _, v := range relVerbs {
		n = max(n, utf8.RuneCountInString(v.w))
	}
	return (n + 1) * utf8.UTFMax
}()

// verbsByInitial lists the relation verbs by their first byte, in the order
// of relVerbs (the first of two verbs of one length wins).
var verbsByInitial = func() (m [256][]relVerb) {
	for _, v := range relVerbs {
		m[v.w[0]] = append(m[v.w[0]], v)
	}
	return
}()

// sentenceStart returns the start of the sentence containing p: after the
// last ';', line break or ". " before p (at most 800 bytes back).
//
// Whether a byte ends a sentence does not depend on p, so the answer is
// max(p-800, just after the last sentence end before p). The last sentence
// end before the previous p is kept: for a later p only the text between the
// two is searched.
func (s *scanner) sentenceStart(p int) int {
	lo := p - 800
	if lo < 0 {
		lo = 0
	}
	if p >= s.ssP && s.ssP >= lo {
		for q := p - 1; q >= s.ssP; q-- {
			if sentByte[s.t[q]] && s.endsSentence(q) {
				s.ssP, s.ssEnd = p, q+1
				return q + 1
			}
		}
		s.ssP = p
		return max(lo, s.ssEnd)
	}
	for q := p - 1; q >= lo; q-- {
		if sentByte[s.t[q]] && s.endsSentence(q) {
			if p >= s.ssP {
				s.ssP, s.ssEnd = p, q+1
			}
			return q + 1
		}
	}
	if p >= s.ssP {
		// the last end is before lo: lo stands for it, as every later p
		// has a later lo
		s.ssP, s.ssEnd = p, lo
	}
	return lo
}

// sentByte marks the bytes endsSentence looks at.
var sentByte = [256]bool{';': true, '\n': true, '.': true}

// endsSentence reports whether t[q] ends a sentence (see sentenceStart).
func (s *scanner) endsSentence(q int) bool {
	t := s.t
	switch t[q] {
	case ';':
		return true
	case '\n':
		return lineBreakEnds(t, q)
	case '.':
		return q+1 < len(t) && (t[q+1] == ' ' || t[q+1] == '\n')
	}
	return false
}

// lineBreakEnds reports whether the line break at q ends a sentence: after
// ".;:" or an empty line, or before a line that does not start with a letter
// (bullets, numbers, markup). A hard wrap inside a sentence does not.
func lineBreakEnds(t []byte, q int) bool {
	p := q
	for p > 0 && (t[p-1] == ' ' || t[p-1] == '\t' || t[p-1] == '\r') {
		p--
	}
	if p == 0 {
		return true
	}
	switch t[p-1] {
	case '.', ';', ':', '\n', '*', '|', '!', '?':
		return true
	}
	r := skipSp(t, q+1)
	if r >= len(t) {
		return true
	}
	rr, _ := runeAt(t, r)
	if !isWordRune(rr) || isDigit(t[r]) {
		return true
	}
	// a line in capitals (a title) followed by a capitalised line
	if isUpperAt(t, r) {
		r2, n := runeBefore(t, p)
		r3, _ := runeBefore(t, p-n)
		if isUpperRune(r2) && isUpperRune(r3) {
			return true
		}
	}
	return false
}
