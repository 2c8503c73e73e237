// Package decode is the first stage of the pipeline: it recognises the format
// of an input from its content (not its file name) — plain text in any
// Unicode or legacy Vietnamese encoding, HTML, DOCX, Word 97–2003 .doc, RTF —
// and recovers its text as UTF-8 for the normalise stage.
//
// Each format has its own sub-package (html, docx, msdoc, rtf, text), and
// every one of them takes a source.Options and returns a source.Result; the
// legacy font encodings (TCVN3, VNI, Windows-1258, VIQR) are in vnenc. The
// table in dispatch.go says, for each format, how it is recognised and which
// package decodes it: a new format is one row there.
package decode

import "github.com/vnlegal/vanban/parser/decode/source"

// ErrUnsupported is wrapped by the error for inputs recognised but not
// decoded: zip archives that are not DOCX, Excel and PowerPoint files, binary
// data, and versions or features of a format not read. It is the category
// source.ErrUnsupported, which format packages use without importing this
// one.
var ErrUnsupported = source.ErrUnsupported

// Error is a failure of the decode stage. It says which format the input was
// recognised as, so that callers need not sniff it again, and where reading
// stopped.
type Error struct {
	// Format is the format the input was recognised as.
	Format source.Format
	// Offset is the byte offset of the first byte that could not be read
	// (the first control byte of binary data), or 0 when the failure is not
	// at one place.
	Offset int
	// Err is the cause: ErrUnsupported, source.ErrTooDeep, or the error of the
	// format's decoder (docx.ErrNotDOCX, msdoc.ErrNotWord…), whose category
	// (source.ErrUnsupported, ErrDamaged, ErrLimit, ErrInternal) errors.Is
	// finds.
	Err error
}

// Error returns the message of the cause alone: the format and offset are
// fields for programs, and the cause already names its format.
func (e *Error) Error() string { return e.Err.Error() }

// Unwrap returns the cause, for errors.Is.
func (e *Error) Unwrap() error { return e.Err }

// Decode recovers the text of src, whatever its format, with default options.
// A failure is an *Error.
func Decode(src []byte) (*source.Result, error) {
	return DecodeOptions(src, source.Options{})
}

// DecodeOptions is Decode with explicit options. A failure is an *Error.
func DecodeOptions(src []byte, opt source.Options) (*source.Result, error) {
	opt = opt.WithDefaults()
	d, in := sniff(src)
	res, err := d.decode(in, opt)
	if err != nil {
		de := &Error{Format: d.format, Err: err}
		if d.format == source.FormatBinary {
			de.Offset = firstBinaryByte(src)
		}
		return nil, de
	}
	res.Format = d.format
	return res, nil
}

// Sniff tells the format of src from its content.
func Sniff(src []byte) source.Format {
	d, _ := sniff(src)
	return d.format
}
