package refs

import (
	"bytes"
	"unicode/utf8"

	"github.com/vnlegal/vanban/model"
)

// maxBasisHops bounds how many ";"-separated documents basisItem walks back
// over to find the "Căn cứ" that opens them.
const maxBasisHops = 12

// basisItem reports whether the sentence starting at ss belongs to a căn cứ
// item: it opens with "Căn cứ", or it goes on with a document after ";"
// ("Căn cứ Nghị quyết số 71/NQ-CP …; Nghị quyết số 11/NQ-CP …"), or after a
// line that wraps before "(" ("… Nghị định số 78/2025/NĐ-CP\n(được sửa đổi
// …)").
func (s *scanner) basisItem(ss int) bool {
	// the citations of a sentence ask one after another
	if s.biOK && s.biSS == ss {
		return s.biIs
	}
	is := s.basisItemAt(ss)
	s.biOK, s.biSS, s.biIs = true, ss, is
	return is
}

// basisItemAt is basisItem without the remembered answer.
func (s *scanner) basisItemAt(ss int) bool {
	t := s.t
	q := ss
	for hop := 0; hop < maxBasisHops; hop++ {
		r := skipMarks(t, q)
		if matchCI(t, r, "căn cứ") > 0 {
			return true
		}
		if q == 0 || r >= len(t) {
			return false
		}
		switch {
		case t[q-1] == ';':
			if !isUpperAt(t, r) {
				return false
			}
			if _, _, ok := matchType(t, r); !ok {
				return false
			}
		case t[q-1] == '\n' && t[r] == '(':
			if e := lineEndBefore(t, q-1); e == 0 || sentenceMark[t[e-1]] {
				return false
			}
		default:
			return false
		}
		q = s.sentenceStart(q - 1)
	}
	return false
}

// sentenceMark marks the bytes after which a line break ends a sentence
// whatever the next line holds (see lineBreakEnds).
var sentenceMark = [256]bool{'.': true, ';': true, ':': true, '\n': true, '*': true, '|': true, '!': true, '?': true}

// lineEndBefore returns the end of the text before the line break at q,
// without its trailing spaces.
func lineEndBefore(t []byte, q int) int {
	p := q
	for p > 0 && (t[p-1] == ' ' || t[p-1] == '\t' || t[p-1] == '\r') {
		p--
	}
	return p
}

// skipMarks skips the spaces, list dashes and markdown emphasis that may
// open a line ("*Căn cứ", "- Căn cứ").
func skipMarks(t []byte, p int) int {
	for p < len(t) {
		switch t[p] {
		case ' ', '\t', '\r', '\n', '*', '_', '-', '+', '>':
			p++
			continue
		}
		if n := isSpaceAt(t, p); n > 0 {
			p += n
			continue
		}
		if r, n := runeAt(t, p); r == '•' || r == '–' || r == '—' {
			p += n
			continue
		}
		break
	}
	return p
}

// basisRelation is the relation of a mention at p in the căn cứ item whose
// sentence starts at ss. The item's documents are its bases: the first one,
// the acts that amend it ("… được sửa đổi, bổ sung bởi Luật số
// 87/2025/QH15"), and a second one joined by "và" after the first one's
// abstract. A document named inside an abstract ("… quy định chi tiết Luật
// số …", the laws listed in an amending law's title) is only cited.
func (s *scanner) basisRelation(p, ss int) string {
	first := true
	for k := len(s.cites) - 1; k >= 0; k-- {
		c := &s.cites[k]
		if c.end <= ss {
			break
		}
		if c.kind == kSelf || c.kind == kBare {
			continue
		}
		if c.start >= ss && c.start < p {
			first = false
			break
		}
	}
	if !first {
		switch s.wordBeforeAt(ss, p) {
		case "bởi", "tại", "và":
			return model.RelationBasis
		}
		if s.inAbstract(p, ss) {
			return model.RelationCites
		}
	}
	rel, best, _ := s.nearestVerb(p, ss)
	if best < 0 || rel == model.RelationBasis {
		return model.RelationBasis
	}
	if first && s.nearOpening(ss, ss+best) {
		// "Căn cứ quy định tại khoản 2 Điều 5 Nghị định số …", "Căn cứ vào
		// các quy định tại …"
		return model.RelationBasis
	}
	// "Căn cứ quy định nêu trên, cơ quan thuế … theo quy định tại Điều 39
	// Nghị định số …": a letter reasons from the law
	return model.RelationCites
}

// nearOpening reports whether only "căn cứ" and a few words ("vào", "các")
// stand between the start of the item at ss and v.
func (s *scanner) nearOpening(ss, v int) bool {
	t := s.t
	r := skipMarks(t, ss)
	e := matchCI(t, r, "căn cứ")
	if e < 0 {
		return false
	}
	for _, w := range []string{"vào", "các", "những"} {
		if x := matchCI(t, skipWS(t, e), w); x > 0 {
			e = x
		}
	}
	return skipWS(t, e) == v
}

// wordBeforeAt returns the lower case of the word before p, after spaces and
// an opening parenthesis, not before ss; "" when there is none. The word is
// in s.lbuf, valid until its next use.
func (s *scanner) wordBeforeAt(ss, p int) string {
	t := s.t
	e := p
	for e > ss && (t[e-1] == ' ' || t[e-1] == '\n' || t[e-1] == '\r' || t[e-1] == '\t' || t[e-1] == '(') {
		e--
	}
	a := e
	for a > ss && a > e-24 {
		r, n := runeBefore(t, a)
		if n == 0 || !isWordRune(r) {
			break
		}
		a -= n
	}
	if a == e {
		return ""
	}
	s.lbuf = lowerAppend(s.lbuf[:0], t[a:e])
	return string(s.lbuf)
}

