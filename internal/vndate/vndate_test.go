package vndate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestValid(t *testing.T) {
	assert.True(t, Valid(2024, 2, 29))
	assert.False(t, Valid(2023, 2, 29))
	assert.False(t, Valid(1900, 2, 29), "1900 was not a leap year")
	assert.True(t, Valid(2000, 2, 29))
	assert.False(t, Valid(2024, 4, 31))
	assert.False(t, Valid(1899, 12, 31))
	assert.False(t, Valid(2024, 13, 1))
	assert.False(t, Valid(2024, 1, 0))
}

func TestISOAndYear(t *testing.T) {
	assert.Equal(t, "2024-03-04", ISO(2024, 3, 4))
	assert.Equal(t, "2024", YearOf(ISO(2024, 3, 4)))
	assert.Equal(t, "", YearOf("20a4-01-01"))
	assert.Equal(t, "", YearOf("202"))
}

// The readers on the lines the stages meet, as strings and as bytes alike.
func TestNumeric(t *testing.T) {
	for _, c := range []struct {
		in     string
		iso    string
		end    int
		ok     bool
		runsOn bool
	}{
		{"14/3/2011 của", "2011-03-14", 9, true, false},
		{"01/ 7 /2004", "2004-07-01", 11, true, false},
		{"16.2.2016", "2016-02-16", 9, true, false},
		{"14 – 3 – 2011", "2011-03-14", 17, true, false},
		{"08/10/20181 ", "", 10, true, true}, // a footnote mark glued to the year
		{"31/2/2020", "", 9, true, false},
		{"12/2005/QĐ", "", 0, false, false},
		{"123/4/2020", "", 0, false, false},
	} {
		for _, p := range []func() (Parts, bool){
			func() (Parts, bool) { return Numeric(c.in, 0) },
			func() (Parts, bool) { return Numeric([]byte(c.in), 0) },
		} {
			d, ok := p()
			assert.Equal(t, c.ok, ok, c.in)
			if ok {
				assert.Equal(t, c.iso, d.ISO(), c.in)
				assert.Equal(t, c.end, d.End, c.in)
				assert.Equal(t, c.runsOn, d.YearRunsOn, c.in)
			}
		}
	}
}

func TestLong(t *testing.T) {
	for _, c := range []struct {
		in         string
		d, m, y    int
		yearDigits int
		ok         bool
	}{
		{" 17 tháng 8 năm 2012", 17, 8, 2012, 4, true},
		{" 05 THÁNG 01 NĂM 2020", 5, 1, 2020, 4, true},
		{" 25 tháng 12 năm1998 Hướng dẫn", 25, 12, 1998, 4, true}, // legacy typing glues the year
		{" 31 tháng 12\nnăm 2024", 31, 12, 2024, 4, true},         // a citation wraps
		{" …… tháng …… năm 20…", 0, 0, 20, 2, true},
		{" 12 tháng", 0, 0, 0, 0, false},
		{" 123 tháng 1 năm 2020", 0, 0, 0, 0, false},
	} {
		p, ok := Long(c.in, 0)
		assert.Equal(t, c.ok, ok, c.in)
		if ok {
			assert.Equal(t, []int{c.d, c.m, c.y, c.yearDigits}, []int{p.Day, p.Month, p.Year, p.YearDigits}, c.in)
		}
	}
	assert.Equal(t, 5, MatchWord("NGÀY 5", 0, "ngày"))
	assert.Equal(t, -1, MatchWord("ngay", 0, "ngày"))
	assert.Equal(t, -1, MatchWord("ng\xff", 0, "ngày"))
}
