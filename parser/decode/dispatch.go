package decode

import (
	"fmt"

	"github.com/vnlegal/vanban/parser/decode/docx"
	"github.com/vnlegal/vanban/parser/decode/html"
	"github.com/vnlegal/vanban/parser/decode/msdoc"
	"github.com/vnlegal/vanban/parser/decode/rtf"
	"github.com/vnlegal/vanban/parser/decode/source"
	"github.com/vnlegal/vanban/parser/decode/text"
)

// decoder is one row of the dispatch table: how a format is recognised, and
// how it is decoded.
type decoder struct {
	format source.Format
	// sniff reports whether the input is in this format.
	sniff func(in *input) bool
	// decode recovers its text.
	decode func(in *input, opt source.Options) (*source.Result, error)
}

// decoders is the dispatch table, tried in order: the formats with a magic
// number first, then the sniffers that read the text (converted from UTF-16
// once, for all of them), and plain text last, which takes everything else.
var decoders = []decoder{
	{source.FormatDOCX, isDOCX, raw(docx.Decode)},
	{source.FormatZip, magic("PK\x03\x04"), unsupported(source.FormatZip)},
	{source.FormatDOC, magic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), raw(msdoc.Decode)},
	{source.FormatRTF, magic("{\\rtf"), raw(rtf.Decode)},
	{source.FormatPDF, magic("%PDF-"), unsupported(source.FormatPDF)},
	{source.FormatHTML, func(in *input) bool { return looksHTML(in.utf8()) }, decodeHTML},
	{source.FormatBinary, func(in *input) bool { return isBinary(in.utf8()) }, unsupported(source.FormatBinary)},
	{source.FormatText, func(*input) bool { return true }, decodeText},
}

// input is one input as the sniffers and decoders see it.
type input struct {
	raw []byte
	// text is raw as UTF-8 when it was UTF-16, converted once on the first
	// call of utf8 (wide then names the UTF-16), or raw itself.
	text      []byte
	wide      source.Encoding
	converted bool
}

// utf8 returns the input converted from UTF-16 when it is UTF-16, else the
// input as it is.
func (in *input) utf8() []byte {
	if !in.converted {
		in.converted = true
		in.text = in.raw
		if u, enc, ok := text.UTF16(in.raw); ok {
			in.text, in.wide = u, enc
		}
	}
	return in.text
}

// sniff returns the first row of the table that recognises the input.
func (in *input) sniff() *decoder {
	for i := range decoders {
		if decoders[i].sniff(in) {
			return &decoders[i]
		}
	}
	return &decoders[len(decoders)-1]
}

// raw adapts a format package's Decode, which reads the input's bytes as
// they are, to a row of the table.
func raw(decode func([]byte, source.Options) (*source.Result, error)) func(*input, source.Options) (*source.Result, error) {
	return func(in *input, opt source.Options) (*source.Result, error) { return decode(in.raw, opt) }
}

// unsupported is the decoder of a format recognised but not read.
func unsupported(f source.Format) func(*input, source.Options) (*source.Result, error) {
	return func(*input, source.Options) (*source.Result, error) {
		return nil, fmt.Errorf("%w: %s", ErrUnsupported, f)
	}
}

// decodeHTML reads a web page from its UTF-8 text; a page stored in UTF-16
// reports that encoding rather than the one it declares.
func decodeHTML(in *input, opt source.Options) (*source.Result, error) {
	res, err := html.Decode(in.utf8(), opt)
	if err == nil && in.wide != "" {
		res.Encoding = in.wide
	}
	return res, err
}

// decodeText reads plain text; UTF-16 text is already converted.
func decodeText(in *input, _ source.Options) (*source.Result, error) {
	if u := in.utf8(); in.wide != "" {
		return text.Wide(u, in.wide), nil
	}
	return text.Narrow(in.raw), nil
}
