package structure

// Where a division's title ends when a page wrapped it over several lines:
// the lines that go on with it (capitals after capitals, the title line
// under a label printed alone, a cut after a word that cannot end a title or
// before the document it names), and the closing sentence of an article
// whose subject was cut anywhere (issue 12 item 3).

import (
	"strings"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
)

// maxTitle bounds a division's title in bytes, wraps included.
const maxTitle = 600

// joinTitleLines joins a division's line and the lines its title wraps onto
// (issue 12 item 3): "Chương II" and a title in capitals over two lines, a
// label alone and its title line below it, an article's title broken after
// "quy định tại" before "Điều 584 của Bộ luật Dân sự". The marker is read
// again from the joined text; should it differ in kind (it cannot: the label
// is unchanged), ok is false and the lines stay as they were.
func joinTitleLines(ls []line, lm lineMarker) (line, lineMarker, bool) {
	n := 0
	for _, l := range ls {
		n += len(l.text()) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for i, l := range ls {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(l.text())
	}
	// not plain: the joined text differs from the source at each wrap
	nl := line{s: b.String(), start: ls[0].start, end: ls[len(ls)-1].end, blankBefore: ls[0].blankBefore}
	m, ok := marker(nl.s)
	if !ok || m.kind != lm.m.kind {
		return line{}, lm, false
	}
	return nl, lineMarker{m: m, ok: true}, true
}

// titleWrap is the number of lines after line k that continue the title of
// the division line k opens: lines without a marker and without a blank line
// before them, in capitals after a title in capitals, the title line under a
// label printed alone, or lines that finish a title cut after a word that
// cannot end one ("tại", "của") or before a lower-case word.
func titleWrap(ls []line, ms []lineMarker, k int) int {
	lm := &ms[k]
	if !lm.ok {
		return 0
	}
	if k+1 >= len(ls) || ms[k+1].ok || ls[k+1].blankBefore {
		return 0 // nothing the title could go on with
	}
	m := lm.m
	switch m.kind {
	case kPhan, kChuong, kMuc, kTieuMuc, kPart, kRoman, kDieu:
	case kNumber, kSub:
		// an item's first line: only a cut that cannot end a title
		// ("8. Các đơn vị … chế độ báo cáo về" / "Ban Chỉ huy …./.")
		if endsSentencePunct(m.rest) {
			return 0
		}
		if s := ls[k+1].text(); s != "" && (endsWithTitleJoinWord(m.rest) || hasPrefixFold(s, "điều ") || openQuote(m.rest)) {
			return 1
		}
		return 0
	default:
		return 0
	}
	rest := dropEditorNotes(m.rest)
	// "II. Về tình hình kinh tế - xã hội tháng 4 …;" / "phương hướng,
	// nhiệm vụ …" (087): a title of two parts goes on in lower case
	goesOn := strings.HasSuffix(strings.TrimRight(rest, " "), ";") && startsLowerWord(ls[k+1].text())
	if endsSentencePunct(rest) && !(m.kind == kPart && vntext.IsCaps(rest)) && !goesOn {
		return 0
	}
	size := len(rest)
	next := func(j int) (string, bool) {
		if j >= len(ls) || ms[j].ok || ls[j].blankBefore {
			return "", false
		}
		s := ls[j].text()
		if s == "" || isRule(ls[j].s) || size+len(s) > maxTitle {
			return "", false
		}
		return s, true
	}
	if m.kind == kDieu && startsWithAny(rest, executionSubjects) {
		if n := executionClause(ls, ms, k); n > 0 {
			return n
		}
	}
	n := 0
	if rest == "" {
		// a label printed alone: the line below is its title when it reads
		// as one (no sentence punctuation, short)
		s, ok := next(k + 1)
		if !ok || endsSentencePunct(s) || !startsUpper(s) || strings.Contains(s, ": ") {
			return 0
		}
		n, size, rest = 1, len(s), s
	}
	caps := vntext.IsCaps(rest) && m.kind != kDieu
	for n < 8 {
		s, ok := next(k + n + 1)
		if !ok {
			break
		}
		switch {
		case caps && vntext.IsCaps(s):
		case !caps && (startsLowerWord(s) || endsWithTitleJoinWord(rest) || openQuote(rest) || hasPrefixFold(s, "điều ") || m.kind == kDieu && strings.HasPrefix(s, "(")):
			// a line that starts with "Điều 58 Luật …" and is no
			// article goes on with the sentence before it
		case !caps && m.kind == kDieu && utf8.RuneCountInString(rest) >= fullLine && (startsCitedDocument(s) || lastTitleFragment(ls, ms, k+n+1) || startsDigit(s) && endsSentencePunct(s) && !fieldsAtLeast(s, 12)):
			// (or before the number that ends its sentence: "… kỳ hệ
			// thống hóa" / "2019 - 2023 như sau:", 061, a lead-in)
			// a full line cut before the document it names ("… Chương
			// trình hành động của Chính phủ thực hiện" / "Nghị quyết số
			// 66-NQ/TW …"): a short title ends where it ends
		default:
			return n
		}
		n++
		size += len(s) + 1
		rest = s
		if endsSentencePunct(s) && !(caps && strings.HasSuffix(strings.TrimRight(s, " "), ";")) {
			// a title in capitals of two parts goes on after its ";"
			// ("… CƠ SỞ GIÁO DỤC NGHỀ NGHIỆP;" / "THÀNH LẬP, …", 124)
			break
		}
	}
	return n
}

// fullLine is the length in letters from which a line of a hard-wrapped
// text was cut by the width of the page rather than ended by its writer.
const fullLine = 60

// lastTitleFragment reports whether line j is the short end of a title the
// page width cut ("Điều 4. … đánh giá thực hiện" / "Chương trình" / "1. …",
// 109): a few words without a sentence's end, followed by a division or a
// blank line, where running text would have filled the line.
func lastTitleFragment(ls []line, ms []lineMarker, j int) bool {
	s := ls[j].text()
	if utf8.RuneCountInString(s) > 25 || endsSentencePunct(s) || strings.ContainsAny(s, ",;:") {
		return false
	}
	return j+1 >= len(ls) || ms[j+1].ok || ls[j+1].blankBefore
}

// startsCitedDocument reports a line that opens with a document cited by its
// number: "Nghị quyết số 66-NQ/TW …", "Luật Đất đai số 31/2024/QH15".
func startsCitedDocument(s string) bool {
	return startsDocumentName(s) && numberWithin(s, 80)
}

// executionClause is the number of lines after article line k that finish
// its one sentence when that sentence is the closing "… chịu trách nhiệm thi
// hành Quyết định này./." whose subject (executionSubjects) is cut anywhere ("Điều 4. Chánh Văn phòng" / "Ủy ban
// nhân dân tỉnh, Giám đốc Sở …" / "… chịu trách nhiệm thi hành Quyết định
// này./."): 0 when it is not.
func executionClause(ls []line, ms []lineMarker, k int) int {
	for j := k + 1; j < len(ls) && j <= k+3; j++ {
		if ms[j].ok || ls[j].blankBefore {
			return 0
		}
		s := ls[j].text()
		if j == k+1 && strings.Contains(ls[k].text(), "chịu trách nhiệm") || strings.Contains(s, "chịu trách nhiệm thi hành") || strings.Contains(s, "chịu trách nhiệm triển khai thi hành") {
			if endsSentencePunct(s) {
				return j - k
			}
			// the object may wrap: "… chịu trách nhiệm thi hành" /
			// "Quyết định này./." (246)
			if e := j + 1; e < len(ls) && !ms[e].ok && !ls[e].blankBefore && endsSentencePunct(ls[e].text()) && len(ls[e].text()) <= 40 {
				return e - k
			}
			return 0
		}
	}
	return 0
}

// startsWithAny reports whether s starts with one of the words.
func startsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// openQuote reports whether s opens a quotation it does not close: the title
// of the document an article issues wraps inside its quotes.
func openQuote(s string) bool {
	return strings.Count(s, "“") > strings.Count(s, "”")
}

// quoteSpan is how many lines a quotation may run before its closing mark:
// an opening mark that none closes that soon is a typo, not a quotation.
const quoteSpan = 60

// quotedLines marks the lines inside a quotation that runs over several
// lines: one opens with "“" and leaves it open ("“Điều 1. Phê duyệt phương
// án …"), the quotation runs to the first line that ends with the closing
// "”" ("… tờ trình số 177/TTr.STC ngày 15/5/2009”."). The lines after the
// opening one, up to the closing one, are the quoted act's (an án lệ quoting
// a decision, 183), whose articles and items are not this document's. It is
// nil when no line opens such a quotation.
func quotedLines(ls []line) []bool {
	var quoted []bool
	for i := 0; i < len(ls); i++ {
		s := strings.TrimSpace(ls[i].s)
		if !strings.HasPrefix(s, "“") || !openQuote(s) {
			continue
		}
		end := -1
		for j := i + 1; j < len(ls) && j <= i+quoteSpan; j++ {
			t := strings.TrimRight(strings.TrimSpace(ls[j].s), ".;,:)")
			if strings.HasPrefix(strings.TrimSpace(ls[j].s), "“") {
				break // another quotation opens: this one was not a block
			}
			if strings.HasSuffix(t, "”") {
				end = j
				break
			}
		}
		if end < 0 {
			continue
		}
		if quoted == nil {
			quoted = make([]bool, len(ls))
		}
		for j := i + 1; j <= end; j++ {
			quoted[j] = true
		}
		i = end
	}
	return quoted
}

// endsSentencePunct reports whether s ends a sentence or a list item.
func endsSentencePunct(s string) bool {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', ';', ':', '!', '?':
		return true
	}
	return false
}

