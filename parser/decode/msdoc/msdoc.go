// Package msdoc recovers the text of a Word 97–2003 document (.doc), with
// each run converted from the legacy Vietnamese encoding of its font (TCVN3
// for .VnTime, VNI for VNI-Times) to Unicode.
//
// It opens the OLE2 compound file (github.com/richardlehane/mscfb), reads the
// FIB of the WordDocument stream, the piece table (CLX) of the 0Table or 1Table
// stream and each piece as 8-bit (Windows-1252 view) or UTF-16LE text. Fonts
// come from the character formatting: the CHPX FKPs listed by PlcfBteChpx
// (sprmCRgFtc0/sprmCRgFtc2, sprmCIstd), the paragraph styles of the PAPX FKPs
// and the stylesheet, and the font table SttbfFfn. Special characters become
// layout: 0x0D paragraph and 0x0B line break to a newline, 0x0C page break
// to a newline, 0x07 cell and row ends to a newline; of a field
// (0x13 … 0x14 … 0x15) the result is kept and the instructions dropped;
// pictures and objects (0x01, 0x08) are dropped.
package msdoc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"unicode/utf16"

	"github.com/richardlehane/mscfb"
	"github.com/vnlegal/vanban/parser/decode/source"
	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

// Errors of Decode. Each is returned wrapped with detail; test with errors.Is.
var (
	ErrNotOLE2     = errors.New("msdoc: not an OLE2 compound file")
	ErrNotWord     = errors.New("msdoc: not a Word document (no WordDocument stream)")
	ErrEncrypted   = errors.New("msdoc: document is encrypted")
	ErrTruncated   = errors.New("msdoc: file is truncated or damaged")
	ErrUnsupported = errors.New("msdoc: unsupported Word version (Word 6/95 or older)")
)

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Decode returns the text of the main document of a .doc file, with the
// encoding of its runs (the dominant one, or mixed when runs used several)
// and warnings about what was guessed or lost. Text in a ".Vn…H" font is kept
// in the case it was typed (as the transcripts of legacy documents keep it)
// unless opt.PrintedCase asks for the capitals those fonts draw. Decode never
// panics: damaged input gives an error wrapping ErrTruncated.
func Decode(b []byte, opt source.Options) (*source.Result, error) {
	text, enc, warnings, err := extract(b, opt.PrintedCase)
	if err != nil {
		return nil, err
	}
	return &source.Result{Text: []byte(text), Format: source.FormatDOC, Encoding: source.Encoding(enc.String()), Confidence: 1, Warnings: warnings}, nil
}

func extract(b []byte, upperH bool) (text string, enc vnenc.Encoding, warnings []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, enc, warnings = "", vnenc.Unknown, nil
			err = fmt.Errorf("%w: %v", ErrTruncated, r)
		}
	}()
	if len(b) < len(oleMagic) || !bytes.Equal(b[:len(oleMagic)], oleMagic) {
		return "", vnenc.Unknown, nil, ErrNotOLE2
	}
	if len(b) < 512 {
		return "", vnenc.Unknown, nil, fmt.Errorf("%w: %d bytes", ErrTruncated, len(b))
	}
	d := &doc{upperH: upperH}
	if err := d.open(b); err != nil {
		return "", vnenc.Unknown, nil, err
	}
	if err := d.readFIB(); err != nil {
		return "", vnenc.Unknown, d.warnings, err
	}
	d.readFonts()
	d.readStyles()
	d.chpx = d.readCHPX()
	d.papx = d.readPAPX()
	if err := d.readText(); err != nil {
		return "", vnenc.Unknown, d.warnings, err
	}
	text, enc, _ = d.out.Text()
	return text, enc, d.warnings, nil
}

type doc struct {
	upperH   bool
	wd, tbl  []byte
	warnings []string

	ccp       [8]uint32 // ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, ccpTxbx, ccpHdrTxbx
	fcLcb     []byte    // the FibRgFcLcb blob
	flagsBase uint16

	fonts   []font
	styles  []style
	defFtc  int
	chpx    []chpxRun
	papx    []papxRun
	out     vnenc.Builder
	noFonts bool
}

type font struct {
	name  string
	enc   vnenc.Encoding
	upper bool
}

type style struct {
	base int   // istdBase, -1 for none
	ftc  int   // font of the style's own CHPX, -1 when it sets none
	caps int16 // all capitals: -1 not set, else the sprm operand
	read bool
}

type chpxRun struct {
	fcStart, fcEnd uint32
	ftc0, ftc2     int32 // -1: not set
	istd           int32 // character style, -1: not set
	hidden         bool  // vanished or deleted text, symbols
	symbol         bool
	caps           int16 // sprmCFCaps/sprmCFSmallCaps operand, -1 when not set
}

