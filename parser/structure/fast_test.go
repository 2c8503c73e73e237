package structure

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/vnlegal/vanban/parser/lexicon"
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

func splitCapsSentenceOld(l line) []line {
	if !fieldsAtLeast(l.s, 5) || !hasLowerStart(l.s) {
		return []line{l}
	}
	run := 0
	for pos, x, next := nextFieldRef(l.s, 0); x != ""; pos, x, next = nextFieldRef(l.s, next) {
		if isCapsWord(x) || isDigits(strings.Trim(x, ".,/-")) || strings.Trim(x, "0123456789/.-,") == "" {
			run++
			continue
		}
		if run >= 3 && titleCaseWord(x) && lowerSoonAt(l.s, next) {
			a, ok1 := l.sub(0, pos)
			b, ok2 := l.sub(pos, len(l.s))
			if ok1 && ok2 {
				return append([]line{a}, splitCapsSentenceOld(b)...)
			}
		}
		run = 0
	}
	return []line{l}
}

func isMarkOld(s string) bool {
	if len(s) > 40 {
		return false
	}
	k := key(strings.Trim(s, "()[] "))
	for _, m := range marks {
		if k == m.text || (m.kind == "draft" && strings.HasPrefix(k, "dự thảo") && len(k) < 24) {
			return true
		}
	}
	return false
}

func classifyOld(l line) frag {
	f := frag{line: l}
	s := l.text()
	k := key(headOf(s, 64))
	switch {
	case isRule(l.s) || strings.HasPrefix(l.s, "[") && strings.HasSuffix(l.s, "]") && strings.Contains(s, " bởi "):
		f.kind = fRule
	case strings.HasPrefix(k, mottoState) || strings.HasPrefix(k, "cộng hòa xã hội") || strings.HasPrefix(k, mottoParty):
		f.kind = fMotto
	case k == "cộng" && isCaps(s) || len(k) >= 8 && len(s) <= 64 && (strings.HasPrefix(mottoState, k) || strings.HasSuffix(mottoState, k) || strings.HasPrefix(mottoParty, k) || strings.HasSuffix(mottoParty, k)) && isCaps(s):
		f.kind = fMotto
	case strings.HasPrefix(k, "chủ nghĩa việt nam") || (strings.HasPrefix(k, "đảng cộng") || strings.HasPrefix(k, "sản việt nam")) && isCaps(s) && len(k) < 30:
		f.kind = fMotto
	case strings.HasPrefix(k, "độc lập"):
		f.kind = fTieuNgu
	case isNumberLine(s):
		f.kind = fNumber
	case strings.HasPrefix(k, "v/v") || strings.HasPrefix(k, "v.v ") || strings.HasPrefix(k, "v/v:"):
		f.kind = fVv
	case strings.HasPrefix(k, "kính gửi") || strings.HasPrefix(k, "đồng kính gửi") || strings.HasPrefix(k, "kính trình"):
		f.kind = fKinhGui
	case isMarkOld(s):
		f.kind = fMark
	default:
		if pd, ps, ok := findPlaceDate(s); ok && ps <= 2 {
			f.kind = fPlaceDate
			f.pd = pd
		} else if isCaps(s) || noLower(s) {
			f.kind = fCaps
		}
	}
	return f
}

func fragmentHeaderOld(l line) []line {
	s := l.s
	// cut points, sorted and made unique below; a line has a handful
	var cutBuf [16]int
	cuts := append(cutBuf[:0], 0)
	addCut := func(i int) {
		if i > 0 && i < len(s) {
			cuts = append(cuts, i)
		}
	}
	headerTriggersLower(s, addCut)
	// editorial notes of legal portals ("[Việc thi hành ... được hướng dẫn bởi ...]")
	for from := 0; ; {
		i := strings.IndexByte(s[from:], '[')
		if i < 0 {
			break
		}
		i += from
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			break
		}
		addCut(i)
		addCut(i + j + 1)
		from = i + j + 1
	}
	// rules of three or more characters
	for i := 0; i < len(s); {
		c := s[i]
		if c == '-' || c == '_' || c == '*' || c == '=' {
			j := i
			for j < len(s) && s[j] == c {
				j++
			}
			if j-i >= 3 {
				addCut(i)
				addCut(j)
			}
			i = j
			continue
		}
		i++
	}
	// place and date
	if pd, ps, ok := findPlaceDate(s); ok {
		addCut(ps)
		addCut(pd.dateEnd)
	}
	sortInts(cuts)
	idx := cuts[:1]
	for _, c := range cuts[1:] {
		if c != idx[len(idx)-1] {
			idx = append(idx, c)
		}
	}
	idx = append(idx, len(s))
	if len(idx) == 2 {
		return []line{l} // nothing to cut: sub would trim nothing either
	}
	var out []line
	for k := 0; k+1 < len(idx); k++ {
		if sub, ok := l.sub(idx[k], idx[k+1]); ok {
			out = append(out, sub)
		}
	}
	return out
}