// endsWithTitleJoinWord reports whether s ends with a word that cannot end
// a title: the title goes on at the next line, whatever its first letter
// ("… quy định tại" / "Điều 584 của Bộ luật Dân sự").
func endsWithTitleJoinWord(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return false
	}
	w := s[i+1:]
	for _, j := range titleJoinWords {
		if w == j {
			return true
		}
	}
	return false
}

// splitTitleSentence cuts an article's title from the first sentence of the
// article that a flattened page glued after it on the line the title goes on
// to, line l after line prev:
//
//   - the title line under a label printed alone, when the sentence opens
//     with a word only a sentence opens with: "Điều 3." / "Giải thích từ ngữ
//     Trong Nghị quyết này, …:" (020);
//   - the line a title wraps onto, when the title ends with the document it
//     names and a capitalised sentence follows: "Điều 4. … quy định tại" /
//     "Điều 586 của Bộ luật Dân sự Tuổi của người …" (009, 007), "Điều 2.
//     Sửa đổi, bổ sung" / "khoản 1 Điều 197 của Luật Nhà ở số 27/2023/QH15
//     Sửa đổi, bổ sung khoản 1 Điều 197 như sau:" (051).
//
// The sentence keeps at least five words, the title part no sentence
// punctuation.
func splitTitleSentence(prev, l line) (line, line, bool) {
	if l.s == "" {
		return l, line{}, false
	}
	if c := l.s[0]; c == 'I' || c == 'V' || c == 'X' || c == 0xC4 && hasPrefixFold(l.s, "điều ") {
		if cut := repeatedTitleAt(l.s); cut > 0 {
			return l.cut(cut-1, cut)
		}
	}
	p := prev.text()
	if p == "" || p[0] != 0xC4 || !hasPrefixFold(p, "điều ") { // Đ, đ lead with 0xC4
		return l, line{}, false
	}
	m, ok := marker(p)
	if !ok || m.kind != kDieu || endsSentencePunct(m.rest) && m.rest != "" {
		return l, line{}, false
	}
	var cut int
	if strings.TrimSpace(m.rest) == "" {
		cut = sentenceOpenerAt(l.s)
	} else if startsLowerWord(l.s) || hasPrefixFold(l.s, "điều ") {
		cut = sentenceAfterCitedDocument(l.s)
	}
	if cut <= 0 || strings.ContainsAny(l.s[:cut], ".;:") || !fieldsAtLeast(l.s[cut:], 5) {
		return l, line{}, false
	}
	return l.cut(cut-1, cut)
}

