package parser

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnlegal/vanban/parser/decode"
	"github.com/vnlegal/vanban/parser/decode/docx"
	"github.com/vnlegal/vanban/parser/decode/msdoc"
	"github.com/vnlegal/vanban/parser/decode/pdf"
	"github.com/vnlegal/vanban/parser/decode/source"
)

// A decoder's recovered panic is reported like one Parse recovers itself:
// errors.Is finds ErrInternal, and the message stays the decoder's.
func TestDecoderPanicIsInternal(t *testing.T) {
	cause := &decode.Error{Format: source.FormatDOCX, Err: fmt.Errorf("docx: %w: index out of range", source.ErrInternal)}
	pe := decodeError([]byte("PK"), "a.docx", cause)
	assert.True(t, errors.Is(pe, ErrInternal))
	assert.Equal(t, "docx", pe.Format)
	assert.Equal(t, "a.docx:1:1: docx: internal error: index out of range", pe.Error())
}

// A password-protected file is a format feature not read, whatever the
// format: an encrypted .doc is no more "damaged" than an encrypted PDF.
func TestEncryptedIsUnsupportedInEveryFormat(t *testing.T) {
	for _, f := range []source.Format{source.FormatDOC, source.FormatPDF} {
		cause := &decode.Error{Format: f, Err: fmt.Errorf("%s: %w", f, source.ErrEncrypted)}
		pe := decodeError(nil, "", cause)
		assert.True(t, errors.Is(pe, ErrUnsupportedFormat), "%s: %v", f, pe)
		assert.False(t, errors.Is(pe, ErrDamaged), "%s: %v", f, pe)
	}
}

// The error Parse returns follows the category (package source) of the
// format's error, and keeps the format's message after the parser's own.
func TestDecodeErrorFollowsCategory(t *testing.T) {
	for _, tc := range []struct {
		format source.Format
		cause  error
		want   error
	}{
		{source.FormatDOC, msdoc.ErrUnsupported, ErrUnsupportedFormat},
		{source.FormatDOC, msdoc.ErrTruncated, ErrDamaged},
		{source.FormatDOC, msdoc.ErrNotOLE2, ErrDamaged},
		{source.FormatPDF, pdf.ErrTooManyPages, ErrLimit},
		{source.FormatPDF, pdf.ErrTimeout, ErrLimit},
		{source.FormatPDF, pdf.ErrBroken, ErrDamaged},
		{source.FormatPDF, pdf.ErrEngine, ErrInternal},
		{source.FormatHTML, source.ErrTooDeep, ErrLimit},
		{source.FormatDOCX, docx.ErrNotDOCX, ErrDamaged},
	} {
		cause := &decode.Error{Format: tc.format, Err: fmt.Errorf("%w: detail", tc.cause)}
		pe := decodeError(nil, "", cause)
		assert.ErrorIs(t, pe, tc.want, "%v", tc.cause)
		assert.ErrorIs(t, pe, tc.cause)
		for _, other := range []error{ErrUnsupportedFormat, ErrLimit, ErrDamaged, ErrInternal} {
			if other != tc.want {
				assert.NotErrorIs(t, pe, other, "%v", tc.cause)
			}
		}
		assert.Contains(t, pe.Error(), tc.cause.Error()+": detail")
		assert.Equal(t, string(tc.format), pe.Format)
	}
}
