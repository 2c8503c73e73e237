package structure

import (
	"slices"
	"strings"

	"github.com/vnlegal/vanban/internal/vntext"
)

// header parses the header block and the title. It returns the index of the
// first line of the document and of the first line after the title.
func (b *builder) header() (first, next int) {
	lines := b.lines
	mi, moff, party := findMotto(lines, 400)
	d := b.doc
	start := 0
	if mi >= 0 {
		if party {
			d.Family = "party"
		} else {
			d.Family = "state"
		}
		// Walk back over issuer lines: capitals, rules and the number line.
		start = mi
		if moff > 0 {
			// issuer text before the motto on the same line
		} else {
			for k := mi - 1; k >= 0 && mi-k <= 12; k-- {
				s := lines[k].text()
				if isChrome(s) {
					break
				}
				if s == "" || isRule(lines[k].s) || isNumberLine(s) || vntext.IsCaps(s) || isMark(s) {
					start = k
					continue
				}
				break
			}
		}
	} else {
		start = b.headerStartWithoutMotto()
	}
	// Cut the header lines at their triggers, so that a flattened header
	// ("Số: 2739/VPCP-ĐMDN V/v ...") reads as the table it was.
	end := start
	addressees := false // the lines since a Kính gửi line: its list may be numbered
	for end < len(lines) && end < start+40 {
		s := lines[end].text()
		if end > start && (b.bodyStarts(s) || isPreambleLine(s) && end > start+1 && !isBareTypeTitle(lines[end-1].text())) {
			break
		}
		numbered := numberedItem(s)
		if end > start && numbered && !addressees {
			// "1. Tên doanh nghiệp: …": a form's or a letter's first
			// point is body; the header's date never comes after it (a
			// form's blank "Ngày … tháng … năm" further on, 2006-Mau-MD-1M)
			break
		}
		addressees = numbered && addressees || strings.Contains(lowerSameLen(s), "kính gửi")
		if signsFor(s) {
			break // a signature block ends any header
		}
		end++
	}
	if end == start {
		// no header at all: a gazette page whose text layer holds only
		// the signature (056, 079) opens with it
		return start, start
	}
	exploded := make([]line, 0, end-start+16)
	// cutAt[i] is set where a trigger cut the line before exploded[i]
	// (not a capitals sentence, and not the line's own start): what
	// rejoinFragments may undo
	cutAt := make([]bool, 0, cap(exploded))
	orig := slices.Clone(lines[start:end])
	var fbuf [16]line
	for k := start; k < end; k++ {
		for i, f := range appendFragments(fbuf[:0], lines[k]) {
			n := len(exploded)
			exploded = appendCapsSentence(exploded, f)
			for len(cutAt) < len(exploded) {
				cutAt = append(cutAt, i > 0 && len(cutAt) == n)
			}
		}
	}
	// the fragments replace lines [start, end); splitLines left room at the
	// end of the array, so the lines after them usually move in place
	b.lines = slices.Replace(lines, start, end, exploded...)
	end = start + len(exploded)
	frags := make([]frag, 0, len(exploded))
	for _, l := range exploded {
		frags = append(frags, classify(l))
	}
	next = b.readHeader(frags, start, end)
	start, next = b.catalogueTitle(start, end, next)
	b.rejoinFragments(next, end, start, cutAt, orig)
	return start, next
}

// rejoinFragments puts back together the lines after the header that its
// triggers cut: the header is read off the first lines of a region cut at
// its triggers, a 40-line guess, and a body paragraph cut at a date or a
// "số:" ("Ngày 12 tháng 9 năm 2025, tại …", "Chứng minh nhân dân (hoặc Hộ
// chiếu) số:") is one line again. Lines [next, end) of b.lines are fragments
// of orig, the region from line from on; cutAt marks those a trigger cut
// from the fragment before.
func (b *builder) rejoinFragments(next, end, from int, cutAt []bool, orig []line) {
	if next >= end || next < from {
		return
	}
	var joined []line
	changed := false
	o := 0 // the line of orig the fragments come from
	for i := next; i < end; {
		j := i + 1
		for j < end && cutAt[j-from] {
			j++
		}
		if j-i == 1 {
			joined = append(joined, b.lines[i])
		} else {
			for o+1 < len(orig) && orig[o].end < b.lines[i].start {
				o++
			}
			l, ok := orig[o].sub(b.lines[i].start-orig[o].start, b.lines[j-1].end-orig[o].start)
			if !ok {
				l = b.lines[i]
			}
			l.blankBefore = b.lines[i].blankBefore
			joined = append(joined, l)
			changed = true
		}
		i = j
	}
	if changed {
		b.lines = slices.Replace(b.lines, next, end, joined...)
	}
}

// numberedItem reports a line that opens a numbered point, "1. …", "1/ …".
func numberedItem(s string) bool {
	m, ok := marker(stripMarkup(s))
	return ok && m.kind == kNumber
}

