package vndate

import (
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
)

// Text is what the date readers read: the normalised text as a string (the
// structure stage) or as bytes (the citation scanner), without a copy.
type Text interface{ ~string | ~[]byte }

// Parts is a date as printed: the numbers of its day, month and year, how many
// digits each had (0 where the document leaves the part blank, as drafts do:
// "ngày … tháng … năm 2025"), and the offset just after it. Whether the parts
// make a real date is for Valid to say.
type Parts struct {
	Day, Month, Year                   int
	DayDigits, MonthDigits, YearDigits int
	// YearRunsOn reports more digits right after the four of the year: a
	// page number or a footnote mark glued to it in gazette text ("năm
	// 20264" on page 4), or an OCR error ("20210"). A header's date line
	// takes the four digits; a citation leaves such a date unknown.
	YearRunsOn bool
	// End is the offset just after the date (after the four digits of a year
	// that runs on); RunOnEnd is after the digits glued to it, End otherwise.
	End, RunOnEnd int
}

// ISO is the date as "YYYY-MM-DD" when its year has four digits and it is a
// real date (Valid), "" otherwise.
func (p Parts) ISO() string {
	if p.YearDigits != 4 || p.YearRunsOn || !Valid(p.Year, p.Month, p.Day) {
		return ""
	}
	return ISO(p.Year, p.Month, p.Day)
}

// Numeric reads a numeric date at s[i:] — "14/3/2011", "14-3-2011",
// "16.2.2016", "01/ 7 /2004", "14 – 3 – 2011": a day and a month of one or two
// digits and a year of up to four (digits glued after them are left unread
// and reported by YearRunsOn), separated
// by '/', '.', or any dash, with spaces around the separators. Spaces before
// the day are skipped. ok reports the shape only.
func Numeric[T Text](s T, i int) (p Parts, ok bool) {
	i = skipSpaces(s, i, false)
	if p.Day, p.DayDigits, i = digits(s, i, 2); p.DayDigits == 0 {
		return p, false
	}
	if i, ok = separator(s, i); !ok {
		return p, false
	}
	if p.Month, p.MonthDigits, i = digits(s, skipSpaces(s, i, false), 2); p.MonthDigits == 0 {
		return p, false
	}
	if i, ok = separator(s, i); !ok {
		return p, false
	}
	if p.Year, p.YearDigits, i = yearDigits(s, skipSpaces(s, i, false)); p.YearDigits == 0 {
		return p, false
	}
	p.End = i
	runOn(&p, s)
	return p, true
}

// Long reads the long form that follows the word "ngày": "17 tháng 8 năm
// 2012", the words in any case, spaces (and one line break, where a citation
// wraps) between the parts, and blanks — dots, an ellipsis, underscores — in
// place of numbers a draft leaves open. ok reports that "tháng" and "năm"
// were found in their places.
func Long[T Text](s T, i int) (p Parts, ok bool) {
	if p.Day, p.DayDigits, i = number(s, i); p.DayDigits > 2 {
		return p, false
	}
	if i = MatchWord(s, skipSpaces(s, i, true), "tháng"); i < 0 {
		return p, false
	}
	if p.Month, p.MonthDigits, i = number(s, i); p.MonthDigits > 2 {
		return p, false
	}
	if i = MatchWord(s, skipSpaces(s, i, true), "năm"); i < 0 {
		return p, false
	}
	i = skipSpaces(s, i, true)
	if p.Year, p.YearDigits, p.End = yearDigits(s, i); p.YearDigits == 0 {
		_, _, p.End = number(s, i)
	}
	runOn(&p, s)
	return p, true
}

// number reads the digits of one part of a long date after spaces, or the
// blank that stands for it; digits is 0 for a blank.
func number[T Text](s T, i int) (v, n, end int) {
	i = skipSpaces(s, i, true)
	if v, n, end = digits(s, i, 5); n > 0 {
		return v, n, end
	}
	for i < len(s) {
		switch {
		case s[i] == '.' || s[i] == ' ' || s[i] == '_' || s[i] == '*':
			i++
		case i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0xA6: // …
			i += 3
		default:
			return 0, 0, i
		}
	}
	return 0, 0, i
}

// runOn sets YearRunsOn and RunOnEnd from the digits after p.End.
func runOn[T Text](p *Parts, s T) {
	j := p.End
	for p.YearDigits == 4 && j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	p.YearRunsOn, p.RunOnEnd = j > p.End, j
}

// yearDigits reads the year: up to four digits, whatever follows them.
func yearDigits[T Text](s T, i int) (v, n, end int) {
	j := i
	for j < len(s) && j-i < 4 && s[j] >= '0' && s[j] <= '9' {
		v = v*10 + int(s[j]-'0')
		j++
	}
	return v, j - i, j
}

// digits reads up to max digits at i; a longer run of digits is not a part of
// a date, and reads as none.
func digits[T Text](s T, i, max int) (v, n, end int) {
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		if j-i == max {
			return 0, 0, i
		}
		v = v*10 + int(s[j]-'0')
		j++
	}
	return v, j - i, j
}

// separator reads the separator of a numeric date, with the spaces before it.
func separator[T Text](s T, i int) (int, bool) {
	i = skipSpaces(s, i, false)
	if i < len(s) && (s[i] == '/' || s[i] == '.' || s[i] == '-') {
		return i + 1, true
	}
	// U+2010–U+2015 (hyphens, en and em dashes) and U+2212 (minus)
	if i+2 < len(s) && s[i] == 0xE2 && (s[i+1] == 0x80 && s[i+2] >= 0x90 && s[i+2] <= 0x95 || s[i+1] == 0x88 && s[i+2] == 0x92) {
		return i + 3, true
	}
	return i, false
}

// skipSpaces skips spaces, tabs, no-break spaces and the markdown residue
// '*' and '_' that may stand between the parts of a date; with lineBreak, one
// line break too.
func skipSpaces[T Text](s T, i int, lineBreak bool) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t' || s[i] == '*' || s[i] == '_':
			i++
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i += 2
		case lineBreak && (s[i] == '\n' || s[i] == '\r'):
			lineBreak = false
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			i++
		default:
			return i
		}
	}
	return i
}

// MatchWord matches the lower-case word w at s[i:] in any case ("ngày",
// "NGÀY", "Ngày") and returns its end, or -1. Invalid UTF-8 never matches.
func MatchWord[T Text](s T, i int, w string) int {
	for k := 0; k < len(w); {
		if i >= len(s) {
			return -1
		}
		wr, wn := utf8.DecodeRuneInString(w[k:])
		var r rune
		var n int
		if c := s[i]; c < utf8.RuneSelf {
			r, n = rune(c), 1
		} else {
			r, n = decode(s, i)
		}
		if vntext.LowerRune(r) != wr {
			return -1
		}
		i += n
		k += wn
	}
	return i
}

// decode decodes the rune at s[i] of either kind of Text without converting it.
func decode[T Text](s T, i int) (rune, int) {
	var buf [utf8.UTFMax]byte
	n := copy(buf[:], s[i:min(len(s), i+utf8.UTFMax)])
	return utf8.DecodeRune(buf[:n])
}
