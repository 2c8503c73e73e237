package html

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/vnlegal/vanban/internal/vntext"
)

// toUTF8 returns b as UTF-8. A byte-order mark wins; then input that is
// already valid UTF-8 is kept as it is (the usual case, whatever the page
// declares); then the charset declared in a <meta> element; and as a last
// resort Windows-1258, the Vietnamese Windows code page, with a warning.
func toUTF8(b []byte) ([]byte, string, []string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return b[3:], "utf-8", nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err == nil {
			return out, "utf-16le", nil
		}
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err == nil {
			return out, "utf-16be", nil
		}
	}
	if utf8.Valid(b) {
		return b, "utf-8", nil
	}
	if label := declaredCharset(b); label != "" {
		if enc, name := charset.Lookup(label); enc != nil {
			if out, err := enc.NewDecoder().Bytes(b); err == nil {
				return out, name, nil
			}
		}
	}
	out, err := charmap.Windows1258.NewDecoder().Bytes(b)
	if err != nil {
		return b, "utf-8", []string{"html: text is not valid UTF-8 and its encoding is unknown"}
	}
	return out, "windows-1258", []string{"html: text is not valid UTF-8 and declares no charset; read as windows-1258"}
}

// declaredCharset finds the charset named by a <meta charset=…> or
// <meta http-equiv="Content-Type" content="…; charset=…"> before <body>.
func declaredCharset(b []byte) string {
	if i := indexFold(b, "<body", 0); i >= 0 {
		b = b[:i]
	}
	for p := 0; ; {
		i := indexFold(b, "<meta", p)
		if i < 0 {
			return ""
		}
		end := bytes.IndexByte(b[i:], '>')
		if end < 0 {
			return ""
		}
		tag := b[i : i+end]
		p = i + end
		j := indexFold(tag, "charset", 0)
		if j < 0 {
			continue
		}
		v := tag[j+len("charset"):]
		v = bytes.TrimLeft(v, " \t\r\n")
		if len(v) == 0 || v[0] != '=' {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
		k := 0
		for k < len(v) && v[k] != '"' && v[k] != '\'' && v[k] != ';' && v[k] != ' ' && v[k] != '/' && v[k] != '>' {
			k++
		}
		if k > 0 {
			return string(v[:k])
		}
	}
}

// indexFold is bytes.Index for an ASCII lower-case needle, ignoring ASCII
// case in b, starting at from.
func indexFold(b []byte, needle string, from int) int {
	first := needle[0]
	for i := from; i+len(needle) <= len(b); {
		j := bytes.IndexByte(b[i:], first)
		if j < 0 {
			return -1
		}
		i += j
		if i+len(needle) > len(b) {
			return -1
		}
		if vntext.HasPrefixASCIIFold(b[i:], needle) {
			return i
		}
		i++
	}
	return -1
}

// stripRaw removes <style>, <script> and <svg> elements with their
// content before parsing: vbpl.vn pages carry about a megabyte of inline CSS
// that the parser would otherwise copy into text nodes only to be thrown
// away, and a base64 image inside an <svg> of about as much.
func stripRaw(b []byte) []byte {
	var out []byte
	last := 0
	for p := 0; p < len(b); {
		i := bytes.IndexByte(b[p:], '<')
		if i < 0 {
			break
		}
		i += p
		name := rawTagAt(b, i)
		if name == "" {
			p = i + 1
			continue
		}
		end := indexFold(b, "</"+name, i+1+len(name))
		stop := len(b)
		if end >= 0 {
			if gt := bytes.IndexByte(b[end:], '>'); gt >= 0 {
				stop = end + gt + 1
			}
		}
		if out == nil {
			out = make([]byte, 0, len(b)/2)
		}
		out = append(out, b[last:i]...)
		last = stop
		p = stop
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

// rawTagAt reports which start tag to cut (style, script, svg) begins at b[i].
func rawTagAt(b []byte, i int) string {
	for _, name := range [...]string{"style", "script", "svg"} {
		j := i + 1 + len(name)
		if j < len(b) && vntext.HasPrefixASCIIFold(b[i+1:], name) {
			switch b[j] {
			case ' ', '>', '\t', '\n', '\r', '\f', '/':
				return name
			}
		}
	}
	return ""
}
