package vnenc

import (
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// cp1252 and cp1258 map a byte to the rune Windows-1252 / Windows-1258 gives
// it; bytes the code page leaves undefined map to the C1 control of the same
// value, so the mapping is reversible.
var cp1252, cp1258 [256]rune

// tcvn3 maps a TCVN3 byte to its letter; bytes TCVN3 does not redefine keep
// their Windows-1252 meaning.
var tcvn3 [256]rune

// The letters of TCVN 5712:1993 VN3, by byte. The capitals Ă Â Ê Ô Ơ Ư Đ are
// at 0xA1–0xA7; the accented letters exist in lower case only (capitals come
// from the "H" fonts, which draw these bytes as capitals).
const tcvn3Letters = "" +
	"\xa1Ă\xa2Â\xa3Ê\xa4Ô\xa5Ơ\xa6Ư\xa7Đ" +
	"\xa8ă\xa9â\xaaê\xabô\xacơ\xadư\xaeđ" +
	"\xb5à\xb6ả\xb7ã\xb8á\xb9ạ" +
	"\xbbằ\xbcẳ\xbdẵ\xbeắ\xc6ặ" +
	"\xc7ầ\xc8ẩ\xc9ẫ\xcaấ\xcbậ" +
	"\xccè\xceẻ\xcfẽ\xd0é\xd1ẹ" +
	"\xd2ề\xd3ể\xd4ễ\xd5ế\xd6ệ" +
	"\xd7ì\xd8ỉ\xdcĩ\xddí\xdeị" +
	"\xdfò\xe1ỏ\xe2õ\xe3ó\xe4ọ" +
	"\xe5ồ\xe6ổ\xe7ỗ\xe8ố\xe9ộ" +
	"\xeaờ\xebở\xecỡ\xedớ\xeeợ" +
	"\xefù\xf1ủ\xf2ũ\xf3ú\xf4ụ" +
	"\xf5ừ\xf6ử\xf7ữ\xf8ứ\xf9ự" +
	"\xfaỳ\xfbỷ\xfcỹ\xfdý\xfeỵ"

func init() {
	d1252 := charmap.Windows1252
	d1258 := charmap.Windows1258
	for i := 0; i < 256; i++ {
		cp1252[i] = decodeOne(d1252, byte(i))
		cp1258[i] = decodeOne(d1258, byte(i))
		tcvn3[i] = cp1252[i]
	}
	s := tcvn3Letters
	for len(s) > 0 {
		b := s[0]
		r, n := firstRune(s[1:])
		tcvn3[b] = r
		s = s[1+n:]
	}
	for i := 0; i < 256; i++ {
		if r := cp1252[i]; r >= 0x100 {
			cp1252Rev[r&0xFF] = append(cp1252Rev[r&0xFF], revEntry{r, byte(i)})
		}
	}
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

func decodeOne(cm *charmap.Charmap, b byte) rune {
	r := cm.DecodeByte(b)
	if r == unicode.ReplacementChar {
		return rune(b)
	}
	return r
}

type revEntry struct {
	r rune
	b byte
}

// cp1252Rev finds the Windows-1252 byte of a rune above U+00FF (€ ‚ ƒ „ … †
// ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ), bucketed by the rune's low byte.
var cp1252Rev [256][]revEntry

// runeByte returns the byte whose Windows-1252/Latin-1 view is r: runes up to
// U+00FF are their own byte (C1 controls included), and the 27 Windows-1252
// punctuation and letters above it map back to 0x80–0x9F.
func runeByte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), r >= 0
	}
	if r > 0x2122 {
		return 0, false
	}
	for _, e := range cp1252Rev[r&0xFF] {
		if e.r == r {
			return e.b, true
		}
	}
	return 0, false
}

func writeTCVN3(sb *strings.Builder, c rune, upper bool) {
	r := tcvn3[c]
	if upper {
		r = unicode.ToUpper(r)
	}
	sb.WriteRune(r)
}

// Combining marks.
const (
	mGrave = '\u0300'
	mAcute = '\u0301'
	mCirc  = '\u0302'
	mTilde = '\u0303'
	mBreve = '\u0306'
	mHook  = '\u0309'
	mDot   = '\u0323'
)

// units turns input into a sequence in which values 0–255 are bytes of the
// legacy encoding and values above 255 are runes passed through as they are.
type units []rune

func byteSource(b []byte) units {
	u := make(units, len(b))
	for i, c := range b {
		u[i] = rune(c)
	}
	return u
}

func runeSource(s string) units {
	u := make(units, 0, len(s))
	for _, r := range s {
		if c, ok := runeByte(r); ok {
			u = append(u, rune(c))
		} else {
			u = append(u, r+0x10000000)
		}
	}
	return u
}

// passRune reports whether unit v is a passed-through rune and returns it.
func passRune(v rune) (rune, bool) {
	if v >= 0x10000000 {
		return v - 0x10000000, true
	}
	return 0, false
}

// VNI mark bytes (lower case; the upper-case forms are the Latin-1 capitals
// of the same letters, 0x20 lower).
var vniTone = map[byte]rune{
	0xF9: mAcute, 0xF8: mGrave, 0xFB: mHook, 0xF5: mTilde, 0xEF: mDot,
}

