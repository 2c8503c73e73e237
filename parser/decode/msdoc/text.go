package msdoc

import (
	"fmt"
	"sort"

	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

type piece struct {
	cpStart, cpEnd uint32
	fc             uint32 // byte offset of the first character in WordDocument
	compressed     bool
}

// readPieces reads the piece table from the CLX.
func (d *doc) readPieces() ([]piece, error) {
	fc, lcb := d.fcLcbAt(iClx)
	clx, ok := slice(d.tbl, fc, lcb)
	if !ok || lcb == 0 {
		return nil, fmt.Errorf("%w: no piece table", ErrTruncated)
	}
	i := 0
	for i < len(clx) {
		switch clx[i] {
		case 1: // Prc: property modifiers of complex pieces
			i += 3 + int(le16(clx, i+1))
			continue
		case 2:
			n := le32(clx, i+1)
			plc, ok := slice(clx, uint32(i+5), n)
			if !ok {
				return nil, fmt.Errorf("%w: piece table", ErrTruncated)
			}
			k := (len(plc) - 4) / 12
			ps := make([]piece, 0, k)
			for j := 0; j < k; j++ {
				pcd := 4*(k+1) + 8*j
				raw := le32(plc, pcd+2)
				p := piece{cpStart: le32(plc, 4*j), cpEnd: le32(plc, 4*(j+1))}
				if raw&0x40000000 != 0 {
					p.compressed = true
					p.fc = (raw &^ 0xC0000000) / 2
				} else {
					p.fc = raw &^ 0xC0000000
				}
				ps = append(ps, p)
			}
			return ps, nil
		default:
			return nil, fmt.Errorf("%w: bad CLX entry %#x", ErrTruncated, clx[i])
		}
	}
	return nil, fmt.Errorf("%w: no piece table", ErrTruncated)
}

// maxFieldDepth bounds the nesting of fields followed.
const maxFieldDepth = 64

type reader struct {
	d      *doc
	fields []bool // per open field: true while in its instructions
}

// subdocs lists the parts of the text read, in the order of the CP stream:
// main document, footnotes, headers and footers, macros, comments, endnotes,
// text boxes, header text boxes; true marks the parts kept. The footnotes,
// headers and footers, endnotes and text boxes follow the main text, as in
// the transcripts of the legacy set.
var subdocs = [8]bool{true, true, true, false, false, true, true, false}

func (d *doc) readText() error {
	pieces, err := d.readPieces()
	if err != nil {
		return err
	}
	if d.ccp[0] == 0 {
		d.warn("msdoc: empty main document")
	}
	rd := &reader{d: d}
	var from uint32
	for k, keep := range subdocs {
		to := from + d.ccp[k]
		if to < from { // overflow: damaged FIB
			break
		}
		if keep && to > from {
			if k > 0 && d.out.Len() > 0 && d.out.LastByte() != '\n' {
				d.out.AddStructure("\n")
			}
			rd.fields = rd.fields[:0]
			rd.cpRange(pieces, from, to)
		}
		from = to
	}
	return nil
}

// cpRange emits the characters of CPs [from, to).
func (rd *reader) cpRange(pieces []piece, from, to uint32) {
	d := rd.d
	for _, p := range pieces {
		start, end := p.cpStart, p.cpEnd
		if start < from {
			start = from
		}
		if end > to {
			end = to
		}
		if end <= start {
			continue
		}
		w := uint32(2)
		if p.compressed {
			w = 1
		}
		fc := uint64(p.fc) + uint64(start-p.cpStart)*uint64(w)
		n := uint64(end - start)
		if fc+n*uint64(w) > uint64(len(d.wd)) {
			d.warn("msdoc: text beyond the end of the WordDocument stream")
			if fc >= uint64(len(d.wd)) {
				continue
			}
			n = (uint64(len(d.wd)) - fc) / uint64(w)
		}
		rd.piece(uint32(fc), uint32(n), w)
	}
}

// findChpx returns the index of the CHPX run containing fc, or -1.
func (d *doc) findChpx(fc uint32) int {
	i := sort.Search(len(d.chpx), func(i int) bool { return d.chpx[i].fcEnd > fc })
	if i < len(d.chpx) && d.chpx[i].fcStart <= fc {
		return i
	}
	return -1
}

func (d *doc) findPapx(fc uint32) int {
	i := sort.Search(len(d.papx), func(i int) bool { return d.papx[i].fcEnd > fc })
	if i < len(d.papx) && d.papx[i].fcStart <= fc {
		return i
	}
	return -1
}

// runFont returns the encoding of text with character run c in paragraph p.
func (d *doc) runFont(c *chpxRun, p *papxRun) (vnenc.Encoding, bool) {
	ftc := -1
	if c != nil {
		ftc = int(c.ftc0)
		if ftc >= 0 && ftc < len(d.fonts) && !d.fonts[ftc].enc.Legacy() && c.ftc2 >= 0 &&
			int(c.ftc2) < len(d.fonts) && d.fonts[c.ftc2].enc.Legacy() {
			ftc = int(c.ftc2)
		}
		if ftc < 0 && c.istd >= 0 {
			ftc = d.styleFont(int(c.istd))
		}
	}
	if ftc < 0 && p != nil && p.istd >= 0 {
		ftc = d.styleFont(int(p.istd))
	}
	if ftc < 0 {
		ftc = d.styleFont(0)
	}
	if ftc < 0 || ftc >= len(d.fonts) {
		return vnenc.Unicode, d.caps(c, p)
	}
	f := d.fonts[ftc]
	return f.enc, (f.upper && d.upperH) || d.caps(c, p)
}

// caps reports whether the run is formatted in all capitals (sprmCFCaps or
// small capitals), which Word displays in capitals whatever was typed.
func (d *doc) caps(c *chpxRun, p *papxRun) bool {
	v := false
	if p != nil {
		v = d.styleCaps(int(p.istd), 0)
	}
	if c != nil && c.istd >= 0 {
		v = d.styleCaps(int(c.istd), 0)
	}
	if c != nil {
		switch c.caps {
		case 0:
			v = false
		case 1:
			v = true
		case 0x81:
			v = !v
		}
	}
	return v
}

// piece emits n characters of w bytes each from fc.
func (rd *reader) piece(fc, n, w uint32) {
	d := rd.d
	wd := d.wd
	pos := fc
	stop := fc + n*w
	for pos < stop {
		// the segment of constant formatting starting at pos
		segEnd := stop
		var c *chpxRun
		if i := d.findChpx(pos); i >= 0 {
			c = &d.chpx[i]
			if c.fcEnd < segEnd {
				segEnd = c.fcEnd
			}
		}
		var p *papxRun
		if i := d.findPapx(pos); i >= 0 {
			p = &d.papx[i]
			if p.fcEnd < segEnd {
				segEnd = p.fcEnd
			}
		}
		// keep whole characters
		if r := (segEnd - fc) % w; r != 0 {
			segEnd += w - r
			if segEnd > stop {
				segEnd = stop
			}
		}
		if segEnd <= pos {
			segEnd = pos + w
		}
		enc, upper := d.runFont(c, p)
		hidden := c != nil && (c.hidden || c.symbol)
		for ; pos < segEnd; pos += w {
			var r rune
			if w == 1 {
				r = vnenc.ByteRune(wd[pos])
			} else {
				r = rune(le16(wd, int(pos)))
				if r >= 0xD800 && r < 0xDC00 && pos+2 < segEnd {
					if r2 := rune(le16(wd, int(pos+2))); r2 >= 0xDC00 && r2 < 0xE000 {
						r = 0x10000 + (r-0xD800)<<10 + (r2 - 0xDC00)
						pos += 2
					}
				}
			}
			rd.char(r, enc, upper, hidden, p)
		}
	}
}

func (rd *reader) inCode() bool {
	for _, c := range rd.fields {
		if c {
			return true
		}
	}
	return false
}

func (rd *reader) char(r rune, enc vnenc.Encoding, upper, hidden bool, p *papxRun) {
	out := &rd.d.out
	switch r {
	case 0x13: // field begin
		if len(rd.fields) < maxFieldDepth {
			rd.fields = append(rd.fields, true)
		}
		return
	case 0x14: // field separator: the result follows
		if n := len(rd.fields); n > 0 {
			rd.fields[n-1] = false
		}
		return
	case 0x15: // field end
		if n := len(rd.fields); n > 0 {
			rd.fields = rd.fields[:n-1]
		}
		return
	}
	if len(rd.fields) > 0 && rd.inCode() {
		return
	}
	switch r {
	case 0x0D:
		out.AddStructure("\n")
		return
	case 0x0B, 0x0C, 0x0E:
		out.AddStructure("\n")
		return
	case 0x07: // cell and row ends: one cell a line, as the transcripts have them
		out.AddStructure("\n")
		return
	case 0x09:
		out.AddStructure("\t")
		return
	case 0x1E: // non-breaking hyphen
		r = '-'
	case 0x1F: // optional hyphen
		return
	}
	if hidden {
		return
	}
	if r < 0x20 {
		return
	}
	if r >= 0xF000 && r <= 0xF0FF && enc.Legacy() {
		r = vnenc.ByteRune(byte(r))
	}
	out.AddRune(r, enc, upper)
}