// repeatedTitleAt is the byte offset of the sentence that an article's (or a
// Roman section's) line
// holds after its title when the sentence opens by repeating the title's
// words, capitalised: "Điều 8. Về thiệt hại do tính mạng bị xâm phạm quy
// định tại khoản 1 Điều 591 của Bộ luật Dân sự Thiệt hại do tính mạng bị xâm
// phạm theo …:" (009), "Điều 2. Sửa đổi, bổ sung khoản 1 Điều 197 của Luật
// Nhà ở số 27/2023/QH15 Sửa đổi, bổ sung khoản 1 Điều 197 như sau:" (051), a
// title wrapped onto the sentence's line and joined to it; or, when the
// title ends with a document cited after "tại", a capitalised sentence after
// it (see sentenceAfterCitedDocument). The label ends
// with its full stop, the title with no word that cannot end one, and the
// sentence is one sentence that repeats words from the title's opening; 0
// when there is none.
func repeatedTitleAt(s string) int {
	m, ok := marker(s)
	if !ok || m.kind != kDieu && m.kind != kRoman || !endsSentencePunct(m.rest) {
		return 0
	}
	from := len(s) - len(m.rest)
	if !strings.HasSuffix(strings.TrimRight(s[:from], " "), ".") {
		return 0 // "Điều 49 Đất bãi bồi …": an old law's untitled article (045)
	}
	opening := "" // the title's opening in lower case, made at the first candidate
	prev := ""
	words := 0
	for i, w, next := nextWord(s, from); w != ""; i, w, next = nextWord(s, next) {
		if words >= 3 && startsUpper(w) && (startsLowerWord(prev) || startsDigit(prev)) && !nameWords[w] {
			// the sentence's first three words stand in the title before it
			_, _, e := nextWord(s, i)
			_, _, e = nextWord(s, e)
			_, _, e = nextWord(s, e)
			if opening == "" {
				opening = lowerSameLen(titleOpening(s[from:]))
			}
			rep := lowerSameLen(s[i:e])
			// the sentence repeats the title, and is one sentence
			repeats := strings.Contains(opening[:min(len(opening), i-from)], rep) && !strings.Contains(s[i:], ". ")
			if !repeats {
				// or the title ends with the document it cites: "… quy
				// định tại khoản 1 và khoản 3 Điều 139 của Luật Đất đai
				// Người đang sử dụng đất …" (023), "II. … theo quy định
				// tại Điều 41 Luật Hải quan Đối với …" (037)
				j := strings.LastIndex(s[:i], " tại ")
				repeats = j > from && sentenceAfterCitedDocument(s[j+len(" tại "):]) == i-j-len(" tại ")
			}
			if repeats && fieldsAtLeast(s[i:], 5) && !endsWithTitleJoinWord(s[:i-1]) {
				return i
			}
		}
		if clauseMark(w) && next < len(s) || words > 80 {
			return 0 // the title ended, or no title runs that long
		}
		prev = w
		words++
	}
	return 0
}

