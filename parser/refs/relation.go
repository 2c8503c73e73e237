package refs

import (
	"bytes"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
)

// relation finds the relation of a mention starting at p: basis inside a
// căn cứ item, else the governing verb before it in its sentence.
func (s *scanner) relation(p int) string {
	rel, _ := s.relationOf(p)
	return rel
}

// relationOf is relation; verbless reports that nothing in the sentence
// decided it (no verb, not inside another citation's abstract, not a căn cứ
// item), so that what follows the mention or the lead-in of its list may.
func (s *scanner) relationOf(p int) (rel string, verbless bool) {
	ss := s.sentenceStart(p)
	if s.basisItem(ss) {
		return s.basisRelation(p, ss), false
	}
	if s.inAbstract(p, ss) {
		return model.RelationCites, false
	}
	rel, best, vlen := s.nearestVerb(p, ss)
	if best < 0 {
		// a căn cứ line lists its bases separated by ";": each is a basis
		ls := s.lineStart(p)
		if e := matchCI(s.t, skipSp(s.t, ls), "căn cứ"); e > 0 {
			return model.RelationBasis, false
		}
		return model.RelationCites, true
	}
	seg := s.t[ss:p]
	switch rel {
	case model.RelationGuides, model.RelationAmends:
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
			return model.RelationImplements, false
		}
	case model.RelationCites:
		// "Bãi bỏ một số nội dung quy định tại Điều 10 Thông tư số …",
		// "Điều 1. Sửa đổi, bổ sung một số điều của Quy định kèm theo Nghị
		// quyết số …": the verb that opens the item governs what it names
		// there
		if vlen > 0 && (matchCI(seg, best, "quy định tại") > 0 && !wordBefore(seg, best, "theo") || matchCI(seg, best, "kèm theo") > 0) && lineOpens(s.t, ss) {
			if r := s.openingVerb(ss); r != "" {
				return r, false
			}
		}
	}
	if strongRelation[rel] && s.proposed(ss, ss+best) {
		// "đề nghị … xem xét, sửa đổi Nghị định số …": the writer asks for
		// the change, it does not make it
		return model.RelationCites, false
	}
	return rel, false
}

// inAbstract reports whether p lies inside the abstract of an earlier
// citation of the sentence starting at ss: the verbs there belong to that
// document.
func (s *scanner) inAbstract(p, ss int) bool {
	for k := len(s.cites) - 1; k >= 0; k-- {
		c := &s.cites[k]
		if c.end < ss {
			break
		}
		if c.kind == kSelf || c.kind == kBare || c.zoneStart < 0 {
			continue
		}
		if c.zoneStart <= p && p < c.zoneEnd {
			return true
		}
	}
	return false
}

// nearestVerb finds the relation verb nearest before p in the sentence
// starting at ss: its relation, its offset in t[ss:p] (-1 none) and its
// length.
func (s *scanner) nearestVerb(p, ss int) (string, int, int) {
	// The verbs are matched case-insensitively in place rather than in a
	// lower-cased copy of the sentence. seg is the sentence up to p: all
	// decoding is bounded by it, as it was for the copy.
	seg := s.t[ss:p]
	best, bestLen := -1, 0
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
		best, rel, bestLen = s.relBest, s.relRel, s.relLen
	}
	s.relOK, s.relSS, s.relP, s.relBest, s.relRel, s.relLen = true, ss, p, best, rel, bestLen
	return rel, best, bestLen
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
	if !isWordRune(rr) {
		return true
	}
	if isDigit(t[r]) {
		// a line starting with a digit starts a sentence (a numbered item, a
		// table cell), except a symbol, date or year wrapped after the word
		// that asks for it ("… Nghị định số\n27/2024/NĐ-CP, …", "… năm\n2025")
		return itemNumberAt(t, r) || !asksNumber(t, p)
	}
	// a line in capitals (a title) followed by a capitalised line, or any
	// line followed by a formula opening ("…\nthiệt hại hạt nhân\nCăn cứ
	// Luật …")
	if isUpperAt(t, r) {
		if c := t[r]; c == 'C' || c == 'T' || c == 'X' {
			for _, w := range formulaOpenings {
				if matchCI(t, r, w) > 0 {
					return true
				}
			}
		}
		r2, n := runeBefore(t, p)
		r3, _ := runeBefore(t, p-n)
		if isUpperRune(r2) && isUpperRune(r3) {
			return true
		}
		// an article's heading line ("Điều 1. Đánh giá kết quả thực
		// hiện\nQuốc hội cơ bản tán thành …"): its words are no verb of the
		// text below
		return articleHeadingLine(t, p)
	}
	return false
}

