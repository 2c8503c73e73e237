package structure

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The definitions the fast helpers replaced, kept to test them against.

func splitPrefixesOld(s string) []string {
	var cuts []int
	for i := 1; i < len(s); i++ {
		if s[i-1] != ' ' || s[i]|0x20 != 't' && s[i]|0x20 != 'k' {
			continue
		}
		for _, p := range []string{"tm.", "kt.", "tl.", "tuq.", "t/m ", "k/t ", "t/l "} {
			if hasPrefixLower(s[i:], p) {
				cuts = append(cuts, i)
			}
		}
	}
	if len(cuts) == 0 {
		return []string{s}
	}
	var out []string
	prev := 0
	for _, c := range cuts {
		out = append(out, strings.TrimSpace(s[prev:c]))
		prev = c
	}
	return append(out, strings.TrimSpace(s[prev:]))
}

func splitSigLineOld(s string) []string {
	var out []string
	for _, piece := range splitPrefixesOld(s) {
		p, rest, isP := authorityPrefix(piece)
		body := piece
		if isP {
			body = rest
		}
		note := ""
		if i := strings.Index(body, "("); i >= 0 && isSignedNote(body[i:]) {
			note = strings.TrimSpace(body[i:])
			body = strings.TrimSpace(body[:i])
		}
		w := strings.Fields(body)
		i := 0
		for i < len(w) && isCapsWord(w[i]) {
			i++
		}
		if isP {
			obj, pos := splitAuthorityCaps(p, w[:i])
			out = append(out, p+" "+obj)
			if pos != "" {
				out = append(out, pos)
			}
		} else if i > 0 {
			out = append(out, strings.Join(w[:i], " "))
		}
		if i < len(w) {
			j := i
			for j < len(w) && j-i < 6 && titleCaseWord(w[j]) {
				j++
			}
			if j-i >= 2 && j < len(w) {
				out = append(out, strings.Join(w[i:j], " "), strings.Join(w[j:], " "))
			} else {
				out = append(out, strings.Join(w[i:], " "))
			}
		}
		if note != "" {
			out = append(out, note)
		}
	}
	return out
}

func plausibleTitleOld(s string) bool {
	w := strings.Fields(s)
	if titleStarts(w, 0) {
		return true
	}
	if strings.Count(s, ",") >= 2 {
		return false
	}
	if len(w) == 1 && len([]rune(w[0])) > 6 {
		return false
	}
	return true
}

func splitHonorificOld(s string) (string, string) {
	for k, h := range honorifics {
		if hasPrefixFold(s, honorificsSpaced[k]) || strings.HasSuffix(h, ".") && hasPrefixFold(s, h) {
			n := len(h)
			if n <= len(s) {
				return strings.TrimSpace(s[:n]), strings.TrimSpace(s[n:])
			}
		}
	}
	return "", s
}

// pieceTitleOld is the last test of sigState.piece as it was.
func pieceTitleOld(text string) bool {
	w := strings.Fields(text)
	return len(w) <= 8 && titleStarts(w, 0) && !strings.HasSuffix(text, ";")
}

func pieceTitleNew(text string) bool {
	return !strings.HasSuffix(text, ";") && !fieldsAtLeast(text, 9) && titleStartsText(text)
}

var fastSeeds = []string{
	"", " ", "TM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc", "Nguyễn Văn An (Đã ký)", "KT. BỘ TRƯỞNG THỨ TRƯỞNG",
	"TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn A", "t/m ban thường vụ k/t bí thư", "  TM.  X\tY  ",
	"Đại tướng Lương Tam Quang", "GS.TS. Nguyễn Văn B", "đại úy", "Thủ tướng Chính phủ", "NEMT, KHẤCN, NV, NG,",
	"UBMTTQVNTP", "BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng Luật Đất đai", "a\u00a0b  c\u3000d", "Q. GIÁM ĐỐC",
	"Phó Chủ tịch Thường trực", "x KT. y TM. z", "TS.Nguyễn", "pgs. ts. Lê", "bs. X", "\xffTM. \xc4",
	"CHỦ TỊCH QUỐC HỘI Nguyễn Phú Trọng", "Hà Nội, ngày 5 tháng 3 năm 2020", "NGÀY 1 THÁNG 2 NĂM 2001", "x ngày 1 tháng 1 năm 2000, Ngày 2 tháng 2 năm 2002",
	"Hà Nội,   nGÀY … tháng … năm 2025", "\xffà, ngày 1 tháng 1 năm 2000", "ngàY", "TUQ. CHỦ TỊCH CHÁNH VĂN PHÒNG Trần Văn C (đã ký)",
}

