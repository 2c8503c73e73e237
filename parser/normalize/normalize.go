// Package normalize is the text clean-up stage of vanban: it turns the bytes of
// a document (PDF text, HTML or DOCX text, thuvienphapluat markdown) into one
// canonical form that every later stage (header/body structure, citation
// scanner) can match against without caring where the text came from.
//
// It fixes encoding-level noise (BOM, CR, invalid UTF-8, NFD, stray combining
// marks, Ð for Đ, exotic spaces and invisible characters), brings the tone
// mark of oa/oe/uy syllables to one style, strips markdown residue, cuts page
// furniture (Công báo running headers, page numbers, e-signature stamps) and
// rejoins hard-wrapped lines. Every byte of the result can be traced back to
// the source with Text.SourceOffset, so later stages can report positions in
// the file the user gave them.
//
// It does not decode legacy 8-bit encodings (TCVN3, VNI): that is an earlier
// stage, and running legacy tables over Unicode text would corrupt it.
package normalize

import (
	"bytes"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Text is the normalised text plus a map back to the source bytes.
type Text struct {
	Bytes   []byte    // normalised UTF-8; lines separated by '\n'
	Removed []Removed // page furniture and stamps taken out, in source order

	cps     []checkpoint // output→source checkpoints, one per edit
	srcLen  int
	invalid int
}

// String returns the normalised text as a string sharing Bytes' memory, so
// that the stages after this one, which keep substrings of it in the
// document, need no copy of the text. Normalize allocates Bytes afresh and
// never writes it again; a caller that calls String must not modify Bytes
// either.
func (t *Text) String() string {
	return unsafe.String(unsafe.SliceData(t.Bytes), len(t.Bytes))
}

// Removed is one piece of page furniture cut out of the text. It is kept
// because stamps carry the signing authority and time, and because a caller
// showing the text next to the source needs to know what went where.
type Removed struct {
	// Kind is "gazette-header", "page-number" or "e-signature".
	Kind string
	// Text is the removed line(s) after character-level normalisation; the
	// lines of a stamp block are separated by '\n'.
	Text string
	// SrcStart and SrcEnd delimit the removed lines in the source (line
	// terminators excluded).
	SrcStart, SrcEnd int
}

// Kinds of Removed furniture.
const (
	KindGazetteHeader = "gazette-header"
	KindPageNumber    = "page-number"
	KindESignature    = "e-signature"
)

// Options switches off the two line-level steps whose effect is a judgement
// call, for callers (and tests) that need the raw line structure.
type Options struct {
	// KeepFurniture leaves running headers, page numbers and signature stamps
	// in the text (and Removed empty).
	KeepFurniture bool
	// NoRejoin keeps hard line wraps instead of joining wrapped lines.
	NoRejoin bool
}

// SourceOffset returns the byte offset in the source of normalised offset i.
// i == len(t.Bytes) maps to len(src); out-of-range i is clamped. The result is
// monotone non-decreasing in i, so a span [i,j) of Bytes maps to the span
// [SourceOffset(i), SourceOffset(j)) of the source.
func (t *Text) SourceOffset(i int) int {
	if i < 0 {
		i = 0
	}
	if i > len(t.Bytes) {
		i = len(t.Bytes)
	}
	m := offsetMap{cps: t.cps}
	s := m.lookup(i)
	if s > t.srcLen {
		s = t.srcLen
	}
	if s < 0 {
		s = 0
	}
	return s
}

// InvalidUTF8 returns how many invalid byte sequences were replaced by U+FFFD.
// Following Go's utf8.DecodeRune, each byte that does not start a valid
// sequence counts (and is replaced) separately. A high count means the input
// was not UTF-8 at all (a legacy encoding that should have been decoded first).
func (t *Text) InvalidUTF8() int { return t.invalid }

// Normalize cleans src. It never fails: whatever the input, the result is
// valid UTF-8 with a monotone offset map. src is not modified or retained.
func Normalize(src []byte, opt Options) *Text {
	n := pool.Get().(*normalizer)
	defer n.release()
	n.src = src
	n.invalid = 0
	n.nextFF = false
	if c := len(src) + len(src)/16 + 16; cap(n.mid) < c {
		n.mid = make([]byte, 0, c)
	}
	if c := bytes.Count(src, []byte{'\n'}) + 2; cap(n.lines) < c {
		n.lines = make([]lineRec, 0, c)
	}
	n.m.cps = append(n.m.cps[:0], checkpoint{})
	n.scan()
	t := n.assemble(opt)
	t.srcLen = len(src)
	t.invalid = n.invalid
	return t
}

// pool recycles the intermediate buffers of Normalize, which are as large as
// the input and dead once the result is built.
var pool = sync.Pool{New: func() any { return new(normalizer) }}

// release returns n to the pool, dropping references to the caller's data and
// buffers too large to be worth keeping.
func (n *normalizer) release() {
	n.src = nil
	if cap(n.mid) > 64<<20 {
		*n = normalizer{}
	}
	n.mid = n.mid[:0]
	n.lines = n.lines[:0]
	n.kind = n.kind[:0]
	pool.Put(n)
}

// lineRec is one line of the intermediate buffer after character-level
// normalisation.
type lineRec struct {
	ms, me     int  // content in mid (trimmed, spaces collapsed)
	srcS, srcE int  // source range of the line, terminator excluded
	markup     bool // empty only because markdown markup was removed: not a blank line
	barrier    bool // starts a table cell or heading: never join it to the line before
	ff         bool // a form feed (page break) precedes this line
}

// normalizer holds the state of the character-level pass (scan) and the
// line-level pass (assemble).
type normalizer struct {
	src     []byte
	mid     []byte    // character-normalised text, lines separated by '\n'
	m       offsetMap // mid → src
	lines   []lineRec
	kind    []uint8 // line kinds of the line-level pass
	invalid int

	// per-line state of scan
	cur        lineRec
	lineStart  int  // source offset where the current (cell) line starts
	pending    bool // a space was seen and will be written before the next character
	pendingSrc int
	hadMarkup  bool
	tableRow   bool // the line is a markdown table row: every '|' separates cells
	toneCand   bool // the last letter written is a toned a/e/y that may have to move
	nextFF     bool

	scratch [3][]byte
}

// plain marks ASCII bytes that the scanner copies without a second look.
// Everything else (space, line ends, markdown markers, non-ASCII) is handled
// one by one.
var plain = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	for _, c := range []byte{' ', '\t', '\n', '\r', '\f', '*', '_', '|', '\\'} {
		t[c] = false
	}
	return t
}()

