package refs

import (
	_ "embed"
	"sort"
	"strings"
)

// laws.txt lists law names (lower case, without "Luật") that contain words
// the name heuristics would stop at ("theo", "ở", "của", commas), and names
// that words of the sentence often follow ("Luật Quy hoạch chậm …"): a listed
// name is taken as it is listed, the longest first. It is data: add a line
// when a real name is cut short or runs on.
//
//go:embed laws.txt
var lawsTable string

var knownLaws = func() (idx [256][]string) {
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
		idx[n[0]] = append(idx[n[0]], n)
	}
	return idx
}()

// knownLaw matches a listed law name at p; it returns the end or 0.
func knownLaw(t []byte, p int) int {
	for _, n := range knownLaws[lowerByte(t[p])] {
		if e := matchCI(t, p, n); e > 0 {
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
