package parser_test

import (
	"encoding/binary"
	"errors"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/parser"
	"github.com/vnlegal/vanban/parser/decode"
	"github.com/vnlegal/vanban/parser/decode/msdoc"
)

// A failure of the decode stage carries the format it recognised, so that a
// caller (batch) records it without sniffing the input again.
func TestParseErrorNamesFormat(t *testing.T) {
	for _, tc := range []struct {
		name, src, format string
		is                error
		line, column      int
	}{
		{"broken pdf", "%PDF-1.4\n1 0 obj\n", "pdf", parser.ErrDamaged, 1, 1},
		{"zip", "PK\x03\x04not a docx at all", "zip", parser.ErrUnsupportedFormat, 1, 1},
		{"binary", "two lines\nof te\x00xt", "binary", parser.ErrNotText, 2, 6},
		{"truncated ole2", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 short", "doc", msdoc.ErrTruncated, 1, 1},
		{"truncated ole2 is damaged", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 short", "doc", parser.ErrDamaged, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parser.Parse([]byte(tc.src))
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.is)
			var pe *parser.ParseError
			require.True(t, errors.As(err, &pe))
			assert.Equal(t, tc.format, pe.Format)
			assert.Equal(t, tc.line, pe.Line)
			assert.Equal(t, tc.column, pe.Column)
			assert.NotErrorIs(t, err, parser.ErrInternal)
		})
	}
}

// The decoder's own error stays reachable for errors.As.
func TestParseErrorKeepsDecodeError(t *testing.T) {
	_, err := parser.Parse([]byte("PK\x03\x04not a docx at all"))
	var de *decode.Error
	require.True(t, errors.As(err, &de))
	assert.Equal(t, "zip", string(de.Format))
	assert.ErrorIs(t, err, decode.ErrUnsupported)
	assert.Equal(t, "line 1, column 1: vanban: unsupported input format: decode: unsupported input format: zip", err.Error(),
		"the message batch records")
}

// A Word 6/95 file is a format recognised but not read, like an Excel file in
// the same container: not damaged.
func TestOldWordIsUnsupported(t *testing.T) {
	_, err := parser.Parse(word6Doc())
	require.Error(t, err)
	assert.ErrorIs(t, err, parser.ErrUnsupportedFormat)
	assert.ErrorIs(t, err, msdoc.ErrUnsupported)
	assert.NotErrorIs(t, err, parser.ErrDamaged)
	var pe *parser.ParseError
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, "doc", pe.Format)
}

// word6Doc returns an intact compound file whose WordDocument stream starts
// with the FIB of Word 6/95 (wIdent 0xA5DC). The file is the smallest of
// version 3: the header, one FAT sector, one directory sector, then the
// stream in eight 512-byte sectors (4096 bytes, the mini-stream cutoff, so
// that the FAT holds it).
func word6Doc() []byte {
	const (
		sector     = 512
		streamSize = 4096
		endOfChain = 0xFFFFFFFE
		free       = 0xFFFFFFFF // also "no entry" in the directory
	)
	le16 := binary.LittleEndian.PutUint16
	le32 := binary.LittleEndian.PutUint32
	out := make([]byte, 3*sector+streamSize)

	hdr := out[:sector]
	copy(hdr, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
	le16(hdr[24:], 0x3E)       // minor version
	le16(hdr[26:], 3)          // major version
	le16(hdr[28:], 0xFFFE)     // little-endian
	le16(hdr[30:], 9)          // 512-byte sectors
	le16(hdr[32:], 6)          // 64-byte mini sectors
	le32(hdr[44:], 1)          // one FAT sector
	le32(hdr[48:], 1)          // the directory starts at sector 1
	le32(hdr[56:], streamSize) // mini-stream cutoff
	le32(hdr[60:], endOfChain) // no mini FAT
	le32(hdr[68:], endOfChain) // no DIFAT sector
	for i := 76; i < sector; i += 4 {
		le32(hdr[i:], free)
	}
	le32(hdr[76:], 0) // the FAT is sector 0

	fat := out[sector : 2*sector]
	for i := 0; i < sector; i += 4 {
		le32(fat[i:], free)
	}
	le32(fat[0:], 0xFFFFFFFD) // sector 0 is the FAT
	le32(fat[4:], endOfChain) // sector 1 is the whole directory
	first, last := 2, 2+streamSize/sector-1
	for s := first; s < last; s++ {
		le32(fat[4*s:], uint32(s+1))
	}
	le32(fat[4*last:], endOfChain)

	dir := out[2*sector : 3*sector]
	entry := func(i int, name string, kind byte, child, start uint32, size int) {
		e := dir[128*i : 128*(i+1)]
		u := utf16.Encode([]rune(name))
		for k, c := range u {
			le16(e[2*k:], c)
		}
		if name != "" {
			le16(e[64:], uint16(2*len(u)+2))
		}
		e[66] = kind
		e[67] = 1 // black, in the red-black tree
		le32(e[68:], free)
		le32(e[72:], free)
		le32(e[76:], child)
		le32(e[116:], start)
		le32(e[120:], uint32(size))
	}
	entry(0, "Root Entry", 5, 1, endOfChain, 0)
	entry(1, "WordDocument", 2, free, uint32(first), streamSize)
	entry(2, "", 0, free, 0, 0)
	entry(3, "", 0, free, 0, 0)

	wd := out[3*sector:]
	le16(wd[0:], 0xA5DC) // wIdent of Word 6/95 (Word 97 and later: 0xA5EC)
	le16(wd[2:], 104)    // nFib of Word 95
	return out
}