// scan runs the character-level pass over the whole source, one line at a time.
func (n *normalizer) scan() {
	for p := 0; p < len(n.src); {
		p = n.line(p)
	}
}

// line normalises the source line starting at p and returns the offset after
// its terminator.
func (n *normalizer) line(p int) int {
	src := n.src
	n.begin(p, false)
	n.tableRow = false

	// Line-level markdown, decided from the first non-blank byte.
	q := p
	for q < len(src) && (src[q] == ' ' || src[q] == '\t') {
		q++
	}
	if q < len(src) {
		switch src[q] {
		case '*':
			if p2, ok := n.starOnlyLine(q); ok {
				return p2
			}
		case '|':
			if p2, ok := n.tableRuleLine(q); ok {
				return p2
			}
			n.tableRow = true
			n.cur.barrier = true
		case '#':
			h := q
			for h < len(src) && src[h] == '#' {
				h++
			}
			if h-q <= 6 && (h == len(src) || isSpaceOrEOL(src[h])) {
				n.hadMarkup = true
				n.cur.barrier = true
				p = h
			}
		}
	}

	for p < len(src) {
		c := src[p]
		if plain[c] || c >= utf8.RuneSelf {
			if q := n.run(p); q > p {
				p = q
				continue
			}
		}
		switch c {
		case '\n':
			n.end(p)
			return p + 1
		case '\r':
			n.end(p)
			if p+1 < len(src) && src[p+1] == '\n' {
				return p + 2
			}
			return p + 1
		case '\f':
			if len(n.mid) == n.cur.ms {
				// pdftotext puts the form feed at the start of the next
				// page's first line: just remember the page break.
				n.cur.ff = true
				p++
				continue
			}
			n.end(p)
			n.nextFF = true
			return p + 1
		case ' ', '\t':
			n.space(p)
			p++
		case '*':
			p = n.star(p)
		case '_':
			p = n.underscore(p)
		case '|':
			p = n.pipe(p)
		case '\\':
			p = n.backslash(p)
		default:
			p = n.nonASCII(p)
		}
	}
	n.end(len(src))
	return len(src)
}

