package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"

	"golang.org/x/net/html/charset"
)

// newDecoder returns a token decoder for a part; a part declared in another
// encoding than UTF-8 (UTF-16 happens) is converted.
func newDecoder(b []byte) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.CharsetReader = charset.NewReaderLabel
	return d
}

// walkXML reads the elements of a part in document order, calling start at
// every start tag and end at every end tag; it returns nil at the end of the
// part, or the first error of the XML reader.
func walkXML(b []byte, start func(xml.StartElement), end func(xml.EndElement)) error {
	d := newDecoder(b)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			start(t)
		case xml.EndElement:
			end(t)
		}
	}
}

// attr returns the value of the attribute with the given local name.
func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func hasAttr(se xml.StartElement, local string) bool {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return true
		}
	}
	return false
}

// onOff reads a toggle property (<w:vanish/>, <w:vanish w:val="0"/>).
func onOff(se xml.StartElement) bool {
	switch attr(se, "val") {
	case "0", "false", "off":
		return false
	}
	return true
}

type rel struct{ typ, target string }

func parseRels(b []byte) []rel {
	var out []rel
	d := newDecoder(b)
	for {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" {
			out = append(out, rel{attr(se, "Type"), attr(se, "Target")})
		}
	}
}

// fonts is the font of a run, by script slot.
type fonts struct {
	ascii, hAnsi, cs string
	set              bool // some slot was given
}

// over overlays the slots given in o.
func (f fonts) over(o fonts) fonts {
	if o.ascii != "" {
		f.ascii = o.ascii
	}
	if o.hAnsi != "" {
		f.hAnsi = o.hAnsi
	}
	if o.cs != "" {
		f.cs = o.cs
	}
	f.set = f.set || o.set
	return f
}

// name is the font that draws the text: the high-ANSI slot draws the
// accented letters of legacy text, the ASCII slot the rest.
func (f fonts) name() string {
	switch {
	case f.hAnsi != "":
		return f.hAnsi
	case f.ascii != "":
		return f.ascii
	}
	return f.cs
}

// readFonts reads <w:rFonts>. A theme font slot (asciiTheme…) overrides the
// named one and is never a legacy font: it is recorded as "+theme".
func readFonts(se xml.StartElement) fonts {
	f := fonts{ascii: attr(se, "ascii"), hAnsi: attr(se, "hAnsi"), cs: attr(se, "cs")}
	if hasAttr(se, "asciiTheme") {
		f.ascii = "+theme"
	}
	if hasAttr(se, "hAnsiTheme") {
		f.hAnsi = "+theme"
	}
	f.set = f.ascii != "" || f.hAnsi != "" || f.cs != ""
	return f
}

// numRef is a paragraph's list membership.
type numRef struct {
	numID string
	ilvl  int
	set   bool
}

type style struct {
	typ, basedOn string
	fonts        fonts
	num          numRef
}

// styleSheet is what Text needs of styles.xml.
type styleSheet struct {
	defaults     fonts
	styles       map[string]*style
	defaultPara  string
	defaultChars string
}

func (s *styleSheet) parse(b []byte) error {
	s.styles = map[string]*style{}
	var cur *style
	inDefaults := false
	start := func(t xml.StartElement) {
		switch t.Name.Local {
		case "rPrDefault":
			inDefaults = true
		case "style":
			cur = &style{typ: attr(t, "type")}
			id := attr(t, "styleId")
			s.styles[id] = cur
			if attr(t, "default") == "1" || attr(t, "default") == "true" {
				switch cur.typ {
				case "paragraph":
					s.defaultPara = id
				case "character":
					s.defaultChars = id
				}
			}
		case "basedOn":
			if cur != nil {
				cur.basedOn = attr(t, "val")
			}
		case "rFonts":
			switch {
			case inDefaults:
				s.defaults = s.defaults.over(readFonts(t))
			case cur != nil:
				cur.fonts = cur.fonts.over(readFonts(t))
			}
		case "numId":
			if cur != nil {
				cur.num.numID, cur.num.set = attr(t, "val"), true
			}
		case "ilvl":
			if cur != nil {
				cur.num.ilvl = atoi(attr(t, "val"))
			}
		}
	}
	end := func(t xml.EndElement) {
		switch t.Name.Local {
		case "rPrDefault":
			inDefaults = false
		case "style":
			cur = nil
		}
	}
	return walkXML(b, start, end)
}

// chain returns the style and its bases, base first (at most 20 deep, so a
// loop in basedOn ends).
func (s *styleSheet) chain(id string) []*style {
	var out []*style
	for i := 0; i < 20 && id != ""; i++ {
		st := s.styles[id]
		if st == nil {
			break
		}
		out = append([]*style{st}, out...)
		id = st.basedOn
	}
	return out
}

// paraFonts is the font a paragraph style gives its runs.
func (s *styleSheet) paraFonts(pstyle string) fonts {
	f := s.defaults
	if pstyle == "" {
		pstyle = s.defaultPara
	}
	for _, st := range s.chain(pstyle) {
		f = f.over(st.fonts)
	}
	return f
}

func (s *styleSheet) charFonts(f fonts, rstyle string) fonts {
	for _, st := range s.chain(rstyle) {
		f = f.over(st.fonts)
	}
	return f
}

// paraNum is the numbering a paragraph style gives.
func (s *styleSheet) paraNum(pstyle string) numRef {
	if pstyle == "" {
		pstyle = s.defaultPara
	}
	var n numRef
	for _, st := range s.chain(pstyle) {
		if st.num.set {
			n = st.num
		}
	}
	return n
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0
	}
	if n > 1<<30 {
		return 1 << 30
	}
	return n
}
