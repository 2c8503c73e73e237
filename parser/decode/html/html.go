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
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/vnlegal/vanban/parser/decode/source"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// Meta keys returned by Text. Values are the text of the page's attribute
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

// finder records, in one walk over the tree, the candidate containers of
// each known layout and the label elements of attribute panels.
type finder struct {
	vbpl, vbplOld, toanvan, tvplContent, tvplDoc, anle *xhtml.Node
	main, article, body                                *xhtml.Node
	title                                              *xhtml.Node
	labels                                             []label
}

type label struct {
	key  string
	node *xhtml.Node
}

func (f *finder) walk(n *xhtml.Node) {
	for c := n; c != nil; c = c.NextSibling {
		if c.Type != xhtml.ElementNode {
			if c.Type == xhtml.DocumentNode {
				f.walk(c.FirstChild)
			}
			continue
		}
		if skipTag(c) {
			continue
		}
		f.visit(c)
		if c.FirstChild != nil {
			f.walk(c.FirstChild)
		}
	}
}

func (f *finder) visit(n *xhtml.Node) {
	var id, class string
	vbplRoot := false
	for _, a := range n.Attr {
		switch a.Key {
		case "id":
			id = a.Val
		case "class":
			class = a.Val
		case "data-vbpl-content-root":
			vbplRoot = true
		}
	}
	switch n.DataAtom {
	case atom.Main:
		setFirst(&f.main, n)
	case atom.Article:
		setFirst(&f.article, n)
	case atom.Body:
		setFirst(&f.body, n)
	}
	if hasClass(class, "preview-content") || vbplRoot && n.DataAtom != atom.Main && n.DataAtom != atom.Body {
		setFirst(&f.vbpl, n)
	}
	if n.DataAtom == atom.Div && hasClass(class, "fulltext") {
		setFirst(&f.vbplOld, n)
	}
	switch id {
	case "toanvancontent":
		setFirst(&f.toanvan, n)
	case "divContentDoc":
		setFirst(&f.tvplDoc, n)
	case "divPrint":
		setFirst(&f.anle, n)
	}
	if hasClass(class, "content1") && n.DataAtom == atom.Div {
		setFirst(&f.tvplContent, n)
	}
	if n.DataAtom == atom.H1 && strings.Contains(class, "lawDocumentHeader_title") {
		setFirst(&f.title, n)
	}
	if n.FirstChild != nil && n.DataAtom != atom.A && n.DataAtom != atom.Li {
		if s, ok := shortText(n, 48); ok {
			if key := labelKey(s); key != "" {
				f.labels = append(f.labels, label{key, n})
			}
		}
	}
}

func setFirst(p **xhtml.Node, n *xhtml.Node) {
	if *p == nil {
		*p = n
	}
}

// pick chooses the container of the document text.
func (f *finder) pick() (*xhtml.Node, string) {
	switch {
	case f.vbpl != nil:
		return f.vbpl, LayoutVBPL
	case f.title != nil:
		// a vbpl.vn page saved on its attribute tab: no document text
		return nil, LayoutVBPL
	case f.vbplOld != nil && f.toanvan != nil && isAncestor(f.vbplOld, f.toanvan):
		return f.vbplOld, LayoutVBPLOld
	case f.toanvan != nil:
		return f.toanvan, LayoutVBPLOld
	case f.tvplContent != nil:
		return f.tvplContent, LayoutTVPL
	case f.tvplDoc != nil:
		return f.tvplDoc, LayoutTVPL
	case f.anle != nil:
		return f.anle, LayoutAnLe
	case f.main != nil:
		return f.main, LayoutGeneric
	case f.article != nil:
		return f.article, LayoutGeneric
	case f.body != nil:
		return f.body, LayoutGeneric
	}
	return nil, LayoutGeneric
}

// meta fills m from the attribute labels found outside the container.
func (f *finder) meta(m map[string]string, container *xhtml.Node) {
	if f.title != nil {
		if s := collapse(nodeText(f.title)); s != "" {
			m[MetaTitle] = s
		}
	}
	for _, l := range f.labels {
		if _, done := m[l.key]; done {
			continue
		}
		if container != nil && inDocument(container, l.node) {
			continue
		}
		if v := labelValue(l.node); v != "" {
			m[l.key] = v
		}
	}
}