type papxRun struct {
	fcStart, fcEnd uint32
	istd           int32
	ttp            bool // the paragraph mark ends a table row
}

func (d *doc) warn(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	for _, w := range d.warnings {
		if w == s {
			return
		}
	}
	if len(d.warnings) < 20 {
		d.warnings = append(d.warnings, s)
	}
}

func (d *doc) open(b []byte) error {
	r, err := mscfb.New(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("%w: %v", ErrTruncated, err)
	}
	var t0, t1 []byte
	found := false
	for {
		f, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%w: %v", ErrTruncated, err)
		}
		if len(f.Path) != 0 {
			continue
		}
		switch f.Name {
		case "WordDocument":
			d.wd, err = readStream(f, len(b))
			found = true
		case "0Table":
			t0, err = readStream(f, len(b))
		case "1Table":
			t1, err = readStream(f, len(b))
		case "EncryptedPackage":
			return ErrEncrypted
		default:
			continue
		}
		if err != nil {
			d.warn("msdoc: stream %s: %v", f.Name, err)
		}
	}
	if !found {
		return ErrNotWord
	}
	if len(d.wd) < 0x22 {
		return fmt.Errorf("%w: WordDocument stream of %d bytes", ErrTruncated, len(d.wd))
	}
	d.flagsBase = le16(d.wd, 0x0A)
	if d.flagsBase&0x0200 != 0 {
		d.tbl = t1
	} else {
		d.tbl = t0
	}
	return nil
}

// readStream reads a stream, never more than the size of the whole file.
func readStream(f *mscfb.File, max int) ([]byte, error) {
	n := f.Size
	if n < 0 {
		n = 0
	}
	if n > int64(max) {
		n = int64(max)
	}
	buf := make([]byte, n)
	k, err := io.ReadFull(f, buf)
	if err != nil {
		return buf[:k], err
	}
	return buf, nil
}

func le16(b []byte, i int) uint16 {
	if i < 0 || i+2 > len(b) {
		return 0
	}
	return uint16(b[i]) | uint16(b[i+1])<<8
}

func le32(b []byte, i int) uint32 {
	if i < 0 || i+4 > len(b) {
		return 0
	}
	return uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24
}

// slice returns b[off:off+n] when it lies inside b.
func slice(b []byte, off, n uint32) ([]byte, bool) {
	if uint64(off)+uint64(n) > uint64(len(b)) {
		return nil, false
	}
	return b[off : off+n], true
}

func (d *doc) readFIB() error {
	wd := d.wd
	if le16(wd, 0) != 0xA5EC {
		if le16(wd, 0) == 0xA5DC {
			return ErrUnsupported
		}
		return fmt.Errorf("%w: bad FIB identifier %#04x", ErrNotWord, le16(wd, 0))
	}
	if nFib := le16(wd, 2); nFib < 101 {
		return fmt.Errorf("%w: nFib %d", ErrUnsupported, nFib)
	}
	if d.flagsBase&0x0100 != 0 {
		return ErrEncrypted
	}
	if d.tbl == nil {
		return fmt.Errorf("%w: no table stream", ErrTruncated)
	}
	pos := 32
	csw := int(le16(wd, pos))
	pos += 2 + 2*csw
	cslw := int(le16(wd, pos))
	pos += 2
	for i := range d.ccp {
		if 3+i < cslw {
			d.ccp[i] = le32(wd, pos+4*(3+i))
		}
	}
	pos += 4 * cslw
	cb := int(le16(wd, pos))
	pos += 2
	if pos > len(wd) {
		return fmt.Errorf("%w: FIB", ErrTruncated)
	}
	end := pos + 8*cb
	if end > len(wd) {
		end = len(wd)
	}
	d.fcLcb = wd[pos:end]
	return nil
}

// fcLcbAt returns the pair fc/lcb number i of FibRgFcLcb.
func (d *doc) fcLcbAt(i int) (fc, lcb uint32) {
	return le32(d.fcLcb, 8*i), le32(d.fcLcb, 8*i+4)
}

const (
	iStshf       = 1
	iPlcfBteChpx = 12
	iPlcfBtePapx = 13
	iSttbfFfn    = 15
	iClx         = 33
)

