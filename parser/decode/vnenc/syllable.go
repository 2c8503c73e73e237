package vnenc

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Vietnamese syllable check, used by detection to tell a right conversion
// (it gives Vietnamese syllables) from a wrong one or from another language.

var initials = []string{ // longest first
	"ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
}

const rhymeList = "a ai ao au ay ac ach am an ang anh ap at " +
	"ă ăc ăm ăn ăng ăp ăt â âc âm ân âng âp ât âu ây " +
	"e eo ec em en eng ep et ê êch êm ên ênh êp êt êu " +
	"i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu " +
	"o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăp oăt " +
	"oc oe oen oeo oet oi om on ong oong ooc op ot " +
	"ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt " +
	"u ua uân uâng uât uây uc ue uê uêch uên uênh uêt ui um un ung up ut " +
	"uy uya uych uyên uyêt uyn uynh uyp uyt uyu uơ uôc uôi uôm uôn uông uôt " +
	"ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu " +
	"y yêm yên yêng yêt yêu"

var rhymes = map[string]bool{}

// toneOf maps a precomposed letter to its toneless form and tone mark.
var toneOf = map[rune][2]rune{}

func init() {
	for _, r := range strings.Fields(rhymeList) {
		rhymes[r] = true
	}
	add := func(r rune) {
		d := norm.NFD.String(string(r))
		tone := rune(0)
		var keep []rune
		for _, c := range d {
			switch c {
			case mGrave, mAcute, mTilde, mHook, mDot:
				tone = c
			default:
				keep = append(keep, c)
			}
		}
		if tone != 0 {
			base := []rune(norm.NFC.String(string(keep)))
			if len(base) == 1 {
				toneOf[r] = [2]rune{base[0], tone}
			}
		}
	}
	for r := rune(0xC0); r < 0x180; r++ {
		add(r)
	}
	for r := rune(0x1EA0); r <= 0x1EF9; r++ {
		add(r)
	}
}

// validSyllable reports whether w (one word, NFC) is a Vietnamese syllable:
// an initial consonant, a rhyme and at most one tone, with a stop final
// (c ch p t) carrying the acute or dot tone.
func validSyllable(w string) bool {
	var buf [32]rune
	rs := buf[:0]
	tone := rune(0)
	for _, r := range w {
		r = unicode.ToLower(r)
		if t, ok := toneOf[r]; ok {
			if tone != 0 {
				return false
			}
			r, tone = t[0], t[1]
		}
		if len(rs) == cap(rs) {
			return false
		}
		rs = append(rs, r)
	}
	s := string(rs)
	for _, ini := range initials {
		if !strings.HasPrefix(s, ini) {
			continue
		}
		rest := s[len(ini):]
		if rest == "" {
			if ini == "gi" {
				return true
			}
			continue
		}
		if !rhymes[rest] {
			continue
		}
		if strings.HasSuffix(rest, "c") || strings.HasSuffix(rest, "ch") ||
			strings.HasSuffix(rest, "p") || strings.HasSuffix(rest, "t") {
			if tone != mAcute && tone != mDot {
				continue
			}
		}
		return true
	}
	return false
}