// labelValue is the value printed after a label element: the next element
// sibling (a table cell, an antd description content), or the text that
// follows the label inside its parent (<li><span>Hiệu lực:</span> Còn</li>).
func labelValue(n *xhtml.Node) string {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		switch s.Type {
		case xhtml.ElementNode:
			switch s.DataAtom {
			case atom.Ul, atom.Ol, atom.Table, atom.Nav, atom.Dl:
				return "" // a menu under a heading, not a value
			}
			return clip(collapse(nodeText(s)))
		case xhtml.TextNode:
			if strings.TrimSpace(s.Data) == "" {
				continue
			}
			var sb strings.Builder
			for t := s; t != nil; t = t.NextSibling {
				if t.Type == xhtml.ElementNode && isBlock(t) {
					break
				}
				appendText(&sb, t)
			}
			return clip(collapse(sb.String()))
		}
	}
	return ""
}

// clip drops values that are too long to be an attribute or that have no
// letter or digit ("--" for an unknown date).
func clip(s string) string {
	if len(s) > 400 || strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}) < 0 {
		return ""
	}
	return s
}

var labelKeys = map[string]string{
	"số hiệu":             MetaNumber,
	"số ký hiệu":          MetaNumber,
	"số, ký hiệu":         MetaNumber,
	"số hiệu văn bản":     MetaNumber,
	"số án lệ":            MetaNumber,
	"loại văn bản":        MetaType,
	"cơ quan ban hành":    MetaIssuer,
	"nơi ban hành":        MetaIssuer,
	"người ký":            MetaSigner,
	"ngày ban hành":       MetaDate,
	"ngày thông qua":      MetaDate,
	"ngày có hiệu lực":    MetaEffective,
	"ngày hiệu lực":       MetaEffective,
	"hiệu lực":            MetaStatus,
	"tình trạng hiệu lực": MetaStatus,
	"tình trạng":          MetaStatus,
	"chức danh":           MetaPosition,
	"tên án lệ":           MetaTitle,
}

// labelKey maps the text of a label element to a meta key.
func labelKey(s string) string {
	s = strings.TrimLeft(s, " \t\r\n\f")
	// every label starts with one of these letters and has a space: skip
	// the rest of the page cheaply
	if len(s) < 6 || strings.IndexByte("SsLlCcNnHhTt", s[0]) < 0 || strings.IndexByte(s, ' ') < 0 {
		return ""
	}
	s = strings.TrimSpace(collapse(s))
	s = strings.TrimRight(s, ": ")
	if s == "" || len(s) > 40 {
		return ""
	}
	s = strings.ToLower(norm.NFC.String(s))
	return labelKeys[s]
}

// shortText returns the text of n if it is at most max bytes long and has
// no link.
func shortText(n *xhtml.Node, max int) (string, bool) {
	var buf [64]byte
	b := buf[:0]
	ok := true
	var rec func(*xhtml.Node)
	rec = func(n *xhtml.Node) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			switch c.Type {
			case xhtml.TextNode:
				if len(b)+len(c.Data) > max {
					ok = false
					return
				}
				b = append(b, c.Data...)
			case xhtml.ElementNode:
				if c.DataAtom == atom.A {
					ok = false // a link: navigation, not a label
					return
				}
				if !skipTag(c) {
					rec(c)
				}
			}
		}
	}
	rec(n)
	return string(b), ok
}

func nodeText(n *xhtml.Node) string {
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		appendText(&sb, c)
	}
	return sb.String()
}

func appendText(sb *strings.Builder, n *xhtml.Node) {
	switch n.Type {
	case xhtml.TextNode:
		sb.WriteString(n.Data)
	case xhtml.ElementNode:
		if skipAlways(n) {
			return
		}
		if n.DataAtom == atom.Br {
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			appendText(sb, c)
		}
	}
}

// collapse folds runs of ASCII white space into one space and trims, and
// returns the result in NFC.
func collapse(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == 0xA0
	})
	return norm.NFC.String(strings.Join(f, " "))
}

// inDocument reports whether n is part of the document text under
// container: below it and not inside site chrome (the vbInfo box of an old
// vbpl.vn page sits inside the container).
func inDocument(container, n *xhtml.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == container {
			return true
		}
		if p.Type == xhtml.ElementNode && chrome(p) {
			return false
		}
	}
	return false
}

