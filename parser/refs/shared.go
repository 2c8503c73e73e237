package refs

import (
	"unicode"

	"github.com/vnlegal/vanban/parser/symbol"
)

// This file holds refs' own copies of small grammars that other packages of
// the parser also read: lower-casing a rune (lowerRune), text in capitals
// (isCaps), Roman numerals (isRoman), and dates (parseDay, parseYear, yearOf).
// They are kept together so that the step that gives each grammar one owner
// finds them in one place; until then they stay as they are, as refs' output
// depends on their exact answers.

// lowerRune is unicode.ToLower with the rune tables of text.go.
func lowerRune(r rune) rune {
	if uint32(r) < loEnd {
		return loLower[r]
	}
	if uint32(r)-vietStart < vietEnd-vietStart {
		return vietLower[r-vietStart]
	}
	return unicode.ToLower(r)
}

// isCaps reports text printed in capitals (an upper-cased title).
func isCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

// isRoman reports whether w, in lower case, is made of Roman digits (at most 7).
func isRoman(w string) bool {
	if len(w) > 7 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'i', 'v', 'x', 'l', 'c':
		default:
			return false
		}
	}
	return true
}

// yearOf is the year of an ISO date ("2024-05-01", "2024"), "" when none.
func yearOf(date string) string {
	if len(date) >= 4 {
		return date[:4]
	}
	return ""
}

// parseDay parses the date after the word "ngày" (p is just after "ngày"):
// "14/3/2011", "14-3-2011", "16.2.2016", "01/ 7 /2004", "14 tháng 3 năm 2011".
// It returns "YYYY-MM-DD" ("" when the date is invalid or blank) and the end.
func parseDay(t []byte, p int) (date string, end int, ok bool) {
	q := skipWS(t, p)
	d, q, ok := readInt(t, q, 2)
	if !ok {
		return "", p, false
	}
	// numeric form
	if r := skipSp(t, q); r < len(t) {
		if n := dateSepLen(t, r); n > 0 {
			r = skipSp(t, r+n)
			m, r2, ok := readInt(t, r, 2)
			if !ok {
				return "", p, false
			}
			r = skipSp(t, r2)
			n2 := dateSepLen(t, r)
			if n2 == 0 {
				return "", p, false
			}
			return dateWithYear(t, skipSp(t, r+n2), m, d, p)
		}
	}
	// long form
	r := skipWS(t, q)
	if e := matchCI(t, r, "tháng"); e > 0 {
		r = skipWS(t, e)
		m, r2, ok := readInt(t, r, 2)
		if !ok {
			return "", p, false
		}
		r = skipWS(t, r2)
		if e := matchCI(t, r, "năm"); e > 0 {
			return dateWithYear(t, skipWS(t, e), m, d, p)
		}
	}
	return "", p, false
}

// dateSepLen is the length of the separator of a numeric date at r ('/', '.'
// or a dash), 0 when none.
func dateSepLen(t []byte, r int) int {
	if r < len(t) && (t[r] == '/' || t[r] == '.') {
		return 1
	}
	return symbol.DashLen(t, r)
}

// dateWithYear reads the year at r and returns the date of day d, month m of
// that year, and its end; without a number at r it fails at p.
func dateWithYear(t []byte, r, m, d, p int) (string, int, bool) {
	y, e, ok := readInt(t, r, 5)
	if !ok {
		return "", p, false
	}
	return mkDate(y, m, d, e-r), e, true
}

var mdays = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func mkDate(y, m, d, ylen int) string {
	if ylen != 4 || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > mdays[m] {
		return ""
	}
	b := make([]byte, 10)
	put := func(i, v, w int) {
		for k := w - 1; k >= 0; k-- {
			b[i+k] = byte('0' + v%10)
			v /= 10
		}
	}
	put(0, y, 4)
	b[4] = '-'
	put(5, m, 2)
	b[7] = '-'
	put(8, d, 2)
	return string(b)
}

// parseYear parses a 4-digit year at p ("2023"); "" when absent or invalid.
func parseYear(t []byte, p int) (string, int, bool) {
	y, e, ok := readInt(t, p, 5)
	if !ok {
		return "", p, false
	}
	if e-p != 4 || y < 1900 || y > 2100 {
		return "", e, true
	}
	return string(t[p:e]), e, true
}
