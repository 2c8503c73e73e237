package structure

import (
	"strings"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/parser/lexicon"
)

// fragment kinds of header lines.
type fragKind int

const (
	fText fragKind = iota
	fCaps
	fRule
	fMotto
	fTieuNgu
	fNumber
	fPlaceDate
	fVv
	fKinhGui
	fMark
)

type frag struct {
	line
	kind fragKind
	pd   placeDate
}

// fragmentHeader cuts one header line at the literal triggers that a flattened
// two-column header runs together: the motto, the tiêu ngữ, rules, "Số:", the
// place-and-date, "V/v" and "Kính gửi".
func fragmentHeader(l line) []line {
	return appendFragments(nil, l)
}

// appendFragments appends the fragments of fragmentHeader(l) to dst.
func appendFragments(dst []line, l line) []line {
	s := l.s
	// cut points, sorted and made unique below; a line has a handful
	var cutBuf [16]int
	cuts := append(cutBuf[:0], 0)
	addCut := func(i int) {
		if i > 0 && i < len(s) {
			cuts = append(cuts, i)
		}
	}
	if headerTriggers(s, addCut) && !utf8.ValidString(s) {
		// the triggers are read as in a valid line, with each bad byte as '?'
		cuts = cuts[:1]
		headerTriggers(invalidAsQuestionMarks(s), addCut)
	}
	// editorial notes of legal portals ("[Việc thi hành ... được hướng dẫn bởi ...]")
	for from := 0; ; {
		i := strings.IndexByte(s[from:], '[')
		if i < 0 {
			break
		}
		i += from
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			break
		}
		addCut(i)
		addCut(i + j + 1)
		from = i + j + 1
	}
	// rules of three or more characters
	for i := 0; i < len(s); {
		c := s[i]
		if c == '-' || c == '_' || c == '*' || c == '=' {
			j := i
			for j < len(s) && s[j] == c {
				j++
			}
			if j-i >= 3 {
				addCut(i)
				addCut(j)
			}
			i = j
			continue
		}
		i++
	}
	// place and date
	if pd, ps, ok := findPlaceDate(s); ok {
		addCut(ps)
		addCut(pd.dateEnd)
	}
	sortInts(cuts)
	idx := cuts[:1]
	for _, c := range cuts[1:] {
		if c != idx[len(idx)-1] {
			idx = append(idx, c)
		}
	}
	idx = append(idx, len(s))
	if len(idx) == 2 {
		return append(dst, l) // nothing to cut: sub would trim nothing either
	}
	for k := 0; k+1 < len(idx); k++ {
		if sub, ok := l.sub(idx[k], idx[k+1]); ok {
			dst = append(dst, sub)
		}
	}
	return dst
}

// plainTrigger is, by its first byte in lower case, each trigger of
// headerTriggers that cuts only before itself.
var plainTrigger = [256]string{'s': "số:", 'v': "v/v", 'k': "kính gửi", 'l': "luật số:", 'n': "nghị quyết số:"}

// headerTriggers passes to add the cut points of the literal triggers in s,
// and reports whether it found one: "cộng hòa xã" (and the end of the whole
// state motto), "độc lập" (to the end of "hạnh phúc"), the Party motto, "số:",
// "v/v", "kính gửi", "dự thảo" (to the end of its mark), "luật số:" and
// "nghị quyết số:", found in place, in any case, "hoà" read as "hòa". A
// trigger starts a word (after a space, '*', '-' or the '|' between table
// cells), and in lower case its first byte is one of c, s, v, k, d, l, n or
// the lead byte of đ, which rules out most words at one byte.
func headerTriggers(s string, add func(int)) (found bool) {
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' && s[i-1] != '*' && s[i-1] != '-' && s[i-1] != '|' {
			continue
		}
		switch s[i] | 0x20 {
		case 'c':
			if lowerHasPrefix(s, i, "cộng hòa xã") {
				found = true
				add(i)
				if lowerHasPrefix(s, i, mottoState) {
					add(i + len(mottoState))
				}
			}
		case 's', 'v', 'k', 'l', 'n':
			if lowerHasPrefix(s, i, plainTrigger[s[i]|0x20]) {
				found = true
				add(i)
			}
		case 'd':
			if lowerHasPrefix(s, i, "dự thảo") && isDraftMark(s, i) {
				found = true
				add(i)
				add(draftMarkEnd(s, i+len("dự thảo")))
			}
		case 0xC4 | 0x20: // the lead byte of Đ and đ
			if lowerHasPrefix(s, i, "độc lập") {
				found = true
				add(i)
				for e := i; e < len(s); e++ {
					if lowerHasPrefix(s, e, "phúc") {
						add(e + len("phúc"))
						break
					}
				}
			}
			if lowerHasPrefix(s, i, mottoParty) {
				found = true
				add(i)
				add(i + len(mottoParty))
			}
		}
	}
	return found
}