// readFonts reads the font table SttbfFfn.
func (d *doc) readFonts() {
	fc, lcb := d.fcLcbAt(iSttbfFfn)
	t, ok := slice(d.tbl, fc, lcb)
	if !ok || len(t) < 4 {
		d.noFonts = true
		d.warn("msdoc: no font table; encodings guessed from the text")
		return
	}
	n := int(le16(t, 0))
	extended := false
	p := 2
	if n == 0xFFFF {
		extended = true
		n = int(le16(t, 2))
		p = 4
	}
	cbExtra := int(le16(t, p))
	p += 2
	if n > len(t) {
		n = len(t)
	}
	for i := 0; i < n && p < len(t); i++ {
		var ffn []byte
		if extended {
			l := int(le16(t, p))
			p += 2
			if p+2*l > len(t) {
				break
			}
			ffn = t[p : p+2*l]
			p += 2*l + cbExtra
		} else {
			l := int(t[p])
			p++
			if p+l > len(t) {
				break
			}
			ffn = t[p : p+l]
			p += l + cbExtra
		}
		f := font{}
		if len(ffn) > 39 {
			f.name = utf16z(ffn[39:])
			f.enc, f.upper = vnenc.FromFont(f.name)
			if f.enc == vnenc.Unicode && ffn[3] == 163 { // chs: VIETNAMESE_CHARSET
				f.enc = vnenc.CP1258
			}
		}
		d.fonts = append(d.fonts, f)
	}
}

// utf16z decodes a NUL-terminated UTF-16LE string.
func utf16z(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		c := uint16(b[i]) | uint16(b[i+1])<<8
		if c == 0 {
			break
		}
		u = append(u, c)
	}
	return string(utf16.Decode(u))
}

// Sprms read.
const (
	sprmCFRMarkDel  = 0x0800
	sprmCFVanish    = 0x0839
	sprmCIstd       = 0x4A30
	sprmCRgFtc0     = 0x4A4F
	sprmCRgFtc2     = 0x4A51
	sprmCFtcDefault = 0x4A3D
	sprmCSymbol     = 0x6A09
	sprmCFCaps      = 0x083B
	sprmCFSmallCaps = 0x083A
	sprmPFTtp       = 0x2417
	sprmPFInnerTtp  = 0x244C
)

// sprms calls fn for each sprm of a grpprl with its operand; fn returns false
// to stop.
func sprms(g []byte, fn func(sprm uint16, op []byte) bool) {
	i := 0
	for i+2 <= len(g) {
		s := le16(g, i)
		i += 2
		var n int
		switch s >> 13 {
		case 0, 1:
			n = 1
		case 2, 4, 5:
			n = 2
		case 3:
			n = 4
		case 7:
			n = 3
		case 6:
			if i >= len(g) {
				return
			}
			switch s {
			case 0xD608, 0xD606: // sprmTDefTable, sprmTDefTable10
				n = 2 + int(le16(g, i)) - 1
			case 0xC615: // sprmPChgTabs
				if g[i] == 255 {
					return
				}
				n = 1 + int(g[i])
			default:
				n = 1 + int(g[i])
			}
		}
		if n < 0 || i+n > len(g) {
			return
		}
		if !fn(s, g[i:i+n]) {
			return
		}
		i += n
	}
}

// readStyles reads from the stylesheet the font each style sets and the
// style it is based on.
func (d *doc) readStyles() {
	d.defFtc = -1
	fc, lcb := d.fcLcbAt(iStshf)
	t, ok := slice(d.tbl, fc, lcb)
	if !ok || len(t) < 2+18 {
		return
	}
	cbStshi := int(le16(t, 0))
	cstd := int(le16(t, 2))
	cbBase := int(le16(t, 4))
	if cbStshi >= 18 {
		d.defFtc = int(le16(t, 2+12))
	}
	p := 2 + cbStshi
	if cstd > len(t)/2 {
		cstd = len(t) / 2
	}
	d.styles = make([]style, 0, cstd)
	for i := 0; i < cstd && p+2 <= len(t); i++ {
		cb := int(le16(t, p))
		p += 2
		st := style{base: -1, ftc: -1, caps: -1}
		if cb > 0 && p+cb <= len(t) && cb >= cbBase && cbBase >= 10 {
			std := t[p : p+cb]
			st.read = true
			stk := int(le16(std, 2) & 0xF)
			st.base = int(le16(std, 2) >> 4)
			if st.base == 0xFFF {
				st.base = -1
			}
			cupx := int(le16(std, 4) & 0xF)
			q := cbBase
			cch := int(le16(std, q))
			q += 2 + 2*cch + 2
			for u := 0; u < cupx && q+2 <= len(std); u++ {
				n := int(le16(std, q))
				q += 2
				if q+n > len(std) {
					break
				}
				upx := std[q : q+n]
				q += n
				if n&1 == 1 {
					q++
				}
				isChpx := (stk == 1 && u == 1) || (stk == 2 && u == 0)
				if !isChpx {
					continue
				}
				sprms(upx, func(s uint16, op []byte) bool {
					if (s == sprmCRgFtc0 || s == sprmCFtcDefault) && len(op) >= 2 {
						st.ftc = int(le16(op, 0))
					}
					if s == sprmCFCaps || s == sprmCFSmallCaps {
						st.caps = int16(op[0])
					}
					return true
				})
			}
		}
		if cb > 0 {
			p += cb
		}
		d.styles = append(d.styles, st)
	}
}

