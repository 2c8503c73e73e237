// Package vnenc converts text typed in the legacy Vietnamese 8-bit font
// encodings — TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts .VnTime, .VnArial…),
// VNI (VNI-Times…), Windows-1258 and the ASCII convention VIQR — to Unicode
// NFC, and guesses the encoding of text that carries no font name.
//
// Legacy text reaches a decoder in two shapes: as raw bytes (an RTF \'xx
// escape, an 8-bit piece of a .doc) — use DecodeBytes — or as runes that are
// the Windows-1252/Latin-1 view of those bytes (a DOCX typed in .VnTime, a
// 16-bit .doc piece, an RTF \uN) — use DecodeRunes. The encoding of a run
// usually comes from its font name (FromFont); Detect and DetectText decide
// from the text alone.
package vnenc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Encoding names a character encoding of Vietnamese text.
type Encoding int

// The encodings vnenc knows.
const (
	// Unicode is text that needs no conversion (UTF-8, UTF-16 or Latin text).
	Unicode Encoding = iota
	// TCVN3 is TCVN 5712:1993 VN3 ("ABC"), the encoding of the .Vn* fonts:
	// one byte per accented lower-case letter.
	TCVN3
	// VNI is the encoding of the VNI-* fonts: a base letter followed by a
	// mark byte.
	VNI
	// CP1258 is Windows-1258: precomposed ă â ê ô ơ ư đ and tone marks as
	// separate combining bytes.
	CP1258
	// VIQR is the ASCII convention that writes marks as punctuation after the
	// vowel ("Vie^.t Nam").
	VIQR
	// Unknown means the encoding could not be decided.
	Unknown
	// Mixed reports a document whose runs used several encodings (each run
	// was converted with its own).
	Mixed
)

// String returns the name of the encoding as used in source.Result:
// "utf-8", "tcvn3", "vni", "windows-1258", "viqr", "unknown" or "mixed".
func (e Encoding) String() string {
	switch e {
	case Unicode:
		return "utf-8"
	case TCVN3:
		return "tcvn3"
	case VNI:
		return "vni"
	case CP1258:
		return "windows-1258"
	case VIQR:
		return "viqr"
	case Mixed:
		return "mixed"
	}
	return "unknown"
}

// Legacy reports whether text in e needs conversion (TCVN3, VNI, CP1258 or VIQR).
func (e Encoding) Legacy() bool { return e >= TCVN3 && e <= VIQR }

// FromFont returns the encoding a font name implies. The ABC fonts
// (.VnTime, .VnArial, any ".Vn…" name, VnTime without the dot, VN3 and TCVN3
// names such as VNSTCVN3) give TCVN3; their "H" variants (.VnTimeH,
// .VnArialH, .VnBahamasBH), which draw the same bytes as capitals, also give
// upper = true. Names starting with "VNI" followed by a separator (VNI-Times,
// VNI Helve) or holding "VNI" (VNSVNI2) give VNI. Every other font gives
// Unicode.
func FromFont(font string) (enc Encoding, upper bool) {
	name := strings.TrimSpace(font)
	// Drop a style suffix some writers append: ".VnTimeH,Bold".
	if i := strings.IndexByte(name, ','); i > 0 {
		name = strings.TrimSpace(name[:i])
	}
	if name == "" {
		return Unicode, false
	}
	var lb [64]byte
	low := lowerASCII(name, lb[:0])
	switch {
	case hasPrefix(low, ".vn"):
		return TCVN3, name[len(name)-1] == 'H'
	case hasPrefix(low, "vni") && (len(low) == 3 || low[3] == '-' || low[3] == ' ' || low[3] == '_'):
		return VNI, false
	case contains(low, "tcvn3") || contains(low, "vn3"):
		return TCVN3, false
	case contains(low, "vni"): // VNSVNI2 and other VNI-keyboard fonts
		return VNI, false
	case hasPrefix(low, "vntime") || hasPrefix(low, "vnarial") || hasPrefix(low, "vnavant"):
		return TCVN3, false
	}
	return Unicode, false
}

func lowerASCII(s string, buf []byte) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

func hasPrefix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}

func contains(b []byte, p string) bool {
	return strings.Contains(string(b), p)
}

// DecodeBytes converts legacy 8-bit text in encoding e to Unicode NFC. With
// upper set (text in an "H" font such as .VnTimeH) the result is capitalised.
// Unicode and Unknown read the bytes as Windows-1252.
func DecodeBytes(b []byte, e Encoding, upper bool) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/4)
	switch e {
	case TCVN3:
		for _, c := range b {
			writeTCVN3(&sb, rune(c), upper)
		}
	case VNI:
		decodeVNI(&sb, byteSource(b), upper)
	case CP1258:
		for _, c := range b {
			sb.WriteRune(cp1258[c])
		}
	case VIQR:
		decodeVIQR(&sb, byteSource(b))
	default:
		for _, c := range b {
			sb.WriteRune(cp1252[c])
		}
	}
	if e == TCVN3 && !upper {
		return capsInWords(finish(sb.String(), false))
	}
	return finish(sb.String(), upper && e != TCVN3 && e != VNI)
}