// begin starts a new line record whose source starts at p.
func (n *normalizer) begin(p int, barrier bool) {
	n.cur = lineRec{ms: len(n.mid), srcS: p, barrier: barrier, ff: n.nextFF}
	n.nextFF = false
	n.lineStart = p
	n.pending = false
	n.hadMarkup = false
	n.toneCand = false
}

// end closes the current line at source offset p (its terminator, or len(src)).
func (n *normalizer) end(p int) {
	n.endWord()
	n.pending = false
	n.cur.me = len(n.mid)
	n.cur.srcE = p
	n.cur.markup = n.cur.me == n.cur.ms && n.hadMarkup
	n.lines = append(n.lines, n.cur)
	if p < len(n.src) {
		n.m.add(len(n.mid), p)
		n.mid = append(n.mid, '\n')
	}
}

// endWord resolves a pending style-B syllable once it is known that no letter
// follows it.
func (n *normalizer) endWord() {
	if n.toneCand {
		n.applyTone()
	}
}

// beforeEmit runs before any character is written: it settles the tone
// candidate (a following letter means a final consonant, so nothing moves) and
// writes a pending space.
func (n *normalizer) beforeEmit(letter bool) {
	if n.toneCand {
		if letter {
			n.toneCand = false
		} else {
			n.applyTone()
		}
	}
	if n.pending {
		n.pending = false
		if len(n.mid) > n.cur.ms {
			n.m.add(len(n.mid), n.pendingSrc)
			n.mid = append(n.mid, ' ')
		}
	}
}

// run copies the longest stretch starting at p that needs no edit: plain
// ASCII, single spaces between words, and precomposed Latin/Vietnamese
// letters. This is the hot path; everything it stops at is handled one
// character at a time. It stops after a toned a/e/y that follows o or u,
// since a style-B syllable may end there, and returns the offset where it
// stopped: p itself, with nothing written, when src[p] cannot start a run.
func (n *normalizer) run(p int) int {
	src := n.src
	j := p
	tone := false
loop:
	for j < len(src) {
		c := src[j]
		if plain[c] {
			j++
			continue
		}
		// Precomposed letters that are NFC as they stand and need no
		// rewriting (Latin-1 and Latin Extended letters except Ð, the
		// Vietnamese block), recognised from their bytes since this loop
		// sees every byte of the text. aey tells a toned a/e/y
		// (maybeTonedAEY without decoding).
		var sz int
		var aey bool
		switch {
		case c == ' ':
			// A single space is taken provisionally; if the run cannot go
			// on after it, it is given back below, so that collapsing and
			// trimming stay with space.
			if j == p || src[j-1] == ' ' {
				break loop
			}
			j++
			continue
		case c >= 0xC3 && c <= 0xC8:
			// U+00C0..U+023F. 0xC3 0x90 is Ð, 0x97 ×, 0xB7 ÷.
			if j+1 >= len(src) {
				break loop
			}
			d := src[j+1]
			if d&0xC0 != 0x80 || c == 0xC3 && (d == 0x90 || d == 0x97 || d == 0xB7) {
				break loop
			}
			sz = 2
			aey = c == 0xC3 && aeyLatin1&(1<<(d&0x3F)) != 0
		case c == 0xE1:
			// U+1EA0..U+1EF9 is E1 BA A0 .. E1 BB B9.
			if j+2 >= len(src) {
				break loop
			}
			var k uint // rune - 0x1EA0
			switch d, e := src[j+1], src[j+2]; {
			case d == 0xBA && e >= 0xA0 && e <= 0xBF:
				k = uint(e - 0xA0)
			case d == 0xBB && e >= 0x80 && e <= 0xB9:
				k = uint(e-0x80) + 0x20
			default:
				break loop
			}
			sz = 3
			aey = aeyViet[k/64]&(1<<(k%64)) != 0
		default:
			break loop
		}
		if aey {
			if prev := n.byteBefore(p, j) | 0x20; prev == 'o' || prev == 'u' {
				j += sz
				tone = true
				break loop
			}
		}
		j += sz
	}
	if j > p && src[j-1] == ' ' {
		j-- // a space the run could not continue after
	}
	if j == p {
		return p
	}
	c := src[p]
	n.beforeEmit(c >= utf8.RuneSelf || c|0x20 >= 'a' && c|0x20 <= 'z')
	n.m.add(len(n.mid), p)
	n.mid = append(n.mid, src[p:j]...)
	n.toneCand = tone
	return j
}