// styleFont resolves the font of style istd through its base styles.
func (d *doc) styleFont(istd int) int {
	for k := 0; k < 16 && istd >= 0 && istd < len(d.styles); k++ {
		if f := d.styles[istd].ftc; f >= 0 {
			return f
		}
		istd = d.styles[istd].base
	}
	return d.defFtc
}

// styleCaps resolves the all-capitals property of style istd (a toggle
// relative to its base style: 0x80 keeps, 0x81 inverts).
func (d *doc) styleCaps(istd int, depth int) bool {
	if depth > 16 || istd < 0 || istd >= len(d.styles) {
		return false
	}
	st := d.styles[istd]
	base := d.styleCaps(st.base, depth+1)
	switch st.caps {
	case 0:
		return false
	case 1:
		return true
	case 0x81:
		return !base
	}
	return base
}

// plcfBte returns the FKP page numbers of a PlcfBteChpx or PlcfBtePapx.
func (d *doc) plcfBte(i int) []uint32 {
	fc, lcb := d.fcLcbAt(i)
	t, ok := slice(d.tbl, fc, lcb)
	if !ok || len(t) < 4 {
		return nil
	}
	n := (len(t) - 4) / 8
	pns := make([]uint32, 0, n)
	for k := 0; k < n; k++ {
		pns = append(pns, le32(t, 4*(n+1)+4*k)&0x3FFFFF)
	}
	return pns
}

func (d *doc) readCHPX() []chpxRun {
	var runs []chpxRun
	for _, pn := range d.plcfBte(iPlcfBteChpx) {
		page, ok := slice(d.wd, pn*512, 512)
		if !ok {
			d.warn("msdoc: character formatting page out of the file")
			continue
		}
		crun := int(page[511])
		if 4*(crun+1)+crun > 511 {
			continue
		}
		for i := 0; i < crun; i++ {
			r := chpxRun{fcStart: le32(page, 4*i), fcEnd: le32(page, 4*(i+1)), ftc0: -1, ftc2: -1, istd: -1, caps: -1}
			if off := int(page[4*(crun+1)+i]) * 2; off > 0 && off < 511 {
				cb := int(page[off])
				if off+1+cb <= 512 {
					sprms(page[off+1:off+1+cb], func(s uint16, op []byte) bool {
						switch s {
						case sprmCRgFtc0, sprmCFtcDefault:
							r.ftc0 = int32(le16(op, 0))
						case sprmCRgFtc2:
							r.ftc2 = int32(le16(op, 0))
						case sprmCIstd:
							r.istd = int32(le16(op, 0))
						case sprmCFVanish:
							if op[0]&1 == 1 || op[0] == 0x81 {
								r.hidden = true
							}
						case sprmCSymbol:
							r.symbol = true
						case sprmCFCaps, sprmCFSmallCaps:
							r.caps = int16(op[0])
						}
						return true
					})
				}
			}
			runs = append(runs, r)
		}
	}
	sort.SliceStable(runs, func(a, b int) bool { return runs[a].fcStart < runs[b].fcStart })
	return runs
}

func (d *doc) readPAPX() []papxRun {
	var runs []papxRun
	for _, pn := range d.plcfBte(iPlcfBtePapx) {
		page, ok := slice(d.wd, pn*512, 512)
		if !ok {
			continue
		}
		crun := int(page[511])
		if 4*(crun+1)+13*crun > 511 {
			continue
		}
		for i := 0; i < crun; i++ {
			r := papxRun{fcStart: le32(page, 4*i), fcEnd: le32(page, 4*(i+1)), istd: -1}
			if off := int(page[4*(crun+1)+13*i]) * 2; off > 0 && off < 511 {
				var g []byte
				if cb := int(page[off]); cb != 0 {
					if off+2*cb <= 512 {
						g = page[off+1 : off+2*cb]
					}
				} else if off+1 < 512 {
					cb = int(page[off+1])
					if off+2+2*cb <= 512 {
						g = page[off+2 : off+2+2*cb]
					}
				}
				if len(g) >= 2 {
					r.istd = int32(le16(g, 0))
					sprms(g[2:], func(s uint16, op []byte) bool {
						if (s == sprmPFTtp || s == sprmPFInnerTtp) && op[0] == 1 {
							r.ttp = true
						}
						return true
					})
				}
			}
			runs = append(runs, r)
		}
	}
	sort.SliceStable(runs, func(a, b int) bool { return runs[a].fcStart < runs[b].fcStart })
	return runs
}
