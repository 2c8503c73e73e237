package refs

import (
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
	"github.com/vnlegal/vanban/parser/symbol"
)

// typeAnchor reads what follows a type noun at i: "này" (the document
// itself), a symbol ("Nghị định số 15/2020/NĐ-CP"), a number-only list, the
// party style "của <issuer> số ...", an anaphora ("nêu trên"), a name, or a
// bare type word that an alias may stand for.
func (s *scanner) typeAnchor(i int) {
	if i < s.pos || (i >= s.skipFrom && i < s.skipTo) {
		return
	}
	t := s.t
	tw, te, ok := matchType(t, i)
	if !ok {
		return
	}
	p := skipWS(t, te)
	// self reference
	if e := matchCI(t, p, "này"); e > 0 {
		c := cite{kind: kSelf, typ: tw.name, start: i, end: e}
		c.parts, c.start = s.partsBefore(i, s.lineStart(i))
		s.cites = append(s.cites, c)
		s.pos = e
		return
	}
	q := p
	hasSo := false
	if e := matchCI(t, p, "số"); e > 0 {
		q = e
		if q < len(t) && t[q] == ':' {
			q++
		}
		q = skipWS(t, q)
		hasSo = true
	}
	if q < len(t) && isDigit(t[q]) {
		if end, sym, canon, ok := symbol.ScanHint(t, q, tw.name); ok {
			c := s.newNumbered(tw, sym, canon)
			s.add(&c, i, end, true)
			return
		}
		if shortTypes[tw.name] && (titleCase(t, i) && !allCaps(t, i) || hasSo) {
			s.shortList(tw, i, q)
		}
		return
	}
	if hasSo {
		return
	}
	// Party style: "Quyết định của Bộ Chính trị số 31-QĐ/TW"
	if e := matchCI(t, p, "của"); e > 0 {
		iss, ie := s.issuer(skipWS(t, e))
		if iss == "" {
			return
		}
		r := skipWS(t, ie)
		if e2 := matchCI(t, r, "số"); e2 > 0 {
			r = e2
			if r < len(t) && t[r] == ':' {
				r++
			}
			r = skipWS(t, r)
			if end, sym, canon, ok := symbol.ScanHint(t, r, tw.name); ok {
				c := s.newNumbered(tw, sym, canon)
				c.issuer = iss
				s.add(&c, i, end, true)
			}
		}
		return
	}
	if !titleCase(t, i) || allCaps(t, i) {
		return
	}
	for _, w := range anaphoraWords {
		if e := matchCI(t, p, w); e > 0 {
			c := cite{kind: kAnaphora, typ: tw.name, listPrev: -1}
			s.add(&c, i, e, false)
			return
		}
	}
	if namedTypes[tw.name] {
		s.named(tw, i, te, p)
		return
	}
	if tw.name == "Điều lệ" {
		s.charter(tw, i, p)
		return
	}
	if tw.name == "Nghị quyết" {
		if matchCI(t, p, "đại hội") > 0 || matchCI(t, p, "hội nghị") > 0 || (isUpperAt(t, p) && matchCI(t, p, "trung ương") > 0) {
			s.partyNamed(tw, i, p)
			return
		}
	}
	// bare type word: kept for aliases ("(sau đây viết tắt là Nghị định)")
	if len(s.aliases) > 0 {
		c := cite{kind: kBare, typ: tw.name, start: i, end: te, listPrev: -1}
		c.parts, c.start = s.partsBefore(i, s.lineStart(i))
		c.rel = s.relation(c.start)
		c.aliasWord = collapse(s.lowered(t[i:te]))
		s.cites = append(s.cites, c)
		s.pos = te
	}
}

// newNumbered returns the citation by value: the caller fills it in and
// passes its address to add, which copies it, so it stays on the stack.
func (s *scanner) newNumbered(tw typeWord, sym model.Symbol, canon string) cite {
	c := cite{kind: kNumbered, typ: tw.name, typeCode: tw.code, number: canon, symNumber: sym.Number, symYear: sym.Year, listPrev: -1}
	if tw.name == "Công văn" && sym.TypeCode != "" && sym.TypeCode != "CV" {
		if ty, ok := lexicon.TypeByCode(sym.TypeCode); ok {
			c.typ = ty.Name
		}
	}
	if sym.TypeCode != "" {
		c.typeCode = sym.TypeCode
	} else if tw.name == "Công văn" {
		c.typeCode = ""
	}
	return c
}