func checkFast(t *testing.T, s string) {
	t.Helper()
	if got, want := splitPrefixes(s), splitPrefixesOld(s); !assert.Equal(t, want, got, "splitPrefixes(%q)", s) {
		t.FailNow()
	}
	if got, want := splitSigLine(s), splitSigLineOld(s); !assert.Equal(t, want, got, "splitSigLine(%q)", s) {
		t.FailNow()
	}
	if got, want := plausibleTitle(s), plausibleTitleOld(s); got != want {
		t.Fatalf("plausibleTitle(%q) = %v, want %v", s, got, want)
	}
	h1, n1 := splitHonorific(s)
	h0, n0 := splitHonorificOld(s)
	if h1 != h0 || n1 != n0 {
		t.Fatalf("splitHonorific(%q) = %q %q, want %q %q", s, h1, n1, h0, n0)
	}
	if got, want := pieceTitleNew(s), pieceTitleOld(s); got != want {
		t.Fatalf("piece title test (%q) = %v, want %v", s, got, want)
	}
	if got, want := placeDateIndex(s), placeDateIndexLower(s); got != want {
		t.Fatalf("placeDateIndex(%q) = %d, want %d", s, got, want)
	}
	if got, want := titleStartsText(s), titleStarts(strings.Fields(s), 0); got != want {
		t.Fatalf("titleStartsText(%q) = %v, want %v", s, got, want)
	}
}

func TestFastHelpersMatchOld(t *testing.T) {
	for _, s := range fastSeeds {
		checkFast(t, s)
	}
	for _, s := range []string{"a b  c", "a\tb c", "x", " a b ", "a\u00a0b c"} {
		w := strings.Fields(s)
		var wb [2]string
		var ab [2]int
		fw, at := readWords(s, wb[:0], ab[:0])
		assert.Equal(t, w, fw)
		for i := 0; i <= len(w); i++ {
			for j := i; j <= len(w); j++ {
				assert.Equal(t, strings.Join(w[i:j], " "), joinWords(s, fw, at, i, j), "%q %d %d", s, i, j)
			}
		}
	}
}

func FuzzFastHelpers(f *testing.F) {
	for _, s := range fastSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFast(t, s)
	})
}

// spaceAt must agree with spaceWidth on every rune, and nextWord with nextField.
func TestSpaceAtMatchesSpaceWidth(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		s := string(r) + "x"
		if spaceAt(s, 0) != spaceWidth(s, 0) {
			t.Fatalf("spaceAt(%U) = %d, want %d", r, spaceAt(s, 0), spaceWidth(s, 0))
		}
	}
	for _, s := range []string{"\xe1", "\xe1\x9a", "a\xe1\x9a\x80b", "\xc2\xa0x\xc2", "x\xe2\x80\x80\xe1\xbb\x99"} {
		checkWords(t, s)
	}
}

func checkWords(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		a0, w0, e0 := nextField(s, i)
		a1, w1, e1 := nextWord(s, i)
		if a0 != a1 || w0 != w1 || e0 != e1 {
			t.Fatalf("nextWord(%q, %d) = %d %q %d, want %d %q %d", s, i, a1, w1, e1, a0, w0, e0)
		}
	}
}

func FuzzNextWord(f *testing.F) {
	for _, s := range fastSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkWords(t, s)
		checkFast(t, s)
	})
}
