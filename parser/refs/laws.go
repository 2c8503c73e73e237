package refs

import (
	_ "embed"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
)

// laws.txt lists law names (lower case, without "Luật") that contain words
// the name heuristics would stop at ("theo", "ở", "của", commas), and names
// that words of the sentence often follow ("Luật Quy hoạch chậm …"): a listed
// name is taken as it is listed, the longest first. It is data: add a line
// when a real name is cut short or runs on.
//
//go:embed laws.txt
var lawsTable string

// knownLaw2 is one name of the table with its first two runes, on which
// most names of the same initial byte already fail.
type knownLaw2 struct {
	name   string
	r1, r2 rune
}

var knownLaws = func() (idx [256][]knownLaw2) {
	var out []string
	for _, l := range strings.Split(lawsTable, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		out = append(out, strings.ToLower(l))
	}
	sort.Slice(out, func(a, b int) bool { return len(out[a]) > len(out[b]) })
	for _, n := range out {
		r1, w := utf8.DecodeRuneInString(n)
		r2, _ := utf8.DecodeRuneInString(n[w:])
		idx[n[0]] = append(idx[n[0]], knownLaw2{n, r1, r2})
	}
	return idx
}()

// knownLaw matches a listed law name at p; it returns the end or 0.
func knownLaw(t []byte, p int) int {
	ns := knownLaws[lowerByte(t[p])]
	if len(ns) == 0 {
		return 0
	}
	r1, w := runeAt(t, p)
	r2, _ := runeAt(t, p+w)
	r1, r2 = vntext.LowerRune(r1), vntext.LowerRune(r2)
	for k := range ns {
		if ns[k].r1 != r1 || ns[k].r2 != r2 {
			continue
		}
		if e := matchCI(t, p, ns[k].name); e > 0 {
			return e
		}
	}
	return 0
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}
