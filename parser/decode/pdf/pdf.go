// Package pdf reads the text layer of PDF files: the glyphs and their boxes
// come from PDFium (compiled to WebAssembly, run in-process by wazero, no
// cgo), and the text is assembled here from the glyph boxes, as a person
// reads the page.
//
// Pages are separated by a form feed ('\f') in Text, as pdftotext does, so
// the normalise stage sees the page breaks; Text.PageStarts gives the offset
// of each page. A page whose only text is the gazette running header and the
// page number is a page without a text layer (a scan); a PDF with no text
// layer at all is ErrNoTextLayer.
package pdf

import (
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/responses"

	"github.com/vnlegal/vanban/parser/decode/source"
	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

// Options bound the work one PDF may cause; the zero value means the
// defaults.
type Options struct {
	// MaxPages is the most pages read (default DefaultMaxPages); a longer
	// file is ErrTooManyPages.
	MaxPages int
	// PageTimeout is the most time one page may take (default
	// DefaultPageTimeout); a page that takes longer is ErrTimeout.
	PageTimeout time.Duration
	// PrintedCase renders text in the ".Vn…H" fonts in the capitals those
	// fonts draw (see decode.Limits.PrintedCase).
	PrintedCase bool
}

// Defaults for Options.
const (
	DefaultMaxPages    = 5000
	DefaultPageTimeout = 10 * time.Second
)

// Errors returned by Decode, besides source.ErrEncrypted for a PDF that
// needs a password (as in every format). Test with errors.Is, for the error
// or its category in package source.
var (
	// ErrNotPDF is returned for data that does not start with "%PDF-".
	ErrNotPDF = errors.New("pdf: not a PDF file")
	// ErrBroken is returned for a PDF the engine cannot open: a
	// source.ErrDamaged.
	ErrBroken = source.NewError(source.ErrDamaged, "pdf: cannot read file")
	// ErrTooManyPages is returned for a PDF with more than Options.MaxPages
	// pages: a source.ErrLimit.
	ErrTooManyPages = source.NewError(source.ErrLimit, "pdf: too many pages")
	// ErrTimeout is returned when a page takes longer than
	// Options.PageTimeout: a source.ErrLimit.
	ErrTimeout = source.NewError(source.ErrLimit, "pdf: page took too long")
	// ErrNoTextLayer is returned for a PDF none of whose pages has text:
	// a scan that needs OCR first.
	ErrNoTextLayer = errors.New("scanned PDF without a text layer: run OCR first")
)

// Text is the text layer of a PDF.
type Text struct {
	// Text is the text of all pages, UTF-8 NFC, lines separated by '\n' and
	// pages by '\f'.
	Text string
	// PageStarts holds, for each page, the byte offset in Text where it
	// starts (after the form feed that ends the page before).
	PageStarts []int
	// Pages is the number of pages.
	Pages int
	// NoTextPages lists the pages (1-based) without a text layer.
	NoTextPages []int
	// Encoding is "utf-8", or the legacy encoding ("tcvn3", "vni", "mixed")
	// of fonts without a usable ToUnicode map whose text was converted.
	Encoding string
	// Warnings report what was odd; the text is usable regardless.
	Warnings []string
}

// Sniff reports whether data is a PDF: "%PDF-" at the start, or within the
// first 1024 bytes, where readers tolerate junk before the header.
func Sniff(data []byte) bool {
	n := min(len(data), 1024+5)
	return strings.Contains(string(data[:n]), "%PDF-")
}

// Decode reads the text layer of the PDF in data. It never panics; a file
// the engine cannot read, a scan without text, a file over the limits are
// errors.
func Decode(data []byte, opts Options) (res *Text, err error) {
	if opts.MaxPages <= 0 {
		opts.MaxPages = DefaultMaxPages
	}
	if opts.PageTimeout <= 0 {
		opts.PageTimeout = DefaultPageTimeout
	}
	if !Sniff(data) {
		return nil, ErrNotPDF
	}
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("%w: internal error: %v", ErrBroken, r)
		}
	}()
	// The wait for a free instance has no deadline of its own: whoever holds
	// one is bounded by the page count and the time per page, and a deadline
	// would fail files of a batch run with more workers than instances
	// merely for queueing (see SetWorkers).
	inst, err := instance(0)
	if err != nil {
		return nil, err
	}
	r := reader{inst: inst, opts: opts}
	defer func() {
		// A killed instance is already back in the pool, invalidated; any
		// other goes back even when reading panicked, or the pool would
		// shrink for good.
		if !r.killed.Load() {
			inst.Close()
		}
	}()
	return r.read(data)
}

