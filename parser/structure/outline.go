package structure

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/model"
)

// markerKind is the outline level a line opens.
type markerKind int

const (
	kNone markerKind = iota
	kPhan
	kChuong
	kMuc
	kTieuMuc
	kRoman
	kDieu
	kNumber
	kSub
	kLetter
	kParen
	kDash
	kStar
	kPlus
	kHeading // an unnumbered heading in capitals ("NỘI DUNG VỤ ÁN")
)

// rank orders levels: a node is a child of the nearest open node of lower rank.
var rank = [...]int{
	kHeading: 44,
	kPhan:    10, kChuong: 20, kMuc: 30, kTieuMuc: 40, kRoman: 45, kDieu: 50,
	kNumber: 60, kSub: 62, kLetter: 70, kParen: 72, kDash: 80, kStar: 85, kPlus: 90,
}

type outlineMarker struct {
	kind  markerKind
	label string // printed label without trailing punctuation: "Điều 5", "I", "1.2", "a", "-"
	num   string // the number part: "5", "II", "1.2", "a"
	rest  string // text after the marker
	depth int    // for kSub: number of dot-separated parts
}

// wordMarker is a marker word and the level it opens.
type wordMarker struct {
	word string // lower case, tone style A
	kind markerKind
}

// wordMarkers lists the marker words; marker relies on their first letters
// being t, p, c, m and đ, in this order.
var wordMarkers = []wordMarker{{"tiểu mục", kTieuMuc}, {"phần", kPhan}, {"chương", kChuong}, {"mục", kMuc}, {"điều", kDieu}}

// marker recognises the outline marker that opens s, if any.
func marker(s string) (outlineMarker, bool) {
	if s == "" {
		return outlineMarker{}, false
	}
	// Word markers: Phần, Chương, Mục, Tiểu mục, Điều. Their first letters
	// differ, so the first byte picks the one word to try.
	var words []wordMarker
	switch s[0] | 0x20 {
	case 't':
		words = wordMarkers[0:1]
	case 'p':
		words = wordMarkers[1:2]
	case 'c':
		words = wordMarkers[2:3]
	case 'm':
		words = wordMarkers[3:4]
	default:
		if s[0] == 0xC4 && len(s) > 1 && (s[1] == 0x90 || s[1] == 0x91) { // Đ, đ
			words = wordMarkers[4:5]
		}
	}
	for _, w := range words {
		if !hasPrefixFold(s, w.word) {
			continue
		}
		// the printed word has the same length in bytes whatever its case
		n := len(w.word)
		if n > len(s) {
			continue
		}
		after := s[n:]
		if after == "" || after[0] != ' ' {
			continue
		}
		after = strings.TrimLeft(after, " ")
		num, rest, ok := markerNumber(after, w.kind)
		if !ok {
			continue
		}
		if w.kind == kDieu {
			// "Điều 30 của Luật ..." at the start of a wrapped line is prose.
			r := strings.TrimLeft(rest, " ")
			if !(rest == "" || rest[0] == '.' || rest[0] == ':' || strings.HasPrefix(r, "[") || r != "" && startsUpper(r) && rest[0] == ' ' && !startsLowerWord(r) && !citesDocument(r)) {
				continue
			}
		}
		if w.kind == kMuc && !(isRoman(num) || isDigits(num)) {
			continue
		}
		rest = strings.TrimLeft(rest, ".:-– ")
		return outlineMarker{kind: w.kind, label: s[:n] + " " + num, num: num, rest: rest}, true
	}
	c := s[0]
	switch {
	case c == '-' || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—") || strings.HasPrefix(s, "•"):
		_, n := utf8.DecodeRuneInString(s)
		rest := strings.TrimLeft(s[n:], " ")
		if rest == "" || isRule(s) {
			return outlineMarker{}, false
		}
		if c == '-' && len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9' && strings.HasSuffix(rest, "-") {
			return outlineMarker{}, false // page number "- 2 -"
		}
		return outlineMarker{kind: kDash, label: "-", rest: rest}, true
	case c == '+':
		return outlineMarker{kind: kPlus, label: "+", rest: strings.TrimLeft(s[1:], " ")}, true
	case c == '*' && len(s) > 1 && s[1] == ' ':
		return outlineMarker{kind: kStar, label: "*", rest: strings.TrimLeft(s[1:], " ")}, true
	case c == '(':
		j := strings.IndexByte(s, ')')
		if j > 1 && j <= 4 && (isDigits(s[1:j]) || isLetterLabel(s[1:j])) {
			return outlineMarker{kind: kParen, label: s[:j+1], num: s[1:j], rest: strings.TrimLeft(s[j+1:], " ")}, true
		}
	case c >= '0' && c <= '9':
		return numberMarker(s)
	case c == 'I' || c == 'V' || c == 'X' || c == 'L':
		j := 0
		for j < len(s) && strings.IndexByte("IVXLC", s[j]) >= 0 {
			j++
		}
		if j < len(s) && (s[j] == '.' || s[j] == ')' || s[j] == '/' || s[j] == '-' || s[j] == ':') && isRoman(s[:j]) {
			rest := strings.TrimLeft(s[j+1:], " ")
			if j+1 < len(s) && s[j+1] != ' ' && s[j] != '.' {
				return outlineMarker{}, false
			}
			return outlineMarker{kind: kRoman, label: s[:j], num: s[:j], rest: rest}, true
		}
	default:
		// a) b) đ) a2)
		r, n := utf8.DecodeRuneInString(s)
		if isVietLetter(r) {
			j := n
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j < len(s) && s[j] == ')' {
				return outlineMarker{kind: kLetter, label: s[:j], num: s[:j], rest: strings.TrimLeft(s[j+1:], " ")}, true
			}
		}
	}
	return outlineMarker{}, false
}

func startsLowerWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z'
	case 0x1EA0 <= r && r <= 0x1EF9:
		return r&1 == 1
	}
	return r != utf8.RuneError && unicode.ToLower(r) == r && unicode.ToUpper(r) != r
}

// markerNumber reads the number after Phần/Chương/Mục/Điều: Roman, Arabic with
// an optional letter (10a), or "thứ nhất" style ordinals for Phần.
func markerNumber(s string, k markerKind) (num, rest string, ok bool) {
	j := 0
	for j < len(s) && (s[j] >= '0' && s[j] <= '9') {
		j++
	}
	if j > 0 {
		// inserted provisions: 10a, 198a
		if j < len(s) && s[j] >= 'a' && s[j] <= 'z' && (j+1 == len(s) || s[j+1] == '.' || s[j+1] == ' ' || s[j+1] == ':') {
			j++
		}
		return s[:j], s[j:], true
	}
	for j < len(s) && strings.IndexByte("IVXLC", s[j]) >= 0 {
		j++
	}
	if j > 0 && isRoman(s[:j]) && (j == len(s) || s[j] == '.' || s[j] == ' ' || s[j] == ':' || s[j] == '-') {
		return s[:j], s[j:], true
	}
	if k == kPhan && hasPrefixFold(s, "thứ ") {
		w := strings.Fields(s)
		if len(w) >= 2 {
			num = w[0] + " " + w[1]
			return num, s[len(num):], true
		}
	}
	return "", "", false
}

