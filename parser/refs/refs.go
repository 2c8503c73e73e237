// Package refs extracts the citations of other documents from the normalised
// text of a Vietnamese official document and resolves them to one
// model.Reference per cited document.
//
// The scanner makes one pass over the bytes and stops only at a small set of
// trigger bytes: the capital initials of type nouns ("Quyết định", "Luật", ...)
// and the separators of symbols ('/', '-', Unicode dashes) that follow a digit.
// Only there does it look around: forward for "số", the symbol, the date, the
// "của ..." issuer and the abstract; backward for the parts ("khoản 2 Điều 5"),
// a lower-case type noun ("văn bản số") and the governing verb ("Căn cứ").
// A second pass links short mentions ("Chỉ thị 44", "Quyết định nêu trên",
// aliases) to the full citations, in either direction.
package refs

import (
	"bytes"
	"sync"
	"unicode/utf8"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
	"github.com/vnlegal/vanban/parser/symbol"
)

// Options tell Extract about the document being scanned.
type Options struct {
	// SelfNumber is the document's own number; it never becomes a reference.
	SelfNumber string
	// SelfType is its type name, for "Kế hoạch này".
	SelfType string
}

const (
	kNumbered = iota
	kNamed
	kShort
	kAnaphora
	kBare
	kSelf
)

type cite struct {
	kind       int
	start, end int
	typ        string // canonical type name
	typeCode   string
	number     string // canonical symbol
	symNumber  string // running number of the symbol (model.Symbol.Number)
	symYear    int    // year of the symbol (model.Symbol.Year)
	name       string // "Luật Đất đai", "Nghị quyết Đại hội ..."
	short      string // number of a short mention
	date       string
	issuer     string
	title      string
	parts      []model.Part
	rel        string
	listPrev   int
	zoneStart  int
	zoneEnd    int
	aliasWord  string // bare type word as printed, lower case
	hasOwnDate bool
}

type aliasDef struct {
	key  string
	pos  int
	cite int
}

type scanner struct {
	t        []byte
	opt      Options
	cites    []cite
	aliases  []aliasDef
	wbuf     []byte
	lbuf     []byte
	pos      int // bytes before pos are consumed
	skipFrom int
	skipTo   int
	nameKeys map[typeName]string // nameKey memo, kept with the scanner
	toks     []ptok              // partsBefore scratch
	paths    []partPath          // buildParts scratch
	// lineStart and sentenceStart remember their last question (ls/ssP)
	// and answer; zero values are right for a new text
	lsP, lsStart int
	ssP, ssEnd   int
	// relation remembers its last verb search: sentence start, end, the
	// verb's offset in the sentence (-1 none) and relation
	relOK       bool
	relSS, relP int
	relBest     int
	relRel      string
}

// trig marks the bytes where the scanner looks closer (1, else 0).
var trig [256]uint8

func init() {
	for _, c := range []byte("BCDGHKLNPQSTV") {
		trig[c] = 1
	}
	trig['/'] = 1
	trig['-'] = 1
	trig[0xE2] = 1 // Unicode dashes
	// Đ (C4 90) and Á (C3 81) are found by their second byte: their lead
	// bytes also lead most Vietnamese lower-case vowels and đ, and would stop
	// the scan every few letters
	trig[0x90] = 1
	trig[0x81] = 1
}

// Extract finds the documents cited by text. refs has one entry per distinct
// document, in order of first mention; self holds the mentions of the document
// itself ("Kế hoạch này", "khoản 2 Điều 3 Nghị định này").
func Extract(text []byte, opt Options) (refs []model.Reference, self []model.Mention) {
	s := scanners.Get().(*scanner)
	*s = scanner{t: text, opt: opt, skipFrom: -1, skipTo: -1,
		cites: s.cites[:0], aliases: s.aliases[:0], wbuf: s.wbuf[:0], lbuf: s.lbuf[:0], nameKeys: s.nameKeys,
		toks: s.toks, paths: s.paths}
	if s.toks == nil {
		s.toks = make([]ptok, maxPartToks)
	}
	if cap(s.cites) == 0 {
		s.cites = make([]cite, 0, len(text)/700+16) // a citation every ~700 bytes
	}
	s.run()
	refs, self = s.resolve()
	s.release()
	return refs, self
}

