// Package rtf recovers the text of an RTF document, converting each run from
// the legacy Vietnamese encoding of its font (TCVN3 for .VnTime, VNI for
// VNI-Times, Windows-1258 for \fcharset163) to Unicode.
//
// The tokenizer is hand-written and works in one pass over the bytes: groups,
// control words and symbols, \'xx escapes, \uN with \ucN skipping, \bin, the
// font table, \f switching, paragraph, line, tab, cell and row marks, and the
// destinations that hold no body text (font, colour and style tables, \info,
// pictures, headers and footers, field instructions — the field result is
// kept — and every \* destination it does not know).
package rtf

import (
	"errors"
	"strings"

	"github.com/vnlegal/vanban/parser/decode/source"
	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

// ErrNotRTF is returned for input that does not start with "{\rtf".
var ErrNotRTF = errors.New("rtf: not an RTF document")

// maxDepth bounds group nesting; deeper groups are read as text of the
// deepest one.
const maxDepth = 4096

type font struct {
	enc   vnenc.Encoding
	upper bool
	name  string
}

// state is the part of the formatting that a group saves and restores.
type state struct {
	font   int
	uc     int
	skip   bool // inside a destination whose text is dropped
	hidden bool // \v hidden text
	fonttb bool // inside \fonttbl
}

type parser struct {
	in       []byte
	pos      int
	st       state
	stack    []state
	fonts    map[int]*font
	deff     int
	ansicpg  int
	out      vnenc.Builder
	warnings []string
	// font table entry being read
	fEntry   int
	fName    []byte
	fCharset int
	// \uN fallback characters still to skip
	skipChars int
	// group start: the next control word decides whether this is a destination
	groupStart bool
	// a \* was read: the next control word names a destination to skip
	starPending bool
	upperH      bool
}

// Decode returns the text of an RTF document, with the encoding of its runs
// (the dominant one, or mixed when runs used several) and warnings about what
// was lost. It returns ErrNotRTF for input that is not RTF; a truncated or
// unbalanced document is read as far as it goes, with a warning. Text in a
// ".Vn…H" font is kept in the case it was typed (the transcripts of legacy
// documents keep it) unless opt.PrintedCase asks for the capitals those fonts
// draw.
func Decode(b []byte, opt source.Options) (*source.Result, error) {
	text, enc, warnings, err := parse(b, opt.PrintedCase)
	if err != nil {
		return nil, err
	}
	return &source.Result{Text: []byte(text), Format: source.FormatRTF, Encoding: source.Encoding(enc.String()), Confidence: 1, Warnings: warnings}, nil
}

func parse(b []byte, upperH bool) (string, vnenc.Encoding, []string, error) {
	i := 0
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		i = 3
	}
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	if len(b)-i < 5 || string(b[i:i+5]) != "{\\rtf" {
		return "", vnenc.Unknown, nil, ErrNotRTF
	}
	p := &parser{in: b, pos: i, fonts: map[int]*font{}, ansicpg: 1252, fEntry: -1}
	p.st.uc = 1
	p.upperH = upperH
	p.run(upperH)
	text, enc, _ := p.out.Text()
	return text, enc, p.warnings, nil
}

func (p *parser) warn(s string) {
	for _, w := range p.warnings {
		if w == s {
			return
		}
	}
	if len(p.warnings) < 20 {
		p.warnings = append(p.warnings, s)
	}
}

func (p *parser) run(upperH bool) {
	in := p.in
	for p.pos < len(in) {
		c := in[p.pos]
		switch c {
		case '{':
			p.pos++
			if len(p.stack) >= maxDepth {
				p.warn("rtf: groups nested too deep")
				continue
			}
			p.stack = append(p.stack, p.st)
			p.groupStart = true
			continue
		case '}':
			p.pos++
			if p.st.fonttb && !p.st.skip && p.fEntry >= 0 && len(p.fName) > 0 {
				// a font entry closed without ';'
				p.endFont()
			}
			if len(p.stack) == 0 {
				p.warn("rtf: unbalanced closing brace")
				continue
			}
			p.st = p.stack[len(p.stack)-1]
			p.stack = p.stack[:len(p.stack)-1]
			p.groupStart = false
			p.starPending = false
			if len(p.stack) == 0 {
				// end of the document group: anything after is ignored
				p.pos = len(in)
			}
			continue
		case '\\':
			p.control(upperH)
			p.groupStart = false
			continue
		case '\r', '\n':
			p.pos++
			continue
		}
		p.groupStart = false
		p.pos++
		if p.skipChars > 0 {
			p.skipChars--
			continue
		}
		p.char(c, upperH)
	}
	if len(p.stack) > 0 {
		p.warn("rtf: document truncated (unclosed groups)")
	}
}