// numberMarker reads "1." "1)" "1.1." "1.1" "2.3.1" at the start of s.
func numberMarker(s string) (outlineMarker, bool) {
	parts := 0
	j := 0
	for {
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == j || k-j > 3 {
			return outlineMarker{}, false
		}
		parts++
		j = k
		if j < len(s) && s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
			// a dot followed by a digit group of one or two digits continues the label
			m := j + 1
			for m < len(s) && s[m] >= '0' && s[m] <= '9' {
				m++
			}
			if m-(j+1) > 2 || (m < len(s) && (s[m] == ',' || s[m] == '/')) {
				return outlineMarker{}, false // 1.500.000, 1.5/
			}
			j++
			continue
		}
		break
	}
	label := s[:j]
	rest := s[j:]
	switch {
	case strings.HasPrefix(rest, ". ") || rest == "." || strings.HasPrefix(rest, ") ") || rest == ")":
		rest = rest[1:]
	case strings.HasPrefix(rest, "."):
		rest = rest[1:]
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return outlineMarker{}, false
		}
	case parts > 1 && strings.HasPrefix(rest, " "):
		// "1.1 Title" without a final dot
	default:
		return outlineMarker{}, false
	}
	rest = strings.TrimLeft(rest, " ")
	if parts > 1 {
		return outlineMarker{kind: kSub, label: label, num: label, rest: rest, depth: parts}, true
	}
	return outlineMarker{kind: kNumber, label: label, num: label, rest: rest}, true
}

func isRoman(s string) bool {
	if s == "" || len(s) > 7 {
		return false
	}
	return romanValue(s) > 0
}

func romanValue(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || toRoman(total) != s {
		return 0
	}
	return total
}

func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// vietAlphabet is the order of point letters: no f, j, w, z; đ after d.
const vietAlphabet = "abcdđeghiklmnopqrstuvxy"

func isVietLetter(r rune) bool {
	return strings.ContainsRune(vietAlphabet, r)
}

func isLetterLabel(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && isVietLetter(r)
}

// treeBuilder assembles outline nodes from lines with a stack of open nodes.
type treeBuilder struct {
	// headings is set when the outline has no Phần, Chương or Roman numbers:
	// then an unnumbered line in capitals is a heading of its own.
	headings bool
	b        *builder
	roots    []*node
	stack    []*node
	inDieu   bool
	// global article numbers, for sequence warnings
	lastDieu int
	slab     []node // see newNode
}

type node struct {
	sec      model.Section
	kind     markerKind
	children []*node
	// The text lines of the node. While they are consecutive source lines,
	// one "\n" apart, they are src[spanStart:spanEnd] (spanOK) and nothing is
	// copied; past the first break they are collected in text.
	pieces             int
	spanStart, spanEnd int
	spanOK             bool
	text               []string
}

// addText appends a piece of text found at byte off of src (-1: unknown).
func (n *node) addText(piece string, off int, src string) {
	n.pieces++
	if n.pieces == 1 {
		n.spanOK = off >= 0
		n.spanStart, n.spanEnd = off, off+len(piece)
		if !n.spanOK {
			n.text = append(n.text, piece)
		}
		return
	}
	if n.spanOK {
		if off >= 0 && off == n.spanEnd+1 && src[n.spanEnd] == '\n' {
			n.spanEnd = off + len(piece)
			return
		}
		// the run breaks: what it held becomes the first piece
		n.spanOK = false
		n.text = append(n.text, src[n.spanStart:n.spanEnd])
	}
	n.text = append(n.text, piece)
}

// joinedText is the node's text lines joined with "\n".
func (n *node) joinedText(src string) string {
	if n.spanOK {
		return src[n.spanStart:n.spanEnd]
	}
	return strings.Join(n.text, "\n")
}

func newTreeBuilder(b *builder) *treeBuilder { return &treeBuilder{b: b} }

// newNode takes a node from a slab: outlines have thousands of small nodes,
// and one allocation per up to 64 of them keeps the allocator out of the loop.
func (t *treeBuilder) newNode(k markerKind) *node {
	if len(t.slab) == cap(t.slab) {
		// small outlines get small slabs
		t.slab = make([]node, 0, min(max(2*cap(t.slab), 8), 64))
	}
	t.slab = append(t.slab, node{kind: k})
	return &t.slab[len(t.slab)-1]
}

func (t *treeBuilder) add(l line) {
	t.addMarker(l, false)
}

// addMarker adds a line; asText forces it to be read as prose.
func (t *treeBuilder) addMarker(l line, asText bool) {
	var lm lineMarker
	lm.m, lm.ok = marker(l.text())
	t.addLine(l, lm, asText)
}

