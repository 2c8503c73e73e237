package refs

import "github.com/vnlegal/vanban/parser/symbol"

// lastListable returns the index of the last citation that a list item can
// continue, or -1.
func (s *scanner) lastListable() int {
	for k := len(s.cites) - 1; k >= 0; k-- {
		switch s.cites[k].kind {
		case kNumbered, kShort, kNamed:
			return k
		case kBare:
			continue
		default:
			return -1
		}
	}
	return -1
}

// onlySeparators reports whether t[a:b] holds only list separators: spaces,
// commas, "và", "hoặc", "số", "từ", "đến", "các".
func onlySeparators(t []byte, a, b int) bool {
	if b-a > 40 {
		return false
	}
	p := a
	for p < b {
		switch t[p] {
		case ' ', '\t', ',', ';', '\n', '\r':
			p++
			continue
		}
		matched := false
		for _, w := range listSeparators {
			if e := matchCI(t, p, w); e > 0 && e <= b {
				p = e
				if p < b && t[p] == ':' {
					p++
				}
				matched = true
				break
			}
		}
		if !matched {
			return false
		}
	}
	return true
}

// shortList handles number-only mentions: "Chỉ thị 44", "Nghị quyết 57, 59 và
// 66 của Bộ Chính trị", "các Nghị định số 234, 276 và 277".
func (s *scanner) shortList(tw typeWord, start, q int) {
	t := s.t
	first := true
	for {
		v, e, ok := readInt(t, q, 5)
		_ = v
		if !ok || !boundaryAfter(t, e) {
			return
		}
		if e < len(t) && (t[e] == '/' || t[e] == '.' || symbol.DashLen(t, e) > 0) {
			return
		}
		r := skipSp(t, e)
		if r < len(t) && t[r] == '%' {
			return
		}
		if w, _ := s.word(r); unitWords[string(w)] {
			return
		}
		if first && tw.name == "Luật" {
			return
		}
		c := &cite{kind: kShort, typ: tw.name, typeCode: tw.code, short: string(t[q:e]), listPrev: -1}
		st := q
		if first {
			st = start
		} else {
			c.listPrev = len(s.cites) - 1
		}
		s.add(c, st, e, first)
		if s.cites[len(s.cites)-1].end != e {
			return // a tail (date, issuer) ended the list
		}
		first = false
		// next item: ", 59", " và 66"
		r = skipSp(t, e)
		if r < len(t) && t[r] == ',' {
			r = skipSp(t, r+1)
		}
		if e2 := matchCI(t, r, "và"); e2 > 0 {
			r = skipSp(t, e2)
		}
		if e2 := matchCI(t, r, "số"); e2 > 0 {
			r = skipSp(t, e2)
		}
		if r >= len(t) || !isDigit(t[r]) || r == e {
			return
		}
		if _, _, _, ok := symbol.Scan(t, r); ok {
			return
		}
		q = r
	}
}
