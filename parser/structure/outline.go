package structure

import (
	"strconv"
	"strings"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
)

// tree builds the outline of lines [from, to).
func (b *builder) tree(from, to int) []model.Section {
	tb := newTreeBuilder(b)
	if to > len(b.lines) {
		to = len(b.lines)
	}
	if from > to {
		from = to
	}
	// the lines themselves, copied only if a trailing chapter heading splits one
	ls := b.lines[from:to]
	copied := false
	split := func(k int, a, c line) {
		if !copied {
			ls = append(make([]line, 0, len(ls)+8), ls...)
			copied = true
		}
		ls = append(ls[:k+1], ls[k:]...)
		ls[k], ls[k+1] = a, c
	}
	// items whose first sub-item a flattened page glued to their title
	glued := 0
	for k := 0; k < len(ls); k++ {
		a, c, ok, item := splitGluedLine(ls, k)
		if !ok {
			continue
		}
		if item {
			glued++
		}
		split(k, a, c)
		k++
	}
	if glued >= 2 {
		// the page glued every item's title to what follows it: where no
		// sub-item marks the cut, the first sentence does
		for k := 0; k < len(ls); k++ {
			if a, c, ok := splitItemTitle(ls[k]); ok {
				split(k, a, c)
				k++
			}
		}
	}
	tb.lines = ls
	// every line's marker, read once
	if cap(b.markers) < len(ls) {
		b.markers = make([]lineMarker, len(ls))
	}
	ms := b.markers[:len(ls)] // every entry is written below
	tb.headings = true
	quoted := quotedLines(ls)
	lastArticle, lastPart, romans := 0, "", 0
	for i, l := range ls {
		ms[i].m, ms[i].ok = marker(l.text())
		if quoted != nil && quoted[i] && ms[i].ok && !(ms[i].m.kind == kDieu && ms[i].m.num == strconv.Itoa(lastArticle+1)) {
			// a provision quoted from another act marks nothing here; the
			// next article of this document, which a page laid out inside
			// the quotation (122), still does
			ms[i] = lineMarker{}
			continue
		}
		if ms[i].ok && ms[i].m.kind == kDieu {
			if n, err := strconv.Atoi(ms[i].m.num); err == nil {
				lastArticle = n
			}
		}
		if ms[i].ok && lastPart == "H" && romans > 0 {
			// H's own Roman sections came first
			ms[i].m = letterIAfterH(ms[i].m)
		}
		switch {
		case ms[i].ok && ms[i].m.kind == kPart:
			lastPart, romans = ms[i].m.label, 0
		case ms[i].ok && ms[i].m.kind == kRoman:
			romans++
		}
		if ms[i].ok && (ms[i].m.kind == kPhan || ms[i].m.kind == kChuong || ms[i].m.kind == kRoman || ms[i].m.kind == kDieu) {
			tb.headings = false
		}
	}
	prose := outOfSequence(ms)
	markContents(ls, ms, prose)
	for k := 0; k < len(ls); k++ {
		// a division's title wrapped onto the lines after it: they join
		// its line (the lines they are make no marker, so the sequences
		// read above stand)
		if n := titleWrap(ls, ms, k); n > 0 {
			if l, lm, ok := joinTitleLines(ls[k:k+n+1], ms[k]); ok {
				tb.addLine(l, lm, prose[k])
				k += n
				continue
			}
		}
		tb.addLine(ls[k], ms[k], prose[k])
	}
	return tb.finish()
}

// splitGluedLine cuts line k of ls where a flattened page glued two of
// them: a chapter heading after a line, a chapter's section or first
// article after its title, an item's first sub-item after its title (item
// is set then), a chapter after an editor's note, an article's title before
// its first sentence. The cuts are tried only on lines that can hold them,
// told by their first bytes.
func splitGluedLine(ls []line, k int) (a, c line, ok, item bool) {
	if endsChapterNumber(ls[k].s) {
		if a, c, ok = splitTrailingChapter(ls[k]); ok {
			return a, c, true, false
		}
	}
	if s := ls[k].s; len(s) > 1 {
		switch c0 := s[0]; {
		case (c0 == 'C' || c0 == 'c') && hasPrefixFold(s, "chương "):
			if a, c, ok = splitChapterSection(ls[k]); !ok {
				a, c, ok = splitGluedArticle(ls[k])
			}
		case c0 >= '0' && c0 <= '9':
			a, c, ok = splitFirstSubItem(ls[k])
			item = ok
		case capsStart(s):
			a, c, ok = splitGluedArticle(ls[k])
		}
	}
	if !ok && strings.IndexByte(ls[k].s, ']') >= 0 {
		a, c, ok = splitNoteChapter(ls[k])
	}
	if !ok && (mayOpenTitle(ls[k].s) || k > 0 && !ls[k].blankBefore && mayOpenTitle(ls[k-1].s)) {
		var prev line // the line a title goes on from, if any
		if k > 0 && !ls[k].blankBefore {
			prev = ls[k-1]
		}
		a, c, ok = splitTitleSentence(prev, ls[k])
	}
	return a, c, ok, item
}

