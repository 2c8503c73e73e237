package refs

import (
	"bytes"

	"github.com/vnlegal/vanban/model"
)

// maxLeadInReach bounds how far back from an item leadIn looks for the
// lead-in of its list (a list of 40 repealed documents with their abstracts
// and the page furniture of a gazette runs to some 15 KB).
const maxLeadInReach = 40000

// leadIn returns the relation that the lead-in of a list carries to a
// mention at p that opens one of its items ("Điều 1. Bãi bỏ toàn bộ các văn
// bản sau: 1. Quyết định số …"), or "". The list runs from the lead-in to
// the item over any lines but a new article, chapter or lead-in.
func (s *scanner) leadIn(p int) string {
	t := s.t
	ls := s.lineStart(p)
	r := skipSp(t, ls)
	q := skipMarks(t, r)
	if e := itemLabelEnd(t, q); e > 0 {
		q = skipMarks(t, e)
	} else if q == r || !bulletAt(t, r) {
		return ""
	}
	if q != p {
		return ""
	}
	at, rel := s.leadInBefore(ls)
	if at < 0 || ls-at > maxLeadInReach {
		return ""
	}
	return rel
}

// bulletAt reports whether a list bullet opens the text at r.
func bulletAt(t []byte, r int) bool {
	if r >= len(t) {
		return false
	}
	switch t[r] {
	case '-', '+', '*':
		return true
	}
	c, _ := runeAt(t, r)
	return c == '•' || c == '–'
}

// leadInBefore walks back the lines before the line starting at ls to the
// lead-in of the list it is in: it returns the lead-in's start (-1 none) and
// its relation. The walk from a later line passes the line of the previous
// question and goes on as that one did: its answer is kept.
func (s *scanner) leadInBefore(ls int) (int, string) {
	t := s.t
	cached := s.leadOK && s.leadQ <= ls
	if cached && s.leadQ == ls {
		return s.leadAt, s.leadRel
	}
	at, rel := -1, ""
	a := ls
	for a > 0 {
		e := a - 1 // the line break ending the previous line
		b := bytes.LastIndexByte(t[:e], '\n') + 1
		if stop, found, frel := s.leadInLine(b, e); stop {
			at, rel = found, frel
			break
		}
		if cached && b == s.leadQ {
			at, rel = s.leadAt, s.leadRel
			break
		}
		if ls-b > maxLeadInReach {
			break
		}
		a = b
	}
	s.leadOK, s.leadQ, s.leadAt, s.leadRel = true, ls, at, rel
	return at, rel
}

// leadInLine looks at the line t[b:e] on the way back from a list item:
// stop reports that the walk ends there, at the lead-in found (-1 none)
// with its relation. An article heading ("Điều 1. Bãi bỏ …") or a line that
// ends with ":" is a lead-in; a chapter, section or part heading ends the
// walk with none. A lead-in without a verb of change that is itself an item
// ("2. Các văn bản do Bộ Thủy sản ban hành:") heads a sublist: the walk goes
// on to the lead-in of the outer list.
func (s *scanner) leadInLine(b, e int) (stop bool, at int, rel string) {
	t := s.t
	r := skipMarks(t, b)
	for e > r && (t[e-1] == ' ' || t[e-1] == '\t' || t[e-1] == '\r' || t[e-1] == '*' || t[e-1] == '_') {
		e--
	}
	if e <= r {
		return false, -1, ""
	}
	if isHeadingWord(t, r) {
		if matchCI(t, r, "điều") > 0 {
			return true, r, s.leadInRelation(r, e)
		}
		return true, -1, ""
	}
	if t[e-1] != ':' {
		return false, -1, ""
	}
	cs := s.sentenceStart(e - 1)
	rel = s.leadInRelation(cs, e)
	if rel == "" && itemLabelEnd(t, r) > 0 {
		return false, -1, ""
	}
	return true, cs, rel
}

// isHeadingWord reports whether a division heading opens the line at r:
// "Điều", "Chương", "Mục" or "Phần" followed by a number or numeral.
func isHeadingWord(t []byte, r int) bool {
	for _, w := range headingWords {
		if e := matchCI(t, r, w); e > 0 && isUpperAt(t, r) {
			q := skipSp(t, e)
			if q < len(t) && (isDigit(t[q]) || isUpperAt(t, q)) {
				return true
			}
		}
	}
	return false
}

var headingWords = []string{"điều", "chương", "mục", "phần"}

