package html

import (
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
