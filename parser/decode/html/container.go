package html

import (
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
	}
	// otherwise the first container found, the sites' own before the
	// generic elements
	for _, c := range [...]struct {
		node   *xhtml.Node
		layout string
	}{
		{f.toanvan, LayoutVBPLOld},
		{f.tvplContent, LayoutTVPL},
		{f.tvplDoc, LayoutTVPL},
		{f.anle, LayoutAnLe},
		{f.main, LayoutGeneric},
		{f.article, LayoutGeneric},
		{f.body, LayoutGeneric},
	} {
		if c.node != nil {
			return c.node, c.layout
		}
	}
	return nil, LayoutGeneric
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