// splitTrailingChapter cuts a chapter heading that a flattened page glued to the
// end of the previous sentence ("Quốc hội ban hành Luật ..., Chương 1.",
// "Hiến pháp 2013. Chương I.").
// endsChapterNumber(l.s) is a necessary condition, which a caller that
// tries every line checks first.
func splitTrailingChapter(l line) (line, line, bool) {
	// the heading ends the line: look only at its last bytes
	tail := l.s
	if len(tail) > 24 {
		tail = tail[len(tail)-24:]
	}
	if !strings.Contains(tail, "hương ") && !strings.Contains(tail, "HƯƠNG ") {
		return l, line{}, false
	}
	k := lowerSameLen(l.s)
	i := strings.LastIndex(k, "chương ")
	if i <= 2 || !(k[i-2] == '.' || k[i-2] == ',') || k[i-1] != ' ' {
		return l, line{}, false
	}
	m, ok := marker(l.s[i:])
	if !ok || m.kind != kChuong || strings.TrimRight(m.rest, ". ") != "" {
		return l, line{}, false
	}
	return l.cut(i, i)
}

// endsChapterNumber reports whether s ends as a chapter number does (see
// markerNumber), dots and spaces aside: a digit, a Roman letter, or a letter
// after a digit. One byte rules out most lines.
func endsChapterNumber(s string) bool {
	for s != "" && (s[len(s)-1] == '.' || s[len(s)-1] == ' ') {
		s = s[:len(s)-1]
	}
	if s == "" {
		return false
	}
	switch c := s[len(s)-1]; {
	case c >= '0' && c <= '9', c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C':
		return true
	case c >= 'a' && c <= 'z':
		return len(s) > 1 && s[len(s)-2] >= '0' && s[len(s)-2] <= '9'
	}
	return false
}

// treeBuilder assembles outline nodes from lines with a stack of open nodes.
type treeBuilder struct {
	// headings is set when the outline has no Phần, Chương or Roman numbers:
	// then an unnumbered line in capitals is a heading of its own.
	headings bool
	// lines are the outline's, for isForm; form and formKnown cache its
	// answer: in a blank form numbered captions ending in ":" name fields
	// rather than lead into lists
	lines           []line
	form, formKnown bool
	b               *builder
	roots           []*node
	stack           []*node
	slab            []node   // see newNode
	slabs           [][]node // every slab taken, given back by finish
}

type node struct {
	// what the section gets as printed (its id, text and children are made
	// in convert); a node holds no model.Section, which would double the
	// size of the thousands of nodes an outline has
	kindName, label, heading string
	start, end               int
	kind                     markerKind
	children                 []*node
	// The text lines of the node. While they are consecutive source lines,
	// one "\n" apart, they are src[spanStart:spanEnd] (spanOK) and nothing is
	// copied; past the first break they are collected in text.
	pieces             int
	spanStart, spanEnd int
	spanOK             bool
	text               []string
	// leadIn is set on an article whose text ends with a lead-in (":") that
	// announces sections of a higher level: they are its children.
	leadIn bool
}

// lastText is the last piece of the node's text, its heading-less marker
// text included ("" when it has none).
func (n *node) lastText(src string) string {
	if n.pieces == 0 {
		return ""
	}
	if n.spanOK {
		s := src[n.spanStart:n.spanEnd]
		return s[strings.LastIndexByte(s, '\n')+1:]
	}
	return n.text[len(n.text)-1]
}

