package decode

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/vnlegal/vanban/parser/decode/docx"
	"github.com/vnlegal/vanban/parser/decode/html"
	"github.com/vnlegal/vanban/parser/decode/rtf"
	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

// ErrUnsupported is returned for inputs recognised but not decoded: PDF,
// zip archives that are not DOCX, binary data.
var ErrUnsupported = errors.New("decode: unsupported input format")

// legacyThreshold is the detection confidence above which text that looks
// like TCVN3 or VNI mojibake is converted.
const legacyThreshold = 0.5

// Limits bound the work an input may cause; the zero value means the defaults.
type Limits struct {
	// MaxNesting is the deepest element nesting accepted in HTML (default and
	// most 512, which is also the HTML parser's own bound).
	MaxNesting int
	// MaxExpansion is how many times its compressed size a DOCX part may
	// expand to (default 64).
	MaxExpansion int
	// PrintedCase renders text in the ".Vn…H" fonts in the capitals those
	// fonts draw; without it the letters come back in the case stored in the
	// file, as transcripts of legacy documents keep them.
	PrintedCase bool
}

// Defaults for Limits.
const (
	DefaultMaxNesting   = 512
	DefaultMaxExpansion = 64
)

// ErrTooDeep is returned for HTML nested deeper than Limits.MaxNesting.
var ErrTooDeep = errors.New("decode: markup nested too deeply")

// Decode recovers the text of src, whatever its format, with default limits.
func Decode(src []byte) (*Result, error) {
	return DecodeLimits(src, Limits{})
}

// DecodeLimits is Decode with explicit limits.
func DecodeLimits(src []byte, lim Limits) (*Result, error) {
	if lim.MaxNesting <= 0 || lim.MaxNesting > DefaultMaxNesting {
		lim.MaxNesting = DefaultMaxNesting
	}
	if lim.MaxExpansion <= 0 {
		lim.MaxExpansion = DefaultMaxExpansion
	}
	f := Sniff(src)
	res := &Result{Format: f, Confidence: 1}
	switch f {
	case FormatHTML:
		body := src
		if u, name, ok := utf16Text(src); ok {
			body, res.Encoding = u, name
		}
		if d := markupDepth(body, lim.MaxNesting); d > lim.MaxNesting {
			return nil, fmt.Errorf("%w: more than %d levels", ErrTooDeep, lim.MaxNesting)
		}
		text, meta, warns, err := html.Text(body)
		if err != nil {
			return nil, err
		}
		res.Text = []byte(text)
		res.Meta = meta
		res.Warnings = warns
		if res.Encoding == "" {
			res.Encoding = meta["encoding"]
			if res.Encoding == "" {
				res.Encoding = "utf-8"
			}
		}
		return res, nil
	case FormatDOCX:
		text, warns, err := docx.TextLimit(src, lim.MaxExpansion)
		if err != nil {
			return nil, err
		}
		res.Text, res.Warnings, res.Encoding = []byte(text), warns, "utf-8"
		for _, w := range warns {
			if len(w) > 6 && (contains(w, "tcvn3") || contains(w, "vni")) {
				res.Encoding = "mixed"
			}
		}
		return res, nil
	case FormatRTF:
		rtfText := rtf.Text
		if lim.PrintedCase {
			rtfText = rtf.TextUpper
		}
		text, enc, warns, err := rtfText(src)
		if err != nil {
			return nil, err
		}
		res.Text, res.Warnings, res.Encoding = []byte(text), warns, enc.String()
		return res, nil
	case FormatDOC:
		text, enc, warns, err := docText(src, lim.PrintedCase)
		if err != nil {
			return nil, err
		}
		res.Text, res.Warnings, res.Encoding = []byte(text), warns, enc
		return res, nil
	case FormatPDF, FormatZip, FormatBinary:
		return nil, fmt.Errorf("%w: %s", ErrUnsupported, f)
	}
	return decodeText(src, res), nil
}

