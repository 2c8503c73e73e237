package symbol

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The scanner proper: the number, the groups after it, and the characters
// that real text puts in their place (dash variants, Cyrillic look-alikes).

// scanNumber reads the number of a symbol at text[i:]: digits with at most
// one inner dot ("1.234"), or the blank of a draft (dots, ellipses,
// underscores, spaces) before a '/'. It returns the number (nil when blank)
// and where the groups start.
func scanNumber(text []byte, i int) (number []byte, blank bool, p int, ok bool) {
	p = i
	for p < len(text) && isDigit(text[p]) {
		p++
	}
	if p > i {
		if p+1 < len(text) && text[p] == '.' && isDigit(text[p+1]) {
			p++
			for p < len(text) && isDigit(text[p]) {
				p++
			}
		}
		number = text[i:p]
		if len(number) > 8 {
			return nil, false, 0, false
		}
	} else {
		// blank number: dots, ellipses, underscores, spaces before "/"
		q := p
		for q < len(text) {
			switch {
			case text[q] == '.' || text[q] == ' ' || text[q] == '_' || text[q] == '\t':
				q++
				continue
			case hasAt(text, q, "…"):
				q += len("…")
				continue
			}
			break
		}
		if q >= len(text) || text[q] != '/' {
			return nil, false, 0, false
		}
		blank = true
		p = q
	}
	return number, blank, p, true
}

// scanGroups reads the groups after the number, from p, into groups: each a
// separator ('/' or a dash, spaces around it allowed) and a code. It returns
// how many it read and where the last one ends.
func scanGroups(text []byte, p int, groups *groupsArray, hasNumber bool) (ng, pos int) {
	pos = p
	for ng < len(groups) {
		q := pos
		sp := 0
		for q < len(text) && (text[q] == ' ' || text[q] == '\t') && sp < 2 {
			q++
			sp++
		}
		if q >= len(text) {
			break
		}
		var sep byte
		if text[q] == '/' {
			sep = '/'
			q++
		} else if n := dashLen(text, q); n > 0 {
			sep = '-'
			q += n
		} else {
			break
		}
		sp2 := 0
		nl := 0
		for q < len(text) && sp2 < 3 {
			c := text[q]
			if c == ' ' || c == '\t' {
				q++
				sp2++
				continue
			}
			if (c == '\n' || c == '\r') && nl == 0 {
				q++
				nl++
				continue
			}
			break
		}
		gEnd, raw, up, hasLetter, hasLower := readGroup(text, q)
		if gEnd == q || followedByLetter(text, gEnd) {
			break
		}
		g := group{sep: sep, spaced: sp > 0 || sp2 > 0 || nl > 0, raw: raw, up: up}
		if !validGroup(g, ng, hasLetter, hasLower, hasNumber) {
			break
		}
		groups[ng] = g
		ng++
		pos = gEnd
	}
	return ng, pos
}

// trimTerm splits a footnote digit glued to QHnn / UBTVQHnn.
func trimTerm(up string) string {
	for _, pre := range []string{"UBTVQH", "QH"} {
		if strings.HasPrefix(up, pre) {
			d := up[len(pre):]
			if len(d) >= 3 && allDigits(d) {
				return up[:len(pre)+2]
			}
		}
	}
	return up
}

func validGroup(g group, idx int, hasLetter, hasLower, hasNumber bool) bool {
	if !hasLetter {
		// digits-only groups: only the year right after the number
		return idx == 0 && g.sep == '/' && isYear(g.up)
	}
	if hasLower {
		if g.spaced {
			return knownMixed(g.up) && !isAllLower(g.raw)
		}
		if isAllLower(g.raw) {
			// "nđ-cp": only known codes, all letters lower
			return knownCode(g.up)
		}
		return knownMixed(g.up) || knownCode(g.up)
	}
	return true
}

func knownMixed(up string) bool {
	_, ok := mixedCase[up]
	return ok
}

func knownCode(up string) bool {
	if isTypeCode(up) || isIssuer(up) {
		return true
	}
	_, ok := dFold[up]
	return ok
}

