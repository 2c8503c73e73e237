// Package text recovers plain text stored in any encoding a Vietnamese
// document is found in: UTF-16 (with or without a byte-order mark), UTF-8
// (with or without one; NFD is left to the normalise stage), and the legacy
// 8-bit encodings (TCVN3, VNI, Windows-1258, VIQR), converted when the
// statistics of package vnenc are confident.
package text

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/parser/decode/source"
	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

// legacyThreshold is the detection confidence above which text that looks
// like TCVN3 or VNI mojibake is converted.
const legacyThreshold = 0.5

// Decode recovers the text of b as UTF-8. It never fails: bytes that are no
// encoding at all are read as Windows-1258 with a low confidence, and invalid
// UTF-8 is left for the normalise stage to replace and count.
func Decode(b []byte, _ source.Options) (*source.Result, error) {
	if u, enc, ok := UTF16(b); ok {
		return Wide(u, enc), nil
	}
	return Narrow(b), nil
}

// Wide is the result for text already converted from UTF-16 (by UTF16) to
// the UTF-8 u.
func Wide(u []byte, enc source.Encoding) *source.Result {
	return &source.Result{Text: u, Format: source.FormatText, Encoding: enc, Confidence: 1}
}

// Narrow decodes text that is not UTF-16: UTF-8, or a legacy 8-bit
// encoding. Callers that have already ruled out UTF-16 use it to spare
// Decode's test.
func Narrow(src []byte) *source.Result {
	res := &source.Result{Format: source.FormatText, Confidence: 1}
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
		res.Text, res.Encoding = src, source.UTF8
		return res
	}
	if utf8.Valid(sample) || mostlyUTF8(sample) {
		res.Text, res.Encoding = src, source.UTF8
		// TCVN3/VNI text copied through a Latin-1 view is valid UTF-8 mojibake;
		// only a legacy verdict costs a full pass.
		if hasVietnameseUTF8(sample) {
			return res // Vietnamese letters in Unicode: never converted
		}
		if enc, conf := vnenc.DetectText(string(sample)); enc != vnenc.Unicode && enc != vnenc.Unknown && conf >= legacyThreshold {
			res.Text = []byte(vnenc.DecodeRunes(string(src), enc, false))
			res.Encoding, res.Confidence = source.Encoding(enc.String()), conf
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
	res.Encoding, res.Confidence = source.Encoding(enc.String()), conf
	res.Warnings = append(res.Warnings, fmt.Sprintf("8-bit text read as %s (confidence %.2f)", enc, conf))
	return res
}

// UTF16 decodes src as UTF-16 when it has a byte-order mark, or when its
// zero bytes fall on every other position as UTF-16 text of Latin and
// Vietnamese letters does. It returns the text as UTF-8 and which UTF-16 it
// was.
func UTF16(src []byte) ([]byte, source.Encoding, bool) {
	var order binary.ByteOrder
	var name source.Encoding
	body := src
	switch {
	case bytes.HasPrefix(src, []byte("\xFF\xFE")):
		order, name, body = binary.LittleEndian, source.UTF16LE, src[2:]
	case bytes.HasPrefix(src, []byte("\xFE\xFF")):
		order, name, body = binary.BigEndian, source.UTF16BE, src[2:]
	default:
		n := len(src)
		if n > 4096 {
			n = 4096
		}
		if n < 4 {
			return nil, "", false
		}
		evenZero, oddZero := 0, 0
		for i := 0; i+1 < n; i += 2 {
			if src[i] == 0 {
				evenZero++
			}
			if src[i+1] == 0 {
				oddZero++
			}
		}
		pairs := n / 2
		switch {
		case oddZero*10 > pairs*6 && evenZero*10 < pairs:
			order, name = binary.LittleEndian, source.UTF16LE
		case evenZero*10 > pairs*6 && oddZero*10 < pairs:
			order, name = binary.BigEndian, source.UTF16BE
		default:
			return nil, "", false
		}
	}
	units := make([]uint16, len(body)/2)
	for i := range units {
		units[i] = order.Uint16(body[2*i:])
	}
	runes := utf16.Decode(units)
	out := make([]byte, 0, len(runes)+len(runes)/2)
	for _, r := range runes {
		out = utf8.AppendRune(out, r)
	}
	return out, name, true
}

// runeHead is b cut to at most n bytes, at the start of a rune.
func runeHead(b []byte, n int) []byte { return vntext.Head(b, n) }

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
