package refs

import (
	"github.com/vnlegal/vanban/internal/vndate"
	"github.com/vnlegal/vanban/parser/symbol"
)

// This file reads the dates of citations ("ngày 14/3/2011", "ngày 14 tháng 3
// năm 2011") and their years. What makes a date valid, and its ISO form, are
// owned by internal/vndate; case and Roman numerals by internal/vntext.

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
	if e-r != 4 || !vndate.Valid(y, m, d) {
		return "", e, true
	}
	return vndate.ISO(y, m, d), e, true
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