// isDraftMark reports whether the "dự thảo" at i of s is the draft mark, not
// words of a title or a sentence ("V/v góp ý dự thảo Luật …", "… về dự thảo
// Luật Xây dựng", a title wrapped before "Dự thảo Luật …"): the mark ends its
// line, is followed by its date or round ("DỰ THẢO 24.10.2016", "Dự thảo lần
// 2"), or opens its line in capitals ("DỰ THẢO LUẬT …").
func isDraftMark(s string, i int) bool {
	j := i + len("dự thảo")
	e := draftMarkEnd(s, j)
	return e > j || strings.TrimRight(s[e:], " )]*|") == "" || i == 0 && vntext.IsCaps(s[:j])
}

// draftMarkEnd is where the mark that "dự thảo" opens at j ends in s: "DỰ THẢO
// 24.10.2016 LUẬT VỀ HỘI" ends before the next title word. Only spaces, digits
// and the words compared are read, which lower-casing leaves in place.
func draftMarkEnd(s string, j int) int {
	for j < len(s) {
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		e := k
		for e < len(s) && s[e] != ' ' {
			e++
		}
		w := s[k:e]
		if w == "" || !(strings.ContainsAny(w, "0123456789") || len(w) == len("lần") && lowerHasPrefix(w, 0, "lần") || len(w) == len("số") && lowerHasPrefix(w, 0, "số")) {
			break
		}
		j = e
	}
	return j
}