// scanners keeps the scratch of finished scans: the citation table is the
// largest allocation of a scan and every document needs one. Nothing of it
// is referenced by the results.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// maxPooledCites bounds the citation table kept for the next scan (a
// citation is some 260 bytes; long documents have about a thousand).
const maxPooledCites = 1 << 12

func (s *scanner) release() {
	// drop the strings and parts of this text so the pool holds no results
	clear(s.cites)
	clear(s.aliases)
	clear(s.nameKeys)
	clear(s.toks)
	clear(s.paths[:cap(s.paths)])
	s.t = nil
	if cap(s.cites) <= maxPooledCites {
		scanners.Put(s)
	}
}

func (s *scanner) run() {
	t := s.t
	n := len(t)
	for i := 0; i < n; i++ {
		// triggers come every few dozen bytes: test four at a time with one
		// branch, then find the byte
		for i+4 <= n {
			u := t[i : i+4 : i+4]
			if trig[u[0]]|trig[u[1]]|trig[u[2]]|trig[u[3]] != 0 {
				break
			}
			i += 4
		}
		for i < n && trig[t[i]] == 0 {
			i++
		}
		if i >= n {
			break
		}
		c := t[i]
		switch {
		case c == '/' || c == '-':
			s.symbolAnchor(i)
		case c == 0xE2:
			if symbol.DashLen(t, i) > 0 {
				s.symbolAnchor(i)
			}
		case c == 0x90:
			// the anchor is the lead byte: when the scan resumes between the
			// two bytes, typeAnchor finds i-1 consumed and returns
			if i > 0 && t[i-1] == 0xC4 && boundaryBefore(t, i-1) { // Đ
				s.typeAnchor(i - 1)
			}
		case c == 0x81:
			if i > 0 && t[i-1] == 0xC3 && boundaryBefore(t, i-1) { // Á
				s.typeAnchor(i - 1)
			}
		default:
			if c < 0x80 && boundaryBefore(t, i) {
				s.typeAnchor(i)
			}
		}
		if s.pos > i+1 {
			i = s.pos - 1
		}
	}
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
		s.wbuf = lowerAppend(s.wbuf[:0], t[i:te])
		c.aliasWord = collapse(s.wbuf)
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
		for _, w := range []string{"và", "hoặc", "số", "từ", "đến", "các"} {
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
		we := wordEnd(t, r)
		if we > r {
			s.wbuf = lowerAppend(s.wbuf[:0], t[r:we])
			if unitWords[string(s.wbuf)] {
				return
			}
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

// named handles "Luật Đất đai năm 2024", "Bộ luật Dân sự", "Hiến pháp năm 2013",
// and "Luật Đất đai số 31/2024/QH15" (a numbered citation with a name).
func (s *scanner) named(tw typeWord, i, te, p int) {
	t := s.t
	ne := te
	if tw.name == "Hiến pháp" {
		for _, w := range []string{"nước cộng hòa xã hội chủ nghĩa việt nam", "nước cộng hoà xã hội chủ nghĩa việt nam"} {
			if e := matchCI(t, p, w); e > 0 {
				ne = e
				break
			}
		}
	} else if e := amendingPrefix(t, p); e > 0 {
		// "Luật sửa đổi, bổ sung một số điều của Luật A [số ...], Luật B ... và
		// Luật C": the amending law's name runs over the whole list of amended
		// laws, which are cited too
		r := skipWS(t, e)
		ne2 := s.amendedList(r)
		if ne2 > r {
			c := &cite{kind: kNamed, typ: tw.name, typeCode: tw.code, name: collapse(t[i:ne2]), listPrev: -1}
			s.add(c, i, ne2, true)
			s.pos = r // the amended laws are cited too
		}
		return
	} else {
		ne = s.lawName(p)
		if ne <= p {
			return
		}
		s.wbuf = lowerAppend(s.wbuf[:0], t[p:ne])
		if string(s.wbuf) == "việt nam" {
			return
		}
	}
	// a name the heuristics cut short ("Pháp lệnh Ưu đãi người | có công với
	// cách mạng số 02/2020/UBTVQH14"): when its number follows in the same
	// clause, the name runs up to "số"
	if tw.name != "Hiến pháp" {
		if q := s.numberAhead(ne); q > ne {
			ne = q
			for ne > i && (t[ne-1] == ' ' || t[ne-1] == '\n' || t[ne-1] == ',') {
				ne--
			}
		}
	}
	name := collapse(t[i:ne])
	r := skipWS(t, ne)
	// "Luật Các tổ chức tín dụng 2024 số 32/2024/QH15", "… năm 2024 số …"
	r0 := r
	if e := matchCI(t, r, "năm"); e > 0 {
		r = skipSp(t, e)
	}
	if y, ye, ok := parseYear(t, r); ok && y != "" {
		if e := matchCI(t, skipSp(t, ye), "số"); e > 0 {
			r = skipSp(t, ye)
		} else {
			r = r0
		}
	} else {
		r = r0
	}
	q := -1
	if e := matchCI(t, r, "số"); e > 0 {
		q = e
		if q < len(t) && t[q] == ':' {
			q++
		}
		q = skipWS(t, q)
	} else if r < len(t) && isDigit(t[r]) {
		q = r
	}
	if q >= 0 && q < len(t) && isDigit(t[q]) {
		if end, sym, canon, ok := symbol.ScanHint(t, q, tw.name); ok {
			c := s.newNumbered(tw, sym, canon)
			c.name = name
			s.add(&c, i, end, true)
			return
		}
	}
	c := &cite{kind: kNamed, typ: tw.name, typeCode: tw.code, name: name, listPrev: -1}
	s.add(c, i, ne, true)
}

// lawName finds the end of a law name starting at p (the first word after
// "Luật"), or p when there is none.
func (s *scanner) lawName(p int) int {
	t := s.t
	if p >= len(t) {
		return p
	}
	known := knownLaw(t, p)
	if h := s.lawNameHeur(p); h > known {
		return h
	}
	if known > 0 {
		return known
	}
	return p
}

func (s *scanner) lawNameHeur(p int) int {
	t := s.t
	q := p
	last := p
	words := 0
	vaMark, vaWords := -1, 0
	for words < 14 && q < len(t) {
		r, _ := runeAt(t, q)
		if !isWordRune(r) || isDigit(t[q]) {
			break
		}
		we := wordEnd(t, q)
		s.wbuf = lowerAppend(s.wbuf[:0], t[q:we])
		lw := string(s.wbuf)
		upper := isUpperAt(t, q)
		if words == 0 {
			// Names are capitalised ("Luật Đất đai"), but older texts write
			// "Luật đất đai": accept a lower-case name only when its first word
			// opens law names ("Luật sư", "Luật này" are not laws).
			if !upper && !lowerLawStart[lw] {
				return p
			}
		} else if upper {
			if _, _, ok := matchType(t, q); ok || capStop[lw] {
				break
			}
		} else {
			if lw == "và" && vaMark < 0 && words <= 3 {
				nx := skipSp(t, we)
				if nx == we || nx >= len(t) {
					break
				}
				nwe := wordEnd(t, nx)
				s.wbuf = lowerAppend(s.wbuf[:0], t[nx:nwe])
				nw := string(s.wbuf)
				if nwe == nx || lawStop[nw] || stop2(t, nx, nwe, nw) || isDigit(t[nx]) {
					break
				}
				if isUpperAt(t, nx) {
					if _, _, ok := matchType(t, nx); ok || capStop[nw] {
						break
					}
				}
				vaMark = last
				vaWords = 0
				words++
				q = nx
				continue
			}
			if lawStop[lw] {
				break
			}
			if stop2(t, q, we, lw) {
				if lw == "sửa" {
					// "Luật Hải quan sửa đổi 2005", "... sửa đổi năm 2025", "... sửa đổi số"
					e2 := matchCI(t, q, "sửa đổi")
					nx := skipSp(t, e2)
					if nx < len(t) && (isDigit(t[nx]) || matchCI(t, nx, "năm") > 0 || matchCI(t, nx, "số") > 0) {
						last = e2
					}
				}
				break
			}
		}
		words++
		if vaMark >= 0 {
			vaWords++
		}
		last = we
		nx := we
		if nx < len(t) && t[nx] == ',' {
			if words <= 2 {
				r2 := skipSp(t, nx+1)
				we2 := wordEnd(t, r2)
				if we2 > r2 && isLowerAt(t, r2) {
					s.wbuf = lowerAppend(s.wbuf[:0], t[r2:we2])
					if commaCont[string(s.wbuf)] {
						q = r2
						continue
					}
				}
			}
			break
		}
		q = skipSp(t, nx)
		if q == nx {
			break
		}
	}
	if vaMark >= 0 && vaWords > 4 {
		last = vaMark
	}
	return last
}

// stop2 reports a two-word stop phrase starting with lw ("quy định").
func stop2(t []byte, q, we int, lw string) bool {
	m, ok := lawStop2[lw]
	if !ok {
		return false
	}
	nx := skipWS(t, we)
	nwe := wordEnd(t, nx)
	if nwe == nx {
		return false
	}
	var buf [32]byte
	nw := lowerAppend(buf[:0], t[nx:nwe])
	return m[string(nw)]
}

var capStop = setOf("điều", "chương", "khoản", "điểm", "mục", "phần", "căn", "thực", "theo", "tại", "về", "ngày", "số", "năm", "của")

// partyNamed handles "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của
// Đảng", "Nghị quyết Hội nghị Trung ương 5 khóa XII".
func (s *scanner) partyNamed(tw typeWord, i, p int) {
	t := s.t
	q := p
	last := p
	words := 0
	for words < 18 && q < len(t) {
		r, _ := runeAt(t, q)
		if !isWordRune(r) {
			break
		}
		we := wordEnd(t, q)
		s.wbuf = lowerAppend(s.wbuf[:0], t[q:we])
		lw := string(s.wbuf)
		switch {
		case isDigit(t[q]):
			if we-q > 2 {
				goto done
			}
		case isUpperAt(t, q):
			if words > 0 {
				if _, _, ok := matchType(t, q); ok {
					goto done
				}
			}
		case lw == "của":
			nx := skipSp(t, we)
			if e := matchCI(t, nx, "đảng"); e > 0 {
				last = e
			}
			goto done
		case !partyWords[lw]:
			goto done
		}
		words++
		last = we
		nx := skipWS(t, we)
		if nx == we {
			break
		}
		q = nx
	}
done:
	if last <= p {
		return
	}
	c := &cite{kind: kNamed, typ: tw.name, typeCode: tw.code, name: collapse(t[i:last]), listPrev: -1}
	s.add(c, i, last, true)
}

// issuer reads the "của ..." issuer phrase at p; "" when none.
func (s *scanner) issuer(p int) (string, int) {
	t := s.t
	if p >= len(t) || !isUpperAt(t, p) {
		return "", p
	}
	q := p
	last := p
	words := 0
	for words < 14 && q < len(t) {
		r, _ := runeAt(t, q)
		if !isWordRune(r) {
			break
		}
		we := wordEnd(t, q)
		s.wbuf = lowerAppend(s.wbuf[:0], t[q:we])
		lw := string(s.wbuf)
		if isDigit(t[q]) {
			// "khóa 15", "kỳ họp thứ 9"
			if words == 0 || we-q > 2 {
				break
			}
		} else if lw == "và" && words > 0 {
			nx := skipSp(t, we)
			if nx == we || nx >= len(t) || !isUpperAt(t, nx) {
				break
			}
			if _, _, ok := matchType(t, nx); ok {
				break
			}
			q = nx
			words++
			continue
		} else if caps := allCaps(t, q); (caps && capsIssuerStop[lw]) || (!caps && !isUpperAt(t, q) && issuerStop[lw]) {
			// "ban" stops only as "ban hành" ("Ủy ban nhân dân")
			if lw != "ban" || stop2(t, q, we, lw) {
				break
			}
		}
		if words > 0 && isUpperAt(t, q) {
			// a capitalised type noun ends the issuer only when it starts a
			// citation ("Bộ Kế hoạch và Đầu tư" is a name)
			if _, e, ok := matchType(t, q); ok {
				nx := skipWS(t, e)
				if nx < len(t) && (isDigit(t[nx]) || matchCI(t, nx, "số") > 0 || matchCI(t, nx, "này") > 0) {
					break
				}
			}
		}
		words++
		last = we
		nx := skipWS(t, we)
		if nx < len(t) && t[nx] == ',' {
			// "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
			r := skipSp(t, nx+1)
			if matchCI(t, r, "chủ nhiệm") > 0 && isUpperAt(t, r) {
				q = r
				continue
			}
			break
		}
		if nx == we {
			break
		}
		if dl := symbol.DashLen(t, nx); dl > 0 && nx > we {
			n2 := skipSp(t, nx+dl)
			if n2 > nx+dl && isUpperAt(t, n2) {
				q = n2
				continue
			}
			break
		}
		q = nx
	}
	if words == 0 {
		return "", p
	}
	// ", Thể thao và Du lịch": the one ministry name with a comma
	if last+1 < len(t) && t[last] == ',' {
		r := skipSp(t, last+1)
		if e := matchCI(t, r, "thể thao và du lịch"); e > 0 {
			last = e
		}
	}
	return collapse(t[p:last]), last
}

// lineStart returns the start of the line containing p. The citations come
// in text order, mostly several to a line: the last answer is kept, so that
// only the text since the last question is searched.
func (s *scanner) lineStart(p int) int {
	if p >= s.lsP {
		if i := bytes.LastIndexByte(s.t[s.lsP:p], '\n'); i >= 0 {
			s.lsStart = s.lsP + i + 1
		}
		s.lsP = p
		return s.lsStart
	}
	i := bytes.LastIndexByte(s.t[:p], '\n')
	return i + 1
}

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
	c.rel = s.relation(c.start)
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
				we := wordEnd(t, r)
				s.wbuf = lowerAppend(s.wbuf[:0], t[r:we])
				w := string(s.wbuf)
				if w != "và" && w != "hoặc" && w != "hay" && w != "cùng" {
					c.zoneStart, c.zoneEnd = r, clauseEnd(t, r)
					if abstractStart[w] {
						c.title = s.titleAt(r, c.zoneEnd)
					}
				}
			}
		}
	}
	idx := len(s.cites)
	s.cites = append(s.cites, *c)
	s.findAlias(idx, end)
	s.pos = end
}

