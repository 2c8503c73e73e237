package docx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

const maxLevels = 9

type level struct {
	start   int
	format  string // numFmt: decimal, lowerLetter, upperRoman, bullet…
	text    string // lvlText: "Điều %1.", "%1)", "%1.%2."
	restart int    // lvlRestart: restart after this level (1-based); -1 when unset, 0 never
	legal   bool   // isLgl: show every level in decimal
	suffix  string // suff: tab (default), space, nothing
	font    string // font of the label (a bullet in Symbol)
}

type abstractNum struct {
	levels [maxLevels]*level
}

type numDef struct {
	abstract string
	override map[int]int // level → startOverride
}

// numbering is numbering.xml with the counters of the lists.
type numbering struct {
	abstracts map[string]*abstractNum
	nums      map[string]*numDef

	counters map[string]*[maxLevels]int // by abstractNum: current value, 0 = not started
	used     map[string]bool            // numIds seen (their overrides applied)
}

func (n *numbering) parse(b []byte) error {
	n.abstracts = map[string]*abstractNum{}
	n.nums = map[string]*numDef{}
	var abs *abstractNum
	var lvl *level
	var num *numDef
	overrideLvl := -1
	start := func(t xml.StartElement) {
		switch t.Name.Local {
		case "abstractNum":
			abs = &abstractNum{}
			n.abstracts[attr(t, "abstractNumId")] = abs
		case "num":
			num = &numDef{override: map[int]int{}}
			n.nums[attr(t, "numId")] = num
		case "abstractNumId":
			if num != nil {
				num.abstract = attr(t, "val")
			}
		case "lvlOverride":
			overrideLvl = atoi(attr(t, "ilvl"))
		case "startOverride":
			if num != nil && overrideLvl >= 0 {
				num.override[overrideLvl] = atoi(attr(t, "val"))
			}
		case "lvl":
			if abs == nil || num != nil {
				break // a level redefined inside lvlOverride: ignored
			}
			i := atoi(attr(t, "ilvl"))
			if i < maxLevels {
				lvl = &level{start: 1, format: "decimal", restart: -1, suffix: "tab"}
				abs.levels[i] = lvl
			}
		case "start":
			if lvl != nil {
				lvl.start = atoi(attr(t, "val"))
			}
		case "numFmt":
			if lvl != nil {
				lvl.format = attr(t, "val")
			}
		case "lvlText":
			if lvl != nil {
				lvl.text = attr(t, "val")
			}
		case "lvlRestart":
			if lvl != nil {
				lvl.restart = atoi(attr(t, "val"))
			}
		case "isLgl":
			if lvl != nil {
				lvl.legal = onOff(t)
			}
		case "suff":
			if lvl != nil {
				lvl.suffix = attr(t, "val")
			}
		case "rFonts":
			if lvl != nil {
				lvl.font = readFonts(t).name()
			}
		}
	}
	end := func(t xml.EndElement) {
		switch t.Name.Local {
		case "abstractNum":
			abs, lvl = nil, nil
		case "num":
			num = nil
		case "lvl":
			lvl = nil
		case "lvlOverride":
			overrideLvl = -1
		}
	}
	return walkXML(b, start, end)
}

// label advances the counters of list numID at level ilvl and returns the
// text Word shows before the paragraph, with its separator ("Điều 1. ",
// "a) "); "" when the paragraph is not numbered.
func (n *numbering) label(numID string, ilvl int) string {
	if numID == "" || numID == "0" || n.nums == nil || ilvl < 0 || ilvl >= maxLevels {
		return ""
	}
	num := n.nums[numID]
	if num == nil {
		return ""
	}
	abs := n.abstracts[num.abstract]
	if abs == nil || abs.levels[ilvl] == nil {
		return ""
	}
	if n.counters == nil {
		n.counters = map[string]*[maxLevels]int{}
		n.used = map[string]bool{}
	}
	c := n.counters[num.abstract]
	if c == nil {
		c = &[maxLevels]int{}
		n.counters[num.abstract] = c
	}
	if !n.used[numID] {
		n.used[numID] = true
		for l, v := range num.override {
			if l < maxLevels {
				c[l] = v - 1
				if c[l] < 0 {
					c[l] = 0
				}
				for k := l + 1; k < maxLevels; k++ {
					c[k] = 0
				}
			}
		}
	}
	lv := abs.levels[ilvl]
	if c[ilvl] == 0 {
		c[ilvl] = lv.start
	} else {
		c[ilvl]++
	}
	// deeper levels restart after this one (unless lvlRestart says otherwise)
	for k := ilvl + 1; k < maxLevels; k++ {
		dl := abs.levels[k]
		if dl == nil || dl.restart < 0 || (dl.restart > 0 && dl.restart-1 <= ilvl) {
			c[k] = 0
		}
	}
	if lv.format == "none" {
		return suffix(lv, lv.textWithout())
	}
	var sb strings.Builder
	t := lv.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			k := int(t[i+1] - '1')
			i++
			v := c[k]
			var kl *level
			if k < maxLevels {
				kl = abs.levels[k]
			}
			if kl == nil {
				sb.WriteString(strconv.Itoa(v))
				continue
			}
			if v == 0 {
				v = kl.start
			}
			f := kl.format
			if lv.legal && k < ilvl {
				f = "decimal"
			}
			sb.WriteString(formatNumber(v, f))
			continue
		}
		sb.WriteByte(t[i])
	}
	s := sb.String()
	if lv.format == "bullet" {
		s = bulletText(s, lv.font)
	}
	return suffix(lv, s)
}

