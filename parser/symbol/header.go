package symbol

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
)

// The số, ký hiệu as a document's own header prints it, after "Số:". The
// header is read more leniently than a citation: Take keeps what the page
// printed (a blank number, an unknown code), and OfHeader splits it with the
// grammar of Parse when it can and by its separators when it cannot.

// Take reads the số, ký hiệu at the start of s, as a header prints it after
// "Số:", and returns it with spaces removed and dash variants unified:
// "435 /QĐ-UBND" → "435/QĐ-UBND". Blank numbers of drafts ("…/QĐ-UBND",
// "/TTr-TTTV") are kept as printed. ok is false when s does not start with
// a symbol (no '/' and no dash).
func Take(s string) (printed string, ok bool) {
	var b strings.Builder
	hasSlash := false
	prev := rune(0)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == ' ' {
			// A space ends the symbol unless a separator stands on either side of it:
			// "435 /QĐ-UBND", "1037/QĐ- UBND", "… /2016/QH14".
			j := i
			for j < len(s) && s[j] == ' ' {
				j++
			}
			next, _ := utf8.DecodeRuneInString(s[j:])
			if prev == '/' || prev == '-' || isDashRune(next) || next == '/' || prev == '.' && unitPairAt(s[j:]) {
				i = j
				continue
			}
			break
		}
		switch {
		case r == '/' || isDashRune(r):
			if r != '/' {
				r = '-'
			} else {
				hasSlash = true
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' || r == '.' || r == '…':
		default:
			i = len(s)
			continue
		}
		b.WriteRune(r)
		prev = r
		i += n
	}
	out := strings.TrimRight(b.String(), ".-")
	if !hasSlash && !strings.Contains(out, "-") {
		return "", false
	}
	return out, out != ""
}

// unitPairAt reports whether s opens with a word of capitals and digits
// joined by a dash, as an issuer and its unit are ("BQL–VP"): after a dot
// and a space ("/QĐ. BQL–VP", a 2007 decision) it goes on with the symbol.
func unitPairAt(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	dash, letters := false, 0
	for _, r := range w {
		switch {
		case isDashRune(r):
			if letters == 0 {
				return false
			}
			dash = true
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			letters++
		default:
			return false
		}
	}
	return dash && !isDashRune([]rune(w)[len([]rune(w))-1])
}

// isDashRune reports the dash variants Take reads as '-'.
func isDashRune(r rune) bool {
	switch r {
	case '-', '–', '—', '‐', '‑', '−', '‒':
		return true
	}
	return false
}

// Blank reports whether the number part of a symbol read by Take is left
// blank, as drafts and templates print it ("…/QĐ-UBND", "/TTr-TTTV").
func Blank(printed string) bool {
	return printed == "" || !(isDigit(printed[0]) || printed[0] == '.')
}

// OfHeader splits a symbol read by Take into its parts. The type noun of the
// title (hint, see ParseHint) settles ambiguous codes (CT: Chỉ thị or Cục
// Thuế). A number the grammar of ParseHint does not accept, and a blank one,
// is split by its separators (Split).
func OfHeader(printed, hint string) model.Symbol {
	if !Blank(printed) {
		if sym, _, ok := ParseHint(printed, hint); ok {
			return sym
		}
	}
	return Split(printed)
}

// Split splits a symbol read by Take into its parts by its separators alone:
// number, year, type code, issuers, units. It recognises the State form
// N[/YYYY]/TYPE-ISSUER[-UNIT], the Party form N-TYPE/ISSUER and the công văn
// form N/ISSUER-UNIT, and never fails.
func Split(printed string) model.Symbol {
	sym := printed
	out := model.Symbol{Issuers: []string{}, Units: []string{}}
	i := 0
	for i < len(sym) && (sym[i] >= '0' && sym[i] <= '9' || sym[i] == '.') {
		i++
	}
	out.Number = sym[:i]
	if out.Number == "" {
		out.Blank = true
		// skip blank fillers
		for i < len(sym) && sym[i] != '/' && sym[i] != '-' {
			i++
		}
	}
	rest := sym[i:]
	if strings.HasPrefix(rest, "-") {
		// Party: N-TYPE/ISSUER
		rest = rest[1:]
		if j := strings.IndexByte(rest, '/'); j >= 0 {
			out.Party = true
			out.Code = rest
			tc := rest[:j]
			if t, ok := lexicon.TypeByCode(tc); ok && t.Code != "" {
				out.TypeCode = canonCode(tc, t)
			} else {
				out.TypeCode = tc
			}
			out.Issuers = append(out.Issuers, strings.Split(rest[j+1:], "-")...)
		} else {
			out.Code = rest
		}
		return out
	}
	rest = strings.TrimPrefix(rest, "/")
	// year
	if len(rest) >= 5 && allDigits(rest[:4]) && rest[4] == '/' {
		out.Year = atoi(rest[:4])
		rest = rest[5:]
	}
	out.Code = rest
	groups := strings.FieldsFunc(rest, func(r rune) bool { return r == '-' || r == '/' })
	if len(groups) == 0 {
		return out
	}
	if t, ok := lexicon.TypeByCode(groups[0]); ok && len(groups) > 1 {
		if _, isIssuer := lexicon.IssuerByCode(groups[0]); !isIssuer || groups[0] != "CT" {
			out.TypeCode = canonCode(groups[0], t)
			out.Issuers = append(out.Issuers, groups[1])
			for _, g := range groups[2:] {
				if _, known := lexicon.IssuerByCode(g); known {
					out.Issuers = append(out.Issuers, g)
				} else {
					out.Units = append(out.Units, g)
				}
			}
			return out
		}
	}
	// công văn (ISSUER-UNIT) or an assembly code (QH15)
	out.Issuers = append(out.Issuers, groups[0])
	out.Units = append(out.Units, groups[1:]...)
	return out
}

// canonCode returns the canonical case of a type code as printed in a symbol:
// the lexicon's spelling when it is the same letters, else the printed code.
func canonCode(printed string, t lexicon.DocType) string {
	if strings.EqualFold(printed, t.Code) {
		return t.Code
	}
	return printed
}