// byteBefore returns the byte written just before src[j] of a run starting
// at p: from the run itself, or from the output when the run starts at j.
func (n *normalizer) byteBefore(p, j int) byte {
	if j > p {
		return n.src[j-1]
	}
	if n.pending || len(n.mid) == n.cur.ms {
		return ' '
	}
	return n.mid[len(n.mid)-1]
}

// emit writes b as the normalised form of src[p:...]; letter tells whether it
// is a letter (for word boundaries).
func (n *normalizer) emit(p int, b []byte, letter bool) {
	n.beforeEmit(letter)
	n.m.add(len(n.mid), p)
	n.mid = append(n.mid, b...)
}

// space records a space-like character at p. Runs collapse to one space, and
// spaces at the start or end of a line are never written.
func (n *normalizer) space(p int) {
	n.endWord()
	if !n.pending {
		n.pending = true
		n.pendingSrc = p
	}
}

func isSpaceOrEOL(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// byteAt returns src[i], or '\n' outside the source, so that "start/end of
// text" looks like a line boundary to the markdown rules.
func (n *normalizer) byteAt(i int) byte {
	if i < 0 || i >= len(n.src) || i < n.lineStart {
		return '\n'
	}
	return n.src[i]
}

// starOnlyLine handles a line made only of '*' and spaces, starting at q. A
// lone "*" (or "*****", the bold form thuvienphapluat gives it) is the rule
// under a Party issuer and is kept as "*"; a run of six or more is a
// decorative rule kept as is; anything else ("**", "* *", "** **") is empty
// emphasis and the line disappears.
func (n *normalizer) starOnlyLine(q int) (int, bool) {
	src := n.src
	e := q
	runs, first, firstLen := 0, -1, 0
	for e < len(src) && src[e] != '\n' && src[e] != '\r' {
		switch src[e] {
		case '*':
			if e == q || src[e-1] != '*' {
				runs++
				if first < 0 {
					first = e
				}
			}
			if runs == 1 {
				firstLen++
			}
		case ' ', '\t':
		default:
			return 0, false
		}
		e++
	}
	switch {
	case runs == 1 && (firstLen == 1 || firstLen == 5):
		n.m.add(len(n.mid), first)
		n.mid = append(n.mid, '*')
	case runs == 1 && firstLen >= 6:
		n.m.add(len(n.mid), first)
		n.mid = append(n.mid, src[first:first+firstLen]...)
	default:
		n.hadMarkup = true
	}
	return n.finishAt(e), true
}

// tableRuleLine handles markdown table rules: a line of '|', '-', ':', '+' and
// spaces containing a '|' ("|", "|---|---|"). It disappears, and the next line
// starts a new cell.
func (n *normalizer) tableRuleLine(q int) (int, bool) {
	src := n.src
	e := q
	for e < len(src) && src[e] != '\n' && src[e] != '\r' {
		switch src[e] {
		case '|', '-', ':', '+', ' ', '\t', '=':
		default:
			return 0, false
		}
		e++
	}
	n.hadMarkup = true
	n.cur.barrier = true
	return n.finishAt(e), true
}

// finishAt ends the current line at the terminator at e and returns the
// offset after it.
func (n *normalizer) finishAt(e int) int {
	n.end(e)
	if e < len(n.src) && n.src[e] == '\r' && e+1 < len(n.src) && n.src[e+1] == '\n' {
		return e + 2
	}
	if e < len(n.src) {
		return e + 1
	}
	return e
}

// star handles a run of '*' at p inside a line. Markdown bold/italic markers
// are dropped; literal stars are kept: a bullet "* " at the start of a line,
// footnote marks "(*)", "(**)", a free-standing "*" (" * ", "*.dgn"), a
// product "2*3", and decorative runs of six or more.
func (n *normalizer) star(p int) int {
	src := n.src
	j := p
	for j < len(src) && src[j] == '*' {
		j++
	}
	cnt := j - p
	prev, next := n.byteAt(p-1), n.byteAt(j)
	n.endWord()
	keep := false
	switch {
	case cnt >= 6:
		keep = true
	case prev == '(' && next == ')' && cnt <= 3:
		keep = true
	case cnt == 1:
		atStart := len(n.mid) == n.cur.ms
		switch {
		case atStart && (next == ' ' || next == '\t'):
			keep = true
		case isSpaceOrEOL(prev) && (isSpaceOrEOL(next) || next == '.'):
			keep = true
		case isDigit(prev) && isDigit(next):
			keep = true
		}
	}
	if keep {
		n.emit(p, src[p:j], false)
	} else {
		n.hadMarkup = true
	}
	return j
}

// underscore handles a run of '_' at p: "__" is markdown bold and goes unless
// it sits inside a word; single underscores and runs of three or more (the
// rule under an issuer, blanks in forms) are text.
func (n *normalizer) underscore(p int) int {
	src := n.src
	j := p
	for j < len(src) && src[j] == '_' {
		j++
	}
	n.endWord()
	if j-p == 2 && !(isAlnum(n.byteAt(p-1)) && isAlnum(n.byteAt(j))) {
		n.hadMarkup = true
		return j
	}
	n.emit(p, src[p:j], false)
	return j
}

// pipe handles '|': a cell separator in a table row or as " | " inside a line
// (the cell becomes a line of its own), otherwise a literal character.
func (n *normalizer) pipe(p int) int {
	n.endWord()
	if n.tableRow || (n.pending && isSpaceOrEOL(n.byteAt(p+1))) {
		n.cellBreak(p)
		return p + 1
	}
	n.emit(p, n.src[p:p+1], false)
	return p + 1
}

// cellBreak ends the current cell line at the '|' at p and starts a new one.
func (n *normalizer) cellBreak(p int) {
	if len(n.mid) == n.cur.ms {
		// Nothing in this cell yet (leading '|', empty cell): no line to end.
		n.hadMarkup = true
		n.cur.barrier = true
		n.pending = false
		return
	}
	n.end(p)
	n.begin(p+1, true)
	n.hadMarkup = true
}

// backslash drops a markdown escape before ASCII punctuation ("\*", "\.") and
// writes the punctuation as a literal character.
func (n *normalizer) backslash(p int) int {
	if p+1 < len(n.src) && isASCIIPunct(n.src[p+1]) {
		n.endWord()
		n.emit(p+1, n.src[p+1:p+2], false)
		return p + 2
	}
	n.endWord()
	n.emit(p, n.src[p:p+1], false)
	return p + 1
}

var replacementChar = []byte("\uFFFD")
var dStroke = []byte("Đ")

// nonASCII handles the character starting at p (src[p] >= 0x80).
func (n *normalizer) nonASCII(p int) int {
	src := n.src
	r, size := utf8.DecodeRune(src[p:])
	if r == utf8.RuneError && size == 1 {
		n.invalid++
		n.emit(p, replacementChar, false)
		return p + 1
	}
	switch {
	case r == 0xA0 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F || r == 0x3000:
		n.space(p)
		return p + size
	case (r >= 0x200B && r <= 0x200D) || r == 0x2060 || r == 0xFEFF || r == 0xAD:
		// Invisible: zero-width space/joiners, word joiner, BOM, soft hyphen.
		return p + size
	case r == 0xD0:
		// Latin capital ETH, a lookalike that CP1258/PDF text puts for Đ.
		n.emit(p, dStroke, true)
		return p + size
	}
	b := src[p : p+size]
	if r < 0x300 || (r >= 0x1EA0 && r <= 0x1EF9) {
		// Latin-1, Latin Extended and the Vietnamese block: precomposed
		// starters that are already NFC.
		n.emit(p, b, isLetter(r))
		n.toneCand = maybeTonedAEY(r)
		return p + size
	}
	props := norm.NFC.Properties(b)
	if !props.BoundaryBefore() {
		return n.combine(p)
	}
	if !norm.NFC.IsNormal(b) {
		// Singletons such as U+212B ANGSTROM SIGN.
		n.scratch[0] = norm.NFC.Append(n.scratch[0][:0], b...)
		n.emit(p, n.scratch[0], unicode.IsLetter(r))
		return p + size
	}
	n.emit(p, b, unicode.IsLetter(r))
	return p + size
}

// combine handles characters that attach to the character before them
// (combining marks; also e.g. Hangul vowel jamo), starting at p. After a
// letter the letter and the marks are recomposed to NFC, with repeated
// identical marks collapsed ("Trầ̀̀n" → "Trần"). After a non-letter
// (space, digit, punctuation, start of line) combining marks are strays left
// by extraction and are dropped.
func (n *normalizer) combine(p int) int {
	src := n.src
	q := p
	for q < len(src) && src[q] >= utf8.RuneSelf {
		r, sz := utf8.DecodeRune(src[q:])
		if r == utf8.RuneError && sz == 1 {
			break
		}
		if r < 0x300 || (r >= 0x1EA0 && r <= 0x1EF9) {
			break
		}
		if norm.NFC.Properties(src[q : q+sz]).BoundaryBefore() {
			break
		}
		q += sz
	}
	run := src[p:q]

	var base rune = -1
	bsz := 0
	if !n.pending && len(n.mid) > n.cur.ms {
		base, bsz = utf8.DecodeLastRune(n.mid[n.cur.ms:])
	}
	if base < 0 || !unicode.IsLetter(base) {
		// Stray: drop marks, keep anything else (conjoining jamo) verbatim.
		for i := 0; i < len(run); {
			r, sz := utf8.DecodeRune(run[i:])
			if !isMark(r) {
				n.emit(p+i, run[i:i+sz], unicode.IsLetter(r))
			}
			i += sz
		}
		return q
	}

	at := len(n.mid) - bsz
	s := n.m.lookup(at)
	cl := append(n.scratch[0][:0], n.mid[at:]...)
	cl = append(cl, run...)
	d := norm.NFD.Append(n.scratch[1][:0], cl...)
	d = dedupeMarks(d)
	c := norm.NFC.Append(n.scratch[2][:0], d...)
	n.scratch[0], n.scratch[1], n.scratch[2] = cl, d, c

	n.m.pop(at)
	n.mid = n.mid[:at]
	n.m.add(at, s)
	n.mid = append(n.mid, c...)
	last, _ := utf8.DecodeLastRune(c)
	n.toneCand = maybeTonedAEY(last)
	return q
}

// isMark reports whether r is a combining mark (general category M).
func isMark(r rune) bool {
	if r >= 0x300 && r <= 0x36F {
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

// dedupeMarks removes a combining mark equal to the mark just before it, in
// place. In NFD identical marks are adjacent (they share a combining class,
// and canonical reordering is stable), so this collapses all repeats.
func dedupeMarks(d []byte) []byte {
	w := 0
	var prev rune = -1
	for i := 0; i < len(d); {
		r, sz := utf8.DecodeRune(d[i:])
		if !(r == prev && isMark(r)) {
			w += copy(d[w:], d[i:i+sz])
		}
		prev = r
		i += sz
	}
	return d[:w]
}

// applyTone rewrites the word just written if it ends in a style-B oa/oe/uy
// syllable.
func (n *normalizer) applyTone() {
	n.toneCand = false
	line := n.mid[n.cur.ms:]
	last, lsz := utf8.DecodeLastRune(line)
	if lsz == 0 {
		return
	}
	prev, psz := utf8.DecodeLastRune(line[:len(line)-lsz])
	if psz == 0 {
		return
	}
	pp := rune(' ')
	if k := len(line) - lsz - psz; k > 0 {
		pp, _ = utf8.DecodeLastRune(line[:k])
	}
	np, nl, ok := restyle(pp, prev, last)
	if !ok {
		return
	}
	at := len(n.mid) - lsz - psz
	s := n.m.lookup(at)
	n.m.pop(at)
	n.mid = n.mid[:at]
	n.m.add(at, s)
	n.mid = utf8.AppendRune(n.mid, np)
	n.mid = utf8.AppendRune(n.mid, nl)
}

// isLetter is unicode.IsLetter with a table for the Latin range.
func isLetter(r rune) bool {
	if r < 0x300 {
		return latinLetter[r]
	}
	if r >= 0x1EA0 && r <= 0x1EF9 {
		return true
	}
	return unicode.IsLetter(r)
}

var latinLetter = func() (t [0x300]bool) {
	for r := range t {
		t[r] = unicode.IsLetter(rune(r))
	}
	return t
}()

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlnum(c byte) bool {
	return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'z') || c >= utf8.RuneSelf
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}
