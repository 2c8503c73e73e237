// Package source is the contract between the decode stage and its format
// decoders: what every decoder is given (Options) and what it returns
// (Result). It imports nothing of the project, so that every format package
// (html, docx, msdoc, rtf, text, and any added later) can use it without an
// import cycle, and the dispatcher in package decode can hold them all in one
// table.
package source

import (
	"errors"
	"time"
)

// Format names an input format, as recognised from the content of an input
// (never from its file name).
type Format string

// The formats the decode stage recognises.
const (
	FormatText   Format = "text"
	FormatHTML   Format = "html"
	FormatDOCX   Format = "docx"
	FormatDOC    Format = "doc" // an OLE2 compound file, read as Word 97–2003
	FormatRTF    Format = "rtf"
	FormatZip    Format = "zip" // a zip that is not a DOCX
	FormatPDF    Format = "pdf"
	FormatBinary Format = "binary"
)

// Encoding names the character encoding a text was stored in. The constants
// are the names decoders give; an HTML page may also report the name of any
// charset it declared ("windows-1252", "iso-8859-1"…).
type Encoding string

// Encodings of Vietnamese text.
const (
	UTF8        Encoding = "utf-8"
	UTF16LE     Encoding = "utf-16le"
	UTF16BE     Encoding = "utf-16be"
	TCVN3       Encoding = "tcvn3"
	VNI         Encoding = "vni"
	Windows1258 Encoding = "windows-1258"
	VIQR        Encoding = "viqr"
	// Mixed reports a document whose runs used several encodings, each
	// converted with its own.
	Mixed Encoding = "mixed"
	// Unknown means the encoding could not be decided.
	Unknown Encoding = "unknown"
)

// Result is the text a decoder recovered from one input.
type Result struct {
	// Text is the recovered text, UTF-8 (not yet normalised).
	Text []byte
	// Format is the format of the input.
	Format Format
	// Encoding is the character encoding the text was stored in.
	Encoding Encoding
	// Confidence is how sure the encoding is, from 0 to 1 (1 when it was
	// declared or read from font names).
	Confidence float64
	// Warnings report what was lost or guessed, for a person to read.
	Warnings []string
	// Meta holds what the input says about the document outside its text:
	// the attribute panel of a legal portal's web page ("number", "type",
	// "issuer", "signer", "date"…), for cross-checking with the header.
	Meta map[string]string
	// Pages is the number of pages: counted for PDF, as the word processor
	// recorded it for DOCX (docProps/app.xml) and .doc (SummaryInformation); 0 when the format
	// has no pages or their number is not known.
	Pages int
	// PageStarts holds, for a PDF, the byte offset in Text where each page
	// starts (pages are separated by '\f'); nil for other formats.
	PageStarts []int
	// NoTextPages lists the pages (1-based) of a PDF without a text layer:
	// scanned pages, whose only text is the running header.
	NoTextPages []int
}

// Options bound the work an input may cause and say how legacy fonts are
// read. The zero value means the defaults.
type Options struct {
	// MaxNesting is the deepest element nesting accepted in HTML (default and
	// most DefaultMaxNesting, which is also the HTML parser's own bound).
	MaxNesting int
	// MaxExpansion is how many times its compressed size a part of an
	// archive (DOCX) may expand to (default DefaultMaxExpansion).
	MaxExpansion int
	// PrintedCase renders text in the ".Vn…H" fonts in the capitals those
	// fonts draw; without it the letters come back in the case stored in the
	// file, as transcripts of legacy documents keep them.
	PrintedCase bool
	// MaxPages is the most pages read from a PDF (0: the PDF reader's
	// default); a longer file is refused.
	MaxPages int
	// PageTimeout is the most time one PDF page may take (0: the PDF
	// reader's default); a slower page refuses the file.
	PageTimeout time.Duration
}

// Defaults for Options.
const (
	DefaultMaxNesting   = 512
	DefaultMaxExpansion = 64
)

// WithDefaults returns o with every unset or out-of-range limit replaced by
// its default.
func (o Options) WithDefaults() Options {
	if o.MaxNesting <= 0 || o.MaxNesting > DefaultMaxNesting {
		o.MaxNesting = DefaultMaxNesting
	}
	if o.MaxExpansion <= 0 {
		o.MaxExpansion = DefaultMaxExpansion
	}
	return o
}

// The categories of a decoder's failure. A format package declares its
// errors as kinds of one of them (see NewError), so that the parser turns the
// failures of every format into its own errors from this fixed set, without
// knowing any format's errors. A failure of no category counts as a damaged
// input: an error from a library a decoder uses, or a "not this format"
// (pdf.ErrNotPDF, rtf.ErrNotRTF…), which the dispatcher, having recognised
// the format, does not meet.
var (
	// ErrUnsupported is the category of inputs recognised but not read: a
	// format vanban does not decode (a zip that is not a DOCX, an Excel file,
	// binary data), or a version or feature of one it does (a Word 6/95 file,
	// a password).
	ErrUnsupported = errors.New("decode: unsupported input format")
	// ErrDamaged is the category of inputs that their format's decoder
	// cannot read: truncated, or broken in their container or structure.
	ErrDamaged = errors.New("decode: damaged input")
	// ErrLimit is the category of inputs that exceed a limit of Options:
	// nesting, expansion, pages, time.
	ErrLimit = errors.New("decode: input exceeds a limit")
	// ErrInternal is the category of failures of vanban itself, not of the
	// input: a decoder that recovered from a panic of its own (a bug), an
	// engine that cannot start.
	ErrInternal = errors.New("internal error")
)

// ErrTooDeep is wrapped by the error of a decoder given markup nested deeper
// than Options.MaxNesting; it is an ErrLimit.
var ErrTooDeep = NewError(ErrLimit, "decode: markup nested too deeply")

// ErrEncrypted is wrapped by the error of a decoder given a
// password-protected document (a Word file, a PDF): a feature of its format
// that vanban does not read, not damage, so an ErrUnsupported.
var ErrEncrypted = NewError(ErrUnsupported, "password-protected document")

// NewError returns a sentinel error of a category (ErrUnsupported,
// ErrDamaged, ErrLimit or ErrInternal) with its own message: errors.Is finds
// both the sentinel and its category. A format package declares its errors
// with it, so that callers can test for the precise error or its category.
func NewError(category error, msg string) error {
	return &categorized{msg: msg, category: category}
}

// categorized is an error of NewError.
type categorized struct {
	msg      string
	category error
}

func (e *categorized) Error() string { return e.msg }

// Unwrap returns the category, for errors.Is.
func (e *categorized) Unwrap() error { return e.category }