func isAncestor(a, n *xhtml.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

func hasClass(class, name string) bool {
	for len(class) > 0 {
		i := strings.IndexAny(class, " \t\n\r\f")
		var w string
		if i < 0 {
			w, class = class, ""
		} else {
			w, class = class[:i], class[i+1:]
		}
		if w == name {
			return true
		}
	}
	return false
}

// skipAlways reports elements whose content is never document text:
// skipTag, and elements hidden by a hidden attribute or display:none.
func skipAlways(n *xhtml.Node) bool {
	if skipTag(n) {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if hiddenStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// skipTag reports elements that never hold text: scripts, styles, forms'
// controls, media.
func skipTag(n *xhtml.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Head, atom.Title, atom.Iframe, atom.Object, atom.Embed, atom.Canvas,
		atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Audio, atom.Video:
		return true
	}
	return n.DataAtom == 0 && n.Data == "next-route-announcer"
}

func hiddenStyle(s string) bool {
	i := strings.Index(s, "display")
	if i < 0 {
		return false
	}
	s = strings.TrimLeft(s[i+len("display"):], " ")
	if !strings.HasPrefix(s, ":") {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(s[1:], " "), "none")
}

// chrome reports elements inside a container that belong to the site, not
// to the document, and elements of site layout outside any container.
func chrome(n *xhtml.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Footer, atom.Aside, atom.Form:
		// a SharePoint page wraps the whole site in a <form>: keep it
		return n.DataAtom != atom.Form || !hasAttr(n, "id", "aspnetForm")
	case atom.Header:
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "class" {
			for _, c := range chromeClasses {
				if hasClass(a.Val, c) {
					return true
				}
			}
		}
		if a.Key == "role" && (a.Val == "navigation" || a.Val == "banner" || a.Val == "contentinfo") {
			return true
		}
	}
	return false
}

var chromeClasses = []string{
	"vbInfo",               // vbpl.vn old: effect status box above the text
	"ant-tabs-nav",         // vbpl.vn: tab bar
	"ant-breadcrumb",       // vbpl.vn: breadcrumb
	"box-map",              // vbpl.vn old: breadcrumb
	"ant-descriptions",     // vbpl.vn: attribute panel
	"vbFile", "vbLienQuan", // vbpl.vn old: attachments, related documents, comments
	"vanbanlienquan",       // related documents
	"GgToolbar", "toolbar", // toolbars
	"social", "share", // share buttons
}

func hasAttr(n *xhtml.Node, key, val string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Val == val {
			return true
		}
	}
	return false
}

func isBlock(n *xhtml.Node) bool {
	switch n.DataAtom {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Center,
		atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup,
		atom.Hr, atom.Html, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P,
		atom.Pre, atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Thead,
		atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Ul, atom.Caption, atom.Legend,
		atom.Option, atom.Br:
		return true
	}
	return false
}

// writer accumulates the text lines.
type writer struct {
	out       []byte
	lineStart int  // offset of the current line in out
	space     bool // white space seen since the last character of the line
	pre       int  // depth of <pre> elements
}

// block writes the content of n (n itself is the container: it is not
// tested for chrome).
func (w *writer) block(n *xhtml.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

func (w *writer) node(n *xhtml.Node) {
	switch n.Type {
	case xhtml.TextNode:
		w.text(n.Data)
		return
	case xhtml.ElementNode:
	case xhtml.DocumentNode:
		w.block(n)
		return
	default:
		return
	}
	if skipAlways(n) || chrome(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		w.newline()
		return
	case atom.Img, atom.Wbr:
		return
	case atom.Pre:
		w.newline()
		w.pre++
		w.block(n)
		w.pre--
		w.newline()
		return
	}
	if isBlock(n) {
		w.newline()
		w.block(n)
		w.newline()
		return
	}
	w.block(n)
}

func (w *writer) text(s string) {
	if w.pre > 0 {
		for _, line := range strings.SplitAfter(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
			if strings.HasSuffix(line, "\n") {
				w.out = append(w.out, strings.TrimSuffix(line, "\n")...)
				w.newline()
			} else {
				w.out = append(w.out, line...)
			}
		}
		return
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			w.space = true
			i++
			continue
		}
		j := i + 1
		for j < len(s) {
			c := s[j]
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
				break
			}
			j++
		}
		if w.space && len(w.out) > w.lineStart {
			w.out = append(w.out, ' ')
		}
		w.space = false
		w.out = append(w.out, s[i:j]...)
		i = j
	}
}

// newline ends the current line; a line with nothing visible is dropped.
func (w *writer) newline() {
	w.space = false
	line := w.out[w.lineStart:]
	if blank(line) {
		w.out = w.out[:w.lineStart]
		return
	}
	w.out = append(w.out, '\n')
	w.lineStart = len(w.out)
}

// blank reports whether line has no visible character (spaces, no-break
// spaces and invisible format characters only).
func blank(line []byte) bool {
	for len(line) > 0 {
		r, n := utf8.DecodeRune(line)
		line = line[n:]
		if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError && n == 1 {
			continue
		}
		return false
	}
	return true
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
