// Package parser turns the bytes of a Vietnamese official document into a
// model.Document: header fields, body outline, signers, recipients, annexes and
// the documents it cites.
//
// The work runs as a pipeline of stages, each in its own package so that it can
// be used and tested alone:
//
//	decode     format sniffed from the content, text recovered (HTML, DOCX, .doc, RTF,
//	           legacy encodings); one Result and one error type for every format
//	normalize  text clean-up (NFC, one tone style, furniture, hard wraps) with an offset map
//	structure  header, preamble, body tree, signature, Nơi nhận, annexes
//	refs       citations of other documents, resolved to one entry per document
//	           (symbol: the số ký hiệu grammar; lexicon: types and codes as data)
//
// Parse never panics. It returns an error (a *ParseError) only for input it
// cannot read as a document — ErrNotText (binary data), ErrUnsupportedFormat
// (a format recognised but not read), ErrDamaged (a DOCX, .doc, RTF or PDF
// broken beyond reading), ErrNoTextLayer (a scanned PDF: run OCR first),
// ErrTooLarge and ErrLimit (over a limit) — or ErrInternal
// for a bug of its own, reported rather than raised. Everything odd about a
// readable document is reported in Document.Warnings.
package parser

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/vnlegal/vanban/internal/vndate"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/decode"
	"github.com/vnlegal/vanban/parser/decode/pdf"
	"github.com/vnlegal/vanban/parser/decode/source"
	"github.com/vnlegal/vanban/parser/normalize"
	"github.com/vnlegal/vanban/parser/refs"
	"github.com/vnlegal/vanban/parser/structure"
	"golang.org/x/text/unicode/norm"
)

// ErrNotText is returned for input that is not text: binary data with NUL
// bytes or many control bytes, in no format the decode stage reads. The
// ParseError gives the position of its first control byte.
var ErrNotText = errors.New("vanban: input is not text")

// ParseError reports an input that could not be parsed at all, with the
// position of the first offending byte.
type ParseError struct {
	Path   string // file name, or "" for bytes
	Line   int    // 1-based line of the problem
	Column int    // 1-based column (in bytes)
	Err    error  // the cause, such as ErrNotText
	// Format is the format the decode stage recognised the input as when it
	// failed there ("pdf", "binary", "doc"…), and "" when the input failed
	// before or after that stage.
	Format string
}

