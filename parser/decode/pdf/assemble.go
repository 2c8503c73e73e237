package pdf

import (
	"math"
	"slices"

	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

// glyph is one character of a page as PDFium reports it, in content order.
type glyph struct {
	r rune
	// generated marks the spaces and line breaks PDFium inserts where it
	// sees a gap or a new line; they have no box.
	generated bool
	// box is the loose glyph box in user space (points): left, bottom,
	// right, top. hasBox is false when PDFium gave none.
	box    [4]float32
	hasBox bool
	// angle is the rotation of the glyph in radians, [0, 2π).
	angle float32
	// enc is the legacy encoding the glyph's font implies (from its name),
	// upper set for the ".Vn…H" capitals fonts.
	enc   vnenc.Encoding
	upper bool
}

// softHyphen reports the marks PDFium puts where a word is hyphenated at the
// end of a line: U+FFFE, or U+0002 from some producers' fonts.
func softHyphen(r rune) bool { return r == 0xFFFE || r == 0x0002 }

// direction is the reading direction of a glyph, from its angle: 0 left to
// right, 1 bottom to top (90°), 2 right to left (upside down), 3 top to
// bottom (270°).
func direction(a float32) int {
	d := int(math.Floor(float64(a)/(math.Pi/2) + 0.5))
	return ((d % 4) + 4) % 4
}

// across is a glyph's span across its line, in user space: the height of
// upright text, the width of rotated text.
func across(g *glyph, dir int) (lo, hi float32) {
	if dir%2 == 0 {
		return g.box[1], g.box[3]
	}
	return g.box[0], g.box[2]
}

// separation is the empty space between a and b along the reading
// direction, whichever comes first; negative when they overlap. Upright and
// upside-down text run along x, rotated text along y. The direction of
// travel is not used: PDFium's angles and boxes disagree on it for rotated
// text, and a jump back along the line is a new piece of text as well.
func separation(a, b *glyph, dir int) float32 {
	if dir%2 == 0 {
		return max(b.box[0]-a.box[2], a.box[0]-b.box[2])
	}
	return max(b.box[1]-a.box[3], a.box[1]-b.box[3])
}

// sameLine reports whether b sits on a's line: same direction and their
// spans across the line overlap by half the smaller one at least.
func sameLine(a, b *glyph) (dir int, ok bool) {
	da, db := direction(a.angle), direction(b.angle)
	if da != db {
		return da, false
	}
	alo, ahi := across(a, da)
	blo, bhi := across(b, da)
	ov := min(ahi, bhi) - max(alo, blo)
	h := min(ahi-alo, bhi-blo)
	if h <= 0 {
		// A glyph without height (a rule, a zero-size font): on the line
		// when its span lies within the other's.
		return da, ov >= 0
	}
	return da, ov >= h/2
}

// lineHeight is the larger of the two glyphs' spans across the line.
func lineHeight(a, b *glyph, dir int) float32 {
	alo, ahi := across(a, dir)
	blo, bhi := across(b, dir)
	return max(ahi-alo, bhi-blo)
}

// columnGap is how many line heights of empty space between two glyphs of
// one line make them two pieces of text (the two columns of a header table,
// two table cells) rather than two words.
const columnGap = 2.5

// adjacentGap is the largest gap, in line heights, between two glyphs of a
// line that PDFium's generated space or break must not split: the fonts
// Word switches mid-word make PDFium see word gaps where there are none,
// mostly in rotated text ("v ăn b ản") but also in the upright running
// header of a landscape page ("CÔNG BÁO/S\nố 399"). Measured on the
// gazette: those splits are within ±0.01 line heights, real word gaps
// without a space glyph 0.2 and more.
const adjacentGap = 0.1

// wordGapNoSpace is the gap, in line heights, from which two glyphs of a
// line with neither a space nor a break between them are two words. Their
// boxes are read only where a lower-case letter meets a capital (see
// reader.glyphsOf): in the gazette the word gaps drawn there without a space
// measure 0.09 line heights ("cứPháp", "banChỉ", "VụPháp"), letters of one
// word ±0.01.
const wordGapNoSpace = 0.06

// piece is one rune of assembled page text with the encoding of its font;
// structure (line breaks) is enc Unicode with layout set.
type piece struct {
	r      rune
	enc    vnenc.Encoding
	upper  bool
	layout bool
}

// whiteRun is a run of white space (spaces, or line breaks) between two
// visible glyphs: whether there is one, and whether PDFium generated every
// glyph of it rather than found it in the content stream.
type whiteRun struct{ seen, generated bool }

// add counts one glyph of the run.
func (w *whiteRun) add(generated bool) {
	w.generated = generated && (w.generated || !w.seen)
	w.seen = true
}

// assemble turns the glyphs of one page into lines of text, as a person
// reads the page: PDFium's order and its line breaks, a break where a line
// has a gap wider than columnGap line heights or one that stands out from
// the line's word gaps (see splitColumns), and no generated
// space or break between glyphs that touch.
func assemble(gs []glyph, out []piece) []piece {
	a := assembler{out: out}
	var prev *glyph         // the last visible glyph written
	var space, brk whiteRun // the spaces and the breaks since prev
	for i := range gs {
		g := &gs[i]
		switch {
		case g.r == '\r' || g.r == '\n' || g.r == '\f' || g.r == '\v' || g.r == 0x2028 || g.r == 0x2029:
			brk.add(g.generated)
			continue
		case g.r == ' ' || g.r == '\t' || g.r == 0xA0 || (g.r >= 0x2000 && g.r <= 0x200A) || g.r == 0x3000:
			space.add(g.generated)
			continue
		case g.r == 0 || g.r == 0xFFFD:
			// A glyph PDFium could not map to Unicode: nothing to write.
			continue
		case g.r < 0x20 && !softHyphen(g.r), g.r == 0x7F, g.r >= 0x80 && g.r < 0xA0 && !g.enc.Legacy(),
			g.r >= 0xD800 && g.r <= 0xDFFF, g.r == 0xFFFF, g.r == 0xFEFF, g.r == 0x200B:
			// Controls and invisible marks: not text.
			continue
		}
		r := g.r
		if softHyphen(r) {
			r = '-'
		}
		if prev != nil && g.hasBox && prev.hasBox {
			dir, same := sameLine(prev, g)
			gap := separation(prev, g, dir)
			h := lineHeight(prev, g, dir)
			onlyGenerated := (brk.seen || space.seen) && (!brk.seen || brk.generated) && (!space.seen || space.generated)
			switch {
			case same && onlyGenerated && gap < adjacentGap*h:
				// A split PDFium made between glyphs that touch: glue.
			case brk.seen && brk.generated && same && dir == 0 && g.box[0] >= prev.box[2] && gap <= columnGap*h:
				// A break PDFium made inside a line, after a raised
				// footnote number ("1 Thông tư số …") or a shifted
				// baseline: a word gap.
				a.gaps = append(a.gaps, wordGap{at: len(a.out), gap: gap, h: h})
				a.out = append(a.out, piece{r: ' ', layout: true})
			case brk.seen || !same:
				a.newLine()
			case h > 0 && gap > columnGap*h:
				a.newLine()
			case space.seen, h > 0 && caseBreak(prev.r, r) && !prev.enc.Legacy() && !g.enc.Legacy() && gap >= wordGapNoSpace*h:
				// a space, or a word gap the page left without one
				// ("Căn cứPháp lệnh", 092); a legacy font's codes are
				// no letters of that case (TCVN3 writes "ế" as "Õ")
				a.gaps = append(a.gaps, wordGap{at: len(a.out), gap: gap, h: h})
				a.out = append(a.out, piece{r: ' ', layout: true})
			}
		} else if prev != nil {
			switch {
			case brk.seen:
				a.newLine()
			case space.seen:
				a.out = append(a.out, piece{r: ' ', layout: true})
			}
		}
		space, brk = whiteRun{}, whiteRun{}
		a.out = append(a.out, piece{r: r, enc: g.enc, upper: g.upper})
		prev = g
	}
	a.endLine()
	return a.out
}

// assembler builds the text of one page.
type assembler struct {
	out       []piece
	lineStart int
	gaps      []wordGap // the word gaps of the current line
}

// wordGap is a space written between two glyphs of a line: its index in
// out, the empty space it stands for and the line height there.
type wordGap struct {
	at     int
	gap, h float32
}

// newLine ends the current line and starts another.
func (a *assembler) newLine() {
	a.endLine()
	a.out = append(a.out, piece{r: '\n', layout: true})
	a.lineStart = len(a.out)
}

// endLine splits the current line at its column gaps and drops its
// trailing spaces.
func (a *assembler) endLine() {
	a.splitColumns()
	a.gaps = a.gaps[:0]
	a.out = trimLine(a.out, a.lineStart)
}

// standOutGap and standOutRatio define a gap that stands out on its line:
// wider than standOutGap line heights and standOutRatio times the line's
// typical word gap. Justified text stretches all the gaps of a line alike,
// so none stands out; the two cells of a header table set close together
// ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ" and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1.2
// line heights apart, word gaps 0.23) are split. A wrong split inside a
// paragraph costs nothing: the normalise stage joins wrapped lines.
const (
	standOutGap   = 1.0
	standOutRatio = 3.0
)

// splitColumns turns the gaps of the current line that stand out into line
// breaks.
func (a *assembler) splitColumns() {
	if len(a.gaps) < 2 {
		return
	}
	ws := make([]float32, len(a.gaps))
	for i, g := range a.gaps {
		ws[i] = g.gap
	}
	slices.Sort(ws)
	typical := ws[(len(ws)-1)/2] // the lower median
	if typical < 0 {
		typical = 0
	}
	for _, g := range a.gaps {
		if g.h > 0 && g.gap > standOutGap*g.h && g.gap > standOutRatio*typical {
			a.out[g.at].r = '\n'
		}
	}
}

// trimLine drops the spaces at the end of the line that started at start.
func trimLine(out []piece, start int) []piece {
	for len(out) > start && out[len(out)-1].layout && out[len(out)-1].r == ' ' {
		out = out[:len(out)-1]
	}
	return out
}
