// Package symbol parses the số, ký hiệu of Vietnamese official documents
// ("30/2020/NĐ-CP", "44-CT/TW", "1340/KH-UBND", "11554/VPCP-V.I") into a
// model.Symbol and a canonical string.
//
// The scanner is hand-written and works on bytes: it accepts the damage seen in
// real text (Cyrillic look-alikes, dash variants, spaces around separators,
// upper-cased titles, line breaks after a separator) and produces the canonical
// form: no spaces, ASCII hyphens, homoglyphs folded, canonical case of the codes
// (TTg, TTr, CTr, QyĐ, QĐi, TrS).
package symbol

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
)

// Parse parses a whole candidate such as "30/2020/NĐ-CP", "Số: 435 /QĐ-UBND"
// or "Số: …/QĐ-UBND". A leading "Số"/"SỐ"/"số" label (with or without colon)
// is skipped. ok is false when s is not a symbol or has trailing text.
func Parse(s string) (sym model.Symbol, canonical string, ok bool) {
	return ParseHint(s, "")
}

// ParseHint is Parse with the type noun seen before the symbol ("Chỉ thị",
// "Công văn", "văn bản", "Quy định"), used to settle ambiguous first groups
// (CT = Chỉ thị or Cục Thuế) and Party QĐ (Quyết định or Quy định).
func ParseHint(s, hint string) (sym model.Symbol, canonical string, ok bool) {
	b := []byte(strings.TrimSpace(s))
	i := skipLabel(b)
	end, sym, canonical, ok := ScanHint(b, i, hint)
	if !ok {
		return model.Symbol{}, "", false
	}
	// Allow a trailing footnote marker or punctuation only.
	rest := strings.TrimSpace(string(b[end:]))
	rest = strings.TrimRight(rest, ".,;:")
	if rest != "" && !isFootnote(rest) && !(allDigits(rest) && len(rest) <= 2 && isAssembly(sym.Code[strings.LastIndexAny(sym.Code, "/-")+1:])) {
		return model.Symbol{}, "", false
	}
	return sym, canonical, true
}

