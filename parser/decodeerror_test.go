package parser

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnlegal/vanban/parser/decode"
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
