package structure

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// The word readers of scan.go answer what a one-line expression of package
// strings answers, without building slices or strings. Each is tested against
// that expression; the readers built on them are tested on real lines in
// fragments_test.go and signature_test.go.

var scanSeeds = []string{
	"", " ", "TM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc", "Nguyễn Văn An (Đã ký)", "KT. BỘ TRƯỞNG THỨ TRƯỞNG",
	"TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn A", "t/m ban thường vụ k/t bí thư", "  TM.  X\tY  ",
	"Đại tướng Lương Tam Quang", "GS.TS. Nguyễn Văn B", "đại úy", "Thủ tướng Chính phủ", "NEMT, KHẤCN, NV, NG,",
	"UBMTTQVNTP", "BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng Luật Đất đai", "a\u00a0b  c\u3000d", "Q. GIÁM ĐỐC",
	"Phó Chủ tịch Thường trực", "x KT. y TM. z", "TS.Nguyễn", "pgs. ts. Lê", "bs. X", "\xffTM. \xc4",
	"CHỦ TỊCH QUỐC HỘI Nguyễn Phú Trọng", "Hà Nội, ngày 5 tháng 3 năm 2020", "NGÀY 1 THÁNG 2 NĂM 2001", "x ngày 1 tháng 1 năm 2000, Ngày 2 tháng 2 năm 2002",
	"Hà Nội,   nGÀY … tháng … năm 2025", "\xffà, ngày 1 tháng 1 năm 2000", "ngàY", "TUQ. CHỦ TỊCH CHÁNH VĂN PHÒNG Trần Văn C (đã ký)",
	"a b  c", "a\tb c", " a b ", "a\u00a0b c", "\xe1", "\xe1\x9a", "a\xe1\x9a\x80b", "\xc2\xa0x\xc2", "x\xe2\x80\x80\xe1\xbb\x99",
}

// checkScan compares the word readers with their definitions on s.
func checkScan(t *testing.T, s string) {
	t.Helper()
	fields := strings.Fields(s)
	if got, want := fieldsJoin(s), strings.Join(fields, " "); got != want {
		t.Fatalf("fieldsJoin(%q) = %q, want %q", s, got, want)
	}
	if want := ""; len(fields) > 0 && firstField(s) != fields[0] || len(fields) == 0 && firstField(s) != want {
		t.Fatalf("firstField(%q) = %q", s, firstField(s))
	}
	for n := 0; n <= len(fields)+1; n++ {
		if got, want := fieldsAtLeast(s, n), len(fields) >= n; got != want {
			t.Fatalf("fieldsAtLeast(%q, %d) = %v, want %v", s, n, got, want)
		}
	}
	if got, want := titleStartsText(s), titleStarts(fields, 0); got != want {
		t.Fatalf("titleStartsText(%q) = %v, want %v", s, got, want)
	}
	var w []string
	var at []int
	for pos, x, next := nextWord(s, 0); x != ""; pos, x, next = nextWord(s, next) {
		w, at = append(w, x), append(at, pos)
	}
	if !slices.Equal(fields, w) {
		t.Fatalf("nextWord reads the words of %q as %q, want %q", s, w, fields)
	}
	for i := 0; i < len(w); i++ {
		for j := i; j <= len(w); j++ {
			if got, want := joinWords(s, w, at, i, j), strings.Join(fields[i:j], " "); got != want {
				t.Fatalf("joinWords(%q, %d, %d) = %q, want %q", s, i, j, got, want)
			}
		}
	}
	// nextWord from every offset, broken sequences included: the first word
	// strings.Fields finds in s[i:], where it starts and where it ends
	for i := 0; i <= len(s); i++ {
		rest := s[i:]
		start := i + len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace))
		word := ""
		if f := strings.Fields(rest); len(f) > 0 {
			word = f[0]
		}
		a, x, e := nextWord(s, i)
		if a != start || x != word || e != start+len(word) {
			t.Fatalf("nextWord(%q, %d) = %d %q %d, want %d %q %d", s, i, a, x, e, start, word, start+len(word))
		}
	}
}

func TestScanMatchesStrings(t *testing.T) {
	for _, s := range scanSeeds {
		checkScan(t, s)
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range scanSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkScan(t, s)
		checkHeaderLine(t, s)
	})
}

// checkHeaderLine checks what the header readers promise on any line, valid
// UTF-8 or not: no panic, and fragments that are the line's own bytes at
// their offsets, in order, at least one for a line with text.
func checkHeaderLine(t *testing.T, s string) {
	t.Helper()
	const at = 7
	l := line{s: s, start: at, end: at + len(s), plain: !strings.ContainsAny(s, "*_")}
	var frags []line
	assert.NotPanics(t, func() {
		frags = fragmentHeader(l)
		for _, f := range frags {
			classify(f)
			splitCapsSentence(f)
		}
		findPlaceDate(s)
		splitSigLine(s)
	}, "%q", s)
	// offsets are checked where the only white space is ' ', as the
	// normalise stage leaves it: line.sub trims other spaces without moving
	// the start
	if strings.IndexFunc(s, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) >= 0 {
		return
	}
	prev := at
	for _, f := range frags {
		if f.start < prev || f.end > at+len(s) || s[f.start-at:f.end-at] != f.s {
			t.Fatalf("fragmentHeader(%q): fragment %q at %d-%d is not the line's bytes there", s, f.s, f.start, f.end)
		}
		prev = f.end
	}
	if utf8.ValidString(s) && strings.TrimSpace(s) != "" && len(frags) == 0 {
		t.Fatalf("fragmentHeader(%q) lost the line", s)
	}
}

func TestHeaderLineInvariants(t *testing.T) {
	for _, s := range append(scanSeeds, headerLines...) {
		checkHeaderLine(t, s)
	}
}
