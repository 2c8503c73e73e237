// Package vndate owns the dates of vanban: the checks that make a day, month
// and year a real date, the ISO form every stage writes ("2024-03-14"), and
// reading the year back out of it. The date grammars of the documents (the
// long "ngày 14 tháng 3 năm 2024" and the numeric "14/3/2024") are read by the
// stages that find them, and all of them hand their numbers to this package.
package vndate

// Valid reports whether y-m-d is a real calendar date between 1900 and 2100,
// the years in which a document of the corpora can have been issued or cited.
func Valid(y, m, d int) bool {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return false
	}
	if d > monthDays[m] {
		return false
	}
	if m == 2 && d == 29 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		return false
	}
	return true
}

// monthDays is the longest each month can be (29 for February: leap years are
// checked apart).
var monthDays = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// ISO formats y-m-d as "YYYY-MM-DD". It does not check the date; see Valid.
func ISO(y, m, d int) string {
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

// YearOf is the year of an ISO date ("2024" of "2024-03-14"), "" when date
// does not start with four digits.
func YearOf(date string) string {
	if len(date) < 4 {
		return ""
	}
	for i := 0; i < 4; i++ {
		if date[i] < '0' || date[i] > '9' {
			return ""
		}
	}
	return date[:4]
}
