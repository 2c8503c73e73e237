package symbol

import (
	"strconv"
	"strings"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
)

// What a scanned symbol means: which groups are the type code, the issuers
// and the units, and the canonical spelling of each.

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
