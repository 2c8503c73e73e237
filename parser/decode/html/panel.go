package html

import (
	"strings"
	"unicode"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

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
