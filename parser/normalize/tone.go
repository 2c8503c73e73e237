package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Vowels with each of the five tones, in the order grave (huyền), acute (sắc),
// hook above (hỏi), tilde (ngã), dot below (nặng). Written out as strings so the
// tables can be checked by eye.
var toneRows = [...]struct {
	base  rune
	toned string
}{
	{'a', "àáảãạ"}, {'A', "ÀÁẢÃẠ"},
	{'e', "èéẻẽẹ"}, {'E', "ÈÉẺẼẸ"},
	{'y', "ỳýỷỹỵ"}, {'Y', "ỲÝỶỸỴ"},
	{'o', "òóỏõọ"}, {'O', "ÒÓỎÕỌ"},
	{'u', "ùúủũụ"}, {'U', "ÙÚỦŨỤ"},
}

type toneInfo struct {
	base rune
	tone int8 // 0..4, index into a toneRows string
}

var (
	// tonedAEY holds the toned forms of a, e and y: the only vowels whose tone
	// moves when a style-B "oa/oe/uy" syllable is rewritten to style A.
	tonedAEY = map[rune]toneInfo{}
	// withTone[base][tone] is the precomposed toned form of o, O, u, U.
	withTone = map[rune][5]rune{}
	// quick membership test for tonedAEY without a map lookup on the hot path:
	// bit r-0xC0 for Latin-1 letters, bit r-0x1EA0 for the Vietnamese block.
	aeyLatin1 uint64
	aeyViet   [2]uint64
)

func init() {
	for _, row := range toneRows {
		var forms [5]rune
		i := 0
		for _, r := range row.toned {
			forms[i] = r
			switch row.base {
			case 'a', 'A', 'e', 'E', 'y', 'Y':
				tonedAEY[r] = toneInfo{row.base, int8(i)}
				switch {
				case r >= 0xC0 && r < 0x100:
					aeyLatin1 |= 1 << (r - 0xC0)
				case r >= 0x1EA0 && r < 0x1F20:
					aeyViet[(r-0x1EA0)/64] |= 1 << ((r - 0x1EA0) % 64)
				default:
					panic("normalize: tone table out of range")
				}
			}
			i++
		}
		withTone[row.base] = forms
	}
}

// maybeTonedAEY reports whether r is a toned a, e or y (cheap bit test).
func maybeTonedAEY(r rune) bool {
	switch {
	case r >= 0xC0 && r < 0x100:
		return aeyLatin1&(1<<(r-0xC0)) != 0
	case r >= 0x1EA0 && r < 0x1F20:
		return aeyViet[(r-0x1EA0)/64]&(1<<((r-0x1EA0)%64)) != 0
	}
	return false
}

// restyle applies the style-A rule to the last two letters of a word (prev,
// last) given the letter before them (pp, or a non-letter). In an open
// syllable oa, oe or uy written with the tone on the second vowel (style B,
// "hoà", "thuỷ") the tone moves to the first vowel ("hòa", "thủy"). The caller
// guarantees that last ends the word, i.e. there is no final consonant. After
// q the u is part of the consonant ("quý", "quả") and nothing moves.
func restyle(pp, prev, last rune) (newPrev, newLast rune, ok bool) {
	if !maybeTonedAEY(last) {
		return 0, 0, false
	}
	ti := tonedAEY[last]
	switch ti.base {
	case 'a', 'A', 'e', 'E':
		if prev != 'o' && prev != 'O' {
			return 0, 0, false
		}
	case 'y', 'Y':
		if prev != 'u' && prev != 'U' {
			return 0, 0, false
		}
	}
	if pp == 'q' || pp == 'Q' {
		return 0, 0, false
	}
	return withTone[prev][ti.tone], ti.base, true
}

// FoldTone returns s in NFC with the tone-mark placement of oa, oe and uy
// syllables brought to style A, the same rule Normalize applies: "Thanh Hoá"
// and "Thanh Hóa", "UỶ BAN" and "ỦY BAN" give the same key. Both styles are
// correct Vietnamese and both occur in official texts, so later stages use it
// to compare names and titles. It changes nothing else (case, Ð, spacing), so
// the result is still readable text; callers add their own folding on top.
func FoldTone(s string) string {
	if isASCII(s) {
		return s
	}
	b := norm.NFC.AppendString(nil, s)
	var out []byte
	changed := false
	for i := 0; i < len(b); {
		r, sz := utf8.DecodeRune(b[i:])
		end := i + sz
		if maybeTonedAEY(r) && (end == len(b) || !nextIsLetter(b[end:])) {
			prev, psz := utf8.DecodeLastRune(b[:i])
			pp := rune(' ')
			if i-psz > 0 {
				pp, _ = utf8.DecodeLastRune(b[:i-psz])
			}
			if np, nl, ok := restyle(pp, prev, r); ok && psz > 0 {
				if !changed {
					out = append(out, b[:i]...)
					changed = true
				}
				// out ends with prev; replace it together with r.
				out = out[:len(out)-psz]
				out = utf8.AppendRune(out, np)
				out = utf8.AppendRune(out, nl)
				i = end
				continue
			}
		}
		if changed {
			out = append(out, b[i:end]...)
		}
		i = end
	}
	if changed {
		return string(out)
	}
	return string(b)
}

func nextIsLetter(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return unicode.IsLetter(r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
