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

	"github.com/richardlehane/mscfb"
	"github.com/vnlegal/vanban/parser/decode/source"
	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

// Errors of Decode. Each is returned wrapped with detail; test with errors.Is,
// for the error or its category in package source. A password-protected file
// is source.ErrEncrypted, as in every format.
var (
	// ErrNotOLE2 reports data that is not a compound file.
	ErrNotOLE2 = errors.New("msdoc: not an OLE2 compound file")
	// ErrNotWord reports a compound file without a Word document (an Excel
	// or PowerPoint file) or with an unknown one.
	ErrNotWord = errors.New("msdoc: not a Word document (no WordDocument stream)")
	// ErrTruncated reports a Word file too short or too broken to read: a
	// source.ErrDamaged.
	ErrTruncated = source.NewError(source.ErrDamaged, "msdoc: file is truncated or damaged")
	// ErrUnsupported reports an intact Word file older than Word 97, whose
	// format this package does not read: a source.ErrUnsupported.
	ErrUnsupported = source.NewError(source.ErrUnsupported, "msdoc: unsupported Word version (Word 6/95 or older)")
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
	return &source.Result{Text: []byte(text), Format: source.FormatDOC, Encoding: source.Encoding(enc.String()), Confidence: 1, Warnings: warnings, Pages: PageCount(b)}, nil
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
			return fmt.Errorf("msdoc: %w", source.ErrEncrypted)
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
