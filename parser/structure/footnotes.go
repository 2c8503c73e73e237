package structure

import (
	"strings"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
)

// footnotes reads the notes printed after the document ("[1] Gồm các đồng chí
// ..."), which web pages and Word files put at the end, and returns the index
// where they start (or last when there are none).
func (b *builder) footnotes(from, last int) int {
	start := -1
	for k := last - 1; k >= from; k-- {
		s := b.lines[k].text()
		if n, ok := footnoteLabel(s); ok && n == "1" {
			start = k
			break
		}
	}
	if start < 0 {
		return last
	}
	// only notes (and their wrapped lines) may follow, no article or signature
	for k := start + 1; k < last; k++ {
		s := b.lines[k].text()
		if m, ok := marker(s); ok && (m.kind == kDieu || m.kind == kChuong) {
			return last
		}
		if _, _, ok := authorityPrefix(s); ok {
			return last
		}
		if _, ok := isRecipientsLabel(s); ok {
			return last
		}
		if vntext.IsCaps(s) && hasTwoWords(s) {
			// a heading in capitals: the "[1]" lines are the numbered
			// paragraphs of a precedent's reasoning ("[1] Sau khi nghiên
			// cứu hồ sơ …" / "QUYẾT ĐỊNH:" / "NỘI DUNG ÁN LỆ"), not notes
			return last
		}
	}
	var cur *model.Footnote
	for k := start; k < last; k++ {
		l := b.lines[k]
		s := l.text()
		if n, ok := footnoteLabel(s); ok {
			b.doc.Footnotes = append(b.doc.Footnotes, model.Footnote{Label: n, Text: strings.TrimSpace(s[len(n)+2:]), Start: l.start, End: l.end})
			cur = &b.doc.Footnotes[len(b.doc.Footnotes)-1]
			continue
		}
		if cur != nil {
			cur.Text += " " + s
			cur.End = l.end
		}
	}
	// a rule line above the notes belongs to them
	for start > from && isRule(b.lines[start-1].s) {
		start--
	}
	return start
}

// footnoteLabel reads "[12]" at the start of s.
func footnoteLabel(s string) (string, bool) {
	if len(s) < 4 || s[0] != '[' {
		return "", false
	}
	j := 1
	for j < len(s) && j < 5 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == 1 || j >= len(s) || s[j] != ']' {
		return "", false
	}
	return s[1:j], true
}

// dropNoteMarks cuts from the headings of a văn bản hợp nhất the numbers of
// the notes it prints at the foot of its pages: "Điều 13. Hiệu lực thi
// hành16" above "16 - Điều 5 Thông tư số 68/2024/TT-BTC …", "Điều 7a. Trách
// nhiệm của Bộ Lao động - Thương binh và Xã hội16" above "16 Điều này được
// bổ sung …". Only a number some line from line from on opens as a note is
// cut, and only in a consolidated text, whose notes say which act changed
// the division.
func (b *builder) dropNoteMarks(from int) {
	if b.doc.TypeCode != "VBHN" {
		return
	}
	notes := map[string]bool{}
	for k := from; k < len(b.lines); k++ {
		if n, ok := pageNoteNumber(b.lines[k].text()); ok {
			notes[n] = true
		}
	}
	if len(notes) == 0 {
		return
	}
	var walk func(ss []model.Section)
	walk = func(ss []model.Section) {
		for i := range ss {
			if h := ss[i].Heading; h != "" {
				j := len(h)
				for j > 0 && h[j-1] >= '0' && h[j-1] <= '9' {
					j--
				}
				if j < len(h) && j > 0 && h[j-1] != ' ' && notes[h[j:]] {
					ss[i].Heading = strings.TrimRight(h[:j], " ")
				}
			}
			walk(ss[i].Children)
		}
	}
	walk(b.doc.Sections)
	for i := range b.doc.Annexes {
		walk(b.doc.Annexes[i].Sections)
	}
}

// pageNoteNumber reads the number that opens a page-foot note of a
// consolidated text: one to three digits, then " - " or a space, then a
// capital ("16 - Điều 5 …", "3 Khoản này được sửa đổi …").
func pageNoteNumber(s string) (string, bool) {
	j := 0
	for j < len(s) && j < 4 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == 0 || j > 3 || j >= len(s) || s[j] != ' ' {
		return "", false
	}
	rest := strings.TrimPrefix(s[j+1:], "- ")
	return s[:j], startsUpper(rest)
}
