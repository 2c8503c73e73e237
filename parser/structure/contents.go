package structure

import "strings"

// A table of contents (mục lục, "Đề cương") printed before the text it
// lists names the divisions that follow: read as divisions, its entries
// would open empty parts and chapters ahead of the real ones (legacy
// 2004-duanLD9820, 2004-1F7ZB).

// contentsKind reports the divisions a table of contents lists.
func contentsKind(k markerKind) bool {
	switch k {
	case kPhan, kChuong, kRoman, kPart:
		return true
	}
	return false
}

// markContents sets prose[k] for the marker lines of a table of contents:
// a run of short lines from the first division whose first two divisions,
// in order, open the text again further on.
func markContents(ls []line, ms []lineMarker, prose []bool) {
	first := -1
	for i := range ms {
		if ms[i].ok && contentsKind(ms[i].m.kind) {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	fm := ms[first].m
	// the second division of the same kind in the run, and where the first
	// comes again
	second, again := -1, -1
	for i := first + 1; i < len(ms) && i < first+80; i++ {
		if !ms[i].ok || ms[i].m.kind != fm.kind {
			continue
		}
		if sameLabel(ms[i].m.label, fm.label) {
			again = i
			break
		}
		if second < 0 {
			second = i
		}
	}
	if second < 0 || again < 0 {
		return
	}
	// the second entry opens the text again after the first's return
	secondAgain := false
	for i := again + 1; i < len(ms); i++ {
		if ms[i].ok && ms[i].m.kind == fm.kind && sameLabel(ms[i].m.label, ms[second].m.label) {
			secondAgain = true
			break
		}
	}
	if !secondAgain {
		return
	}
	// the entries end with the last division listed before the first's
	// return, and the lines after it up to the first paragraph (a summary
	// may stand between the list and the text, 2004-1F7ZB)
	last := again - 1
	for !ms[last].ok || ms[last].m.kind != fm.kind {
		last--
	}
	end := last + 1
	for end < again && len(ls[end].text()) <= maxEntry {
		end++
	}
	// entries are short: a division with a paragraph under it is no
	// entry (a decision's sections before those of the regulation it
	// issues, 2003-02120); auto-numbered entries have lost their numbers,
	// so unmarked lines count too
	// three entries at least: two divisions seen twice are as likely two
	// tables of one annex (027) or two parts that number alike
	entries := 0
	for i := first; i <= last; i++ {
		if ms[i].ok && contentsKind(ms[i].m.kind) {
			entries++
		}
	}
	if entries < 3 {
		return
	}
	sentences, lines := 0, 0
	for i := first; i < last; i++ {
		t := ls[i].text()
		if len(t) > maxEntry {
			return
		}
		if t == "" || isDigits(t) {
			continue // an entry's page number
		}
		lines++
		if endsSentencePunct(t) {
			sentences++
		}
	}
	// and titles: the points of a text end as sentences (2003-02120, whose
	// paragraphs are short)
	if sentences*4 > lines {
		return
	}
	for i := first; i < end; i++ {
		if ms[i].ok {
			prose[i] = true
		}
	}
}

// maxEntry is the longest line, in bytes, of a table of contents: an entry
// with its tab and page number; a paragraph runs longer.
const maxEntry = 300

// sameLabel compares two labels as printed, case and a closing colon aside.
func sameLabel(a, b string) bool {
	return strings.EqualFold(strings.TrimRight(a, ":. "), strings.TrimRight(b, ":. "))
}
