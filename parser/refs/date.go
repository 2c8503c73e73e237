package refs

import (
	"github.com/vnlegal/vanban/internal/vndate"
)

// This file reads the dates of citations ("ngày 14/3/2011", "ngày 14 tháng 3
// năm 2011") and their years. What makes a date valid, and its ISO form, are
// owned by internal/vndate; case and Roman numerals by internal/vntext.

// parseDay parses the date after the word "ngày" (p is just after "ngày"):
// "14/3/2011", "14-3-2011", "16.2.2016", "01/ 7 /2004", "14 tháng 3 năm 2011",
// with the date grammar of internal/vndate; a citation prints every part in
// digits. It returns "YYYY-MM-DD" ("" when the date is invalid) and the end.
func parseDay(t []byte, p int) (date string, end int, ok bool) {
	q := skipWS(t, p)
	// a year that runs on into more digits leaves the date unknown, and the
	// mention ends after those digits
	if d, ok := vndate.Numeric(t, q); ok {
		return d.ISO(), d.RunOnEnd, true
	}
	if d, ok := vndate.Long(t, q); ok && d.DayDigits > 0 && d.MonthDigits > 0 && d.YearDigits > 0 {
		return d.ISO(), d.RunOnEnd, true
	}
	return "", p, false
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