func (e *ParseError) Error() string {
	if e.Path != "" {
		return fmt.Sprintf("%s:%d:%d: %v", e.Path, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("line %d, column %d: %v", e.Line, e.Column, e.Err)
}

// Unwrap returns the cause so that errors.Is(err, ErrNotText) works.
func (e *ParseError) Unwrap() error { return e.Err }

// Option configures Parse.
type Option func(*config)

type config struct {
	withText bool
	maxSize  int64
	limits   source.Options
	path     string
}

// WithText keeps the normalised text in Document.Text, so that spans can be
// resolved by the caller.
func WithText() Option { return func(c *config) { c.withText = true } }

// WithMaxSize sets the largest input accepted, in bytes (default 64 MiB:
// official documents, even saved web pages of them, are a few MB at most).
func WithMaxSize(n int64) Option { return func(c *config) { c.maxSize = n } }

// WithMaxNesting sets the deepest HTML element nesting accepted (default and
// most 512).
func WithMaxNesting(n int) Option { return func(c *config) { c.limits.MaxNesting = n } }

// WithMaxExpansion sets how many times its compressed size a part of a DOCX
// may expand to (default 64), against zip bombs; a file with a larger part
// is refused with ErrLimit.
func WithMaxExpansion(n int) Option { return func(c *config) { c.limits.MaxExpansion = n } }

// WithMaxPages sets the most pages read from a PDF (default 5000); a longer
// file is refused with ErrLimit.
func WithMaxPages(n int) Option { return func(c *config) { c.limits.MaxPages = n } }

// WithPageTimeout sets the most time one PDF page may take (default 10 s); a
// file with a slower page is refused with ErrLimit.
func WithPageTimeout(d time.Duration) Option { return func(c *config) { c.limits.PageTimeout = d } }

// withPath names the input in errors.
func withPath(p string) Option { return func(c *config) { c.path = p } }

const defaultMaxSize = 64 << 20

// ErrUnsupportedFormat is returned for inputs recognised but not converted:
// zip archives that are not DOCX, Excel and PowerPoint files, Word 6/95 and
// older .doc files, and password-protected Word files and PDFs.
var ErrUnsupportedFormat = errors.New("vanban: unsupported input format")

// ErrLimit is returned when an input exceeds a limit of the options
// (nesting, expansion, PDF pages, time a PDF page takes); the message says
// which.
var ErrLimit = errors.New("vanban: input exceeds a limit")

// ErrNoTextLayer is returned for a PDF none of whose pages has text: a scan
// to put through OCR first. A PDF with some scanned pages is parsed, with a
// "no-text-layer" warning naming them.
var ErrNoTextLayer = pdf.ErrNoTextLayer

// ErrTooLarge is returned when the input exceeds the maximum size.
var ErrTooLarge = errors.New("vanban: input exceeds the maximum size")

// ErrDamaged is returned for an input of a format vanban reads (DOCX, .doc,
// RTF) that is damaged beyond reading: a truncated file, a broken container.
// The message says what the decoder found.
var ErrDamaged = errors.New("vanban: damaged input")

// ErrInternal is wrapped by the error Parse returns when a stage panicked: a
// bug of the parser, reported as an error so that a batch of a million files
// goes on.
var ErrInternal = errors.New("vanban: internal error")

// guarded applies opts over the defaults, refuses an input larger than the
// maximum size and runs stage on src: the guard that Parse and Decode share. A
// panic inside stage is returned as an error wrapping ErrInternal, since a
// parser bug must not take down a batch of a million files.
func guarded[T any](src []byte, opts []Option, stage func(src []byte, cfg config) (*T, error)) (out *T, err error) {
	cfg := config{maxSize: defaultMaxSize}
	for _, o := range opts {
		o(&cfg)
	}
	if int64(len(src)) > cfg.maxSize {
		return nil, &ParseError{Path: cfg.path, Line: 1, Column: 1, Err: ErrTooLarge}
	}
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, &ParseError{Path: cfg.path, Line: 1, Column: 1, Err: fmt.Errorf("%w: %v", ErrInternal, r)}
		}
	}()
	return stage(src, cfg)
}

// sourceOf is what the model records of the decode stage's findings.
func sourceOf(dec *source.Result) model.Source {
	return model.Source{Format: string(dec.Format), Encoding: string(dec.Encoding), Confidence: dec.Confidence, Pages: dec.Pages}
}

// Parse parses one document given as bytes. It never panics: malformed text
// gives a Document with warnings; only input that cannot be read as a
// document is an error (see the package doc for which).
func Parse(src []byte, opts ...Option) (*model.Document, error) {
	return guarded(src, opts, parse)
}

// parse is Parse within its guard.
func parse(src []byte, cfg config) (*model.Document, error) {
	lim := cfg.limits
	lim.PrintedCase = true // headers typed in .VnTimeH are capitals on paper, and capitals are layout evidence
	dec, derr := decode.DecodeOptions(src, lim)
	if derr != nil {
		return nil, decodeError(src, cfg.path, derr)
	}
	// Formats with paragraphs (web pages, Word, RTF) have no hard wraps to
	// rejoin; text files and PDF pages do.
	text := normalize.Normalize(dec.Text, normalize.Options{NoRejoin: dec.Format != source.FormatText && dec.Format != source.FormatPDF})
	// The document's strings are substrings of the normalised text: no stage
	// below writes to text.Bytes.
	res := structure.ParseString(text.String())
	doc := res.Doc
	doc.Source = sourceOf(dec)
	for _, w := range dec.Warnings {
		doc.Warnings = append(doc.Warnings, model.Warning{Code: "decode", Message: w, Start: -1, End: -1})
	}
	doc.PageStarts = pageStarts(text, dec.PageStarts)
	if len(dec.NoTextPages) > 0 {
		doc.Warnings = append(doc.Warnings, model.Warning{Code: model.WarnNoTextLayer,
			Message: fmt.Sprintf("%d of %d pages without a text layer (scanned, run OCR to read them): %s", len(dec.NoTextPages), dec.Pages, pdf.PageList(dec.NoTextPages)),
			Start:   -1, End: -1})
	}
	crossCheck(doc, dec.Meta)
	for _, r := range text.Removed {
		if r.Kind == "e-signature" || r.Kind == "gazette-header" {
			doc.Stamps = append(doc.Stamps, r.Text)
		}
	}
	invalid := text.InvalidUTF8()
	if cfg.withText {
		doc.Text = text.String()
	}
	// Past this point only the bytes of text are used: its offset map (as
	// large as the text) is garbage while the citations are read.
	body := text.Bytes
	// Citations are read from the document proper: the chrome of a web page
	// around it (news summaries, footers, notices) cites other things, and
	// so do the editorial notes of a portal inside it.
	doc.References, doc.SelfReferences = refs.Extract(body, refs.Options{
		SelfNumber: doc.Number, SelfType: doc.Type,
		Read: &refs.Span{Start: res.Start, End: res.End},
		Skip: editorialNotes(body, res.Start, res.End),
	})
	if invalid > 0 {
		doc.Warnings = append(doc.Warnings, model.Warning{Code: "invalid-utf8", Message: fmt.Sprintf("%d invalid UTF-8 sequences replaced by U+FFFD", invalid), Start: -1, End: -1})
	}
	doc.Fill()
	return doc, nil
}

