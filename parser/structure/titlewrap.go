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
		case !caps && m.kind == kDieu && utf8.RuneCountInString(rest) >= fullLine && (startsCitedDocument(s) || lastTitleFragment(ls, ms, k+n+1)):
			// a full line cut before the document it names ("… Chương
			// trình hành động của Chính phủ thực hiện" / "Nghị quyết số
			// 66-NQ/TW …"): a short title ends where it ends
		default:
			return n
		}
		n++
		size += len(s) + 1
		rest = s
		if endsSentencePunct(s) {
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
