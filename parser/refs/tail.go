package refs

import (
	"bytes"

	"github.com/vnlegal/vanban/internal/vntext"
)

// add completes a citation whose core (type, symbol or name) spans
// [start, coreEnd): parts before it, the date and issuer after it, its list,
// relation, abstract zone and alias.
func (s *scanner) add(c *cite, start, coreEnd int, withParts bool) {
	t := s.t
	c.start = start
	if withParts {
		if ps, st := s.partsBefore(start, s.lineStart(start)); len(ps) > 0 {
			c.parts, c.start = ps, st
		}
	}
	end := s.tail(c, coreEnd)
	c.end = end
	c.hasOwnDate = c.date != ""
	// list: linked to the previous citation by separators only
	if c.listPrev < 0 && c.kind != kAnaphora {
		if li := s.lastListable(); li >= 0 {
			prev := &s.cites[li]
			if prev.end <= c.start && onlySeparators(t, prev.end, c.start) {
				c.listPrev = li
			}
		}
	}
	rel, verbless := s.relationOf(c.start)
	// distributive issuer and date: a trailing "ngày ... của ..." is shared by
	// the earlier items of the same type ("các Nghị quyết số 01/NQ-CP, 02/NQ-CP
	// ngày 08/01/2025 của Chính phủ"); items of another type, or set apart by
	// ";" (independent căn cứ), keep their own.
	if c.listPrev >= 0 {
		shared := func(k, next int) bool {
			return s.cites[k].typ == c.typ && bytes.IndexByte(t[s.cites[k].end:s.cites[next].start], ';') < 0
		}
		if c.issuer != "" {
			next := len(s.cites) // c is not appended yet: compare against c itself
			s.cites = append(s.cites, *c)
			for k := c.listPrev; k >= 0 && shared(k, next); next, k = k, s.cites[k].listPrev {
				if s.cites[k].issuer == "" {
					s.cites[k].issuer = c.issuer
				}
			}
			s.cites = s.cites[:len(s.cites)-1]
		}
		if c.date != "" && c.kind != kNamed {
			own := false
			next := len(s.cites)
			s.cites = append(s.cites, *c)
			var chain []int
			for k := c.listPrev; k >= 0 && shared(k, next); next, k = k, s.cites[k].listPrev {
				if s.cites[k].hasOwnDate || s.cites[k].kind == kNamed {
					own = true
					break
				}
				chain = append(chain, k)
			}
			s.cites = s.cites[:len(s.cites)-1]
			if !own {
				for _, k := range chain {
					s.cites[k].date = c.date
				}
			}
		}
	}
	// abstract zone: text that describes the cited document
	c.zoneStart, c.zoneEnd = -1, -1
	r := skipSp(t, end)
	if r < len(t) {
		ch := t[r]
		switch {
		case ch == '(':
			c.zoneStart, c.zoneEnd = r, clauseEnd(t, r)
		case ch == '"' || hasPrefixAt(t, r, "“"):
			c.zoneStart, c.zoneEnd = r, clauseEnd(t, r)
			c.title = s.titleAt(r, c.zoneEnd)
		default:
			rr, _ := runeAt(t, r)
			if isWordRune(rr) && r > end {
				lw, _ := s.word(r)
				w := string(lw)
				if w != "và" && w != "hoặc" && w != "hay" && w != "cùng" {
					c.zoneStart, c.zoneEnd = r, clauseEnd(t, r)
					if abstractStart[w] {
						c.title = s.titleAt(r, c.zoneEnd)
					}
				}
			}
		}
	}
	if verbless {
		if r := s.verbAfter(c.start, end, c.zoneEnd); r != "" {
			rel = r
		} else if r := s.leadIn(c.start); r != "" {
			rel = r
		}
	}
	if c.listPrev >= 0 && bytes.IndexByte(t[s.cites[c.listPrev].end:c.start], ';') < 0 {
		// the items of a list share the relation of the first: "… được sửa
		// đổi, bổ sung bởi Nghị định số 27/2024/NĐ-CP, Nghị định số …"
		// (after ";" a căn cứ item or a sentence of its own starts)
		rel = s.cites[c.listPrev].rel
	}
	c.rel = rel
	idx := len(s.cites)
	s.cites = append(s.cites, *c)
	s.findAlias(idx, end)
	s.pos = end
}

// titleAt returns the abstract text from r up to the clause end or an opening
// parenthesis, at most 400 bytes.
func (s *scanner) titleAt(r, end int) string {
	t := s.t
	e := end
	if k := bytes.IndexByte(t[r:e], '('); k >= 0 {
		e = r + k
	}
	b := trimSpaceBytes(vntext.Head(t[r:e], 400))
	b = bytes.TrimRight(b, ",;:")
	return collapse(b)
}

// clauseEnd returns the end of the clause starting at p: ';', a line break,
// ". ", ':' or at most 1500 bytes.
func clauseEnd(t []byte, p int) int {
	lim := p + 1500
	if lim > len(t) {
		lim = len(t)
	}
	for q := p; q < lim; q++ {
		if !clauseByte[t[q]] {
			continue // most bytes: one table read
		}
		switch t[q] {
		case ';', ':':
			return q
		case '\n':
			if lineBreakEnds(t, q) {
				return q
			}
		case '.':
			if q+1 >= len(t) || t[q+1] == ' ' || t[q+1] == '\n' || t[q+1] == '\r' {
				return q
			}
		}
	}
	return lim
}

// clauseByte marks the bytes that may end a clause (see clauseEnd).
var clauseByte = [256]bool{';': true, ':': true, '\n': true, '.': true}

// tail parses the optional date and issuer after a citation core.
func (s *scanner) tail(c *cite, p int) int {
	t := s.t
	q := p
	for k := 0; k < 4; k++ {
		r := skipWS(t, q)
		if r < len(t) && t[r] == '[' {
			if e := footnoteEnd(t, r); e > 0 {
				q = e
				continue
			}
		}
		if c.date == "" {
			rr := r
			if rr < len(t) && t[rr] == ',' {
				rr = skipWS(t, rr+1)
			}
			if e := matchCI(t, rr, "ngày"); e > 0 {
				if d, de, ok := parseDay(t, e); ok {
					c.date = d
					q = de
					continue
				}
			}
			if e := matchCI(t, r, "năm"); e > 0 {
				if y, ye, ok := parseYear(t, skipSp(t, e)); ok {
					c.date = y
					q = ye
					continue
				}
			}
			if c.kind == kNamed && r < len(t) && isDigit(t[r]) && r > q {
				if y, ye, ok := parseYear(t, r); ok && y != "" && boundaryAfter(t, ye) {
					c.date = y
					q = ye
					continue
				}
			}
		}
		if c.issuer == "" {
			if e := matchCI(t, r, "của"); e > 0 {
				if iss, ie := s.issuer(skipWS(t, e)); iss != "" {
					c.issuer = iss
					q = ie
					continue
				}
			}
		}
		break
	}
	return q
}

// footnoteEnd returns the end of a "[12]" marker at p, 0 when none.
func footnoteEnd(t []byte, p int) int {
	q := p + 1
	for q < len(t) && q-p <= 4 && isDigit(t[q]) {
		q++
	}
	if q > p+1 && q < len(t) && t[q] == ']' {
		return q + 1
	}
	return 0
}

func hasPrefixAt(t []byte, p int, s string) bool {
	return len(t)-p >= len(s) && string(t[p:p+len(s)]) == s
}