// leadInRelation is the relation a lead-in t[a:e] carries to its items: a
// verb of change ("bãi bỏ", "sửa đổi, bổ sung", "thay thế", "hết hiệu lực")
// anywhere in it, when it speaks of documents ("các văn bản sau", "các
// Quyết định sau đây", "15 văn bản quy phạm pháp luật"); else "".
func (s *scanner) leadInRelation(a, e int) string {
	t := s.t
	rel, docs := "", false
	numbered := false // the verbs after a numbered citation are its abstract's
	attributive := -1 // where a verb right after "văn bản" would start
	for k := a; k < e; k++ {
		if !boundaryBefore(t, k) {
			continue
		}
		if x := matchCI(t, k, "số"); x > 0 && x < e {
			if q := skipWS(t, x); q < e && isDigit(t[q]) {
				numbered = true
			}
		}
		c := t[k]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		for _, v := range verbsByInitial[c] {
			if strongRelation[v.rel] && matchCI(t, k, v.w) > 0 {
				if k == attributive {
					// "Văn bản sửa đổi, bổ sung, thay thế:" names the
					// documents that changed another one (a table's note),
					// not a change made here
					return ""
				}
				if rel == "" && !numbered {
					rel = v.rel
				}
				break
			}
		}
		if x := matchCI(t, k, "văn bản"); x > 0 && x <= e {
			attributive = skipSp(t, x)
			docs = true
		} else if x := matchCI(t, k, "các"); x > 0 && x < e && !docs {
			if _, _, ok := matchType(t, skipSp(t, x)); ok {
				docs = true
			}
		}
	}
	if !docs {
		return ""
	}
	return rel
}

// afterWords open what follows a mention to say the document loses effect
// by the citing one ("Nghị quyết số … hết hiệu lực kể từ …").
var afterWords = []relVerb{
	{"hết hiệu lực", model.RelationRepeals},
	{"được bãi bỏ", model.RelationRepeals}, {"bị bãi bỏ", model.RelationRepeals},
	{"được hủy bỏ", model.RelationRepeals}, {"bị hủy bỏ", model.RelationRepeals},
	{"được huỷ bỏ", model.RelationRepeals}, {"bị huỷ bỏ", model.RelationRepeals},
}

// afterAgents after an afterWords phrase name another document that did it
// ("được bãi bỏ bởi Quyết định số …"): not the citing one.
var afterAgents = []string{"bởi", "tại", "theo"}

// notSubjectWords before a mention make what follows it a condition or a
// time, not a statement ("cho đến khi Nghị định số … hết hiệu lực").
var notSubjectWords = map[string]bool{"khi": true, "ngày": true, "lúc": true, "đến": true, "trước": true,
	"sau": true, "nếu": true, "đã": true, "chưa": true, "từ": true}

// verbAfter returns the relation stated after a mention [start, end) that no
// verb before it governs, or "": the phrase may follow it at once ("… đã
// công bố tại Quyết định số … của Chủ tịch UBND tỉnh hết hiệu lực"), or, when
// the mention opens its sentence or item, end its clause, which ends at
// clauseTo (-1: not known yet) ("2. Nghị quyết số … Giải thích một số điều
// của Luật Quy hoạch hết hiệu lực kể từ …").
func (s *scanner) verbAfter(start, end, clauseTo int) string {
	t := s.t
	ss := s.sentenceStart(start)
	rel := afterPhrase(t, skipWS(t, end))
	if rel == "" {
		if skipOpening(t, ss) != start {
			return ""
		}
		if clauseTo < 0 {
			clauseTo = clauseEnd(t, end)
		}
		ce := min(clauseTo, end+afterReach)
		// every afterWords phrase holds "hiệu lực" or "bỏ": most clauses
		// have neither
		w := t[end:ce]
		if !bytes.Contains(w, []byte("hiệu lực")) && !bytes.Contains(w, []byte("bỏ")) {
			return ""
		}
		for k := end; k < ce && rel == ""; k++ {
			if afterInitial[t[k]] && boundaryBefore(t, k) {
				if r := afterPhrase(t, k); r != "" && !s.endsWithPhrase(end, k, "đã") {
					rel = r
				}
			}
		}
		if rel == "" {
			return ""
		}
	}
	if notSubjectWords[s.wordBeforeAt(ss, start)] {
		return ""
	}
	return rel
}

// afterReach bounds how far after a mention verbAfter looks for its phrase.
const afterReach = 600

// afterInitial marks the first bytes of the afterWords phrases in either
// case ("đ" and "Đ" share their lead byte).
var afterInitial = [256]bool{'h': true, 'H': true, 'b': true, 'B': true, 0xC4: true}

// afterPhrase returns the relation of an afterWords phrase at k that no
// agent follows, or "".
func afterPhrase(t []byte, k int) string {
	if k >= len(t) || !afterInitial[t[k]] {
		return ""
	}
	for _, v := range afterWords {
		if e := matchCI(t, k, v.w); e > 0 {
			r := skipWS(t, e)
			for _, a := range afterAgents {
				if matchCI(t, r, a) > 0 {
					return ""
				}
			}
			return v.rel
		}
	}
	return ""
}