// clauseMark reports whether word w holds a stop, a semicolon or a colon.
func clauseMark(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '.' || c == ';' || c == ':' {
			return true
		}
	}
	return false
}

// titleOpening is the first eight words of title, where the words an
// article's sentence repeats stand ("Trách nhiệm phối hợp của người đứng đầu
// …" / "Người đứng đầu …", 047); a name met further on ("… của Bộ trưởng
// Bộ Tài chính" / "Bộ Tài chính quy định …", 071) is no repetition.
func titleOpening(title string) string {
	_, _, e := nextWord(title, 0)
	for range 7 {
		_, _, e = nextWord(title, e)
	}
	return title[:e]
}

// mayOpenTitle tells by its first byte a line that may open an article's
// or a Roman section's title, or its markup: splitTitleSentence is asked
// only about those lines and the lines after them.
func mayOpenTitle(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case 'I', 'V', 'X', 0xC4, '*', '#', '_': // 0xC4 leads Đ and đ
		return true
	}
	return false
}

// sentenceOpenerAt is the byte offset of the sentence a title line goes on
// with, a sentence opener after two to twelve words of title ending in a
// lower-case word that can end a title; 0 when there is none.
func sentenceOpenerAt(s string) int {
	opens := false
	for _, o := range sentenceOpeners {
		opens = opens || strings.Contains(s, o)
	}
	if !opens {
		return 0 // told at once for most lines
	}
	words := 0
	prev := ""
	for i, w, next := nextWord(s, 0); w != ""; i, w, next = nextWord(s, next) {
		if words >= 2 && startsLowerWord(prev) && !endsWithTitleJoinWord(s[:i-1]) &&
			startsWithAny(s[i:], sentenceOpeners) {
			return i
		}
		if words >= 12 || strings.ContainsAny(w, ".,;:()") {
			return 0
		}
		prev = w
		words++
	}
	return 0
}

// sentenceAfterCitedDocument is the byte offset of the capitalised sentence
// after the document a wrapped title line names ("Điều 586 của Bộ luật Dân
// sự Tuổi …", "… Luật Thương mại năm 2005 Trường hợp …", "… số
// 27/2023/QH15 Sửa đổi …"): the first capitalised word, not an
// abbreviation, within eight words after the name's own first word, that
// follows a lower-case word or a whole number; 0 when the line names no
// document or nothing follows it.
func sentenceAfterCitedDocument(s string) int {
	inName := false
	prev := ""
	words := 0 // after the type
	for i, w, next := nextWord(s, 0); w != ""; i, w, next = nextWord(s, next) {
		switch {
		case !inName:
			if startsUpper(w) && w != "Điều" {
				_, end, ok := typeAt(s, i)
				if !ok {
					return 0 // a capitalised word before any document
				}
				// the type and the name's own first word, capitalised
				// ("Quyết định này" names no other document)
				_, first, e := nextWord(s, end)
				if !startsUpper(first) && first != "số" {
					return 0
				}
				inName, next = true, e
			}
		case words >= 8:
			return 0 // a name that long is running text
		case startsUpper(w) && !capsAbbrev(w) && (startsLowerWord(prev) || startsDigit(prev) && !strings.HasSuffix(prev, "-")) && !nameWords[w]:
			return i
		default:
			words++
		}
		prev = w
	}
	return 0
}

// capsAbbrev reports a word in capitals ("UBND", "QH15"): an abbreviation
// that goes on with a name or a number, not a sentence's first word.
func capsAbbrev(w string) bool {
	_, n := utf8.DecodeRuneInString(w)
	return n < len(w) && !startsLowerWord(w[n:])
}

// startsDigit reports whether w opens with an ASCII digit ("2005",
// "27/2023/QH15").
func startsDigit(w string) bool { return w != "" && '0' <= w[0] && w[0] <= '9' }
