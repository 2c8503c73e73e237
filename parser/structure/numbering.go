package structure

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
)

func (t *treeBuilder) convert(ns []*node, prefix string) []model.Section {
	if len(ns) == 0 {
		return nil // most nodes are leaves; model.Document.Fill makes them []
	}
	out := make([]model.Section, 0, len(ns))
	// Only siblings can repeat an id; a few are compared one by one, many
	// through a map.
	type rawID struct{ head, num string }
	var seen map[string]int
	var fewBuf [8]rawID
	few := fewBuf[:0]
	if len(ns) > len(fewBuf) {
		seen = make(map[string]int, len(ns))
	}
	var counts [len(rank)]int
	for _, n := range ns {
		counts[n.kind]++
		head, num := idPart(n, counts[n.kind])
		occurrence := 1
		if seen != nil {
			k := head + num
			seen[k]++
			occurrence = seen[k]
		} else {
			for _, f := range few {
				if concatEqual(f.head, f.num, head, num) {
					occurrence++
				}
			}
			few = append(few, rawID{head, num})
		}
		dot, dup := "", ""
		if prefix != "" {
			dot = "."
		}
		if occurrence > 1 {
			dup = "_" + strconv.Itoa(occurrence)
		}
		id := prefix + dot + head + num + dup
		out = append(out, model.Section{
			ID: id, Kind: n.kindName, Label: n.label, Heading: n.heading,
			Text: n.joinedText(t.b.src), Start: n.start, End: n.end,
			Children: t.convert(n.children, id),
		})
	}
	return out
}

// concatEqual reports whether a1+a2 == b1+b2 without building either.
func concatEqual(a1, a2, b1, b2 string) bool {
	if len(a1)+len(a2) != len(b1)+len(b2) {
		return false
	}
	if len(a1) > len(b1) {
		a1, a2, b1, b2 = b1, b2, a1, a2
	}
	// a1 is the shorter head: it is a prefix of b1, and a2 is the rest of b1 and b2
	k := len(b1) - len(a1)
	return b1[:len(a1)] == a1 && a2[:k] == b1[len(a1):] && a2[k:] == b2
}

// idPrefix is the id prefix of the kinds whose prefix does not depend on the
// section: numbered by their label (phan_ to dieu_, p) or by their ordinal
// among siblings (dash_ to heading_).
var idPrefix = [...]string{
	kPhan: "phan_", kChuong: "chuong_", kMuc: "muc_", kTieuMuc: "tieu_muc_", kDieu: "dieu_", kParen: "p",
	kDash: "dash_", kStar: "star_", kPlus: "plus_", kHeading: "heading_",
}

// idPart is a node's id among its siblings, in two pieces: a kind prefix
// ("dieu_") and a number ("5"), so that the full id is made in one
// concatenation.
func idPart(n *node, ordinal int) (head, num string) {
	label := func() string {
		return strings.ReplaceAll(strings.ReplaceAll(labelNum(n.label), ".", "_"), " ", "_")
	}
	switch n.kind {
	case kPhan, kChuong, kMuc, kTieuMuc, kDieu, kParen:
		return idPrefix[n.kind], label()
	case kNumber:
		if n.kindName == "khoan" {
			return "khoan_", label()
		}
		return "", label()
	case kLetter:
		if n.kindName == "diem" {
			return "diem_", label()
		}
		return "", label()
	case kSub, kRoman, kPart:
		return "", label()
	case kDash, kStar, kPlus, kHeading:
		return idPrefix[n.kind], strconv.Itoa(ordinal)
	}
	return "text_", strconv.Itoa(ordinal)
}

// labelNum is the number part of a label: "Điều 5" → "5", "1.2" → "1.2", "(1)" → "1".
func labelNum(label string) string {
	label = trimASCII(label, "()")
	if i := strings.LastIndexByte(label, ' '); i >= 0 {
		return label[i+1:]
	}
	return label
}