// lineMarker is the outline marker of a line, read once.
type lineMarker struct {
	m  outlineMarker
	ok bool
}

// addLine adds a line whose marker was already read.
func (t *treeBuilder) addLine(l line, lm lineMarker, asText bool) {
	s := l.text()
	if s == "" || isRule(l.s) {
		return
	}
	m, ok := lm.m, lm.ok
	if asText {
		ok = false
	}
	if !ok && t.headings && isCaps(s) && len(s) <= 120 && hasTwoWords(s) && !strings.HasSuffix(s, ",") && !strings.HasSuffix(s, ";") && !strings.HasSuffix(s, ".") {
		m, ok = outlineMarker{kind: kHeading, rest: strings.TrimRight(s, ":")}, true
	}
	if !ok {
		if len(t.stack) == 0 {
			n := t.newNode(kNone)
			n.sec.Kind = "text"
			n.sec.Start, n.sec.End = l.start, l.end
			t.roots = append(t.roots, n)
			t.stack = append(t.stack, n)
		}
		cur := t.stack[len(t.stack)-1]
		// a capitals line right after a Chương/Mục/Phần label is its heading
		if (cur.kind == kChuong || cur.kind == kPhan || cur.kind == kMuc || cur.kind == kTieuMuc) && cur.sec.Heading == "" && cur.pieces == 0 && len(cur.children) == 0 && isCaps(s) {
			cur.sec.Heading = s
			t.extend(l.end)
			return
		}
		cur.addText(s, l.srcOffset(s), t.b.src)
		t.extend(l.end)
		return
	}
	r := rank[m.kind]
	for len(t.stack) > 0 {
		top := t.stack[len(t.stack)-1]
		if top.kind != kNone && rank[top.kind] < r {
			break
		}
		t.stack = t.stack[:len(t.stack)-1]
	}
	n := t.newNode(m.kind)
	n.sec.Label = m.label
	n.sec.Start, n.sec.End = l.start, l.end
	n.sec.Kind = t.kindName(m.kind)
	if m.kind == kHeading {
		n.sec.Heading = m.rest
	} else if heading(m) {
		n.sec.Heading = m.rest
	} else if m.rest != "" {
		n.addText(m.rest, l.srcOffset(m.rest), t.b.src)
	}
	if len(t.stack) == 0 {
		t.roots = append(t.roots, n)
	} else {
		p := t.stack[len(t.stack)-1]
		p.children = append(p.children, n)
	}
	t.stack = append(t.stack, n)
	t.extend(l.end)
}

// kindName names a level; 1. and a) inside an article are khoản and điểm.
func (t *treeBuilder) kindName(k markerKind) string {
	inDieu := false
	for _, n := range t.stack {
		if n.kind == kDieu {
			inDieu = true
		}
	}
	switch k {
	case kPhan:
		return "phan"
	case kChuong:
		return "chuong"
	case kMuc:
		return "muc"
	case kTieuMuc:
		return "tieu_muc"
	case kDieu:
		return "dieu"
	case kRoman:
		return "roman"
	case kNumber:
		if inDieu {
			return "khoan"
		}
		return "number"
	case kSub:
		return "subnumber"
	case kLetter:
		if inDieu {
			return "diem"
		}
		return "letter"
	case kParen:
		return "paren"
	case kDash:
		return "dash"
	case kStar:
		return "star"
	case kPlus:
		return "plus"
	case kHeading:
		return "heading"
	}
	return "text"
}

// heading reports whether the text after a marker is a title rather than prose:
// short and without the punctuation that ends a sentence.
func heading(m outlineMarker) bool {
	if m.rest == "" {
		return false
	}
	switch m.kind {
	case kDash, kPlus, kStar, kParen:
		return false
	}
	r := strings.TrimSpace(m.rest)
	if strings.HasSuffix(r, ".") || strings.HasSuffix(r, ";") || strings.HasSuffix(r, ":") || strings.HasSuffix(r, ",") {
		return false
	}
	limit := 160
	if m.kind == kChuong || m.kind == kPhan || m.kind == kMuc || m.kind == kRoman || m.kind == kDieu {
		limit = 300
	}
	return len(r) <= limit
}