func typeOfTitleOld(s string) (lexicon.DocType, string, bool) {
	s = stripMarkup(s)
	words := strings.Fields(s)
	max := lexicon.MaxTypeNameWords()
	if max > len(words) {
		max = len(words)
	}
	for n := max; n >= 1; n-- {
		cand := strings.Join(words[:n], " ")
		if !isCaps(cand) && n > 0 {
			continue
		}
		if t, ok := lexicon.TypeByName(cand); ok {
			rest := strings.Join(words[n:], " ")
			if t.Name == "Thông báo" && hasPrefixFold(rest, "kết luận") {
				rest = strings.TrimSpace(rest[len("kết luận"):])
			}
			return t, rest, true
		}
	}
	return lexicon.DocType{}, "", false
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

// triggerCuts are the cut points fragmentHeader keeps from a trigger finder.
func triggerCuts(s string, find func(string, func(int))) []int {
	var cuts []int
	find(s, func(i int) {
		if i > 0 && i < len(s) {
			cuts = append(cuts, i)
		}
	})
	sortInts(cuts)
	return slices.Compact(cuts)
}

func panics(f func()) (p bool) {
	defer func() {
		if recover() != nil {
			p = true
		}
	}()
	f()
	return false
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
	if utf8.ValidString(s) {
		got, want := triggerCuts(s, func(s string, add func(int)) { headerTriggers(s, add) }), triggerCuts(s, headerTriggersLower)
		if !assert.Equal(t, want, got, "headerTriggers(%q)", s) {
			t.FailNow()
		}
	} else if !headerTriggers(s, func(int) {}) && len(triggerCuts(s, headerTriggersLower)) > 0 {
		t.Fatalf("headerTriggers(%q) found nothing, headerTriggersLower did", s)
	}
	l := line{s: s, start: 7, end: 7 + len(s), blankBefore: true, plain: !strings.ContainsAny(s, "*_")}
	if got, want := splitCapsSentence(l), splitCapsSentenceOld(l); !assert.Equal(t, want, got, "splitCapsSentence(%q)", s) {
		t.FailNow()
	}
	if got, want := isMark(s), isMarkOld(s); got != want {
		t.Fatalf("isMark(%q) = %v, want %v", s, got, want)
	}
	// On invalid UTF-8 the old code could index past the end of s (offsets
	// in the lower-cased copy are longer); the new code must not fail, and
	// on valid UTF-8 it must agree with the old.
	var gotF, wantF []line
	var gotC, wantC frag
	var gotI, wantI int
	if panics(func() { gotF, gotC, gotI = fragmentHeader(l), classify(l), placeDateIndex(s) }) {
		t.Fatalf("%q: the header code panics", s)
	}
	if panics(func() { findPlaceDate(s) }) {
		t.Fatalf("%q: findPlaceDate panics", s)
	}
	if utf8.ValidString(s) {
		wantF, wantC, wantI = fragmentHeaderOld(l), classifyOld(l), placeDateIndexLower(s)
		if !assert.Equal(t, wantF, gotF, "fragmentHeader(%q)", s) {
			t.FailNow()
		}
		if gotC != wantC {
			t.Fatalf("classify(%q) = %+v, want %+v", s, gotC, wantC)
		}
		if gotI != wantI {
			t.Fatalf("placeDateIndex(%q) = %d, want %d", s, gotI, wantI)
		}
	}
	if got, want := fieldsJoin(s), strings.Join(strings.Fields(s), " "); got != want {
		t.Fatalf("fieldsJoin(%q) = %q, want %q", s, got, want)
	}
	if f := strings.Fields(s); len(f) > 0 && firstField(s) != f[0] || len(f) == 0 && firstField(s) != "" {
		t.Fatalf("firstField(%q) = %q", s, firstField(s))
	}
	t1, r1, ok1 := typeOfTitle(s)
	t0, r0, ok0 := typeOfTitleOld(s)
	if !assert.Equal(t, t0, t1, "typeOfTitle(%q)", s) || r1 != r0 || ok1 != ok0 {
		t.Fatalf("typeOfTitle(%q) = %q %v, want %q %v", s, r1, ok1, r0, ok0)
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

// nextWord must split as the plain rune-by-rune reader does (nextFieldRef),
// on every offset, broken sequences included.
func TestNextWordMatchesRuneReader(t *testing.T) {
	for _, s := range []string{"\xe1", "\xe1\x9a", "a\xe1\x9a\x80b", "\xc2\xa0x\xc2", "x\xe2\x80\x80\xe1\xbb\x99"} {
		checkWords(t, s)
	}
}

// nextFieldRef is the former word reader: every rune decoded, spaces as
// unicode.IsSpace says.
func nextFieldRef(s string, i int) (start int, word string, end int) {
	isSpace := func(i int) int {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return n
		}
		return 0
	}
	for i < len(s) {
		n := isSpace(i)
		if n == 0 {
			break
		}
		i += n
	}
	start = i
	for i < len(s) && isSpace(i) == 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return start, s[start:i], i
}

func checkWords(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		a0, w0, e0 := nextFieldRef(s, i)
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

// placeDateIndexLower is the former placeDateIndex, over lowerSameLen(s). On
// invalid UTF-8 its offsets were those of the lower-cased copy (and could run
// past s); the new code reads s itself.
func placeDateIndexLower(s string) int {
	if !strings.Contains(s, "à") && !strings.Contains(s, "À") {
		return -1
	}
	ls := lowerSameLen(s)
	for from := 0; ; {
		i := strings.Index(ls[from:], "ngày")
		if i < 0 {
			return -1
		}
		i += from
		j := i
		for j > 0 && ls[j-1] == ' ' {
			j--
		}
		if j == 0 || ls[j-1] == ',' {
			if _, _, _, _, good := parseLongDate(s[i:]); good {
				return i
			}
		}
		from = i + len("ngày")
	}
}

// headerTriggersLower is the former trigger search, over a lower-cased copy
// of s: the definition headerTriggers is tested against.
func headerTriggersLower(s string, add func(int)) {
	ls := strings.ReplaceAll(lowerSameLen(s), "hoà", "hòa")
	for _, needle := range headerNeedles {
		for from := 0; ; {
			i := strings.Index(ls[from:], needle)
			if i < 0 {
				break
			}
			i += from
			if i == 0 || ls[i-1] == ' ' || ls[i-1] == '*' || ls[i-1] == '-' {
				add(i)
				if needle == "độc lập" {
					if e := strings.Index(ls[i:], "phúc"); e >= 0 {
						add(i + e + len("phúc"))
					}
				}
				if needle == "đảng cộng sản việt nam" {
					add(i + len(needle))
				}
				if needle == "dự thảo" {
					// "DỰ THẢO 24.10.2016 LUẬT VỀ HỘI": the mark ends before the next title word
					j := i + len(needle)
					for j < len(ls) {
						k := j
						for k < len(ls) && ls[k] == ' ' {
							k++
						}
						e := k
						for e < len(ls) && ls[e] != ' ' {
							e++
						}
						w := ls[k:e]
						if w == "" || !(strings.ContainsAny(w, "0123456789") || w == "lần" || w == "số") {
							break
						}
						j = e
					}
					add(j)
				}
				if needle == "cộng hòa xã" {
					if strings.HasPrefix(ls[i:], mottoState) {
						add(i + len(mottoState))
					}
				}
			}
			from = i + len(needle)
		}
	}
}
