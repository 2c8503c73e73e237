package parser_test

import (
	"errors"
	"testing"

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
