package docx

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

// converter turns the WordprocessingML token stream into lines.
type converter struct {
	styles    styleSheet
	numbering numbering
	noteParts map[string]*notePart
	refs      []noteRef
	noteCount map[string]int
	warnings  []string
	legacy    map[vnenc.Encoding]bool
}

// noteRef is a footnote or endnote reference met in the body, in order.
type noteRef struct{ kind, id, label string }

// notePart holds the text of footnotes.xml or endnotes.xml by note id.
type notePart struct {
	kind string
	text map[string][]string
}

func (c *converter) warn(format string, args ...any) {
	c.warnings = append(c.warnings, fmt.Sprintf(format, args...))
}

// piece is text of one font (legacy runs are converted with their font).
type piece struct {
	text string
	font string
}

type runState struct {
	style  string
	direct fonts
	hidden bool
}

type paraState struct {
	style  string
	num    numRef
	numSet bool // a numId was given in the paragraph's own properties
	fonts  fonts
	pieces []piece
	run    runState
	inRun  bool
}

type field struct{ result bool }

// walker is the state of one pass over a part.
type walker struct {
	c      *converter
	d      *xml.Decoder
	stack  []string // local names of the open elements
	paras  []*paraState
	fields []field
	emit   func(line string)
	body   bool // the main document: footnote references are numbered
}

// body converts word/document.xml.
func (c *converter) body(b []byte) ([]string, error) {
	var lines []string
	w := &walker{c: c, d: newDecoder(b), body: true, emit: func(l string) { lines = append(lines, l) }}
	err := w.run(nil)
	return lines, err
}

// notes reads footnotes.xml or endnotes.xml into np.
func (c *converter) notes(np *notePart, b []byte) error {
	np.text = map[string][]string{}
	cur := ""
	w := &walker{c: c, d: newDecoder(b)}
	w.emit = func(l string) {
		if cur != "" {
			np.text[cur] = append(np.text[cur], l)
		}
	}
	return w.run(func(se xml.StartElement) bool {
		if se.Name.Local != np.kind {
			return false
		}
		switch attr(se, "type") {
		case "separator", "continuationSeparator", "continuationNotice":
			cur = ""
			return true // skip it
		}
		cur = attr(se, "id")
		return false
	})
}

func (w *walker) parent() string {
	if len(w.stack) < 2 {
		return ""
	}
	return w.stack[len(w.stack)-2]
}

func (w *walker) grandparent() string {
	if len(w.stack) < 3 {
		return ""
	}
	return w.stack[len(w.stack)-3]
}

func (w *walker) para() *paraState {
	if len(w.paras) == 0 {
		// text outside any paragraph (a damaged file): give it one
		w.paras = append(w.paras, &paraState{fonts: w.c.styles.paraFonts("")})
	}
	return w.paras[len(w.paras)-1]
}

// inInstruction reports whether text now belongs to a field instruction.
func (w *walker) inInstruction() bool {
	for _, f := range w.fields {
		if !f.result {
			return true
		}
	}
	return false
}

// add appends text in the font of the current run.
func (w *walker) add(s string) {
	if s == "" || w.inInstruction() {
		return
	}
	p := w.para()
	if p.inRun && p.run.hidden {
		return
	}
	font := ""
	if p.inRun {
		f := w.c.styles.charFonts(p.fonts, p.run.style).over(p.run.direct)
		font = f.name()
	} else {
		font = p.fonts.name()
	}
	w.addPiece(s, font)
}

func (w *walker) addPiece(s, font string) {
	p := w.para()
	if n := len(p.pieces); n > 0 && p.pieces[n-1].font == font {
		p.pieces[n-1].text += s
		return
	}
	p.pieces = append(p.pieces, piece{s, font})
}

// run reads tokens to the end. skip, if not nil, is asked about each start
// element first and may claim it (true: the element is skipped).
func (w *walker) run(skip func(xml.StartElement) bool) error {
	for {
		tok, err := w.d.Token()
		if err == io.EOF {
			w.flushAll()
			return nil
		}
		if err != nil {
			w.flushAll()
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip != nil && skip(t) {
				if err := w.d.Skip(); err != nil {
					w.flushAll()
					return err
				}
				continue
			}
			if len(w.stack) > 10000 {
				w.flushAll()
				return fmt.Errorf("elements nested too deep")
			}
			w.stack = append(w.stack, t.Name.Local)
			if w.start(t) {
				if err := w.d.Skip(); err != nil {
					w.flushAll()
					return err
				}
				w.stack = w.stack[:len(w.stack)-1]
			}
		case xml.EndElement:
			w.end(t.Name.Local)
			if len(w.stack) > 0 {
				w.stack = w.stack[:len(w.stack)-1]
			}
		case xml.CharData:
			if len(w.stack) > 0 && w.stack[len(w.stack)-1] == "t" && w.parent() == "r" {
				w.add(string(t))
			}
		}
	}
}

