package normalize

import (
	"unicode"
	"unicode/utf8"
)

// lineRec is one line of the intermediate buffer after character-level
// normalisation.
type lineRec struct {
	ms, me     int  // content in mid (trimmed, spaces collapsed)
	srcS, srcE int  // source range of the line, terminator excluded
	markup     bool // empty only because markdown markup was removed: not a blank line
	barrier    bool // starts a table cell or heading: never join it to the line before
	ff         bool // a form feed (page break) precedes this line
	// emph is what the markdown emphasis markers dropped on the line
	// toggle, bold (emphBold) and italic (emphItalic) apart: a span whose
	// bit is set opens or closes on the line without doing both, so it
	// runs across a line break.
	emph uint8
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
