package refs

import (
	"strconv"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
)

// Part references are parsed backwards from the start of a citation:
// "điểm a, b khoản 1 Điều 3 [của] Nghị định số …". The tokens are collected
// walking left, then parsed left to right, smallest unit first.

const (
	lvPoint = iota
	lvClause
	lvArticle
	lvSection
	lvChapter
	lvPart
)

type ptok struct {
	kind  int // 0 keyword, 1 value, 2 "và"/",", 3 "đến", 4 "từ", 5 "các"
	level int
	val   string
	start int
}

// maxPartToks bounds the tokens of one part chain.
const maxPartToks = 48

// partPath is one path of buildParts: a part and its highest level so far.
type partPath struct {
	p   model.Part
	max int
}

var partKeywords = []struct {
	w     string
	level int
}{
	{"điểm", lvPoint}, {"khoản", lvClause}, {"điều", lvArticle}, {"mục", lvSection},
	{"chương", lvChapter}, {"phần", lvPart},
}

// partsBefore parses the part chain that ends just before p. It returns the
// parts and the start of the chain (p when none).
func (s *scanner) partsBefore(p, limit int) ([]model.Part, int) {
	t := s.t
	q := p
	// optional "của" / "tại" between the chain and the document
	q0 := q
	if w, ws := s.prevWord(q); ws >= 0 && (string(w) == "của" || string(w) == "tại") {
		q = ws
	}
	// the tokens and paths live in scratch slices of the scanner: most
	// citations have no parts, and zeroing arrays for them costs more than
	// the search
	toks := s.toks[:maxPartToks]
	nt := 0
	for nt < len(toks) {
		w, ws := s.prevWord(q)
		if ws < 0 || ws < limit {
			break
		}
		// separators glued to the value: "1," "b,"
		tk, ok := classifyPartWord(w)
		if !ok {
			break
		}
		tk.start = ws
		toks[nt] = tk
		nt++
		q = ws
		// a comma between words is a separator
	}
	if nt == 0 {
		return nil, p
	}
	// reverse
	ts := toks[:nt]
	for i, j := 0, nt-1; i < j; i, j = i+1, j-1 {
		ts[i], ts[j] = ts[j], ts[i]
	}
	// the chain must start with a keyword (or các/từ before one) and the last
	// token must be a value
	for len(ts) > 0 && ts[0].kind != 0 && ts[0].kind != 5 && ts[0].kind != 4 {
		ts = ts[1:]
	}
	if len(ts) < 2 || ts[len(ts)-1].kind != 1 {
		return nil, p
	}
	parts := s.buildParts(ts)
	if len(parts) == 0 {
		return nil, p
	}
	_ = q0
	_ = t
	return parts, ts[0].start
}

// prevWord returns the lower-cased word (with a glued trailing comma stripped)
// before p, skipping spaces and commas, and its start; -1 at a line start or
// punctuation other than a comma. The word is in s.wbuf: valid until the next
// use of the buffer.
func (s *scanner) prevWord(p int) ([]byte, int) {
	t := s.t
	q := p
	for q > 0 {
		c := t[q-1]
		if c == ' ' || c == '\t' || c == ',' {
			q--
			continue
		}
		if c == 0xA0 && q > 1 && t[q-2] == 0xC2 {
			q -= 2
			continue
		}
		break
	}
	e := q
	for q > 0 {
		r, n := runeBefore(t, q)
		if !isWordRune(r) {
			break
		}
		q -= n
	}
	if q == e || e-q > 24 {
		return nil, -1
	}
	return s.lowered(t[q:e]), q
}

func classifyPartWord(w []byte) (ptok, bool) {
	for _, k := range partKeywords {
		if string(w) == k.w {
			return ptok{kind: 0, level: k.level}, true
		}
	}
	switch string(w) {
	case "và", "hoặc":
		return ptok{kind: 2}, true
	case "đến":
		return ptok{kind: 3}, true
	case "từ":
		return ptok{kind: 4}, true
	case "các":
		return ptok{kind: 5}, true
	}
	if isPartValue(string(w)) {
		return ptok{kind: 1, val: string(w)}, true
	}
	return ptok{}, false
}