var abstractStart = setOf("về", "quy", "hướng", "ban", "phê", "sửa", "bổ", "bãi", "thay", "v/v", "kéo", "điều", "thành", "giao", "công", "tổ", "chuyển", "triển", "thực", "đặt", "hợp")

func hasPrefixAt(t []byte, p int, s string) bool {
	return len(t)-p >= len(s) && string(t[p:p+len(s)]) == s
}

// titleAt returns the abstract text from r up to the clause end or an opening
// parenthesis, at most 400 bytes.
func (s *scanner) titleAt(r, end int) string {
	t := s.t
	e := end
	if k := bytes.IndexByte(t[r:e], '('); k >= 0 {
		e = r + k
	}
	b := trimSpaceBytes(trimRunes(t[r:e], 400))
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

// findAlias looks for "(sau đây gọi tắt là X)" after citation idx.
func (s *scanner) findAlias(idx, end int) {
	t := s.t
	lim := end + 300
	if lim > len(t) {
		lim = len(t)
	}
	// only the parentheses before the clause ends at ';' or a line break:
	// the three bytes are found with IndexByte
	if k := bytes.IndexByte(t[end:lim], ';'); k >= 0 {
		lim = end + k
	}
	if k := bytes.IndexByte(t[end:lim], '\n'); k >= 0 {
		lim = end + k
	}
	for q := end; q < lim; q++ {
		k := bytes.IndexByte(t[q:lim], '(')
		if k < 0 {
			return
		}
		q += k
		r := skipSp(t, q+1)
		if e := matchCI(t, r, "sau đây"); e > 0 {
			r = skipSp(t, e)
		}
		if e := matchCI(t, r, "được"); e > 0 {
			r = skipSp(t, e)
		}
		found := false
		for _, w := range []string{"gọi tắt là", "viết tắt là", "gọi chung là", "gọi là"} {
			if e := matchCI(t, r, w); e > 0 {
				r = skipSp(t, e)
				found = true
				break
			}
		}
		if !found {
			continue
		}
		close := bytes.IndexByte(t[r:min(len(t), r+120)], ')')
		if close < 0 {
			return
		}
		x := trimSpaceBytes(t[r : r+close])
		x = bytes.Trim(x, "\"“”'‘’")
		x = trimSpaceBytes(x)
		if len(x) == 0 {
			return
		}
		s.wbuf = lowerAppend(s.wbuf[:0], x)
		key := collapse(s.wbuf)
		// the alias names the nearest citation of its type ("(sau đây viết tắt
		// là Nghị định)" after "Nghị định số … quy định chi tiết … Luật …")
		if tw, e, ok := matchType(x, 0); ok && (e == len(x) || e < len(x)) {
			ss := s.sentenceStart(s.cites[idx].start)
			for j := idx; j >= 0 && s.cites[j].end >= ss; j-- {
				if s.cites[j].typ == tw.name && s.cites[j].kind != kSelf && s.cites[j].kind != kBare {
					idx = j
					break
				}
			}
		}
		s.aliases = append(s.aliases, aliasDef{key: key, pos: r + close, cite: idx})
		s.skipFrom, s.skipTo = q, r+close+1
		return
	}
}

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
			switch r, _ := decodeAt(seg, k); lowerRune(r) {
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

func isUpperRune(r rune) bool { return r != utf8.RuneError && runeFlags(r)&fUpper != 0 }

// lowerLawStart are first words of law and ordinance names as older texts print
// them in lower case ("Luật đất đai", "Pháp lệnh về thuế nông nghiệp").
var lowerLawStart = setOf("đất", "hợp", "tổ", "đầu", "thuế", "doanh", "dân", "hình", "lao", "bảo", "hải",
	"ngân", "quản", "xây", "nhà", "giáo", "khoáng", "bầu", "thương", "phá", "kế", "thống", "hôn", "tố",
	"khiếu", "công", "cán", "phòng", "giao", "kinh", "môi", "tài", "đấu", "cư", "quốc", "hàng", "điện",
	"dầu", "chứng", "kiểm", "thi", "xử", "tiếp", "đo", "du", "báo", "xuất", "thủy", "lâm", "nghĩa", "trọng",
	"đường", "an", "các", "về", "sĩ", "sở", "bình", "thanh", "trưng", "văn", "di", "hộ", "chăm", "phổ")

// amendingPrefix matches "sửa đổi, bổ sung một số điều của" (comma optional,
// "một số điều" optional) at p and returns its end, or 0.
func amendingPrefix(t []byte, p int) int {
	for _, w := range []string{"sửa đổi, bổ sung một số điều của", "sửa đổi bổ sung một số điều của", "sửa đổi, bổ sung một số điều các", "sửa đổi, bổ sung"} {
		if e := matchCI(t, p, w); e > 0 {
			if w == "sửa đổi, bổ sung" {
				// only "... bổ sung Luật X" directly
				r := skipWS(t, e)
				if _, _, ok := matchType(t, r); !ok {
					return 0
				}
			}
			return e
		}
	}
	return 0
}

// amendedList reads "Luật A [số N], Luật B [số N] và Luật C [số N]" at r and
// returns the end of the last name or number, or r when no law starts there.
func (s *scanner) amendedList(r int) int {
	t := s.t
	end := r
	for q := r; q < len(t); {
		_, ie, ok := matchType(t, q)
		if !ok {
			break
		}
		in := skipWS(t, ie)
		ne := s.lawName(in)
		if ne <= in {
			break
		}
		end = ne
		// an optional number: "số 31/2024/QH15"
		n := skipWS(t, ne)
		if e := matchCI(t, n, "số"); e > 0 {
			if se, _, _, ok := symbol.Scan(t, skipWS(t, e)); ok {
				end = se
			}
		}
		// the list goes on after ", " or " và "
		q2 := skipSp(t, end)
		if q2 < len(t) && t[q2] == ',' {
			q2 = skipSp(t, q2+1)
		} else if e := matchCI(t, q2, "và"); e > 0 {
			q2 = skipSp(t, e)
		} else {
			break
		}
		if _, _, ok := matchType(t, q2); !ok {
			break
		}
		q = q2
	}
	return end
}

// numberAhead looks for "số <symbol>" within the clause that starts at p: at
// most 16 words, not past ";", ".", "(", a date, or another type word. It
// returns the position of "số", or -1.
func (s *scanner) numberAhead(p int) int {
	t := s.t
	q := p
	for words := 0; words < 16 && q < len(t); words++ {
		q = skipWS(t, q)
		if q >= len(t) {
			break
		}
		switch t[q] {
		case ';', '.', '(', ':', '"', '[':
			return -1
		case ',':
			q++
			continue
		}
		if e := matchCI(t, q, "số"); e > 0 && (e >= len(t) || t[e] == ' ' || t[e] == ':') {
			d := skipWS(t, e)
			if d < len(t) && t[d] == ':' {
				d = skipWS(t, d+1)
			}
			if d < len(t) && isDigit(t[d]) {
				if _, _, _, ok := symbol.Scan(t, d); ok {
					return q
				}
			}
			return -1
		}
		if matchCI(t, q, "ngày") > 0 || matchCI(t, q, "năm") > 0 || isDigit(t[q]) {
			return -1
		}
		if _, _, ok := matchType(t, q); ok && isUpperAt(t, q) {
			return -1
		}
		we := wordEnd(t, q)
		if we == q {
			return -1
		}
		q = we
		if q < len(t) && t[q] == ',' {
			q++
		}
	}
	return -1
}
