package normalize

import (
	"bytes"

	"github.com/vnlegal/vanban/parser/lexicon"
)

// Page furniture: the Công báo running heads, page numbers and e-signature
// stamp lines that a gazette or a signed PDF prints between the lines of a
// document, found by line kind and removed.

// furniture marks gazette headers, signature stamps and page numbers in kind
// and returns them as Removed entries in source order.
func (n *normalizer) furniture(kind []uint8) []Removed {
	lines := n.lines
	text := func(i int) []byte { return n.mid[lines[i].ms:lines[i].me] }

	var pages []int
	for i := range lines {
		if kind[i] != kContent {
			continue
		}
		t := text(i)
		switch {
		case isGazetteHeader(t):
			kind[i] = kHeader
		case isPageNumber(t):
			pages = append(pages, i)
		case stampStart(t):
			// The block runs over the following stamp lines (markup lines
			// are invisible). "Người ký:" alone is also a field of web
			// metadata tables, so it only opens a block with a value and a
			// second stamp line.
			j, cnt := i+1, 1
			for j < len(lines) {
				if kind[j] == kMarkup {
					j++
					continue
				}
				if kind[j] != kContent || stampKey(text(j)) == 0 {
					break
				}
				cnt++
				j++
			}
			if bytes.HasPrefix(t, []byte("Ký bởi:")) ||
				(cnt >= 2 && len(bytes.TrimSpace(t[len("Người ký:"):])) > 0) {
				for k := i; k < j; k++ {
					if kind[k] == kContent {
						kind[k] = kStamp
					}
				}
			}
		}
	}

	// Page numbers: a lone number line counts only next to other furniture,
	// next to a form feed, or between blank lines. Chains ("74" "74" "" "74"
	// before a header) are resolved by iterating until nothing changes.
	for changed := true; changed && len(pages) > 0; {
		changed = false
		for _, i := range pages {
			if kind[i] != kContent {
				continue
			}
			if n.pageNumberContext(kind, i) {
				kind[i] = kPage
				changed = true
			}
		}
	}

	removed := n.titlePrefixes(kind)
	for i := 0; i < len(lines); i++ {
		var k string
		switch kind[i] {
		case kHeader:
			k = KindGazetteHeader
		case kPage:
			k = KindPageNumber
		case kStamp:
			k = KindESignature
		default:
			continue
		}
		r := Removed{Kind: k, Text: string(text(i)), SrcStart: lines[i].srcS, SrcEnd: lines[i].srcE}
		if kind[i] == kStamp {
			var b []byte
			b = append(b, text(i)...)
			j := i + 1
			for ; j < len(lines) && (kind[j] == kStamp || kind[j] == kMarkup) && !(kind[j] == kStamp && stampStartsNew(text(j))); j++ {
				if kind[j] == kStamp {
					b = append(b, '\n')
					b = append(b, text(j)...)
					r.SrcEnd = lines[j].srcE
				}
			}
			r.Text = string(b)
			i = j - 1
		}
		removed = append(removed, r)
	}
	return removed
}

// pageNumberContext reports whether the page-number-shaped line i sits where
// a page number would: next to removed furniture (blank lines between allowed),
// next to a form feed, or with blank lines right before and after it.
func (n *normalizer) pageNumberContext(kind []uint8, i int) bool {
	if n.lines[i].ff {
		return true
	}
	// Start and end of the text count as blank.
	prevNear, prevBlank := n.pageNumberSide(kind, i, -1)
	if prevNear {
		return true
	}
	nextNear, nextBlank := n.pageNumberSide(kind, i, 1)
	if nextNear {
		return true
	}
	return prevBlank && nextBlank
}

// pageNumberSide walks from line i by step (-1 before it, 1 after it) over
// markup and blank lines to the first line of text. near reports a form feed
// between line i and that line, or that the line is removed furniture; blank,
// that a blank line (or the start or end of the text) comes first. A line's
// form feed stands before it: going back, the one of the line of text lies
// beyond it, so only those of the skipped lines count.
func (n *normalizer) pageNumberSide(kind []uint8, i, step int) (near, blank bool) {
	lines := n.lines
	blank = true
	for j, first := i+step, true; j >= 0 && j < len(lines); j += step {
		skipped := kind[j] == kMarkup || kind[j] == kBlank
		if lines[j].ff && (step > 0 || skipped) {
			return true, blank
		}
		if skipped {
			if kind[j] == kBlank {
				first = false
			}
			continue
		}
		if first {
			blank = false
		}
		return kind[j] == kHeader || kind[j] == kPage || kind[j] == kStamp, blank
	}
	return false, blank
}