// symbolAnchor handles a '/' or dash: when it follows a number it may be a
// symbol not yet consumed by a type noun (lists, lower-case nouns, bare symbols).
func (s *scanner) symbolAnchor(i int) {
	t := s.t
	j := i
	for k := 0; k < 2 && j > 0 && t[j-1] == ' '; k++ {
		j--
	}
	if j == 0 || !isDigit(t[j-1]) {
		return
	}
	ns := j
	for ns > 0 && (isDigit(t[ns-1]) || (t[ns-1] == '.' && ns > 1 && isDigit(t[ns-2]))) {
		ns--
	}
	if ns < s.pos || j-ns > 8 || (ns >= s.skipFrom && ns < s.skipTo) {
		return
	}
	if ns > 0 {
		pc := t[ns-1]
		if pc == '/' || pc == '-' || pc == '.' || !boundaryBefore(t, ns) {
			return
		}
	}
	end, sym, canon, ok := symbol.Scan(t, ns)
	if !ok {
		return
	}
	// "số" / "số:" before the symbol
	b := ns
	bb := b
	for bb > 0 && (t[bb-1] == ' ' || t[bb-1] == '\t' || t[bb-1] == '\n') {
		bb--
	}
	if bb > 0 && t[bb-1] == ':' {
		bb--
	}
	soStart := -1
	if w, ws := s.prevWord(bb); ws >= 0 && string(w) == "số" && ws+len("số") <= bb {
		soStart = ws
	}
	if soStart >= 0 {
		b = soStart
	}
	// list continuation: only separators since the previous citation
	if li := s.lastListable(); li >= 0 {
		prev := &s.cites[li]
		if prev.end <= b && onlySeparators(t, prev.end, b) {
			if prev.kind == kNumbered || prev.kind == kShort {
				tw := typeWord{name: prev.typ, code: prev.typeCode}
				if tw.name != "" {
					if e2, sym2, canon2, ok2 := symbol.ScanHint(t, ns, tw.name); ok2 {
						end, sym, canon = e2, sym2, canon2
					}
				}
				c := s.newNumbered(tw, sym, canon)
				if prev.typ == "Công văn" && sym.TypeCode != "" && sym.TypeCode != "CV" {
					if ty, ok := lexicon.TypeByCode(sym.TypeCode); ok {
						c.typ = ty.Name
					}
				}
				c.listPrev = li
				s.add(&c, b, end, false)
				return
			}
		}
	}
	tb := b
	for tb > 0 && (t[tb-1] == ' ' || t[tb-1] == '\t' || t[tb-1] == '\n') {
		tb--
	}
	if tw, ts, ok := typeBefore(t, tb); ok {
		if e2, sym2, canon2, ok2 := symbol.ScanHint(t, ns, tw.name); ok2 {
			end, sym, canon = e2, sym2, canon2
		}
		c := s.newNumbered(tw, sym, canon)
		s.add(&c, ts, end, true)
		return
	}
	// bare symbol: only strong ones, never the "Số:" line of a header
	if soStart >= 0 && isHeaderLabel(t, soStart) {
		return
	}
	tw, ok := typeFromSymbol(sym)
	if !ok {
		return
	}
	c := s.newNumbered(tw, sym, canon)
	start := ns
	if soStart >= 0 {
		start = soStart
	}
	s.add(&c, start, end, true)
}

// isHeaderLabel: "Số" at the start of a line (box 3 of a header).
func isHeaderLabel(t []byte, p int) bool {
	if p < len(t) && t[p] != 'S' {
		return false
	}
	q := p
	for q > 0 && (t[q-1] == ' ' || t[q-1] == '\t' || t[q-1] == '*' || t[q-1] == '|' || t[q-1] == '_') {
		q--
	}
	return q == 0 || t[q-1] == '\n'
}

// typeFromSymbol derives the type of a bare symbol; only strong symbols (a
// type code with an issuer, or a letter of a known issuer with a unit).
func typeFromSymbol(sym model.Symbol) (typeWord, bool) {
	if sym.Blank || len(sym.Issuers) == 0 {
		return typeWord{}, false
	}
	if sym.TypeCode != "" {
		if sym.TypeCode == "CV" {
			return typeWord{name: "Công văn"}, true
		}
		ty, ok := lexicon.TypeByCode(sym.TypeCode)
		if !ok {
			return typeWord{}, false
		}
		return typeWord{name: ty.Name, code: ty.Code}, true
	}
	if len(sym.Units) > 0 {
		if _, ok := lexicon.IssuerByCode(sym.Issuers[0]); ok {
			return typeWord{name: "Công văn"}, true
		}
	}
	return typeWord{}, false
}
