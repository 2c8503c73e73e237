package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
)

// takeSymbol reads a số, ký hiệu at the start of s and returns it with spaces
// removed and dash variants unified: "435 /QĐ-UBND" → "435/QĐ-UBND". Blank
// numbers of drafts ("…/QĐ-UBND", "/TTr-TTTV") are kept as printed.
func takeSymbol(s string) (string, bool) {
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
			if prev == '/' || prev == '-' || isSymbolDash(next) || next == '/' {
				i = j
				continue
			}
			break
		}
		switch {
		case r == '/' || isSymbolDash(r):
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

func isSymbolDash(r rune) bool {
	switch r {
	case '-', '–', '—', '‐', '‑', '−', '‒':
		return true
	}
	return false
}

// splitSymbol splits a normalised symbol into its parts: number, year, type
// code, issuers, units. It recognises the State form N[/YYYY]/TYPE-ISSUER[-UNIT],
// the Party form N-TYPE/ISSUER and the công văn form N/ISSUER-UNIT.
func splitSymbol(sym string) model.Symbol {
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
	if len(rest) >= 5 && isDigits(rest[:4]) && rest[4] == '/' {
		y := 0
		for _, c := range rest[:4] {
			y = y*10 + int(c-'0')
		}
		out.Year = y
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