// char handles one literal byte of text.
func (p *parser) char(c byte, upperH bool) {
	if p.st.fonttb {
		if c == ';' {
			p.endFont()
			return
		}
		if !p.st.skip && len(p.fName) < 256 {
			p.fName = append(p.fName, c)
		}
		return
	}
	if p.st.skip || p.st.hidden {
		return
	}
	f := p.curFont()
	p.out.AddRune(vnenc.ByteRune(c), f.enc, f.upper && upperH)
}

func (p *parser) curFont() *font {
	if f, ok := p.fonts[p.st.font]; ok {
		return f
	}
	if f, ok := p.fonts[p.deff]; ok {
		return f
	}
	return &defaultFont
}

var defaultFont = font{enc: vnenc.Unicode}

func (p *parser) endFont() {
	if p.fEntry >= 0 {
		name := string(trimSpace(p.fName))
		enc, upper := vnenc.FromFont(name)
		if enc == vnenc.Unicode && (p.fCharset == 163 || (p.fCharset == 1 && p.ansicpg == 1258)) {
			enc = vnenc.CP1258
		}
		if _, dup := p.fonts[p.fEntry]; !dup && len(p.fonts) < 1<<14 {
			p.fonts[p.fEntry] = &font{enc: enc, upper: upper, name: name}
		}
	}
	p.fEntry = -1
	p.fName = p.fName[:0]
	p.fCharset = 0
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}

// skipDest is the set of the destinations whose content is not body text.
var skipDest = func() map[string]bool {
	set := make(map[string]bool)
	for _, name := range strings.Fields(`
		colortbl stylesheet info pict header headerl headerr headerf footer
		footerl footerr footerf fldinst xe tc tcn datafield listtable
		listoverridetable revtbl rsidtbl generator filetbl template nonshppict
		objdata objclass objname themedata colorschememapping latentstyles
		datastore xmlnstbl pgdsctbl mmathPr bkmkstart bkmkend private pn pntext
		listtext author operator title subject keywords comment doccomm company
		category atnid atnauthor annotation fontemb fontfile userprops falt
		panose macpict wmetafile dibitmap wbitmap blipuid passwordhash password
		docvar wgrffmtfilter pgptbl protusertbl listpicture ftnsep ftnsepc ftncn
		aftnsep aftnsepc aftncn
	`) {
		set[name] = true
	}
	return set
}()

// control reads one control word or symbol at p.pos (a backslash).
func (p *parser) control(upperH bool) {
	in := p.in
	p.pos++ // backslash
	if p.pos >= len(in) {
		return
	}
	c := in[p.pos]
	if !isAlpha(c) {
		p.pos++
		p.symbol(c, upperH)
		return
	}
	start := p.pos
	for p.pos < len(in) && isAlpha(in[p.pos]) && p.pos-start < 32 {
		p.pos++
	}
	word := in[start:p.pos]
	hasNum, num := false, 0
	neg := false
	if p.pos < len(in) && in[p.pos] == '-' && p.pos+1 < len(in) && isDigit(in[p.pos+1]) {
		neg = true
		p.pos++
	}
	ds := p.pos
	for p.pos < len(in) && isDigit(in[p.pos]) {
		if p.pos-ds < 10 {
			num = num*10 + int(in[p.pos]-'0')
		}
		hasNum = true
		p.pos++
	}
	if neg {
		num = -num
	}
	if p.pos < len(in) && in[p.pos] == ' ' {
		p.pos++
	}
	p.word(word, hasNum, num, upperH)
}

func isAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func hexVal(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func (p *parser) symbol(c byte, upperH bool) {
	switch c {
	case '\'':
		if p.pos+1 < len(p.in) {
			h, l := hexVal(p.in[p.pos]), hexVal(p.in[p.pos+1])
			if h >= 0 && l >= 0 {
				p.pos += 2
				if p.skipChars > 0 {
					p.skipChars--
					return
				}
				p.char(byte(h<<4|l), upperH)
				return
			}
		}
		return
	case '*':
		// \* marks a destination to ignore unless its control word is known.
		p.starPending = true
		return
	case '\\', '{', '}':
		if p.skipChars > 0 {
			p.skipChars--
			return
		}
		p.char(c, upperH)
		return
	case '~':
		p.text('\u00a0')
	case '_':
		p.text('\u2011')
	case '-': // optional hyphen
	case '\r', '\n':
		p.par()
	case '\t':
		p.structure("\t")
	}
	if p.skipChars > 0 {
		p.skipChars--
	}
}

// known interns the control words handled, so that looking one up does not
// allocate.
var known = map[string]string{}

func init() {
	for _, w := range []string{"ansicpg", "deff", "fonttbl", "f", "fcharset", "plain", "uc", "u",
		"par", "line", "sect", "page", "row", "nestrow", "softline", "tab", "cell", "nestcell",
		"emdash", "endash", "bullet", "lquote", "rquote", "ldblquote", "rdblquote",
		"emspace", "enspace", "qmspace", "zwj", "zwnj", "bin", "v", "deleted"} {
		known[w] = w
	}
}

// keepStar lists the \* destinations whose text is body text.
var keepStar = map[string]bool{}

func (p *parser) word(wb []byte, hasNum bool, num int, upperH bool) {
	if p.starPending {
		p.starPending = false
		if !keepStar[string(wb)] {
			p.st.skip = true
			return
		}
	}
	if skipDest[string(wb)] {
		p.st.skip = true
		return
	}
	w, ok := known[string(wb)]
	if !ok {
		return
	}
	switch w {
	case "ansicpg":
		p.ansicpg = num
	case "deff":
		p.deff = num
	case "fonttbl":
		p.st.fonttb = true
	case "f":
		if p.st.fonttb {
			if p.st.skip {
				return
			}
			if p.fEntry >= 0 && len(p.fName) > 0 {
				p.endFont()
			}
			p.fEntry = num
			p.fName = p.fName[:0]
			p.fCharset = 0
			return
		}
		p.st.font = num
	case "fcharset":
		if p.st.fonttb {
			p.fCharset = num
		}
	case "plain":
		p.st.font = p.deff
		p.st.hidden = false
	case "uc":
		if num < 0 || num > 16 {
			num = 1
		}
		p.st.uc = num
	case "u":
		if !hasNum {
			return
		}
		r := rune(num)
		if r < 0 {
			r += 65536
		}
		if p.skipChars > 0 {
			p.skipChars = 0
		}
		if p.st.fonttb {
			if !p.st.skip && len(p.fName) < 256 && r < 0x80 {
				p.fName = append(p.fName, byte(r))
			}
		} else {
			f := p.curFont()
			if r >= 0xF000 && r <= 0xF0FF && f.enc.Legacy() {
				r = vnenc.ByteRune(byte(r))
			}
			if r == 0 || (r >= 0xD800 && r <= 0xDFFF) {
				r = '\uFFFD'
			}
			p.text(r)
		}
		p.skipChars = p.st.uc
	case "par", "line", "sect", "page", "row", "nestrow", "softline":
		p.par()
	case "tab":
		p.structure("\t")
	case "cell", "nestcell":
		// Cells end with '|', as in the transcripts of the legacy set; the
		// normalise stage reads '|' as a cell separator.
		p.structure("|")
	case "emdash":
		p.text('—')
	case "endash":
		p.text('–')
	case "bullet":
		p.text('•')
	case "lquote":
		p.text('‘')
	case "rquote":
		p.text('’')
	case "ldblquote":
		p.text('“')
	case "rdblquote":
		p.text('”')
	case "emspace", "enspace", "qmspace":
		p.text(' ')
	case "zwj", "zwnj":
	case "bin":
		if hasNum && num > 0 {
			if num > len(p.in)-p.pos {
				num = len(p.in) - p.pos
			}
			p.pos += num
		}
	case "v":
		p.st.hidden = !hasNum || num != 0
	case "deleted":
		p.st.hidden = !hasNum || num != 0
	}
}

// text emits one character in the current font.
func (p *parser) text(r rune) {
	if p.st.skip || p.st.hidden || p.st.fonttb {
		return
	}
	f := p.curFont()
	p.out.AddRune(r, f.enc, f.upper && p.upperH)
}

func (p *parser) par() {
	if p.st.skip || p.st.fonttb {
		return
	}
	p.out.AddStructure("\n")
}

func (p *parser) structure(s string) {
	if p.st.skip || p.st.hidden || p.st.fonttb {
		return
	}
	p.out.AddStructure(s)
}
