package decode

import (
	"errors"
	"fmt"
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

// Decode recovers the text of src, whatever its format.
func Decode(src []byte) (*Result, error) {
	f := Sniff(src)
	res := &Result{Format: f, Confidence: 1}
	switch f {
	case FormatHTML:
		body := src
		if u, name, ok := utf16Text(src); ok {
			body, res.Encoding = u, name
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
		text, warns, err := docx.Text(src)
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
		text, enc, warns, err := rtf.Text(src)
		if err != nil {
			return nil, err
		}
		res.Text, res.Warnings, res.Encoding = []byte(text), warns, enc.String()
		return res, nil
	case FormatDOC:
		text, enc, warns, err := docText(src)
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
	if utf8.Valid(src) {
		res.Text, res.Encoding = src, "utf-8"
		// TCVN3/VNI text copied through a Latin-1 view is valid UTF-8 mojibake
		s := string(src)
		if enc, conf := vnenc.DetectText(s); enc != vnenc.Unicode && enc != vnenc.Unknown && conf >= legacyThreshold {
			res.Text = []byte(vnenc.DecodeRunes(s, enc, false))
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

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