// reader reads one document with one engine instance.
type reader struct {
	inst   pdfium.Pdfium
	opts   Options
	killed atomic.Bool
	glyphs []glyph
	runes  []rune
}

func (r *reader) read(data []byte) (*Text, error) {
	var doc *responses.OpenDocument
	var err error
	if terr := r.timed("opening the file", func() {
		doc, err = r.inst.OpenDocument(&requests.OpenDocument{File: &data})
	}); terr != nil {
		return nil, terr
	}
	if err != nil {
		msg := err.Error()
		if strings.Contains(strings.ToLower(msg), "password") {
			return nil, fmt.Errorf("pdf: %w: %v", source.ErrEncrypted, err)
		}
		return nil, fmt.Errorf("%w: %v", ErrBroken, err)
	}
	defer func() {
		if !r.killed.Load() {
			r.inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
		}
	}()
	pc, err := r.inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBroken, err)
	}
	n := pc.PageCount
	if n <= 0 {
		// No page to read: PDFium gives 0 for a page tree it cannot follow
		// (a broken /Pages reference), and an archive's PDF of no pages
		// holds no document either. Either way the input is unusable.
		return nil, fmt.Errorf("%w: no pages", ErrBroken)
	}
	if n > r.opts.MaxPages {
		return nil, fmt.Errorf("%w: %d pages, limit %d", ErrTooManyPages, n, r.opts.MaxPages)
	}
	res := &Text{Pages: n}
	var b vnenc.Builder
	var pieces []piece
	var pageErrs []int
	for p := 0; p < n; p++ {
		if p > 0 {
			b.AddStructure("\n\f")
		}
		gs, err := r.page(doc.Document, p)
		if err != nil {
			if errors.Is(err, ErrTimeout) {
				return nil, err
			}
			// A broken page is skipped; the others may be fine.
			pageErrs = append(pageErrs, p+1)
			res.NoTextPages = append(res.NoTextPages, p+1)
			continue
		}
		pieces = assemble(gs, pieces[:0])
		if !hasText(pieces) {
			res.NoTextPages = append(res.NoTextPages, p+1)
		}
		for _, pc := range pieces {
			if pc.layout {
				b.AddStructure(string(pc.r))
			} else {
				b.AddRune(pc.r, pc.enc, pc.upper && r.opts.PrintedCase)
			}
		}
	}
	text, enc, _ := b.Text()
	res.Text = text
	res.Encoding = "utf-8"
	if enc != vnenc.Unicode && enc != vnenc.Unknown {
		res.Encoding = enc.String()
		res.Warnings = append(res.Warnings, fmt.Sprintf("text in legacy %s fonts converted", enc))
	}
	res.PageStarts = make([]int, 0, n)
	res.PageStarts = append(res.PageStarts, 0)
	for i := 0; i < len(text) && len(res.PageStarts) < n; i++ {
		if text[i] == '\f' {
			res.PageStarts = append(res.PageStarts, i+1)
		}
	}
	for len(res.PageStarts) < n { // never short, whatever the text holds
		res.PageStarts = append(res.PageStarts, len(text))
	}
	if len(pageErrs) > 0 {
		res.Warnings = append(res.Warnings, "pages the engine could not read: "+pageList(pageErrs))
	}
	if n > 0 && len(res.NoTextPages) == n {
		return nil, ErrNoTextLayer
	}
	return res, nil
}

// page reads the glyphs of page p (0-based) within the page time limit.
func (r *reader) page(doc references.FPDF_DOCUMENT, p int) (gs []glyph, err error) {
	terr := r.timed(fmt.Sprintf("page %d", p+1), func() {
		gs, err = r.glyphsOf(doc, p)
	})
	if terr != nil {
		return nil, terr
	}
	return gs, err
}

