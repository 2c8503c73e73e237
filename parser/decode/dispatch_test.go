package decode

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnlegal/vanban/parser/decode/source"
)

// A Unicode Vietnamese text is decided on its head: the rest is handed to the
// normalise stage as it is, damaged bytes and all.
func TestUnicodeDecidedOnHead(t *testing.T) {
	head := strings.Repeat("Ủy ban nhân dân tỉnh Kon Tum ban hành kế hoạch thực hiện.\n", 200) // > 8 KiB
	src := append([]byte(head), bytes.Repeat([]byte{0xB8, 0xE5, 0xA9, ' '}, 3000)...)
	res, err := Decode(src)
	require.NoError(t, err)
	assert.Equal(t, source.UTF8, res.Encoding)
	assert.Equal(t, src, res.Text)
}

// Legacy bytes are still found when the head is not Unicode Vietnamese.
func TestLegacyStillDetected(t *testing.T) {
	// TCVN3 (ABC) bytes of "Uû ban nh©n d©n tØnh" style text: 8-bit, invalid UTF-8
	line := []byte("Uû ban nh\xa9n d\xa9n t\xd8nh Kon Tum ban h\xb5nh k\xd5 ho\xb9ch th\xf9c hi\xd6n.\n")
	res, err := Decode(bytes.Repeat(line, 50))
	require.NoError(t, err)
	assert.NotEqual(t, source.UTF8, res.Encoding)
}

// Every failure is an *Error naming the format the table recognised, and
// binary data gives the offset of its first control byte.
func TestErrorCarriesFormat(t *testing.T) {
	for _, tc := range []struct {
		src    string
		format source.Format
		offset int
	}{
		{"%PDF-1.4", source.FormatPDF, 0},
		{"PK\x03\x04junk", source.FormatZip, 0},
		{"abc\x01\x02\x00\x00", source.FormatBinary, 3},
		{"{\\rt", source.FormatText, -1},
		{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", source.FormatDOC, 0},
	} {
		assert.Equal(t, tc.format, Sniff([]byte(tc.src)), "%q", tc.src)
		res, err := Decode([]byte(tc.src))
		if tc.offset < 0 {
			require.NoError(t, err, "%q", tc.src)
			assert.Equal(t, tc.format, res.Format)
			continue
		}
		var de *Error
		require.True(t, errors.As(err, &de), "%q: %v", tc.src, err)
		assert.Equal(t, tc.format, de.Format)
		assert.Equal(t, tc.offset, de.Offset)
	}
}

// UTF-16 text is converted once and read as text or HTML, with the UTF-16
// named as its encoding.
func TestUTF16Dispatch(t *testing.T) {
	le := func(s string) []byte {
		out := []byte{0xFF, 0xFE}
		for _, r := range s {
			out = append(out, byte(r), byte(r>>8))
		}
		return out
	}
	res, err := Decode(le("Điều 1. Phạm vi"))
	require.NoError(t, err)
	assert.Equal(t, source.FormatText, res.Format)
	assert.Equal(t, source.UTF16LE, res.Encoding)
	assert.Equal(t, "Điều 1. Phạm vi", string(res.Text))
	res, err = Decode(le("<html><body><p>Điều 1.</p></body></html>"))
	require.NoError(t, err)
	assert.Equal(t, source.FormatHTML, res.Format)
	assert.Equal(t, source.UTF16LE, res.Encoding)
	assert.Equal(t, "Điều 1.", string(res.Text))
}