// maxHeadingLine bounds the article heading lines articleHeadingLine looks
// at: a longer line is text.
const maxHeadingLine = 160

// articleHeadingLine reports whether the line ending at p is an article
// heading that ends where the line ends: "Điều N." and a short title whose
// last word asks for no continuation ("của", "và", "số" …).
func articleHeadingLine(t []byte, p int) bool {
	lo := max(0, p-maxHeadingLine)
	i := bytes.LastIndexByte(t[lo:p], '\n')
	if i < 0 && lo > 0 {
		return false
	}
	a := lo + i + 1
	r := a
	for r < p && (t[r] == ' ' || t[r] == '*' || t[r] == '_') {
		r++
	}
	// "Đ" (C4 90) opens it, or nothing does
	if r+1 >= p || t[r] != 0xC4 || t[r+1] != 0x90 {
		return false
	}
	e := matchCI(t, r, "điều")
	if e < 0 {
		return false
	}
	q := skipSp(t, e)
	if q >= len(t) || !isDigit(t[q]) {
		return false
	}
	// "Điều 1." and a title: a table cell "Điều 1" is none
	for q < p && isDigit(t[q]) {
		q++
	}
	if q >= p || t[q] != '.' || skipMarks(t, q+1) >= p {
		return false
	}
	w := p
	for w > a {
		c, n := runeBefore(t, w)
		if !isWordRune(c) {
			break
		}
		w -= n
	}
	for _, x := range headingContinuers {
		if matchCI(t, w, x) == p {
			return false
		}
	}
	return true
}

// headingContinuers end a line that goes on below: "Điều 2. Sửa đổi, bổ
// sung một số điều của\nThông tư số …".
var headingContinuers = []string{"của", "và", "số", "các", "về", "tại", "theo", "với", "bởi", "cho", "đối", "hoặc", "những", "ngày", "năm", "bộ", "ban", "ủy", "uỷ"}

// itemNumberAt reports whether a list number starts at r: digits, with dots
// between them ("1.2."), closed by "." or ")" and followed by a space, a line
// end or the end of the text.
func itemNumberAt(t []byte, r int) bool {
	q := r
	for {
		d := q
		for q < len(t) && isDigit(t[q]) && q-d < 3 {
			q++
		}
		if q == d || q >= len(t) || (t[q] != '.' && t[q] != ')') {
			return false
		}
		q++
		if q >= len(t) || t[q] == ' ' || t[q] == '\t' || t[q] == '\n' || t[q] == '\r' {
			return true
		}
		if t[q] == ')' || !isDigit(t[q]) {
			return false
		}
	}
}

// asksNumber reports whether the text before p ends with a word that a
// number completes ("số", "ngày", "năm", "khoản", "và", ","): a line that
// starts with digits after it continues the sentence.
func asksNumber(t []byte, p int) bool {
	if p > 0 && t[p-1] == ',' {
		return true
	}
	a := p
	for a > 0 && p-a < 24 && t[a-1] != ' ' && t[a-1] != '\n' && t[a-1] != '\t' {
		a--
	}
	for _, w := range numberAskers {
		if matchCI(t, a, w) == p {
			return true
		}
	}
	return false
}

// numberAskers are the words after which a wrapped number continues the
// sentence.
var numberAskers = []string{"số", "ngày", "năm", "tháng", "và", "hoặc", "đến", "từ", "khoản", "điểm", "điều", "tại", "bởi", "đoạn"}

// formulaOpenings open the items of a preamble: a line that starts with one
// starts a sentence.
var formulaOpenings = []string{"căn cứ", "theo đề nghị", "xét đề nghị", "thực hiện"}

// lineOpens reports whether the sentence starting at ss (after its spaces)
// opens a line: only spaces, marks and a label ("3. ", "a) ", "Điều 1. ")
// stand before it on its line.
func lineOpens(t []byte, ss int) bool {
	q := ss
	for q < len(t) && (t[q] == ' ' || t[q] == '\n' || t[q] == '\r') {
		q++
	}
	ls := bytes.LastIndexByte(t[:q], '\n') + 1
	return skipOpening(t, ls) >= q
}