// isPartValue: digits with an optional letter (198a, 2a), a point letter with an
// optional digit (a, đ, a2), or a Roman numeral (XII).
func isPartValue(w string) bool {
	if w == "" || len(w) > 8 {
		return false
	}
	if isDigit(w[0]) {
		i := 0
		for i < len(w) && isDigit(w[i]) {
			i++
		}
		if i > 4 {
			return false
		}
		rest := w[i:]
		return rest == "" || (utf8.RuneCountInString(rest) == 1 && isPointLetter(rest))
	}
	r, n := utf8.DecodeRuneInString(w)
	if isPointLetter(string(r)) {
		rest := w[n:]
		if rest == "" {
			return true
		}
		for i := 0; i < len(rest); i++ {
			if !isDigit(rest[i]) {
				return vntext.IsRomanLetters(w)
			}
		}
		return len(rest) <= 2
	}
	return vntext.IsRomanLetters(w)
}

func isPointLetter(s string) bool {
	if s == "đ" {
		return true
	}
	return len(s) == 1 && s[0] >= 'a' && s[0] <= 'z'
}

// buildParts turns the token sequence into paths (see the package comment of
// parts.go): values of a keyword are added to every open path that has nothing
// at that level or above; a lower keyword after a higher one opens a new path.
func (s *scanner) buildParts(ts []ptok) []model.Part {
	type path = partPath
	// at most one path per token; paths are named by index
	var curBuf [maxPartToks]int
	paths := s.paths[:0]
	level := -1
	rangeNext := false
	cur := curBuf[:0] // paths receiving the values of the current keyword
	for _, tk := range ts {
		switch tk.kind {
		case 0:
			level = tk.level
			if len(paths) == 0 || tk.level < paths[len(paths)-1].max {
				paths = append(paths, path{max: -1})
				cur = append(cur[:0], len(paths)-1)
				continue
			}
			last := len(paths) - 1
			if tk.level == paths[last].max {
				cur = append(cur[:0], last)
				continue
			}
			cur = cur[:0]
			for i := range paths {
				if paths[i].max < tk.level {
					cur = append(cur, i)
				}
			}
		case 1:
			if level < 0 {
				continue
			}
			v := upperRoman(tk.val, level)
			for _, i := range cur {
				pp := &paths[i]
				addPart(&pp.p, level, v, rangeNext)
				if level > pp.max {
					pp.max = level
				}
			}
			rangeNext = false
		case 3:
			rangeNext = true
		}
	}
	out := make([]model.Part, 0, len(paths))
	for _, pp := range paths {
		q := pp.p
		q.Fill()
		if pp.max >= 0 {
			out = append(out, q)
		}
	}
	s.paths = paths[:0] // keep the grown scratch
	return out
}

func upperRoman(v string, level int) string {
	if level >= lvChapter || (level == lvSection && vntext.IsRomanLetters(v)) {
		if vntext.IsRomanLetters(v) {
			b := []byte(v)
			for i := range b {
				b[i] -= 32
			}
			return string(b)
		}
	}
	return v
}

func addPart(p *model.Part, level int, v string, isRange bool) {
	var list *[]string
	switch level {
	case lvPoint:
		list = &p.Points
	case lvClause:
		list = &p.Clauses
	case lvArticle:
		list = &p.Articles
	case lvSection:
		p.Section = v
		return
	case lvChapter:
		p.Chapter = v
		return
	case lvPart:
		p.Part = v
		return
	}
	if isRange && len(*list) > 0 {
		from, e1 := strconv.Atoi((*list)[len(*list)-1])
		to, e2 := strconv.Atoi(v)
		if e1 == nil && e2 == nil && to > from && to-from <= 100 {
			for k := from + 1; k <= to; k++ {
				*list = append(*list, strconv.Itoa(k))
			}
			return
		}
	}
	for _, x := range *list {
		if x == v {
			return
		}
	}
	*list = append(*list, v)
}