// headerStartWithoutMotto finds where a document without a motto starts: the
// first line that is a number line, a place-date line or a type title
// before the body's first numbered point or division.
func (b *builder) headerStartWithoutMotto() int {
	for k := 0; k < len(b.lines) && k < 80; k++ {
		s := b.lines[k].text()
		if isNumberLine(s) {
			return k
		}
		if numberedItem(s) || b.bodyStarts(s) {
			// the body has begun: a date further on is a signature's (a
			// form's "…, ngày … tháng … năm 200…", 2004-B1-3-LLTC), and
			// the lines before it are no header to skip
			break
		}
		if _, _, _, ok := typeNumberTitle(s); ok {
			return k
		}
		if _, ps, ok := findPlaceDate(s); ok && ps <= 2 {
			return k
		}
		if t, rest, ok := typeOfTitle(s); ok && vntext.IsCaps(s) && (rest == "" || vntext.IsCaps(rest)) && t.Name != "" {
			return k
		}
	}
	return 0
}

// findMotto returns the index of the line holding the national or Party motto
// among the first lines, and the byte offset of the motto in that line. A motto
// wrapped over two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM") is found on
// its first line.
func findMotto(lines []line, limit int) (idx, off int, party bool) {
	if limit > len(lines) {
		limit = len(lines)
	}
	for i := 0; i < limit; i++ {
		// the header is above the preamble and the first article: a motto
		// after them heads an attached form (2004-TT1691998's "MẪU SỐ 01")
		if s := headOf(lines[i].s, 16); strings.Contains(s, "ăn cứ") || strings.Contains(s, "ĂN CỨ") {
			if isPreambleLine(lines[i].s) {
				break
			}
		} else if strings.Contains(s, "iều") || strings.Contains(s, "IỀU") || strings.Contains(s, "hương") || strings.Contains(s, "HƯƠNG") {
			if m, ok := marker(lines[i].s); ok && (m.kind == kDieu || m.kind == kChuong) {
				break
			}
		}
		// the mottos contain "CỘNG" (any case): skip lines without it cheaply
		if ls := lines[i].s; !strings.Contains(ls, "ỘNG") && !strings.Contains(ls, "ộng") && !strings.Contains(ls, "ộNG") {
			continue
		}
		k := mottoKey(lines[i].s)
		// the motto may wrap onto the next line ("ĐẢNG CỘNG" / "SẢN VIỆT NAM")
		k2 := k
		if i+1 < len(lines) && len(lines[i+1].s) < 80 {
			k2 = k + " " + strings.ReplaceAll(mottoKey(lines[i+1].text()), "*", "")
		}
		for from := 0; ; {
			j := strings.Index(k[from:], "cộng")
			if j < 0 {
				break
			}
			j += from
			if strings.HasPrefix(k2[j:], mottoState) && !inSentence(lines[i].s[:j]) && (capsRatio(lines[i].s[j:]) > 0.5 || strings.Contains(k, "việt nam")) {
				return i, j, false
			}
			from = j + len("cộng")
		}
		if j := strings.Index(k, "đảng cộng"); j >= 0 && strings.HasPrefix(k2[j:], mottoParty) && vntext.IsCaps(lines[i].s[j:]) {
			return i, j, true
		}
		// the Party motto wrapped after its first word: "ĐẢNG" / "CỘNG SẢN VIỆT NAM" (233)
		if i > 0 && strings.HasPrefix(k, "cộng sản việt nam") && vntext.IsCaps(lines[i].s) && key(lines[i-1].text()) == "đảng" {
			return i - 1, 0, true
		}
	}
	return -1, 0, false
}

// mottoKey is s lower-cased with the offsets of s kept, "hoà" read as "hòa"
// and the misplaced tone of "NGHIÃ" (2003-A28) as "nghĩa": both spellings
// have the same length.
func mottoKey(s string) string {
	k := strings.ReplaceAll(lowerSameLen(s), "hoà", "hòa")
	if strings.Contains(k, "nghiã") {
		k = strings.ReplaceAll(k, "nghiã", "nghĩa")
	}
	return k
}

// inSentence reports whether the text before the words of the motto on their
// line is a sentence ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt
// Nam;", 280): the motto stands alone, or after the issuer in capitals, or
// after a rule or a full stop that ends what a flattened page printed before
// ("... do Bộ Kế hoạch và Đầu tư ban hành. BỘ KẾ HOẠCH VÀ ĐẦU TƯ -------
// CỘNG HÒA ...", 055).
func inSentence(before string) bool {
	before = before[strings.LastIndexAny(before, "-_*|.")+1:]
	for _, r := range before {
		if letter, lower, _ := vntext.LetterCase(r); letter && lower {
			return true
		}
	}
	return false
}

// isChrome reports lines of web-portal wrappers that sit before the header.
func isChrome(s string) bool {
	k := key(s)
	if isGazetteHeading(k) {
		return true
	}
	return strings.Contains(k, "thư viện pháp luật") || strings.HasPrefix(k, "đang tải") || strings.HasSuffix(k, ":")
}
