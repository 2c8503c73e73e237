package structure

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The long date of a place-and-date line: numbers, blanks of a draft, a date
// that does not exist (read as blank by findPlaceDate), a year before 1900
// (read as blank), and shapes that are not a date.
func TestParseLongDate(t *testing.T) {
	for _, c := range []struct {
		in         string
		d, m, y, n int
		ok         bool
		date       string // findPlaceDate("Hà Nội, " + in).date
	}{
		{"ngày 17 tháng 8 năm 2012", 17, 8, 2012, 27, true, "2012-08-17"},
		{"NGÀY 05 THÁNG 01 NĂM 2020 về", 5, 1, 2020, 28, true, "2020-01-05"},
		{"ngày …… tháng …… năm ……", 0, 0, 0, 38, true, ""},
		{"ngày ..... tháng ..... năm 2025", 0, 0, 2025, 34, true, ""},
		{"ngày 29 tháng 2 năm 2023", 29, 2, 2023, 27, true, ""},
		{"ngày 10 tháng 5 năm 1887", 0, 0, 0, 27, true, ""},
		{"ngày 12 tháng", 0, 0, 0, 0, false, ""},
		{"ngày 12\xff tháng 3 năm 2024", 0, 0, 0, 0, false, ""},
		{"Ngày 3 tháng 4 năm 2024", 3, 4, 2024, 26, true, "2024-04-03"},
		{"ngày 23 tháng 02 năm 20264", 23, 2, 2026, 28, true, "2026-02-23"}, // page number 4 glued to the year (070)
	} {
		d, m, y, n, ok := parseLongDate(c.in)
		assert.Equal(t, []int{c.d, c.m, c.y, c.n}, []int{d, m, y, n}, "%q", c.in)
		assert.Equal(t, c.ok, ok, "%q", c.in)
		pd, _, found := findPlaceDate("Hà Nội, " + c.in)
		assert.Equal(t, c.ok, found, "%q", c.in)
		assert.Equal(t, c.date, pd.date, "%q", c.in)
		assert.Equal(t, c.ok && c.date == "", pd.blank, "%q", c.in)
	}
}

// Numeric dates as old laws print them after the number ("SỐ 101-SL/L.003
// NGÀY 20-5-1957").
func TestParseNumericDate(t *testing.T) {
	for _, c := range []struct {
		in      string
		d, m, y int
		n       int
		ok      bool
	}{
		{"14/3/2011", 14, 3, 2011, 9, true},
		{"16.2.2016", 16, 2, 2016, 9, true},
		{"20-5-1957", 20, 5, 1957, 9, true},
		{"29/2/2024", 29, 2, 2024, 9, true},
		{"14 – 3 – 2011", 14, 3, 2011, 17, true},
		{"29/2/2023", 0, 0, 0, 0, false},
		{"1/13/2020", 0, 0, 0, 0, false},
		{"5/6/1850", 0, 0, 0, 0, false},
		{"12/2005/QĐ", 0, 0, 0, 0, false},
		{"1/2/20245", 1, 2, 2024, 8, true},
	} {
		d, m, y, n, ok := parseNumericDate(c.in)
		assert.Equal(t, []int{c.d, c.m, c.y, c.n}, []int{d, m, y, n}, "%q", c.in)
		assert.Equal(t, c.ok, ok, "%q", c.in)
	}
}

// The place of a place-and-date line, as old documents type it: the second
// syllable of "Hà nội" in lower case (2003-02120.doc and six more files of the
// legacy set), beside the usual capitalised forms; a lower-case word after a
// word in capitals or a sentence is no place.
func TestFindPlaceDatePlace(t *testing.T) {
	for _, c := range []struct{ in, place string }{
		{"                                                                Hà nội, ngày  30  tháng 12 năm 2002", "Hà nội"},
		{"Hà nội, ngày 8 tháng 12 năm 1998", "Hà nội"},
		{"Hà Nội, ngày 13 tháng 3 năm 2001", "Hà Nội"},
		{"Hà-Nội, ngày 8 tháng 3 năm 2001", "Hà-Nội"},
		{"Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2003", "Thành phố Hồ Chí Minh"},
		{"BỘ TÀI CHÍNH nội, ngày 8 tháng 12 năm 1998", ""},
		{"theo đề nghị của bộ, ngày 8 tháng 12 năm 1998", ""},
		{"Số 12 nội, ngày 8 tháng 12 năm 1998", ""},
	} {
		pd, _, ok := findPlaceDate(c.in)
		assert.True(t, ok, "%q", c.in)
		assert.Equal(t, c.place, pd.place, "%q", c.in)
	}
}