// timed runs f, killing the engine instance when it takes longer than the
// page time limit: PDFium in WebAssembly is stopped by cancelling the
// instance's context, so a file that loops cannot hang a batch.
func (r *reader) timed(what string, f func()) error {
	timer := time.AfterFunc(r.opts.PageTimeout, func() {
		r.killed.Store(true)
		r.inst.Kill()
	})
	f()
	if !timer.Stop() || r.killed.Load() {
		r.killed.Store(true)
		return fmt.Errorf("%w: %s, limit %v", ErrTimeout, what, r.opts.PageTimeout)
	}
	return nil
}

// glyphsOf collects the glyphs of page p in content order.
func (r *reader) glyphsOf(doc references.FPDF_DOCUMENT, p int) ([]glyph, error) {
	inst := r.inst
	pg, err := inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: doc, Index: p})
	if err != nil {
		return nil, err
	}
	defer inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: pg.Page})
	tp, err := inst.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: requests.Page{ByReference: &pg.Page}})
	if err != nil {
		return nil, err
	}
	defer inst.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: tp.TextPage})
	cc, err := inst.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: tp.TextPage})
	if err != nil {
		return nil, err
	}
	gs := r.glyphs[:0]
	runes := r.pageRunes(tp.TextPage, cc.Count)
	for i := 0; i < cc.Count; i++ {
		var c rune
		if runes != nil {
			c = runes[i]
		} else {
			u, err := inst.FPDFText_GetUnicode(&requests.FPDFText_GetUnicode{TextPage: tp.TextPage, Index: i})
			if err != nil {
				return nil, err
			}
			c = rune(u.Unicode)
		}
		gs = append(gs, glyph{r: c})
	}
	// Each call into the engine costs a few microseconds, a box most of
	// them: the generated flag is asked of white space only (PDFium
	// generates nothing else), and the box and angle of the glyphs on
	// either side of white space, where assemble decides between a space,
	// a line break and nothing. Elsewhere PDFium's own order and breaks
	// stand.
	legacyPage := false
	for i := range gs {
		g := &gs[i]
		if layoutRune(g.r) {
			if gen, err := inst.FPDFText_IsGenerated(&requests.FPDFText_IsGenerated{TextPage: tp.TextPage, Index: i}); err == nil {
				g.generated = gen.IsGenerated
			}
			continue
		}
		// (and of the two letters of a lower-case letter written
		// against a capital, "cứPháp": a word gap the page drew without
		// a space, 092, or none, as in "vnExpress")
		if i > 0 && (layoutRune(gs[i-1].r) || caseBreak(gs[i-1].r, g.r)) || i+1 < len(gs) && (layoutRune(gs[i+1].r) || caseBreak(g.r, gs[i+1].r)) {
			if bx, err := inst.FPDFText_GetLooseCharBox(&requests.FPDFText_GetLooseCharBox{TextPage: tp.TextPage, Index: i}); err == nil {
				g.box = [4]float32{bx.Rect.Left, bx.Rect.Bottom, bx.Rect.Right, bx.Rect.Top}
				g.hasBox = true
			}
			if a, err := inst.FPDFText_GetCharAngle(&requests.FPDFText_GetCharAngle{TextPage: tp.TextPage, Index: i}); err == nil {
				g.angle = a.CharAngle
			}
		}
		if legacyCandidate(g.r) {
			g.enc, g.upper = r.fontEncoding(tp.TextPage, i)
			legacyPage = legacyPage || g.enc.Legacy()
		}
	}
	if legacyPage {
		// Legacy fonts keep ASCII, but VNI writes a letter and its marks as
		// separate codes that must stay in one run: on a page with legacy
		// fonts every glyph gets its font's encoding.
		for i := range gs {
			if !gs[i].generated && !legacyCandidate(gs[i].r) && gs[i].r > ' ' {
				gs[i].enc, gs[i].upper = r.fontEncoding(tp.TextPage, i)
			}
		}
	}
	r.glyphs = gs
	return gs, nil
}

// caseBreak reports a lower-case letter followed by a capital, where a word
// may end without a space glyph.
func caseBreak(a, b rune) bool { return unicode.IsLower(a) && unicode.IsUpper(b) }