// start handles a start element; it returns true to skip its content.
func (w *walker) start(se xml.StartElement) bool {
	name := se.Name.Local
	switch name {
	case "Fallback", // mc:Fallback repeats mc:Choice (text boxes in VML)
		"moveFrom", "delText", "delInstrText", "instrText",
		"rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "numberingChange",
		"sectPr", "tabs":
		return true
	case "p":
		w.paras = append(w.paras, &paraState{fonts: w.c.styles.paraFonts("")})
	case "pStyle":
		if w.parent() == "pPr" && len(w.paras) > 0 {
			p := w.para()
			p.style = attr(se, "val")
			p.fonts = w.c.styles.paraFonts(p.style)
		}
	case "numId":
		if w.parent() == "numPr" && w.grandparent() == "pPr" && len(w.paras) > 0 {
			p := w.para()
			p.num.numID, p.num.set, p.numSet = attr(se, "val"), true, true
		}
	case "ilvl":
		if w.parent() == "numPr" && w.grandparent() == "pPr" && len(w.paras) > 0 {
			w.para().num.ilvl = atoi(attr(se, "val"))
		}
	case "r":
		p := w.para()
		p.inRun = true
		p.run = runState{}
	case "rStyle":
		if w.grandparent() == "r" {
			w.para().run.style = attr(se, "val")
		}
	case "rFonts":
		if w.grandparent() == "r" {
			p := w.para()
			p.run.direct = p.run.direct.over(readFonts(se))
		}
	case "vanish", "specVanish":
		if w.grandparent() == "r" {
			w.para().run.hidden = onOff(se)
		}
	case "tab", "ptab":
		if w.parent() == "r" {
			w.add("\t")
		}
	case "br", "cr":
		if w.parent() == "r" {
			w.add("\n")
		}
	case "noBreakHyphen":
		if w.parent() == "r" {
			w.add("-")
		}
	case "softHyphen":
		// an optional hyphen: not shown unless the line breaks there
	case "sym":
		if w.parent() == "r" && !w.inInstruction() {
			v, err := strconv.ParseUint(attr(se, "char"), 16, 32)
			if err == nil && v > 0 && v < unicode.MaxRune {
				r := symbolRune(attr(se, "font"), rune(v))
				if utf8.ValidRune(r) {
					w.addPiece(string(r), "")
				}
			}
		}
	case "fldChar":
		switch attr(se, "fldCharType") {
		case "begin":
			if len(w.fields) < 64 {
				w.fields = append(w.fields, field{})
			}
		case "separate":
			if n := len(w.fields); n > 0 {
				w.fields[n-1].result = true
			}
		case "end":
			if n := len(w.fields); n > 0 {
				w.fields = w.fields[:n-1]
			}
		}
	case "footnoteReference", "endnoteReference":
		if w.body && !w.inInstruction() {
			kind := strings.TrimSuffix(name, "Reference")
			if w.c.noteCount == nil {
				w.c.noteCount = map[string]int{}
			}
			w.c.noteCount[kind]++
			n := w.c.noteCount[kind]
			label := strconv.Itoa(n)
			if kind == "endnote" {
				label = strings.ToLower(roman(n))
			}
			w.c.refs = append(w.c.refs, noteRef{kind, attr(se, "id"), label})
			w.addPiece("["+label+"]", "")
		}
	}
	return false
}

func (w *walker) end(name string) {
	switch name {
	case "p":
		if n := len(w.paras); n > 0 {
			p := w.paras[n-1]
			w.paras = w.paras[:n-1]
			w.flush(p)
		}
	case "r":
		if len(w.paras) > 0 {
			p := w.para()
			p.inRun = false
			p.run = runState{}
		}
	}
}

func (w *walker) flushAll() {
	for len(w.paras) > 0 {
		n := len(w.paras)
		p := w.paras[n-1]
		w.paras = w.paras[:n-1]
		w.flush(p)
	}
}

// flush writes the lines of a finished paragraph.
func (w *walker) flush(p *paraState) {
	num := p.num
	if !p.numSet {
		num = w.c.styles.paraNum(p.style)
		if p.num.ilvl > 0 {
			num.ilvl = p.num.ilvl
		}
	}
	var sb strings.Builder
	if num.set && w.body {
		sb.WriteString(w.c.numbering.label(num.numID, num.ilvl))
	}
	for _, pc := range p.pieces {
		sb.WriteString(w.c.convert(pc.text, pc.font))
	}
	for _, line := range strings.Split(sb.String(), "\n") {
		line = strings.Trim(line, " \t\r")
		if blank(line) {
			continue
		}
		w.emit(line)
	}
}

// convert converts the text of a run typed in a legacy Vietnamese font.
func (c *converter) convert(text, font string) string {
	if font == "" || font == "+theme" {
		return text
	}
	enc, upper := vnenc.FromFont(font)
	if !enc.Legacy() && !upper {
		return text
	}
	if enc.Legacy() {
		if c.legacy == nil {
			c.legacy = map[vnenc.Encoding]bool{}
		}
		c.legacy[enc] = true
	}
	return vnenc.DecodeRunes(text, enc, upper)
}

// blank reports a line with nothing visible in it.
func blank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}