// isGazetteHeader matches the Công báo running header, optionally with the
// page number before or after it:
//
//	CÔNG BÁO/Số 281/Ngày 21-05-2026
//	44 CÔNG BÁO/Số 18/Ngày 12-01-2024
//	CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024 75
func isGazetteHeader(s []byte) bool {
	if len(s) == 0 || len(s) > 80 || (s[0] != 'C' && !isDigit(s[0])) {
		return false
	}
	if d := digits(s); d > 0 {
		if d > 4 || d >= len(s) || s[d] != ' ' {
			return false
		}
		s = s[d+1:]
	}
	const head = "CÔNG BÁO/Số"
	if !bytes.HasPrefix(s, []byte(head)) {
		return false
	}
	s = s[len(head):]
	j, sawDigit := 0, false
	for j < len(s) && (isDigit(s[j]) || s[j] == ' ' || s[j] == '+') {
		sawDigit = sawDigit || isDigit(s[j])
		j++
	}
	if !sawDigit {
		return false
	}
	s = s[j:]
	const day = "/Ngày"
	if !bytes.HasPrefix(s, []byte(day)) {
		return false
	}
	s = bytes.TrimLeft(s[len(day):], " ")
	// d{1,2} - d{1,2} - d{2,4}
	for part := 0; part < 3; part++ {
		d := digits(s)
		if d == 0 || d > 4 || (part < 2 && d > 2) {
			return false
		}
		s = s[d:]
		if part < 2 {
			if len(s) == 0 || (s[0] != '-' && s[0] != '/' && s[0] != '.') {
				return false
			}
			s = s[1:]
		}
	}
	if len(s) == 0 {
		return true
	}
	if s[0] != ' ' {
		return false
	}
	d := digits(s[1:])
	return d > 0 && d <= 4 && 1+d == len(s)
}

// isPageNumber matches a line that is nothing but a page number: "99",
// "- 2 -" (any dash, spaces optional) or "2/12".
func isPageNumber(s []byte) bool {
	if len(s) == 0 || len(s) > 16 {
		return false
	}
	if d := digits(s); d > 0 {
		if d == len(s) {
			return d <= 4
		}
		if d <= 4 && s[d] == '/' {
			e := digits(s[d+1:])
			return e > 0 && e <= 4 && d+1+e == len(s)
		}
		return false
	}
	rest, ok := cutDash(s)
	if !ok {
		return false
	}
	rest = bytes.TrimLeft(rest, " ")
	d := digits(rest)
	if d == 0 || d > 4 {
		return false
	}
	rest = bytes.TrimLeft(rest[d:], " ")
	rest, ok = cutDash(rest)
	return ok && len(rest) == 0
}

// cutDash removes a leading '-', '–' or '—'.
func cutDash(s []byte) ([]byte, bool) {
	for _, d := range [...]string{"-", "–", "—"} {
		if bytes.HasPrefix(s, []byte(d)) {
			return s[len(d):], true
		}
	}
	return s, false
}

func digits(s []byte) int {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// Field names of an e-signature stamp as printed by the signing software.
var stampKeys = [...]string{"Ký bởi:", "Người ký:", "Cơ quan:", "Email:", "Ngày ký:", "Thời gian ký:"}

// stampKey returns 1 + the index of the stamp field s starts with, or 0.
func stampKey(s []byte) int {
	if len(s) == 0 {
		return 0
	}
	switch s[0] {
	case 'K', 'N', 'C', 'E', 'T':
	default:
		return 0
	}
	for i, k := range stampKeys {
		if bytes.HasPrefix(s, []byte(k)) {
			return i + 1
		}
	}
	return 0
}

// stampStart reports whether s can open a stamp block.
func stampStart(s []byte) bool {
	k := stampKey(s)
	return k == 1 || k == 2
}

// stampStartsNew reports whether a stamp line begins a second stamp.
func stampStartsNew(s []byte) bool { return stampKey(s) == 1 }

// titlePrefixes cuts the document's short name where a legal portal prints
// it before a division line: the text opens with the name alone on its first
// line ("Nghị định 47/2021/NĐ-CP"), and the chapters, sections and articles
// repeat it ("Nghị định 47/2021/NĐ-CP. Chương I QUY ĐỊNH CHUNG", "…. Mục 1.
// …"). Left there, the name hides every division from the outline. Only lines
// that start with the first line's exact text and ". " are cut, and only
// when that text is a short name: a type of document and a number with "/".
func (n *normalizer) titlePrefixes(kind []uint8) []Removed {
	lines := n.lines
	first := -1
	for i := range lines {
		if kind[i] == kContent {
			first = i
			break
		}
	}
	if first < 0 || !isShortName(n.mid[lines[first].ms:lines[first].me]) {
		return nil
	}
	name := n.mid[lines[first].ms:lines[first].me]
	var removed []Removed
	for i := first + 1; i < len(lines); i++ {
		l := &lines[i]
		t := n.mid[l.ms:l.me]
		if kind[i] != kContent || len(t) <= len(name)+2 || !bytes.HasPrefix(t, name) || t[len(name)] != '.' || t[len(name)+1] != ' ' {
			continue
		}
		cut := len(name) + 2
		removed = append(removed, Removed{Kind: KindTitlePrefix, Text: string(t[:cut-1]),
			SrcStart: l.srcS, SrcEnd: max(l.srcS, min(n.m.lookup(l.ms+cut-1), l.srcE))})
		l.ms += cut
	}
	return removed
}

// isShortName reports whether s is a type of document and a number only:
// "Nghị định 102/2017/NĐ-CP", "Thông tư 08/2024/TT-BTNMT". The types are
// the lexicon's.
func isShortName(s []byte) bool {
	i := bytes.LastIndexByte(s, ' ')
	if i <= 0 {
		return false
	}
	num := s[i+1:]
	if len(num) <= 2 || bytes.IndexByte(num, '/') <= 0 {
		return false
	}
	_, ok := lexicon.TypeByName(string(s[:i]))
	return ok
}