// readGroup reads letters/digits with inner '&' or '.' joints. It returns the
// end, the folded text (homoglyphs → Latin, Ð → Đ), its upper case, and
// whether it has a letter and a lower-case letter.
func readGroup(text []byte, q int) (end int, raw, up string, hasLetter, hasLower bool) {
	var rb, ub []byte
	var rbuf, ubuf [48]byte
	rb, ub = rbuf[:0], ubuf[:0]
	p := q
	for p < len(text) && len(rb) < 40 {
		c := text[p]
		if c < utf8.RuneSelf {
			switch {
			case isDigit(c):
				rb = append(rb, c)
				ub = append(ub, c)
				p++
				continue
			case c >= 'A' && c <= 'Z':
				rb = append(rb, c)
				ub = append(ub, c)
				hasLetter = true
				p++
				continue
			case c >= 'a' && c <= 'z':
				rb = append(rb, c)
				ub = append(ub, c-32)
				hasLetter = true
				hasLower = true
				p++
				continue
			case (c == '&' || c == '.') && p > q && p+1 < len(text) && isAlnumStart(text, p+1):
				if c == '.' && !(p > q && isASCIILetter(text[p-1])) {
					break
				}
				rb = append(rb, c)
				ub = append(ub, c)
				p++
				continue
			}
			break
		}
		r, n := utf8.DecodeRune(text[p:])
		f, lower, ok := foldLetter(r)
		if !ok {
			break
		}
		rb = utf8.AppendRune(rb, f)
		ub = utf8.AppendRune(ub, unicode.ToUpper(f))
		hasLetter = true
		if lower {
			hasLower = true
		}
		p += n
	}
	if !hasLetter && len(ub) == 4 {
		// a digits-only group is the year or ends the symbol (validGroup):
		// the years have their strings ready
		if y := atoi(string(ub)); y >= 1945 && y <= 2100 && allDigits(string(ub)) {
			return p, yearStrings[y-1945], yearStrings[y-1945], false, false
		}
	}
	up = string(ub)
	// without a lower-case letter the folded text is its own upper case
	// (digits, capitals, '&', '.'): one string serves both
	raw = up
	if hasLower {
		raw = string(rb)
	}
	return p, raw, up, hasLetter, hasLower
}

// yearStrings holds "1945" … "2100", the years isYear accepts.
var yearStrings = func() (ys [2100 - 1945 + 1]string) {
	for y := range ys {
		ys[y] = strconv.Itoa(1945 + y)
	}
	return
}()

// followedByLetter reports whether a letter (of any script) starts at p, i.e.
// the group would end inside a word ("V" of "Về").
func followedByLetter(text []byte, p int) bool {
	if p >= len(text) {
		return false
	}
	c := text[p]
	if c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRune(text[p:])
	return unicode.IsLetter(r)
}

func isAlnumStart(text []byte, p int) bool {
	c := text[p]
	if c < utf8.RuneSelf {
		return isDigit(c) || isASCIILetter(c)
	}
	r, _ := utf8.DecodeRune(text[p:])
	_, _, ok := foldLetter(r)
	return ok
}

// foldLetter maps a non-ASCII rune that may occur in a symbol: Đ/đ, Ð/ð,
// Cyrillic look-alikes, and Vietnamese capitals (TƯ).
func foldLetter(r rune) (f rune, lower, ok bool) {
	switch r {
	case 'Đ', 'Ð':
		return 'Đ', false, true
	case 'đ', 'ð':
		return 'đ', true, true
	}
	if r >= 0x0400 && r <= 0x04FF {
		if l, ok := cyr[r]; ok {
			return l, l >= 'a' && l <= 'z', true
		}
		return 0, false, false
	}
	if r >= 0xC0 && r < 0x1F00 && unicode.IsUpper(r) {
		return r, false, true
	}
	return 0, false, false
}

var cyr = map[rune]rune{
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X',
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'к': 'k', 'м': 'm', 'т': 't', 'в': 'b', 'н': 'h',
}

// dashLen reports the byte length of a dash at text[p] (ASCII hyphen or a
// Unicode dash variant), 0 when none.
func dashLen(text []byte, p int) int {
	if p < 0 || p >= len(text) {
		return 0
	}
	if text[p] == '-' {
		return 1
	}
	if text[p] == 0xE2 && p+2 < len(text) {
		b1, b2 := text[p+1], text[p+2]
		if b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95 { // U+2010..U+2015
			return 3
		}
		if b1 == 0x88 && b2 == 0x92 { // U+2212 minus
			return 3
		}
	}
	return 0
}

// DashLen is exported for the citation scanner: the byte length of a dash
// variant at text[p], 0 when none.
func DashLen(text []byte, p int) int { return dashLen(text, p) }