// Decoded is the text of a document as the decode stage recovers it, before
// any structure is read: Unicode in NFC, markup removed, legacy encodings
// converted.
type Decoded struct {
	// Source is the format, encoding, confidence and page count detected.
	Source model.Source
	// Text is the recovered text, NFC.
	Text string
	// Warnings are what the decoder guessed or dropped.
	Warnings []string
}

// Decode recovers the text of one document given as bytes, with the limits
// and the errors of Parse (a *ParseError wrapping ErrNotText,
// ErrUnsupportedFormat, ErrLimit, ErrTooLarge or ErrInternal, whose Format
// names the format recognised). It is what `vanban text` prints.
func Decode(src []byte, opts ...Option) (*Decoded, error) {
	return guarded(src, opts, decodeText)
}

// decodeText is Decode within its guard.
func decodeText(src []byte, cfg config) (*Decoded, error) {
	res, derr := decode.DecodeOptions(src, cfg.limits)
	if derr != nil {
		return nil, decodeError(src, cfg.path, derr)
	}
	return &Decoded{
		Source:   sourceOf(res),
		Text:     norm.NFC.String(string(res.Text)),
		Warnings: res.Warnings,
	}, nil
}

// pageStarts maps the page starts of the decoded text to the normalised
// text: each page starts at the first normalised byte that comes from its
// source bytes or later. The offset map is monotone, so a binary search
// finds it.
func pageStarts(text *normalize.Text, src []int) []int {
	if len(src) == 0 {
		return nil
	}
	out := make([]int, len(src))
	for i, s := range src {
		out[i] = sort.Search(len(text.Bytes)+1, func(j int) bool { return text.SourceOffset(j) >= s })
	}
	return out
}

// ParseReader reads r to the end and parses it. It reads at most one byte
// more than the maximum size, so an endless stream cannot exhaust memory.
func ParseReader(r io.Reader, opts ...Option) (*model.Document, error) {
	cfg := config{maxSize: defaultMaxSize}
	for _, o := range opts {
		o(&cfg)
	}
	src, err := io.ReadAll(io.LimitReader(r, cfg.maxSize+1))
	if err != nil {
		return nil, err
	}
	if int64(len(src)) > cfg.maxSize {
		return nil, &ParseError{Path: cfg.path, Line: 1, Column: 1, Err: ErrTooLarge}
	}
	return Parse(src, opts...)
}

// ParseFile reads and parses the file at path. A file over the maximum size
// is refused before it is read.
func ParseFile(path string, opts ...Option) (*model.Document, error) {
	cfg := config{maxSize: defaultMaxSize}
	for _, o := range opts {
		o(&cfg)
	}
	if st, err := os.Stat(path); err == nil && st.Size() > cfg.maxSize {
		return nil, &ParseError{Path: path, Line: 1, Column: 1, Err: fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, st.Size(), cfg.maxSize)}
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(src, append(opts, withPath(path))...)
}