// endsWithPhrase reports whether t[ss:e], without trailing spaces and
// commas, ends with the lower-case phrase w at a word start.
func (s *scanner) endsWithPhrase(ss, e int, w string) bool {
	t := s.t
	for e > ss && (t[e-1] == ' ' || t[e-1] == ',' || t[e-1] == '\n' || t[e-1] == '\r') {
		e--
	}
	a := max(ss, e-len(w)-8)
	for a < e && !utf8.RuneStart(t[a]) {
		a++
	}
	s.lbuf = lowerAppend(s.lbuf[:0], t[a:e])
	low := s.lbuf
	if !bytes.HasSuffix(low, []byte(w)) {
		return false
	}
	k := len(low) - len(w)
	if k == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRune(low[:k])
	return !isWordRune(r)
}

// strongRelation marks the relations by which a document changes another.
var strongRelation = map[string]bool{model.RelationAmends: true, model.RelationReplaces: true, model.RelationRepeals: true}

// proposalWords before a verb of change make it a proposal, not the change.
var proposalWords = []string{"xem xét", "đề nghị", "kiến nghị", "đề xuất", "nghiên cứu", "việc", "sẽ", "chưa", "trình"}

// proposed reports whether the verb at v, in the sentence starting at ss,
// is asked for or announced rather than done ("đề nghị … xem xét, sửa đổi",
// "kiến nghị sửa đổi").
func (s *scanner) proposed(ss, v int) bool {
	t := s.t
	e := v
	for e > ss && (t[e-1] == ' ' || t[e-1] == ',' || t[e-1] == '\n' || t[e-1] == '\r') {
		e--
	}
	// the longest word, "nghiên cứu", has 10 runes: 40 bytes hold them
	a := max(ss, e-40)
	for a < e && !utf8.RuneStart(t[a]) {
		a++
	}
	s.lbuf = lowerAppend(s.lbuf[:0], t[a:e])
	low := s.lbuf
	for _, w := range proposalWords {
		if bytes.HasSuffix(low, []byte(w)) {
			k := len(low) - len(w)
			if k == 0 && a == ss {
				return true
			}
			if k > 0 {
				if r, _ := utf8.DecodeLastRune(low[:k]); !isWordRune(r) {
					return true
				}
			}
		}
	}
	return false
}

// openingVerb returns the relation of a verb of change that opens the
// sentence at ss, after a list label ("3. Bãi bỏ một số nội dung quy định tại
// …"), or "".
func (s *scanner) openingVerb(ss int) string {
	t := s.t
	r := skipOpening(t, ss)
	for _, v := range relVerbs {
		if e := matchCI(t, r, v.w); e > 0 && strongRelation[v.rel] {
			if wordChange(t, e) {
				return model.RelationAmends
			}
			return v.rel
		}
	}
	return ""
}

// wordChange reports whether the verb of change ending at e acts on words
// ("Thay thế, bãi bỏ một số từ, cụm từ …"): a change of wording amends the
// document, whatever the verb.
func wordChange(t []byte, e int) bool {
	q := e
	for k := 0; k < 4; k++ {
		q = skipWS(t, q)
		if q < len(t) && t[q] == ',' {
			q = skipWS(t, q+1)
		}
		moved := false
		for _, v := range relVerbs {
			if x := matchCI(t, q, v.w); x > 0 && strongRelation[v.rel] {
				q, moved = x, true
				break
			}
		}
		if x := matchCI(t, q, "một số"); x > 0 {
			q, moved = x, true
		}
		if !moved {
			break
		}
	}
	return matchCI(t, q, "từ") > 0 || matchCI(t, q, "cụm từ") > 0
}

// itemLabelEnd returns the end of a list label at r ("1.", "2)", "a)",
// "đ)", "1.2."), or 0.
func itemLabelEnd(t []byte, r int) int {
	if r >= len(t) {
		return 0
	}
	if isDigit(t[r]) {
		q := r
		for q < len(t) && (isDigit(t[q]) || t[q] == '.') && q-r < 10 {
			q++
		}
		if q < len(t) && t[q] == ')' {
			q++
		}
		if q > r && (t[q-1] == '.' || t[q-1] == ')') && boundaryAfter(t, q) {
			return q
		}
		return 0
	}
	rr, n := runeAt(t, r)
	if n > 0 && isWordRune(rr) && !isUpperRune(rr) && r+n < len(t) && t[r+n] == ')' {
		return r + n + 1
	}
	return 0
}

// wordBefore reports whether the word before seg[k] is w.
func wordBefore(seg []byte, k int, w string) bool {
	e := k
	for e > 0 && seg[e-1] == ' ' {
		e--
	}
	a := e - len(w)
	return a >= 0 && matchCI(seg, a, w) == e && boundaryBefore(seg, a)
}

// skipOpening skips what may open a line before its text: spaces and
// marks, an article label ("**Điều 1. "), a list label ("3. ", "a) ").
func skipOpening(t []byte, r int) int {
	r = skipMarks(t, r)
	if e := matchCI(t, r, "điều"); e > 0 {
		// an article that opens with its verb: "Điều 1. Sửa đổi, bổ sung …"
		if q := skipSp(t, e); q < len(t) && isDigit(t[q]) {
			r = q
		}
	}
	if e := itemLabelEnd(t, r); e > 0 {
		r = skipMarks(t, e)
	}
	return r
}