func (t *treeBuilder) extend(end int) {
	for _, n := range t.stack {
		if end > n.sec.End {
			n.sec.End = end
		}
	}
}

func (t *treeBuilder) finish() []model.Section {
	out := t.convert(t.roots, "", map[string]int{})
	t.checkSequences(t.roots)
	return out
}

func (t *treeBuilder) convert(ns []*node, prefix string, _ map[string]int) []model.Section {
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
		s := n.sec
		s.ID = id
		s.Text = n.joinedText(t.b.src)
		s.Children = t.convert(n.children, id, nil)
		out = append(out, s)
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

// idPart is a node's id among its siblings, in two pieces: a kind prefix
// ("dieu_") and a number ("5"), so that the full id is made in one
// concatenation.
func idPart(n *node, ordinal int) (head, num string) {
	label := func() string {
		return strings.ReplaceAll(strings.ReplaceAll(labelNum(n.sec.Label), ".", "_"), " ", "_")
	}
	switch n.kind {
	case kPhan:
		return "phan_", label()
	case kChuong:
		return "chuong_", label()
	case kMuc:
		return "muc_", label()
	case kTieuMuc:
		return "tieu_muc_", label()
	case kDieu:
		return "dieu_", label()
	case kNumber:
		if n.sec.Kind == "khoan" {
			return "khoan_", label()
		}
		return "", label()
	case kSub:
		return "", label()
	case kLetter:
		if n.sec.Kind == "diem" {
			return "diem_", label()
		}
		return "", label()
	case kRoman:
		return "", label()
	case kParen:
		return "p", label()
	case kDash:
		return "dash_", strconv.Itoa(ordinal)
	case kStar:
		return "star_", strconv.Itoa(ordinal)
	case kPlus:
		return "plus_", strconv.Itoa(ordinal)
	case kHeading:
		return "heading_", strconv.Itoa(ordinal)
	}
	return "text_", strconv.Itoa(ordinal)
}

// labelNum is the number part of a label: "Điều 5" → "5", "1.2" → "1.2", "(1)" → "1".
func labelNum(label string) string {
	label = strings.Trim(label, "()")
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
				v := atoiPrefix(labelNum(n.sec.Label))
				if v > 0 && lastDieu > 0 && v != lastDieu+1 && !(v == lastDieu && hasLetterSuffix(labelNum(n.sec.Label))) {
					code := "non-consecutive-number"
					if v == lastDieu {
						code = "duplicate-number"
					}
					t.b.warn(code, fmt.Sprintf("%s follows Điều %d", n.sec.Label, lastDieu), n.sec.Start, n.sec.Start+len(n.sec.Label))
				}
				if v > 0 {
					lastDieu = v
				}
			case kRoman, kNumber, kLetter, kChuong:
				cur := labelNum(n.sec.Label)
				if p := prev[n.kind]; seen[n.kind] {
					if !follows(n.kind, p, cur) {
						code := "non-consecutive-number"
						if p == cur {
							code = "duplicate-number"
						}
						t.b.warn(code, fmt.Sprintf("%q follows %q", n.sec.Label, p), n.sec.Start, n.sec.Start+len(n.sec.Label))
					}
				}
				prev[n.kind], seen[n.kind] = cur, true
			}
			walk(n.children)
		}
	}
	walk(ns)
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
		pv, cv := romanValue(prev), romanValue(cur)
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

// citesDocument reports text that names a document type right away: "Điều 58
// Luật Hải quan" at the start of a wrapped line is a citation, not an article.
func citesDocument(s string) bool {
	for _, w := range []string{"luật ", "bộ luật ", "nghị định ", "nghị quyết ", "thông tư ", "quyết định ", "hiến pháp ", "pháp lệnh ", "chỉ thị ", "của ", "này "} {
		if hasPrefixFold(s, w) {
			return true
		}
	}
	return false
}