// pageRunes reads the characters of a text page in one call, nil when
// that does not give one rune per character (PDFium writes UTF-16, and a
// character outside the BMP takes two units): the caller then asks
// character by character.
func (r *reader) pageRunes(tp references.FPDF_TEXTPAGE, n int) []rune {
	if n == 0 {
		return nil
	}
	t, err := r.inst.FPDFText_GetText(&requests.FPDFText_GetText{TextPage: tp, StartIndex: 0, Count: n})
	if err != nil {
		return nil
	}
	rs := r.runes[:0]
	for _, c := range t.Text {
		rs = append(rs, c)
	}
	r.runes = rs
	if len(rs) != n {
		return nil
	}
	return rs
}

// layoutRune reports the characters assemble reads as layout: white space
// and line breaks.
func layoutRune(c rune) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\f', '\v', 0xA0, 0x2028, 0x2029, 0x3000:
		return true
	}
	return c >= 0x2000 && c <= 0x200A
}

// fontEncoding is the legacy encoding implied by the name of the font of
// glyph i, Unicode when the name says nothing.
func (r *reader) fontEncoding(tp references.FPDF_TEXTPAGE, i int) (vnenc.Encoding, bool) {
	fi, err := r.inst.FPDFText_GetFontInfo(&requests.FPDFText_GetFontInfo{TextPage: tp, Index: i})
	if err != nil {
		return vnenc.Unicode, false
	}
	return vnenc.FromFont(baseFontName(fi.FontName))
}

// baseFontName drops the subset tag ("ABCDEF+") of an embedded font's name.
func baseFontName(s string) string {
	if len(s) > 7 && s[6] == '+' {
		tag := true
		for i := 0; i < 6; i++ {
			if s[i] < 'A' || s[i] > 'Z' {
				tag = false
				break
			}
		}
		if tag {
			return s[7:]
		}
	}
	return s
}

// legacyCandidate reports runes that a legacy font without a usable
// ToUnicode map produces for its Vietnamese letters: the Windows-1252 view
// of bytes 0x80–0xFF, and the minus and bullet operators TCVN3 text gets
// through some PDF makers. Only for these is the font looked up.
func legacyCandidate(c rune) bool {
	if c >= 0x80 && c <= 0xFF {
		return true
	}
	switch c {
	case 0x2212, 0x2219, 0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017D,
		0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x017E, 0x0178:
		return true
	}
	return false
}

// hasText reports whether page text holds more than the running header of
// a gazette ("CÔNG BÁO/Số 12/Ngày …") and a page number: a scanned page
// keeps just those, stamped as text over the image by the publisher.
func hasText(ps []piece) bool {
	var line []rune
	start := 0
	for i := 0; i <= len(ps); i++ {
		if i < len(ps) && !(ps[i].layout && ps[i].r == '\n') {
			continue
		}
		line = line[:0]
		for _, p := range ps[start:i] {
			line = append(line, p.r)
		}
		start = i + 1
		if !furnitureLine(string(line)) {
			return true
		}
	}
	return false
}

// furnitureLine reports a line that is blank, a page number, or a gazette
// running header.
func furnitureLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	digits := true
	for _, c := range s {
		if (c < '0' || c > '9') && c != '-' && c != ' ' {
			digits = false
			break
		}
	}
	if digits && len(s) <= 9 {
		return true
	}
	up := strings.ToUpper(s)
	return strings.HasPrefix(up, "CÔNG BÁO") || strings.HasPrefix(up, "CONG BAO")
}

// pageList writes page numbers as "3, 5-7".
func pageList(ps []int) string {
	var sb strings.Builder
	for i := 0; i < len(ps); {
		j := i
		for j+1 < len(ps) && ps[j+1] == ps[j]+1 {
			j++
		}
		if sb.Len() > 0 {
			sb.WriteString(", ")
		}
		if j > i {
			fmt.Fprintf(&sb, "%d-%d", ps[i], ps[j])
		} else {
			fmt.Fprintf(&sb, "%d", ps[i])
		}
		i = j + 1
	}
	return sb.String()
}

// PageList writes 1-based page numbers as a short list ("3, 5-7"), for
// warnings.
func PageList(ps []int) string { return pageList(ps) }