// decodeError turns a failure of the decode stage into the error Parse
// returns: binary data is ErrNotText at its first control byte; otherwise the
// category of the decoder's error (package source) decides, whatever the
// format: a format or version recognised but not read (a password-protected
// file among them) is ErrUnsupportedFormat, an input over a limit (nesting,
// expansion, pages, time) ErrLimit, a failure of vanban itself (a decoder's panic, the
// PDF engine) ErrInternal, and a damaged input or a failure of no category
// ErrDamaged, each wrapping the decoder's own error. A PDF without a text
// layer keeps its own error, which says what to do. The format the decode
// stage recognised is kept, so that no caller sniffs the input again.
func decodeError(src []byte, path string, err error) *ParseError {
	pe := &ParseError{Path: path, Line: 1, Column: 1, Err: err}
	var de *decode.Error
	if errors.As(err, &de) {
		pe.Format = string(de.Format)
	}
	switch {
	case de != nil && de.Format == source.FormatBinary:
		off := min(max(de.Offset, 0), len(src))
		pe.Line = 1 + bytes.Count(src[:off], []byte{'\n'})
		pe.Column = off - bytes.LastIndexByte(src[:off], '\n')
		pe.Err = ErrNotText
	case errors.Is(err, ErrNoTextLayer):
		// the error itself says what to do
	case errors.Is(err, source.ErrUnsupported):
		pe.Err = fmt.Errorf("%w: %w", ErrUnsupportedFormat, err)
	case errors.Is(err, source.ErrLimit):
		pe.Err = fmt.Errorf("%w: %w", ErrLimit, err)
	case errors.Is(err, source.ErrInternal):
		pe.Err = internalError{err}
	default: // source.ErrDamaged, or no category
		pe.Err = fmt.Errorf("%w: %w", ErrDamaged, err)
	}
	return pe
}

// internalError is a decoder's recovered panic: its message is the
// decoder's, and errors.Is finds ErrInternal in it as in the panics Parse
// recovers itself.
type internalError struct{ err error }

func (e internalError) Error() string   { return e.err.Error() }
func (e internalError) Unwrap() []error { return []error{ErrInternal, e.err} }

// editorialNotes returns the spans of text[start:end] that hold the notes
// legal portals insert into a document ("[Điều này được hướng dẫn bởi Công
// văn 4530/NHCS-TDNN năm 2024 có hiệu lực từ ...]"): they cite documents the
// document itself does not. A note is one bracketed line that contains " bởi "
// and "hiệu lực" or "được".
func editorialNotes(text []byte, start, end int) []refs.Span {
	var notes []refs.Span
	for i := start; i < end; {
		j := bytes.IndexByte(text[i:end], '[')
		if j < 0 {
			break
		}
		j += i
		k := bytes.IndexAny(text[j:end], "]\n")
		if k < 0 || text[j+k] != ']' {
			i = j + 1
			continue
		}
		k += j
		note := text[j:k]
		if bytes.Contains(note, []byte(" bởi ")) && (bytes.Contains(note, []byte("hiệu lực")) || bytes.Contains(note, []byte("được"))) {
			notes = append(notes, refs.Span{Start: j, End: k + 1})
		}
		i = k + 1
	}
	return notes
}

// crossCheck compares the header fields read from the document with what a
// web page's attribute panel says, and warns where they disagree.
func crossCheck(doc *model.Document, meta map[string]string) {
	if len(meta) == 0 {
		return
	}
	fold := func(s string) string {
		return strings.ToUpper(strings.Join(strings.Fields(strings.ReplaceAll(s, " ", "")), ""))
	}
	if n := meta["number"]; n != "" && doc.Number != "" && fold(n) != fold(doc.Number) {
		doc.Warnings = append(doc.Warnings, model.Warning{Code: "meta-number", Message: fmt.Sprintf("the page's attribute panel gives number %q, the document %q", n, doc.Number), Start: -1, End: -1})
	}
	if d := meta["date"]; d != "" && doc.Date != "" {
		// the panel prints dd/mm/yyyy
		if p, ok := vndate.Numeric(strings.TrimSpace(d), 0); ok {
			if iso := vndate.ISO(p.Year, p.Month, p.Day); iso != doc.Date {
				doc.Warnings = append(doc.Warnings, model.Warning{Code: "meta-date", Message: fmt.Sprintf("the page's attribute panel gives date %s, the document %s", iso, doc.Date), Start: -1, End: -1})
			}
		}
	}
}

// SetPDFWorkers sets how many PDF engine instances may read files at once
// (default GOMAXPROCS): a program that parses with more goroutines than
// cores, as `vanban batch -j N` may, sets it to N so that no worker waits for
// an engine. Each instance holds its own memory (up to 1 GiB). Call it
// before the first PDF is parsed.
func SetPDFWorkers(n int) { pdf.SetWorkers(n) }
