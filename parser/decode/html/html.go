// Package html recovers the text of a Vietnamese official document from an
// HTML page: a vbpl.vn page (the 2026 UI and the older SharePoint UI), a
// thuvienphapluat.vn page, or any other HTML file.
//
// It finds the element that holds the document (the one with the header
// table and the body), drops the site around it (menus, toolbars, attribute
// panels, related-document lists, footers) and writes one line per
// paragraph, one line per table cell in reading order. The site's attribute
// panel (Số hiệu, Loại văn bản, Cơ quan ban hành, Người ký, Ngày ban hành…)
// is returned separately as meta so that the caller can cross-check it with
// what the document itself prints.
package html

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"github.com/vnlegal/vanban/parser/decode/source"
)

// Keys of Result.Meta returned by Decode. Values are the text of the page's attribute
// panel, whitespace collapsed and in NFC, otherwise as printed (dates stay
// "dd/mm/yyyy").
const (
	MetaNumber    = "number"         // Số hiệu / Số ký hiệu
	MetaType      = "type"           // Loại văn bản
	MetaIssuer    = "issuer"         // Cơ quan ban hành / Nơi ban hành
	MetaSigner    = "signer"         // Người ký
	MetaDate      = "date"           // Ngày ban hành
	MetaEffective = "effective_date" // Ngày có hiệu lực
	MetaStatus    = "status"         // Tình trạng hiệu lực
	MetaPosition  = "signer_title"   // Chức danh (of the signer)
	MetaTitle     = "title"          // the page's title of the document
	MetaLayout    = "layout"         // which layout was recognised
	MetaEncoding  = "encoding"       // the character encoding the page was read in
)

// Layouts recognised (the value of meta["layout"]).
const (
	LayoutVBPL    = "vbpl"     // vbpl.vn, 2026 UI (Next.js, antd)
	LayoutVBPLOld = "vbpl-old" // vbpl.vn, SharePoint UI (toanvancontent)
	LayoutTVPL    = "tvpl"     // thuvienphapluat.vn (content1 / divContentDoc)
	LayoutAnLe    = "anle"     // anle.toaan.gov.vn (divPrint)
	LayoutGeneric = "generic"  // main, article or body
)

// Decode returns the document text of the HTML page b as UTF-8 lines, the
// attribute panel of the page as Result.Meta, and warnings about what was
// guessed or is missing. Markup nested deeper than opt.MaxNesting is refused
// with an error wrapping source.ErrTooDeep. It does not panic; err is
// non-nil only when b is too deep or cannot be parsed at all.
func Decode(b []byte, opt source.Options) (*source.Result, error) {
	limit := opt.WithDefaults().MaxNesting
	if d := markupDepth(b, limit); d > limit {
		return nil, fmt.Errorf("%w: more than %d levels", source.ErrTooDeep, limit)
	}
	text, meta, warnings, err := extract(b)
	if err != nil {
		return nil, err
	}
	enc := source.Encoding(meta[MetaEncoding])
	if enc == "" {
		enc = source.UTF8
	}
	return &source.Result{Text: []byte(text), Format: source.FormatHTML, Encoding: enc, Confidence: 1, Warnings: warnings, Meta: meta}, nil
}

// extract returns the document text of the page, its attribute panel and
// the warnings.
func extract(b []byte) (text string, meta map[string]string, warnings []string, err error) {
	meta = map[string]string{}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", meta, []string{"html: empty input"}, nil
	}
	src, enc, warnings := toUTF8(b)
	meta[MetaEncoding] = enc
	src = stripRaw(src)
	src = stripStyleAttrs(src)
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(src))
	if err != nil {
		return "", meta, warnings, err
	}
	root := doc.Get(0)

	var f finder
	f.walk(root)
	container, layout := f.pick()
	meta[MetaLayout] = layout
	f.meta(meta, container)

	var w writer
	w.out = make([]byte, 0, len(src)/8)
	if container != nil {
		w.block(container)
		w.newline()
	}
	text = strings.TrimRight(string(w.out), "\n")

	switch {
	case text == "" && len(meta) > 2:
		warnings = append(warnings, "html: the page has no document text, only its attributes")
	case text == "":
		warnings = append(warnings, "html: no text found")
	case layout == LayoutGeneric:
		warnings = append(warnings, "html: no known document container; took the text of the whole page")
	}
	if text != "" && !looksVietnamese(text) {
		warnings = append(warnings, "html: the document text does not look Vietnamese (a translation?)")
	}
	return text, meta, warnings, nil
}

// looksVietnamese reports whether text has the letters of Vietnamese: at
// least one letter in a hundred is one that English does not use.
func looksVietnamese(s string) bool {
	letters, viet := 0, 0
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				letters++
			}
		case unicode.IsLetter(r):
			letters++
			viet++
		case unicode.Is(unicode.Mn, r):
			viet++
		}
		if letters >= 20000 {
			break
		}
	}
	if letters < 200 {
		return true
	}
	return viet*100 >= letters
}

// stripStyleAttrs drops inline style attributes before the HTML parse: on
// saved vbpl.vn pages they are a third of what is left after <style> and
// <svg> are cut, and only "display" (hiddenStyle) matters to the text. One
// pass; the input is returned as it is when it has none.
func stripStyleAttrs(b []byte) []byte {
	const attr = ` style="`
	i := bytes.Index(b, []byte(attr))
	if i < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	for i >= 0 {
		v := i + len(attr)
		end := bytes.IndexByte(b[v:], '"')
		if end < 0 {
			break
		}
		end += v
		val := b[v:end]
		if bytes.Contains(val, []byte("display")) || bytes.Contains(val, []byte("visibility")) {
			out = append(out, b[:end+1]...)
		} else {
			out = append(out, b[:i]...)
		}
		b = b[end+1:]
		i = bytes.Index(b, []byte(attr))
	}
	return append(out, b...)
}