// endsWithColon reports whether s ends with ":" (spaces aside).
func endsWithColon(s string) bool {
	s = strings.TrimRight(s, " ")
	return s != "" && s[len(s)-1] == ':'
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
// and one slab of 64 of them, reused by the next outline of the parse and by
// the next parse (see scratch), keeps the allocator out of the loop.
func (t *treeBuilder) newNode(k markerKind) *node {
	if len(t.slab) == cap(t.slab) {
		if n := len(t.b.freeSlabs); n > 0 {
			t.slab = t.b.freeSlabs[n-1]
			t.b.freeSlabs = t.b.freeSlabs[:n-1]
		} else {
			t.slab = make([]node, 0, 64)
		}
		t.slabs = append(t.slabs, t.slab)
	}
	t.slab = append(t.slab, node{kind: k})
	return &t.slab[len(t.slab)-1]
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
	if asText || ok && (m.kind == kDash || m.kind == kPlus || m.kind == kStar) && !t.inDivision() {
		// a bullet outside every division is a line of a paragraph:
		// the Kính gửi list of a công điện, the points after "… như
		// sau:" in the opening of a letter
		ok = false
	}
	if !ok && t.headings && vntext.IsCaps(s) && len(s) <= 120 && hasTwoWords(s) && !strings.HasSuffix(s, ",") && !strings.HasSuffix(s, ";") && !strings.HasSuffix(s, ".") && hasLetterPair(s) && !(t.b.doc.TypeCode == "AL" && isJudgmentDecision(s)) {
		m, ok = outlineMarker{kind: kHeading, rest: strings.TrimRight(s, ":")}, true
	}
	if !ok {
		if len(t.stack) == 0 {
			n := t.newNode(kNone)
			n.kindName = "text"
			n.start, n.end = l.start, l.end
			t.roots = append(t.roots, n)
			t.stack = append(t.stack, n)
		}
		cur := t.stack[len(t.stack)-1]
		// a capitals line right after a Chương/Mục/Phần label is its heading
		if (cur.kind == kChuong || cur.kind == kPhan || cur.kind == kMuc || cur.kind == kTieuMuc) && cur.heading == "" && cur.pieces == 0 && len(cur.children) == 0 && vntext.IsCaps(s) {
			cur.heading = s
			t.extend(l.end)
			return
		}
		cur.addText(s, l.srcOffset(s), t.b.src)
		t.extend(l.end)
		return
	}
	r := rank[m.kind]
	if m.kind == kDieu {
		// the next article closes the one whose lead-in holds sections
		for i := len(t.stack) - 1; i >= 0; i-- {
			if t.stack[i].leadIn {
				t.stack = t.stack[:i]
				break
			}
		}
	} else if r < rank[kDieu] && len(t.stack) > 0 {
		if top := t.stack[len(t.stack)-1]; top.kind == kDieu && len(top.children) == 0 && endsWithColon(top.lastText(t.b.src)) {
			// "Điều 1. Phê duyệt Đề án … như sau:" and the plan's Roman
			// sections: what the lead-in announces is the article's
			// (issue 12 item 6)
			top.leadIn = true
		}
	}
	for len(t.stack) > 0 {
		top := t.stack[len(t.stack)-1]
		if top.kind != kNone && rank[top.kind] < r || top.leadIn {
			break
		}
		t.stack = t.stack[:len(t.stack)-1]
	}
	n := t.newNode(m.kind)
	n.label = m.label
	n.start, n.end = l.start, l.end
	n.kindName = t.kindName(m.kind)
	if m.kind == kHeading {
		n.heading = m.rest
	} else if caption, fill, ok := fieldCaption(m, t.isForm); ok {
		// before heading: a caption and its blanks are no title together
		n.heading = caption
		if fill != "" {
			n.addText(fill, l.srcOffset(fill), t.b.src)
		}
	} else if title, ok := heading(m); ok {
		n.heading = title
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

// inDivision reports whether a labelled division is open.
func (t *treeBuilder) inDivision() bool {
	for _, n := range t.stack {
		if n.kind != kNone {
			return true
		}
	}
	return false
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
	case kPart:
		return "part"
	}
	return "text"
}

func (t *treeBuilder) extend(end int) {
	for _, n := range t.stack {
		if end > n.end {
			n.end = end
		}
	}
}

// isForm reports whether the outline's lines are a blank form's (see
// isForm), read once and only when asked.
func (t *treeBuilder) isForm() bool {
	if !t.formKnown {
		t.form, t.formKnown = isForm(t.lines), true
	}
	return t.form
}

func (t *treeBuilder) finish() []model.Section {
	out := t.convert(t.roots, "")
	t.checkSequences(t.roots)
	// the nodes are dead once converted: their slabs go back, cleared of
	// the strings and nodes they point to
	for _, sl := range t.slabs {
		clear(sl[:cap(sl)])
		t.b.freeSlabs = append(t.b.freeSlabs, sl[:0])
	}
	t.slabs, t.slab = nil, nil
	return out
}