// checkSequences warns about numbers that skip or repeat among siblings, and
// about articles whose numbers do not run on through the whole document.
func (t *treeBuilder) checkSequences(ns []*node) {
	var walk func(ns []*node)
	lastDieu := 0
	walk = func(ns []*node) {
		var prev [len(rank)]string // the last label number of each kind among these siblings
		var seen [len(rank)]bool
		for _, n := range ns {
			switch n.kind {
			case kDieu:
				v := atoiPrefix(labelNum(n.label))
				if v > 0 && lastDieu > 0 && v != lastDieu+1 && !(v == lastDieu && hasLetterSuffix(labelNum(n.label))) {
					code := "non-consecutive-number"
					if v == lastDieu {
						code = "duplicate-number"
					}
					t.b.warn(code, fmt.Sprintf("%s follows Điều %d", n.label, lastDieu), n.start, n.start+len(n.label))
				}
				if v > 0 {
					lastDieu = v
				}
			case kRoman, kNumber, kLetter, kChuong:
				cur := labelNum(n.label)
				if p := prev[n.kind]; seen[n.kind] {
					if !follows(n.kind, p, cur) {
						code := "non-consecutive-number"
						if p == cur {
							code = "duplicate-number"
						}
						t.b.warn(code, fmt.Sprintf("%q follows %q", n.label, p), n.start, n.start+len(n.label))
					}
				}
				prev[n.kind], seen[n.kind] = cur, true
			}
			walk(n.children)
		}
	}
	walk(ns)
}

// outOfSequence marks article, chapter and Roman headings whose number breaks
// a sequence that resumes later: a quoted "Điều 11." inside an amendment, or a
// wrapped line that happens to start with "XVII.". Such lines are prose. A gap
// that the document never closes is kept (and warned about by the tree).
func outOfSequence(ms []lineMarker) []bool {
	out := make([]bool, len(ms))
	type occ struct {
		idx, val int
	}
	seqs := map[markerKind][]occ{}
	for i, lm := range ms {
		m, ok := lm.m, lm.ok
		if !ok {
			continue
		}
		v := 0
		switch m.kind {
		case kDieu:
			v = atoiPrefix(m.num)
		case kRoman:
			v = vntext.RomanValue(m.num)
		case kChuong:
			v = vntext.RomanValue(m.num)
			if v == 0 {
				v = atoiPrefix(m.num)
			}
		default:
			continue
		}
		if v > 0 {
			seqs[m.kind] = append(seqs[m.kind], occ{i, v})
		}
	}
	for _, seq := range seqs {
		last := 0
		for j, o := range seq {
			if o.val == last+1 || last == 0 || o.val == last && j > 0 {
				last = o.val
				continue
			}
			// does the sequence resume with last+1 later?
			resumes := false
			for _, later := range seq[j+1:] {
				if later.val == last+1 {
					resumes = true
					break
				}
			}
			if resumes {
				out[o.idx] = true
				continue
			}
			last = o.val
		}
	}
	return out
}

func hasLetterSuffix(s string) bool {
	return s != "" && s[len(s)-1] >= 'a' && s[len(s)-1] <= 'z'
}

func atoiPrefix(s string) int {
	v := 0
	for i := 0; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// follows reports whether cur is the label after prev at the same level.
func follows(k markerKind, prev, cur string) bool {
	switch k {
	case kRoman, kChuong:
		pv, cv := vntext.RomanValue(prev), vntext.RomanValue(cur)
		if pv == 0 || cv == 0 {
			pv, cv = atoiPrefix(prev), atoiPrefix(cur)
		}
		return cv == pv+1
	case kNumber:
		return atoiPrefix(cur) == atoiPrefix(prev)+1 || (atoiPrefix(cur) == atoiPrefix(prev) && hasLetterSuffix(cur))
	case kLetter:
		pr := []rune(prev)
		cr := []rune(cur)
		if len(pr) == 0 || len(cr) == 0 {
			return true
		}
		pi := strings.IndexRune(vietAlphabet, pr[0])
		ci := strings.IndexRune(vietAlphabet, cr[0])
		if pi < 0 || ci < 0 {
			return true
		}
		// byte offsets in vietAlphabet: đ is two bytes
		return nextLetter(pr[0]) == cr[0] || (pr[0] == cr[0] && len(cr) > 1)
	}
	return true
}

func nextLetter(r rune) rune {
	rs := []rune(vietAlphabet)
	for i, x := range rs {
		if x == r && i+1 < len(rs) {
			return rs[i+1]
		}
	}
	return 0
}