// DecodeRunes converts text whose runes are the Windows-1252 (or Latin-1) view
// of legacy bytes — what a DOCX, a 16-bit .doc piece or an RTF \uN run typed
// in a legacy font holds — to Unicode NFC. Runes outside that view pass
// through unchanged, except the artefacts of TCVN3 text that went through a
// PDF: U+2212 MINUS SIGN between letters is ư and U+2219 BULLET OPERATOR is ã.
// Text that already holds Vietnamese Unicode letters (U+1EA0–U+1EF9 or a
// precomposed ă ơ ư đ) is not converted, only normalised to NFC: documents
// converted to Unicode keep their old font names.
func DecodeRunes(s string, e Encoding, upper bool) string {
	if !e.Legacy() {
		if upper {
			return norm.NFC.String(strings.ToUpper(s))
		}
		return nfc(s)
	}
	if HasVietnamese(s) {
		return nfc(s)
	}
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/4)
	switch e {
	case TCVN3:
		prev := rune(0)
		for i, r := range s {
			if c, ok := runeByte(r); ok {
				writeTCVN3(&sb, rune(c), upper)
				prev = r
				continue
			}
			switch r {
			case 0x2212: // minus sign: ư between letters, a minus elsewhere
				next, _ := utf8.DecodeRuneInString(s[i+len("\u2212"):])
				if isLetterish(prev) || isLetterish(next) {
					writeTCVN3(&sb, 0xAD, upper)
				} else {
					sb.WriteRune(r)
				}
			case 0x2219: // bullet operator: ã
				writeTCVN3(&sb, 0xB7, upper)
			default:
				sb.WriteRune(r)
			}
			prev = r
		}
	case VNI:
		decodeVNI(&sb, runeSource(s), upper)
	case CP1258:
		for _, r := range s {
			if c, ok := runeByte(r); ok {
				sb.WriteRune(cp1258[c])
			} else {
				sb.WriteRune(r)
			}
		}
	case VIQR:
		decodeVIQR(&sb, runeSource(s))
	}
	if e == TCVN3 && !upper {
		return capsInWords(finish(sb.String(), false))
	}
	return finish(sb.String(), false)
}

// capsInWords capitalises the accented lower-case letters TCVN3 forces into
// words typed in capitals (TCVN3 has no accented capitals outside the "H"
// fonts): "NHữNG" → "NHỮNG", "THUế" → "THUẾ". A letter is raised when the
// letter before it is a capital and the one after it is a capital too, or,
// at the end of the word, when the two letters before it are capitals.
func capsInWords(s string) string {
	var rs []rune
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			rs = []rune(s)
			break
		}
	}
	if rs == nil {
		return s
	}
	changed := false
	for i := 1; i < len(rs); i++ {
		r := rs[i]
		if r < 0xC0 || !unicode.IsLower(r) || !unicode.IsUpper(rs[i-1]) {
			continue
		}
		var next rune
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		if unicode.IsUpper(next) || (!unicode.IsLetter(next) && i >= 2 && unicode.IsUpper(rs[i-2])) {
			rs[i] = unicode.ToUpper(r)
			changed = true
		}
	}
	if !changed {
		return s
	}
	return string(rs)
}

func isLetterish(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	if c, ok := runeByte(r); ok {
		return c >= 0xA1
	}
	return false
}

func finish(s string, upper bool) string {
	if upper {
		s = strings.ToUpper(s)
	}
	return nfc(s)
}

// nfc normalises s, skipping the work for text that is already NFC.
func nfc(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// HasVietnamese reports whether s holds a letter that only Vietnamese Unicode
// text has: one of U+1EA0–U+1EF9 (ạ…ỹ) or a precomposed ă ơ ư đ (either case).
func HasVietnamese(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0xC4 { // all these letters start with a byte ≥ 0xC4 in UTF-8
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isVietLetter(r) {
			return true
		}
		i += n - 1
	}
	return false
}

func isVietLetter(r rune) bool {
	switch r {
	case 'ă', 'Ă', 'ơ', 'Ơ', 'ư', 'Ư', 'đ', 'Đ', 'ĩ', 'Ĩ', 'ũ', 'Ũ':
		return true
	}
	return r >= 0x1EA0 && r <= 0x1EF9
}

// ByteRune returns the rune that stands for byte b in the Windows-1252 view of
// legacy text (undefined Windows-1252 bytes give the C1 control of the same
// value). DecodeRunes reverses it, so a decoder that holds raw bytes of a run
// can build the run's text with ByteRune and convert it with DecodeRunes.
func ByteRune(b byte) rune { return cp1252[b] }