func (lv *level) textWithout() string {
	var sb strings.Builder
	for i := 0; i < len(lv.text); i++ {
		if lv.text[i] == '%' && i+1 < len(lv.text) && lv.text[i+1] >= '1' && lv.text[i+1] <= '9' {
			i++
			continue
		}
		sb.WriteByte(lv.text[i])
	}
	return sb.String()
}

func suffix(lv *level, s string) string {
	if s == "" || lv.suffix == "nothing" {
		return s
	}
	// a tab in Word; a space reads the same to the later stages
	return s + " "
}

// formatNumber writes v in the number format f.
func formatNumber(v int, f string) string {
	switch f {
	case "lowerLetter":
		return letters(v, 'a')
	case "upperLetter":
		return letters(v, 'A')
	case "lowerRoman":
		return strings.ToLower(roman(v))
	case "upperRoman":
		return roman(v)
	case "decimalZero":
		if v < 10 {
			return "0" + strconv.Itoa(v)
		}
	case "none":
		return ""
	}
	return strconv.Itoa(v)
}

// letters is Word's letter numbering: a…z, then aa…zz, aaa… (Latin
// letters: Word has no Vietnamese sequence a b c d đ e).
func letters(v int, a byte) string {
	if v <= 0 {
		return strconv.Itoa(v)
	}
	n := (v-1)/26 + 1
	if n > 50 {
		n = 50
	}
	return strings.Repeat(string(rune(a)+rune((v-1)%26)), n)
}

func roman(v int) string {
	if v <= 0 || v >= 4000 {
		return strconv.Itoa(v)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, x := range vals {
		for v >= x {
			sb.WriteString(syms[i])
			v -= x
		}
	}
	return sb.String()
}

// bulletText maps a bullet drawn in a symbol font to its Unicode character.
func bulletText(s, font string) string {
	var sb strings.Builder
	for _, r := range s {
		sb.WriteRune(symbolRune(font, r))
	}
	out := sb.String()
	if enc, upper := vnenc.FromFont(font); enc.Legacy() {
		out = vnenc.DecodeRunes(out, enc, upper)
	}
	return out
}

// symbolRune maps a character of a symbol font (Symbol, Wingdings), as
// stored in w:sym or a bullet (often in the private-use area F000–F0FF), to
// the Unicode character it draws; other characters are returned as they are.
func symbolRune(font string, r rune) rune {
	if r >= 0xF000 && r <= 0xF0FF {
		r -= 0xF000
	}
	f := strings.ToLower(font)
	var table map[rune]rune
	switch {
	case strings.HasPrefix(f, "symbol"):
		table = symbolFont
	case strings.HasPrefix(f, "wingdings"):
		table = wingdings
	default:
		if r < 0x20 {
			return 0xFFFD
		}
		return r
	}
	if u, ok := table[r]; ok {
		return u
	}
	if r < 0x20 {
		return 0xFFFD
	}
	return r
}

var symbolFont = map[rune]rune{
	0x2D: '−', 0xB7: '•', 0xB0: '°', 0xB1: '±', 0xB4: '×', 0xB8: '÷', 0xA3: '≤', 0xB3: '≥',
	0xB9: '≠', 0xAE: '→', 0xAC: '←', 0xAD: '↑', 0xAF: '↓', 0xDE: '⇒', 0xDB: '⇔', 0xE0: '◊',
	0x61: 'α', 0x62: 'β', 0x67: 'γ', 0x64: 'δ', 0x70: 'π', 0x53: 'Σ', 0xA5: '∞', 0xD6: '√',
}

var wingdings = map[rune]rune{
	0x6C: '●', 0x6E: '■', 0x71: '❑', 0x76: '❖', 0xA7: '▪', 0x9F: '•', 0xA8: '◻', 0xD8: '➢',
	0xE0: '→', 0xE8: '➔', 0xF0: '⇨', 0xFC: '✓', 0xFB: '✗', 0xFE: '☑', 0x6F: '□', 0x77: '⬧',
}