// lowerHasPrefix reports whether
// strings.ReplaceAll(lowerSameLen(s), "hoà", "hòa")[i:] starts with needle,
// for s valid UTF-8 and needle in lower case, style A, neither starting nor
// ending inside a "hòa" (true of the header triggers): a "hoà" of s is read
// as "hòa" where the needle has one.
func lowerHasPrefix(s string, i int, needle string) bool {
	for k := 0; k < len(needle); {
		if i >= len(s) {
			return false
		}
		if needle[k] == 'h' && strings.HasPrefix(needle[k:], "hòa") && len(s)-i >= len("hòa") && s[i]|0x20 == 'h' {
			// "hòa" and "hoà" in any case
			if t := s[i+1:]; (t[0]|0x20 == 'o' && (strings.HasPrefix(t[1:], "à") || strings.HasPrefix(t[1:], "À"))) ||
				((strings.HasPrefix(t, "ò") || strings.HasPrefix(t, "Ò")) && t[2]|0x20 == 'a') {
				i += len("hòa")
				k += len("hòa")
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != needle[k] {
				return false
			}
			i++
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if lr := vntext.LowerRune(r); utf8.RuneLen(lr) == n {
			r = lr
		}
		p, m := utf8.DecodeRuneInString(needle[k:])
		if r != p {
			return false
		}
		i += n
		k += m
	}
	return true
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func classify(l line) frag {
	f := frag{line: l}
	s := l.text()
	// every test below looks at the start of the fragment (or at a short one);
	// the key is only compared, so it stays in a buffer on the stack
	var kbuf [160]byte
	var k []byte
	if len(s) <= 64 || keyMayOpenHeader(s) {
		k = lexicon.AppendKey(kbuf[:0], headOf(s, 64))
	}
	// else every test of k below fails: k stays empty
	switch {
	case isRule(l.s) || strings.HasPrefix(l.s, "[") && strings.HasSuffix(l.s, "]") && strings.Contains(s, " bởi "):
		f.kind = fRule
	case keyHasPrefix(k, mottoState) || keyHasPrefix(k, "cộng hòa xã hội") || keyHasPrefix(k, mottoParty):
		f.kind = fMotto
	case (string(k) == "cộng" || string(k) == "đảng") && vntext.IsCaps(s) || len(k) >= 8 && len(s) <= 64 && (prefixOf(k, mottoState) || suffixOf(k, mottoState) || prefixOf(k, mottoParty) || suffixOf(k, mottoParty)) && vntext.IsCaps(s):
		// a piece of a motto wrapped over two lines
		f.kind = fMotto
	case keyHasPrefix(k, "chủ nghĩa việt nam") || (keyHasPrefix(k, "đảng cộng") || keyHasPrefix(k, "sản việt nam") || keyHasPrefix(k, "cộng sản việt nam")) && vntext.IsCaps(s) && len(k) < 30:
		f.kind = fMotto
	case keyHasPrefix(k, "độc lập"):
		f.kind = fTieuNgu
	case isNumberLine(s):
		f.kind = fNumber
	case keyHasPrefix(k, "v/v") || keyHasPrefix(k, "v.v ") || keyHasPrefix(k, "v/v:"):
		f.kind = fVv
	case keyHasPrefix(k, "kính gửi") || keyHasPrefix(k, "đồng kính gửi") || keyHasPrefix(k, "kính trình"):
		f.kind = fKinhGui
	case isMark(s):
		f.kind = fMark
	default:
		if pd, ps, ok := findPlaceDate(s); ok && ps <= 2 {
			f.kind = fPlaceDate
			f.pd = pd
		} else if vntext.IsCaps(s) || noLower(s) {
			f.kind = fCaps
		}
	}
	return f
}

// keyMayOpenHeader reports whether the key of s may start with c, đ, s, v or
// k, as every prefix classify looks for does (a motto piece is looked for in
// fragments of 64 bytes at most, whatever its first letter). unicode.ToLower
// gives those letters for themselves in either case and for the Kelvin sign
// alone; the tone marks a key moves are on vowels.
func keyMayOpenHeader(s string) bool {
	_, w, _ := nextWord(s, 0)
	if w == "" {
		return false
	}
	switch w[0] | 0x20 {
	case 'c', 's', 'v', 'k':
		return true
	}
	return strings.HasPrefix(w, "đ") || strings.HasPrefix(w, "Đ") || strings.HasPrefix(w, "\u212a")
}

// splitCapsSentence cuts a line where a run of capitals (a title) is followed
// by a sentence, as flattened pages print "... TRONG CẢ NƯỚC Ngày 24 tháng 6 năm
// 1977 Hội đồng Chính phủ ...".
func splitCapsSentence(l line) []line {
	return appendCapsSentence(nil, l)
}

// appendCapsSentence appends the pieces of splitCapsSentence(l) to dst.
func appendCapsSentence(dst []line, l line) []line {
	if !fieldsAtLeast(l.s, 5) || !hasLowerStart(l.s) {
		// too short, or no word can start in lower case as lowerSoon needs
		return append(dst, l)
	}
	run := 0
	for pos, x, next := nextWord(l.s, 0); x != ""; pos, x, next = nextWord(l.s, next) {
		if startsLowerLetter(x) {
			// neither capitals nor digits nor a capitalised word: most words
			run = 0
			continue
		}
		if isCapsWord(x) || isDigits(trimASCII(x, ".,/-")) || trimASCII(x, "0123456789/.-,") == "" {
			run++
			continue
		}
		if run >= 3 && titleCaseWord(x) && lowerSoonAt(l.s, next) {
			a, ok1 := l.sub(0, pos)
			b, ok2 := l.sub(pos, len(l.s))
			if ok1 && ok2 {
				return appendCapsSentence(append(dst, a), b)
			}
		}
		run = 0
	}
	return append(dst, l)
}

// hasLowerStart reports whether any rune of s could start a word for
// startsLowerWord.
func hasLowerStart(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return true
			}
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		if startsLowerWord(s[i:]) {
			return true
		}
		i += n
	}
	return false
}

// lowerSoonAt is lowerSoon over the words of s from byte i.
func lowerSoonAt(s string, i int) bool {
	for k := 0; k < 3; k++ {
		_, x, next := nextWord(s, i)
		if x == "" {
			return false
		}
		if startsLowerWord(x) {
			return true
		}
		i = next
	}
	return false
}
