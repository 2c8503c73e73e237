// Package docx recovers the text of a Word document (.docx, Office Open XML)
// as UTF-8 lines for the normalise stage.
//
// It reads word/document.xml as a token stream: one line per paragraph, one
// line per paragraph of each table cell in reading order (row by row, cell by
// cell), the labels Word generates for numbered paragraphs ("Điều 1.", "a)")
// written out, the displayed result of fields (HYPERLINK, PAGEREF…) without
// their instructions, footnotes appended as "[n] text" lines, and runs typed
// in the legacy Vietnamese fonts (.VnTime, VNI-Times) converted to Unicode.
package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/vnlegal/vanban/parser/decode/source"
	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

// MaxEntrySize is the absolute limit on an entry's uncompressed size.
const MaxEntrySize = 512 << 20

// Errors returned by Decode.
var (
	// ErrNotDOCX reports an input that is not a zip archive with a Word
	// document in it, or one too broken to read: a source.ErrDamaged.
	ErrNotDOCX = source.NewError(source.ErrDamaged, "docx: not a Word document")
	// ErrTooLarge reports a zip entry whose uncompressed size exceeds the
	// limits (a zip bomb, or an archive that lies about its sizes): a
	// source.ErrLimit, as Options.MaxExpansion is one.
	ErrTooLarge = source.NewError(source.ErrLimit, "docx: zip entry too large")
)

// Decode returns the text of the DOCX file b. No zip entry may uncompress to
// more than opt.MaxExpansion times the input size (nor more than
// MaxEntrySize). Encoding is utf-8, or mixed when runs typed in the TCVN3 or
// VNI fonts were converted. It never panics; err is non-nil when b is not a
// readable DOCX (ErrNotDOCX), when an entry is too large (ErrTooLarge), or
// when the document XML yields no text at all because it is broken.
func Decode(b []byte, opt source.Options) (*source.Result, error) {
	text, warnings, legacy, err := extract(b, opt.WithDefaults().MaxExpansion)
	if err != nil {
		return nil, err
	}
	res := &source.Result{Text: []byte(text), Format: source.FormatDOCX, Encoding: source.UTF8, Confidence: 1, Warnings: warnings, Pages: PageCount(b)}
	if legacy[vnenc.TCVN3] || legacy[vnenc.VNI] {
		res.Encoding = source.Mixed
	}
	return res, nil
}

// extract reads the text of b, the warnings, and the legacy encodings of the
// runs it converted.
func extract(b []byte, maxExpansion int) (text string, warnings []string, legacy map[vnenc.Encoding]bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", fmt.Errorf("docx: %w: %v", source.ErrInternal, r)
		}
	}()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return "", nil, nil, fmt.Errorf("%w: %v", ErrNotDOCX, err)
	}
	a := &archive{files: map[string]*zip.File{}, limit: int64(len(b)) * int64(maxExpansion)}
	if a.limit > MaxEntrySize {
		a.limit = MaxEntrySize
	}
	for _, f := range zr.File {
		a.files[strings.ToLower(f.Name)] = f
	}
	docName := a.mainPart()
	docXML, err := a.read(docName)
	if err != nil {
		return "", nil, nil, err
	}
	if docXML == nil {
		return "", nil, nil, fmt.Errorf("%w: no word/document.xml", ErrNotDOCX)
	}
	dir := path.Dir(docName)
	part := func(name string) ([]byte, error) { return a.read(path.Join(dir, name)) }

	c := &converter{}
	if x, err := part("styles.xml"); err != nil {
		return "", nil, nil, err
	} else if x != nil {
		if e := c.styles.parse(x); e != nil {
			c.warn("docx: styles.xml: %v", e)
		}
	}
	if x, err := part("numbering.xml"); err != nil {
		return "", nil, nil, err
	} else if x != nil {
		if e := c.numbering.parse(x); e != nil {
			c.warn("docx: numbering.xml: %v", e)
		}
	}
	notes := map[string]*notePart{}
	for _, kind := range []string{"footnote", "endnote"} {
		x, err := part(kind + "s.xml")
		if err != nil {
			return "", nil, nil, err
		}
		if x != nil {
			np := &notePart{kind: kind}
			if e := c.notes(np, x); e != nil {
				c.warn("docx: %ss.xml: %v", kind, e)
			}
			notes[kind] = np
		}
	}
	c.noteParts = notes

	lines, perr := c.body(docXML)
	if perr != nil {
		if len(lines) == 0 {
			return "", c.warnings, nil, fmt.Errorf("docx: word/document.xml: %w", perr)
		}
		c.warn("docx: word/document.xml is damaged, text after the damage is lost: %v", perr)
	}
	// footnotes, then endnotes, in the order of their references
	for _, ref := range c.refs {
		np := notes[ref.kind]
		if np == nil {
			continue
		}
		body := np.text[ref.id]
		if len(body) == 0 {
			continue
		}
		lines = append(lines, "["+ref.label+"] "+body[0])
		lines = append(lines, body[1:]...)
	}
	if len(c.legacy) > 0 {
		var names []string
		for _, e := range []vnenc.Encoding{vnenc.TCVN3, vnenc.VNI, vnenc.CP1258, vnenc.VIQR} {
			if c.legacy[e] {
				names = append(names, e.String())
			}
		}
		c.warn("docx: runs in legacy Vietnamese fonts converted from %s", strings.Join(names, ", "))
	}
	text = strings.Join(lines, "\n")
	if strings.TrimSpace(text) == "" {
		c.warn("docx: the document has no text")
	}
	return text, c.warnings, c.legacy, nil
}

// archive reads the parts of the zip within the size limits.
type archive struct {
	files map[string]*zip.File
	limit int64
}

// read returns the content of the named part, nil if there is none.
func (a *archive) read(name string) ([]byte, error) {
	f := a.files[strings.ToLower(strings.TrimPrefix(name, "/"))]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > uint64(a.limit) {
		return nil, fmt.Errorf("%w: %s would be %d bytes uncompressed (limit %d)", ErrTooLarge, f.Name, f.UncompressedSize64, a.limit)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNotDOCX, f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, a.limit+1))
	if int64(len(b)) > a.limit {
		return nil, fmt.Errorf("%w: %s is more than %d bytes uncompressed", ErrTooLarge, f.Name, a.limit)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNotDOCX, f.Name, err)
	}
	return b, nil
}

// mainPart finds the main document part: the officeDocument relationship of
// _rels/.rels, or word/document.xml.
func (a *archive) mainPart() string {
	const def = "word/document.xml"
	rels, err := a.read("_rels/.rels")
	if err != nil || rels == nil {
		return def
	}
	for _, r := range parseRels(rels) {
		if strings.HasSuffix(r.typ, "/officeDocument") && r.target != "" {
			t := strings.TrimPrefix(r.target, "/")
			if a.files[strings.ToLower(t)] != nil {
				return t
			}
		}
	}
	return def
}