// decodeText handles plain text: UTF-16, UTF-8 (with or without BOM, NFD is
// left to normalise), and the legacy 8-bit encodings, converted when the
// statistics are confident.
func decodeText(src []byte, res *Result) *Result {
	if u, name, ok := utf16Text(src); ok {
		res.Text, res.Encoding = u, name
		return res
	}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		src = src[3:]
	}
	// The encoding is decided on a sample: a document does not change encoding
	// after its first 64 KiB, and a few bad bytes later on are replaced and
	// counted by the normalise stage.
	sample := runeHead(src, 64<<10)
	// Most documents are Unicode Vietnamese. When the first 8 KiB are valid
	// UTF-8 with Vietnamese letters in them (which neither legacy bytes nor
	// their Latin-1 mojibake produce), the rest of the sample cannot change the
	// verdict, and it is not validated here: the normalise stage reads every
	// byte anyway and replaces and counts the invalid ones.
	if head := runeHead(sample, 8<<10); hasVietnameseUTF8(head) && utf8.Valid(head) {
		res.Text, res.Encoding = src, "utf-8"
		return res
	}
	if utf8.Valid(sample) || mostlyUTF8(sample) {
		res.Text, res.Encoding = src, "utf-8"
		// TCVN3/VNI text copied through a Latin-1 view is valid UTF-8 mojibake;
		// only a legacy verdict costs a full pass.
		if hasVietnameseUTF8(sample) {
			return res // Vietnamese letters in Unicode: never converted
		}
		if enc, conf := vnenc.DetectText(string(sample)); enc != vnenc.Unicode && enc != vnenc.Unknown && conf >= legacyThreshold {
			res.Text = []byte(vnenc.DecodeRunes(string(src), enc, false))
			res.Encoding, res.Confidence = enc.String(), conf
			res.Warnings = append(res.Warnings, fmt.Sprintf("text converted from %s (confidence %.2f)", enc, conf))
		}
		return res
	}
	// 8-bit bytes: a legacy Vietnamese encoding or Windows-1258/1252
	enc, conf := vnenc.Detect(src)
	if enc == vnenc.Unicode || enc == vnenc.Unknown {
		enc, conf = vnenc.CP1258, 0.3
	}
	res.Text = []byte(vnenc.DecodeBytes(src, enc, false))
	res.Encoding, res.Confidence = enc.String(), conf
	res.Warnings = append(res.Warnings, fmt.Sprintf("8-bit text read as %s (confidence %.2f)", enc, conf))
	return res
}

// runeHead is b cut to at most n bytes, at the start of a rune.
func runeHead(b []byte, n int) []byte {
	if len(b) <= n {
		return b
	}
	for n > 0 && !utf8.RuneStart(b[n]) {
		n--
	}
	return b[:n]
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// voidElements never have content, so they do not nest.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true, "param": true,
	"p": true, "li": true, "td": true, "tr": true, "th": true, "option": true, "dt": true, "dd": true}

// markupDepth estimates the deepest element nesting of HTML in one pass over
// the bytes, stopping once it passes limit. Elements whose end tags HTML lets
// authors omit (p, li, td...) are not counted, so that sloppy real pages do
// not look deep.
func markupDepth(b []byte, limit int) int {
	depth, max := 0, 0
	for i := 0; i < len(b); i++ {
		if b[i] != '<' || i+1 >= len(b) {
			continue
		}
		j := i + 1
		closing := false
		if b[j] == '/' {
			closing = true
			j++
		}
		k := j
		for k < len(b) && (b[k] >= 'a' && b[k] <= 'z' || b[k] >= 'A' && b[k] <= 'Z' || b[k] >= '0' && b[k] <= '9') {
			k++
		}
		if k == j {
			continue
		}
		name := strings.ToLower(string(b[j:k]))
		if voidElements[name] {
			continue
		}
		end := bytes.IndexByte(b[k:], '>')
		if end < 0 {
			break
		}
		selfClosing := end > 0 && b[k+end-1] == '/'
		switch {
		case closing:
			if depth > 0 {
				depth--
			}
		case !selfClosing:
			depth++
			if depth > max {
				max = depth
				if max > limit {
					return max
				}
			}
		}
		i = k + end
	}
	return max
}

// mostlyUTF8 reports UTF-8 text with a few damaged bytes (a truncated or
// corrupted file): it stays UTF-8, and the normalise stage replaces and counts
// the bad bytes, rather than the whole file being read as a legacy encoding.
func mostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			good++
		}
		i += n
	}
	return good > 0 && bad*50 < good
}

// hasVietnameseUTF8 reports letters that only Vietnamese Unicode text has, in
// the bytes, without decoding: U+1EA0–U+1EF9 (E1 BA/BB ..) and ă, đ, ơ, ư.
func hasVietnameseUTF8(b []byte) bool {
	return bytes.Contains(b, []byte{0xE1, 0xBB}) || bytes.Contains(b, []byte{0xE1, 0xBA}) ||
		bytes.Contains(b, []byte("ư")) || bytes.Contains(b, []byte("đ")) || bytes.Contains(b, []byte("ơ")) || bytes.Contains(b, []byte("ă"))
}
