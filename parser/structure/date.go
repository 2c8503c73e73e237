package structure

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vndate"
	"github.com/vnlegal/vanban/internal/vntext"
)

// placeDate is a parsed "<Place>, ngày <d> tháng <m> năm <y>" line.
type placeDate struct {
	place   string
	date    string // YYYY-MM-DD or ""
	blank   bool   // a draft's "ngày … tháng … năm 2025"
	dateEnd int    // byte offset in the fragment just after the year
}

// findPlaceDate looks for ", ngày" in s and parses the place before it and the
// long-form date after it. It returns the byte offset where the place starts.
func findPlaceDate(s string) (pd placeDate, placeStart int, ok bool) {
	idx := placeDateIndex(s)
	if idx < 0 {
		return pd, 0, false
	}
	d, m, y, n, _ := parseLongDate(s[idx:])
	pd.dateEnd = idx + n
	if y > 0 && m > 0 && d > 0 && vndate.Valid(y, m, d) {
		pd.date = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	} else {
		pd.blank = true
	}
	// The place: capitalised words right before the comma, at most six.
	j := idx
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j > 0 && s[j-1] == ',' {
		j--
	}
	head := strings.TrimRight(s[:j], " ")
	words := strings.Fields(head)
	k := len(words)
	for k > 0 && len(words)-k < 6 {
		w := strings.Trim(words[k-1], "*_")
		if k >= 2 && isUnitWord(w) && (words[k-2] == "Thành" || words[k-2] == "Thị") {
			k -= 2
			continue
		}
		if k == len(words) && k >= 2 && oldStylePlaceTail(w, strings.Trim(words[k-2], "*_")) {
			// "Hà nội, ngày …": old documents capitalise only the first
			// syllable of the place
			k--
			continue
		}
		if w == "" || !(startsUpper(w) || isDigits(w) || w == "…" || strings.HasPrefix(w, "...")) {
			break
		}
		if vntext.IsCaps(w) && len(words)-k >= 1 && !isPlaceAbbrev(w) {
			// a capitalised header word (issuer text) ends the place
			break
		}
		k--
	}
	place := strings.Join(words[k:], " ")
	place = strings.Trim(place, "*_ ")
	placeStart = strings.LastIndex(head, strings.Join(words[k:], " "))
	if placeStart < 0 {
		placeStart = idx
	}
	pd.place = place
	return pd, placeStart, true
}

// placeDateIndex is the offset of the "ngày" that opens the date of a
// place-and-date line, -1 when there is none: the first "ngày" (any case) at
// the start of s or after a comma whose long date parses.
func placeDateIndex(s string) int {
	// "ngày" in any case has an à or À (0xC3 0xA0, 0xC3 0x80), and lower-casing
	// keeps the ASCII letters around it where they are: look at those only.
	// Offsets are those of s itself, valid UTF-8 or not.
	for from := 0; ; {
		p := strings.IndexByte(s[from:], 0xC3)
		if p < 0 {
			return -1
		}
		p += from
		from = p + 1
		if p < 2 || p+2 >= len(s) || s[p+1] != 0xA0 && s[p+1] != 0x80 || s[p-2]|0x20 != 'n' || s[p-1]|0x20 != 'g' || s[p+2]|0x20 != 'y' {
			continue
		}
		i := p - 2
		// "ngày" must follow a comma (place, ngày) or start the fragment (date without place).
		j := i
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		if j == 0 || s[j-1] == ',' {
			if _, _, _, _, good := parseLongDate(s[i:]); good {
				return i
			}
		}
	}
}

// invalidAsQuestionMarks replaces every byte of s that is not part of valid
// UTF-8 by '?', keeping every offset.
func invalidAsQuestionMarks(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			b[i] = '?'
		}
		i += n
	}
	return string(b)
}

// parseLongDate parses "ngày 17 tháng 8 năm 2012" (case-insensitive; blanks
// such as "…" or dots allowed) at the start of s, with the date grammar of
// internal/vndate. It returns day, month, year (0 where blank, and all three 0
// for a year before 1900, which is a draft's "năm 20…"), the bytes consumed
// and whether the shape matched.
func parseLongDate(s string) (d, m, y, n int, ok bool) {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i = vndate.MatchWord(s, i, "ngày"); i < 0 {
		return
	}
	p, ok := vndate.Long(s, i)
	if !ok {
		return 0, 0, 0, 0, false
	}
	if p.Year != 0 && p.Year < 1900 {
		return 0, 0, 0, p.End, true
	}
	return p.Day, p.Month, p.Year, p.End, true
}

// parseNumericDate parses "14/3/2011", "14-3-2011" or "16.2.2016" at the
// start of s (the date grammar of internal/vndate), when it is a real date.
func parseNumericDate(s string) (d, m, y, n int, ok bool) {
	p, ok := vndate.Numeric(s, 0)
	if !ok || p.YearDigits != 4 || !vndate.Valid(p.Year, p.Month, p.Day) {
		return 0, 0, 0, 0, false
	}
	return p.Day, p.Month, p.Year, p.End, true
}

// oldStylePlaceTail reports whether w, the word right before the comma of a
// place-and-date line, is the lower-case second syllable of a place whose
// first syllable prev is capitalised: "Hà nội", "Hải phòng", as typed in many
// documents of the 1990s and 2000s. Only letters count, so a sentence ending
// in a number or a symbol is not read as a place.
func oldStylePlaceTail(w, prev string) bool {
	if !startsLowerWord(w) || !startsUpper(prev) || vntext.IsCaps(prev) || utf8.RuneCountInString(prev) < 2 {
		return false
	}
	for _, r := range w + prev {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
