package decode

import (
	"errors"
	"fmt"

	"github.com/vnlegal/vanban/parser/decode/docx"
	"github.com/vnlegal/vanban/parser/decode/html"
	"github.com/vnlegal/vanban/parser/decode/msdoc"
	"github.com/vnlegal/vanban/parser/decode/pdf"
	"github.com/vnlegal/vanban/parser/decode/rtf"
	"github.com/vnlegal/vanban/parser/decode/source"
	"github.com/vnlegal/vanban/parser/decode/text"
)

// decoder is one row of the dispatch table: how a format is recognised, and
// how it is decoded.
type decoder struct {
	format source.Format
	// onText says that sniff reads the input as text (converted from UTF-16
	// when it is UTF-16) rather than its raw bytes.
	onText bool
	// sniff reports whether the input is in this format.
	sniff func(b []byte) bool
	// decode recovers its text.
	decode func(in input, opt source.Options) (*source.Result, error)
}

// decoders is the dispatch table, tried in order: the formats with a magic
// number first, then the sniffers that read the text (converted from UTF-16
// once, for all of them), and plain text last, which takes everything else.
var decoders = []decoder{
	{source.FormatDOCX, false, isDOCX, raw(docx.Decode)},
	{source.FormatZip, false, magic("PK\x03\x04"), unsupported(source.FormatZip)},
	{source.FormatDOC, false, magic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), decodeDOC},
	{source.FormatRTF, false, magic("{\\rtf"), raw(rtf.Decode)},
	{source.FormatPDF, false, magic("%PDF-"), decodePDF},
	{source.FormatHTML, true, looksHTML, decodeHTML},
	{source.FormatBinary, true, isBinary, unsupported(source.FormatBinary)},
	{source.FormatText, true, func([]byte) bool { return true }, decodeText},
}

// input is one input as the decoders see it. It is passed by value, so
// that dispatching allocates nothing.
type input struct {
	raw []byte
	// text is raw as UTF-8 when it was UTF-16 (wide then names the UTF-16),
	// else raw itself; it is set once a row that reads text is reached.
	text []byte
	wide source.Encoding
}

// sniff returns the first row of the table that recognises src, and the
// input as that row's decoder reads it. UTF-16 is converted at most once.
func sniff(src []byte) (*decoder, input) {
	in := input{raw: src}
	converted := false
	for i := range decoders {
		d := &decoders[i]
		b := in.raw
		if d.onText {
			if !converted {
				converted = true
				in.text = in.raw
				if u, enc, ok := text.UTF16(in.raw); ok {
					in.text, in.wide = u, enc
				}
			}
			b = in.text
		}
		if d.sniff(b) {
			return d, in
		}
	}
	return &decoders[len(decoders)-1], in
}

// raw adapts a format package's Decode, which reads the input's bytes as
// they are, to a row of the table.
func raw(decode func([]byte, source.Options) (*source.Result, error)) func(input, source.Options) (*source.Result, error) {
	return func(in input, opt source.Options) (*source.Result, error) { return decode(in.raw, opt) }
}

// decodeDOC reads a Word 97–2003 file. Excel and PowerPoint files share its
// container (OLE2) but hold no Word document: they are a format not read,
// not a damaged one.
func decodeDOC(in input, opt source.Options) (*source.Result, error) {
	res, err := msdoc.Decode(in.raw, opt)
	if errors.Is(err, msdoc.ErrNotWord) {
		return nil, fmt.Errorf("%w: %w", ErrUnsupported, err)
	}
	return res, err
}

// decodePDF reads the text layer of a PDF, with its pages.
func decodePDF(in input, opt source.Options) (*source.Result, error) {
	t, err := pdf.Decode(in.raw, pdf.Options{MaxPages: opt.MaxPages, PageTimeout: opt.PageTimeout, PrintedCase: opt.PrintedCase})
	if err != nil {
		return nil, err
	}
	return &source.Result{
		Text: []byte(t.Text), Format: source.FormatPDF, Encoding: source.Encoding(t.Encoding), Confidence: 1,
		Warnings: t.Warnings, Pages: t.Pages, PageStarts: t.PageStarts, NoTextPages: t.NoTextPages,
	}, nil
}

// unsupported is the decoder of a format recognised but not read.
func unsupported(f source.Format) func(input, source.Options) (*source.Result, error) {
	return func(input, source.Options) (*source.Result, error) {
		return nil, fmt.Errorf("%w: %s", ErrUnsupported, f)
	}
}

// decodeHTML reads a web page from its UTF-8 text; a page stored in UTF-16
// reports that encoding rather than the one it declares.
func decodeHTML(in input, opt source.Options) (*source.Result, error) {
	res, err := html.Decode(in.text, opt)
	if err == nil && in.wide != "" {
		res.Encoding = in.wide
	}
	return res, err
}

// decodeText reads plain text; UTF-16 text is already converted.
func decodeText(in input, _ source.Options) (*source.Result, error) {
	if in.wide != "" {
		return text.Wide(in.text, in.wide), nil
	}
	return text.Narrow(in.raw), nil
}