// vniCirc: circumflex, alone or with a tone, after a, e, o.
var vniCirc = map[byte]rune{
	0xE2: 0, 0xE1: mAcute, 0xE0: mGrave, 0xE5: mHook, 0xE3: mTilde, 0xE4: mDot,
}

// vniBreve: breve, alone or with a tone, after a.
var vniBreve = map[byte]rune{
	0xEA: 0, 0xE9: mAcute, 0xE8: mGrave, 0xFA: mHook, 0xFC: mTilde, 0xEB: mDot,
}

// vniSingle: letters VNI writes in one byte.
var vniSingle = map[byte]rune{
	0xF4: 'ơ', 0xF6: 'ư', 0xF1: 'đ',
	0xED: 'í', 0xEC: 'ì', 0xE6: 'ỉ', 0xF3: 'ĩ', 0xF2: 'ị', 0xEE: 'ỵ',
}

func lowerLatin1(c rune) byte {
	if c >= 0xC0 && c <= 0xDE && c != 0xD7 {
		return byte(c + 0x20)
	}
	return byte(c)
}

func isVowelASCII(c rune) bool {
	switch c | 0x20 {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return c < 0x80
	}
	return false
}

func decodeVNI(sb *strings.Builder, src units, upper bool) {
	out := func(r rune) {
		if upper {
			r = unicode.ToUpper(r)
		}
		sb.WriteRune(r)
	}
	for i := 0; i < len(src); i++ {
		v := src[i]
		if r, ok := passRune(v); ok {
			sb.WriteRune(r)
			continue
		}
		var base rune
		switch {
		case isVowelASCII(v):
			base = v
		case v >= 0x80:
			lc := lowerLatin1(v)
			if r, ok := vniSingle[lc]; ok {
				if rune(lc) != v { // a capital
					r = unicode.ToUpper(r)
				}
				if lc == 0xF4 || lc == 0xF6 { // ơ ư take a tone
					base = r
					break
				}
				out(r)
				continue
			}
			out(cp1252[v])
			continue
		default:
			out(v)
			continue
		}
		out(base)
		j := i + 1
		tone := rune(0)
		if j < len(src) && src[j] >= 0x80 && src[j] < 0x100 {
			lc := lowerLatin1(src[j])
			lb := base | 0x20
			if lb == 'a' || lb == 'e' || lb == 'o' {
				if t, ok := vniCirc[lc]; ok {
					sb.WriteRune(mCirc)
					tone = t
					j++
					goto toneMark
				}
			}
			if lb == 'a' {
				if t, ok := vniBreve[lc]; ok {
					sb.WriteRune(mBreve)
					tone = t
					j++
				}
			}
		}
	toneMark:
		if tone == 0 && j < len(src) && src[j] >= 0x80 && src[j] < 0x100 {
			if t, ok := vniTone[lowerLatin1(src[j])]; ok {
				tone = t
				j++
			}
		}
		if tone != 0 {
			sb.WriteRune(tone)
		}
		i = j - 1
	}
}

// decodeVIQR converts VIQR: a vowel followed by a shape mark (^ after a e o,
// ( after a, + after o u) and a tone mark (' ` ? ~ .), dd/DD for đ/Đ, and a
// backslash to keep the next character literal. ? and . count as tones only
// when a letter follows, so sentence punctuation survives.
func decodeVIQR(sb *strings.Builder, src units) {
	n := len(src)
	isLetter := func(k int) bool {
		if k >= n {
			return false
		}
		c := src[k] | 0x20
		return c >= 'a' && c <= 'z'
	}
	for i := 0; i < n; i++ {
		v := src[i]
		if r, ok := passRune(v); ok {
			sb.WriteRune(r)
			continue
		}
		if v >= 0x80 {
			sb.WriteRune(cp1252[v])
			continue
		}
		if v == '\\' && i+1 < n && src[i+1] < 0x80 && strings.ContainsRune("^(+'`?~.\\dD", src[i+1]) {
			sb.WriteRune(src[i+1])
			i++
			continue
		}
		if (v == 'd' || v == 'D') && i+1 < n && (src[i+1] == 'd' || src[i+1] == 'D') {
			if v == 'd' {
				sb.WriteRune('đ')
			} else {
				sb.WriteRune('Đ')
			}
			i++
			continue
		}
		sb.WriteRune(v)
		if !isVowelASCII(v) {
			continue
		}
		lb := v | 0x20
		j := i + 1
		if j < n {
			switch src[j] {
			case '^':
				if lb == 'a' || lb == 'e' || lb == 'o' {
					sb.WriteRune(mCirc)
					j++
				}
			case '(':
				if lb == 'a' {
					sb.WriteRune(mBreve)
					j++
				}
			case '+':
				if lb == 'o' || lb == 'u' {
					sb.WriteRune('\u031B')
					j++
				}
			}
		}
		if j < n {
			switch src[j] {
			case '\'':
				sb.WriteRune(mAcute)
				j++
			case '`':
				sb.WriteRune(mGrave)
				j++
			case '~':
				sb.WriteRune(mTilde)
				j++
			case '?':
				if isLetter(j + 1) {
					sb.WriteRune(mHook)
					j++
				}
			case '.':
				if isLetter(j + 1) {
					sb.WriteRune(mDot)
					j++
				}
			}
		}
		i = j - 1
	}
}
