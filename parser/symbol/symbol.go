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
	"strings"

	"github.com/vnlegal/vanban/model"
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