func isFootnote(s string) bool {
	if len(s) < 3 || s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	for _, c := range s[1 : len(s)-1] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// skipLabel skips "Số", "SỐ", "số" (optionally followed by ":") and spaces.
func skipLabel(b []byte) int {
	i := 0
	for _, lab := range []string{"Số", "SỐ", "số", "Sô", "So", "SO"} {
		if strings.HasPrefix(string(b), lab) {
			j := len(lab)
			if j < len(b) && (b[j] == ':' || b[j] == ' ' || b[j] == '.' || isDigit(b[j]) || b[j] == '/') {
				i = j
				break
			}
		}
	}
	for i < len(b) && (b[i] == ':' || b[i] == ' ' || b[i] == '\t') {
		i++
	}
	return i
}

// Scan returns the longest symbol starting at byte i of text.
func Scan(text []byte, i int) (end int, sym model.Symbol, canonical string, ok bool) {
	return ScanHint(text, i, "")
}

type group struct {
	sep    byte   // '/' or '-' before the group
	spaced bool   // spaces around the separator
	raw    string // folded (homoglyphs, dashes) but case kept
	up     string // upper-cased
}

// groupsArray holds the groups of one symbol.
type groupsArray [8]group

// ScanHint is Scan with a type-noun hint (see ParseHint).
func ScanHint(text []byte, i int, hint string) (end int, sym model.Symbol, canonical string, ok bool) {
	if i < 0 || i >= len(text) {
		return 0, sym, "", false
	}
	// the number stays a slice of text until the symbol is accepted: classify
	// makes one string of the canonical form and takes the number from it
	number, blank, p, ok := scanNumber(text, i)
	if !ok {
		return 0, sym, "", false
	}
	var groups groupsArray
	ng, pos := scanGroups(text, p, &groups, blank || len(number) > 0)
	if ng == 0 {
		return 0, sym, "", false
	}
	gs := groups[:ng]
	// year
	year := 0
	if gs[0].sep == '/' && isYear(gs[0].up) {
		if ng == 1 {
			return 0, sym, "", false
		}
		year = atoi(gs[0].up)
		gs = gs[1:]
	}
	// a symbol needs a group with a letter
	letters := false
	for _, g := range gs {
		if hasLetterStr(g.up) {
			letters = true
			break
		}
	}
	if !letters {
		return 0, sym, "", false
	}
	// a number followed only by year-like or digit groups is a date
	if year == 0 && gs[0].sep == '/' && allDigits(gs[0].up) {
		return 0, sym, "", false
	}
	// "04-A", "1-Y": a dash form with one group must be a known issuer (64-CP, 02-HĐBT)
	if len(gs) == 1 && gs[0].sep == '-' && !isIssuer(canonGroup(gs[0].up)) {
		return 0, sym, "", false
	}
	// footnote glued to a QH term: QH151 → QH15
	last := &gs[len(gs)-1]
	if t := trimTerm(last.up); t != last.up {
		cut := len(last.up) - len(t)
		last.up = t
		last.raw = last.raw[:len(last.raw)-cut]
		pos -= cut
	}
	sym, canonical = classify(number, year, blank, gs, hint)
	return pos, sym, canonical, true
}

// scanNumber reads the number of a symbol at text[i:]: digits with at most
// one inner dot ("1.234"), or the blank of a draft (dots, ellipses,
// underscores, spaces) before a '/'. It returns the number (nil when blank)
// and where the groups start.
func scanNumber(text []byte, i int) (number []byte, blank bool, p int, ok bool) {
	p = i
	for p < len(text) && isDigit(text[p]) {
		p++
	}
	if p > i {
		if p+1 < len(text) && text[p] == '.' && isDigit(text[p+1]) {
			p++
			for p < len(text) && isDigit(text[p]) {
				p++
			}
		}
		number = text[i:p]
		if len(number) > 8 {
			return nil, false, 0, false
		}
	} else {
		// blank number: dots, ellipses, underscores, spaces before "/"
		q := p
		for q < len(text) {
			switch {
			case text[q] == '.' || text[q] == ' ' || text[q] == '_' || text[q] == '\t':
				q++
				continue
			case hasAt(text, q, "…"):
				q += len("…")
				continue
			}
			break
		}
		if q >= len(text) || text[q] != '/' {
			return nil, false, 0, false
		}
		blank = true
		p = q
	}
	return number, blank, p, true
}

// scanGroups reads the groups after the number, from p, into groups: each a
// separator ('/' or a dash, spaces around it allowed) and a code. It returns
// how many it read and where the last one ends.
func scanGroups(text []byte, p int, groups *groupsArray, hasNumber bool) (ng, pos int) {
	pos = p
	for ng < len(groups) {
		q := pos
		sp := 0
		for q < len(text) && (text[q] == ' ' || text[q] == '\t') && sp < 2 {
			q++
			sp++
		}
		if q >= len(text) {
			break
		}
		var sep byte
		if text[q] == '/' {
			sep = '/'
			q++
		} else if n := dashLen(text, q); n > 0 {
			sep = '-'
			q += n
		} else {
			break
		}
		sp2 := 0
		nl := 0
		for q < len(text) && sp2 < 3 {
			c := text[q]
			if c == ' ' || c == '\t' {
				q++
				sp2++
				continue
			}
			if (c == '\n' || c == '\r') && nl == 0 {
				q++
				nl++
				continue
			}
			break
		}
		gEnd, raw, up, hasLetter, hasLower := readGroup(text, q)
		if gEnd == q || followedByLetter(text, gEnd) {
			break
		}
		g := group{sep: sep, spaced: sp > 0 || sp2 > 0 || nl > 0, raw: raw, up: up}
		if !validGroup(g, ng, hasLetter, hasLower, hasNumber) {
			break
		}
		groups[ng] = g
		ng++
		pos = gEnd
	}
	return ng, pos
}

// trimTerm splits a footnote digit glued to QHnn / UBTVQHnn.
func trimTerm(up string) string {
	for _, pre := range []string{"UBTVQH", "QH"} {
		if strings.HasPrefix(up, pre) {
			d := up[len(pre):]
			if len(d) >= 3 && allDigits(d) {
				return up[:len(pre)+2]
			}
		}
	}
	return up
}

func validGroup(g group, idx int, hasLetter, hasLower, hasNumber bool) bool {
	if !hasLetter {
		// digits-only groups: only the year right after the number
		return idx == 0 && g.sep == '/' && isYear(g.up)
	}
	if hasLower {
		if g.spaced {
			return knownMixed(g.up) && !isAllLower(g.raw)
		}
		if isAllLower(g.raw) {
			// "nđ-cp": only known codes, all letters lower
			return knownCode(g.up)
		}
		return knownMixed(g.up) || knownCode(g.up)
	}
	return true
}

func knownMixed(up string) bool {
	_, ok := mixedCase[up]
	return ok
}

func knownCode(up string) bool {
	if isTypeCode(up) || isIssuer(up) {
		return true
	}
	_, ok := dFold[up]
	return ok
}

// readGroup reads letters/digits with inner '&' or '.' joints. It returns the
// end, the folded text (homoglyphs → Latin, Ð → Đ), its upper case, and
// whether it has a letter and a lower-case letter.
func readGroup(text []byte, q int) (end int, raw, up string, hasLetter, hasLower bool) {
	var rb, ub []byte
	var rbuf, ubuf [48]byte
	rb, ub = rbuf[:0], ubuf[:0]
	p := q
	for p < len(text) && len(rb) < 40 {
		c := text[p]
		if c < utf8.RuneSelf {
			switch {
			case isDigit(c):
				rb = append(rb, c)
				ub = append(ub, c)
				p++
				continue
			case c >= 'A' && c <= 'Z':
				rb = append(rb, c)
				ub = append(ub, c)
				hasLetter = true
				p++
				continue
			case c >= 'a' && c <= 'z':
				rb = append(rb, c)
				ub = append(ub, c-32)
				hasLetter = true
				hasLower = true
				p++
				continue
			case (c == '&' || c == '.') && p > q && p+1 < len(text) && isAlnumStart(text, p+1):
				if c == '.' && !(p > q && isASCIILetter(text[p-1])) {
					break
				}
				rb = append(rb, c)
				ub = append(ub, c)
				p++
				continue
			}
			break
		}
		r, n := utf8.DecodeRune(text[p:])
		f, lower, ok := foldLetter(r)
		if !ok {
			break
		}
		rb = utf8.AppendRune(rb, f)
		ub = utf8.AppendRune(ub, unicode.ToUpper(f))
		hasLetter = true
		if lower {
			hasLower = true
		}
		p += n
	}
	if !hasLetter && len(ub) == 4 {
		// a digits-only group is the year or ends the symbol (validGroup):
		// the years have their strings ready
		if y := atoi(string(ub)); y >= 1945 && y <= 2100 && allDigits(string(ub)) {
			return p, yearStrings[y-1945], yearStrings[y-1945], false, false
		}
	}
	up = string(ub)
	// without a lower-case letter the folded text is its own upper case
	// (digits, capitals, '&', '.'): one string serves both
	raw = up
	if hasLower {
		raw = string(rb)
	}
	return p, raw, up, hasLetter, hasLower
}

// yearStrings holds "1945" … "2100", the years isYear accepts.
var yearStrings = func() (ys [2100 - 1945 + 1]string) {
	for y := range ys {
		ys[y] = strconv.Itoa(1945 + y)
	}
	return
}()

// followedByLetter reports whether a letter (of any script) starts at p, i.e.
// the group would end inside a word ("V" of "Về").
func followedByLetter(text []byte, p int) bool {
	if p >= len(text) {
		return false
	}
	c := text[p]
	if c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRune(text[p:])
	return unicode.IsLetter(r)
}

func isAlnumStart(text []byte, p int) bool {
	c := text[p]
	if c < utf8.RuneSelf {
		return isDigit(c) || isASCIILetter(c)
	}
	r, _ := utf8.DecodeRune(text[p:])
	_, _, ok := foldLetter(r)
	return ok
}

// foldLetter maps a non-ASCII rune that may occur in a symbol: Đ/đ, Ð/ð,
// Cyrillic look-alikes, and Vietnamese capitals (TƯ).
func foldLetter(r rune) (f rune, lower, ok bool) {
	switch r {
	case 'Đ', 'Ð':
		return 'Đ', false, true
	case 'đ', 'ð':
		return 'đ', true, true
	}
	if r >= 0x0400 && r <= 0x04FF {
		if l, ok := cyr[r]; ok {
			return l, l >= 'a' && l <= 'z', true
		}
		return 0, false, false
	}
	if r >= 0xC0 && r < 0x1F00 && unicode.IsUpper(r) {
		return r, false, true
	}
	return 0, false, false
}

var cyr = map[rune]rune{
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X',
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'к': 'k', 'м': 'm', 'т': 't', 'в': 'b', 'н': 'h',
}

// dashLen reports the byte length of a dash at text[p] (ASCII hyphen or a
// Unicode dash variant), 0 when none.
func dashLen(text []byte, p int) int {
	if p < 0 || p >= len(text) {
		return 0
	}
	if text[p] == '-' {
		return 1
	}
	if text[p] == 0xE2 && p+2 < len(text) {
		b1, b2 := text[p+1], text[p+2]
		if b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95 { // U+2010..U+2015
			return 3
		}
		if b1 == 0x88 && b2 == 0x92 { // U+2212 minus
			return 3
		}
	}
	return 0
}

// DashLen is exported for the citation scanner: the byte length of a dash
// variant at text[p], 0 when none.
func DashLen(text []byte, p int) int { return dashLen(text, p) }

// mixedCase are the codes whose canonical spelling is not all capitals.
var mixedCase = map[string]string{
	"TTG": "TTg", "TTR": "TTr", "CTR": "CTr", "QYĐ": "QyĐ", "QĐI": "QĐi", "TRS": "TrS",
}

// dFold maps accent-stripped codes to their Đ spelling (320/2025/ND-CP).
var dFold = map[string]string{
	"ND": "NĐ", "QD": "QĐ", "QDI": "QĐI", "QDNS": "QĐNS", "HDND": "HĐND", "HDBT": "HĐBT",
	"BGDDT": "BGDĐT", "BKHDT": "BKHĐT", "HDTP": "HĐTP", "SGDDT": "SGDĐT", "BLDTBXH": "BLĐTBXH",
	"CTUBTWMTTQVN": "ĐCTUBTWMTTQVN", "DCTUBTWMTTQVN": "ĐCTUBTWMTTQVN", "BCDTW": "BCĐTW",
}

// extra type codes not in the lexicon's type table (copies).
var extraTypes = map[string]bool{"SY": true, "TRS": true, "TS": true, "SL": true}

func isTypeCode(up string) bool {
	if extraTypes[up] {
		return true
	}
	_, ok := lexicon.TypeByCode(up)
	return ok
}

func isIssuer(up string) bool {
	_, ok := lexicon.IssuerByCode(up)
	return ok
}

// jointTypes: every group after the type is an issuer.
var jointTypes = map[string]bool{"TTLT": true, "NQLT": true, "HDLN": true, "KHPH": true, "QCPH": true}

// canonGroup returns the canonical spelling of a group.
func canonGroup(up string) string {
	if f, ok := dFold[up]; ok {
		up = f
	}
	if m, ok := mixedCase[up]; ok {
		return m
	}
	if up == "TƯ" {
		return "TW"
	}
	return up
}

func classify(number []byte, year int, blank bool, gs []group, hint string) (model.Symbol, string) {
	n := len(gs)
	var cgBuf [len(groupsArray{})]string
	cg := cgBuf[:n]
	for k := range gs {
		cg[k] = canonGroup(gs[k].up)
	}
	// missing hyphen: TTBKHĐT → TT-BKHĐT (only a single code group)
	if n == 1 && !isIssuer(cg[0]) && !isTypeCode(cg[0]) {
		for _, t := range []string{"TTLT", "NQLT", "TT", "NĐ", "QĐ", "NQ", "CT", "KH"} {
			if strings.HasPrefix(cg[0], t) && len(cg[0]) > len(t)+1 && isIssuer(cg[0][len(t):]) {
				cg = []string{t, cg[0][len(t):]}
				gs = []group{{sep: gs[0].sep}, {sep: '-'}}
				n = 2
				break
			}
		}
	}
	sym := model.Symbol{Year: year, Blank: blank, Issuers: []string{}, Units: []string{}}
	// the issuers and units are gathered on the stack and stored in one
	// array at the end
	var issBuf, unitBuf [len(groupsArray{}) + 1]string
	issuers, units := issBuf[:0], unitBuf[:0]
	hintCode, hintLetter := hintOf(hint)
	party := n >= 2 && gs[0].sep == '-' && gs[1].sep == '/' && year == 0
	var sepBuf [len(groupsArray{})]byte
	seps := sepBuf[:n]
	for k := range gs {
		seps[k] = gs[k].sep
	}
	switch {
	case party && isIssuer(cg[0]) && isTypeCode(cg[1]) && !(isTypeCode(cg[0]) && !isTypeCode(cg[1])):
		// legacy 999-TC/QĐ-CĐKT: issuer before type
		issuers = append(issuers, cg[0])
		sym.TypeCode = cg[1]
		units = append(units, cg[2:]...)
	case party && isTypeCode(cg[0]):
		sym.Party = true
		sym.TypeCode = cg[0]
		issuers = append(issuers, cg[1])
		for _, g := range cg[2:] {
			if isIssuer(g) {
				issuers = append(issuers, g)
			} else {
				units = append(units, g)
			}
		}
	case party:
		// unknown party-shaped symbol: first group type, second issuer
		sym.Party = true
		sym.TypeCode = cg[0]
		issuers = append(issuers, cg[1])
		units = append(units, cg[2:]...)
	default:
		// state symbol: separators after the first code group become '-'
		if gs[0].sep == '/' {
			for k := 1; k < n; k++ {
				seps[k] = '-'
			}
		}
		g0 := cg[0]
		typed := isTypeCode(g0)
		iss := isIssuer(g0)
		switch {
		case n == 1:
			if typed && !iss && !isAssembly(g0) {
				sym.TypeCode = g0
			} else {
				issuers = append(issuers, g0)
			}
		case typed && iss:
			// ambiguous first group (CT, TC, ...): hint, then issuer knowledge
			asType := isIssuer(cg[1])
			if hintCode != "" {
				asType = strings.EqualFold(hintCode, g0)
				if !asType && !hintLetter {
					asType = isIssuer(cg[1])
				}
			}
			if hintLetter {
				asType = false
			}
			if asType {
				issuers, units = fillTyped(&sym, issuers, units, cg)
			} else {
				issuers = append(issuers, g0)
				units = append(units, cg[1:]...)
			}
		case typed:
			issuers, units = fillTyped(&sym, issuers, units, cg)
		case iss:
			issuers = append(issuers, g0)
			units = append(units, cg[1:]...)
		case hintCode != "" && strings.EqualFold(hintCode, g0):
			issuers, units = fillTyped(&sym, issuers, units, cg)
		default:
			// unknown first group: a letter of an unknown issuer
			issuers = append(issuers, g0)
			units = append(units, cg[1:]...)
		}
	}
	if n := len(issuers) + len(units); n > 0 {
		all := make([]string, n)
		copy(all, issuers)
		copy(all[len(issuers):], units)
		sym.Issuers, sym.Units = all[:len(issuers):len(issuers)], all[len(issuers):]
	}
	// one string, of which the number and the code are substrings
	canonical, codeStart := canonicalForm(number, year, seps, cg)
	sym.Number = canonical[:len(number)]
	sym.Code = canonical[codeStart:]
	return sym, canonical
}

// canonicalForm writes number [/year] sep code, the code being the groups cg
// joined by their separators seps, and returns it with the offset where the
// code starts.
func canonicalForm(number []byte, year int, seps []byte, cg []string) (string, int) {
	var cb [128]byte
	c := append(cb[:0], number...)
	if year != 0 {
		c = append(c, '/')
		c = strconv.AppendInt(c, int64(year), 10)
	}
	c = append(c, seps[0])
	codeStart := len(c)
	for k := range cg {
		if k > 0 {
			c = append(c, seps[k])
		}
		c = append(c, cg[k]...)
	}
	return string(c), codeStart
}

// hintInfo is what classify needs of a type-noun hint.
type hintInfo struct {
	code   string // upper-cased type code
	letter bool   // a letter (công văn, văn bản) or a type without a code
}

// hints caches hintOf for the type names of the lexicon, the hints the
// citation scanner passes: it is filled once and only read afterwards.
var hints = func() map[string]hintInfo {
	m := map[string]hintInfo{}
	for _, name := range []string{"Công văn", "văn bản"} {
		code, letter := hintOfSlow(name)
		m[name] = hintInfo{code, letter}
	}
	for _, ty := range lexicon.Types() {
		code, letter := hintOfSlow(ty.Name)
		m[ty.Name] = hintInfo{code, letter}
	}
	return m
}()

func hintOf(hint string) (code string, letter bool) {
	if hint == "" {
		return "", false
	}
	if h, ok := hints[hint]; ok {
		return h.code, h.letter
	}
	return hintOfSlow(hint)
}

func hintOfSlow(hint string) (code string, letter bool) {
	if hint == "" {
		return "", false
	}
	k := lexicon.Key(hint)
	if k == "công văn" || k == "văn bản" {
		return "", true
	}
	if ty, ok := lexicon.TypeByName(hint); ok {
		return strings.ToUpper(ty.Code), ty.Code == ""
	}
	return "", false
}

func isAssembly(g string) bool {
	return strings.HasPrefix(g, "QH") || strings.HasPrefix(g, "UBTVQH")
}

func fillTyped(sym *model.Symbol, issuers, units []string, cg []string) ([]string, []string) {
	sym.TypeCode = cg[0]
	if len(cg) < 2 {
		return issuers, units
	}
	issuers = append(issuers, cg[1])
	joint := jointTypes[strings.ToUpper(cg[0])]
	for _, g := range cg[2:] {
		if joint || isIssuer(g) {
			issuers = append(issuers, g)
		} else {
			units = append(units, g)
		}
	}
	return issuers, units
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func hasAt(b []byte, p int, s string) bool {
	return len(b)-p >= len(s) && string(b[p:p+len(s)]) == s
}

func isYear(s string) bool {
	if len(s) != 4 || !allDigits(s) {
		return false
	}
	y := atoi(s)
	return y >= 1945 && y <= 2100
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func hasLetterStr(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isAllLower(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
