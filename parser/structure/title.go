package structure

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vndate"
	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
	"github.com/vnlegal/vanban/parser/symbol"
)

// vv reads "V/v ...", the abstract of a công văn, and its wrapped lines.
func (h *headerReader) vv(s string) step {
	d := h.b.doc
	if h.seenTitle && d.Type != "" && d.Type != "Công văn" {
		h.abstract = append(h.abstract, s)
		return stepSkip
	}
	d.Type, d.TypeCode = "Công văn", ""
	v := s[len(firstWord(s)):]
	v = strings.TrimLeft(v, " :")
	h.abstract = append(h.abstract, v)
	// the abstract may continue on following text fragments
	for h.i+1 < len(h.frags) && h.frags[h.i+1].kind == fText && startsLowerWord(h.frags[h.i+1].text()) && !strings.HasSuffix(h.abstract[len(h.abstract)-1], ".") && len(h.abstract) < 4 {
		h.i++
		h.abstract = append(h.abstract, h.frags[h.i].text())
	}
	h.seenTitle = true
	h.abstractDone = true
	return stepUsed
}

// text reads a fragment of capitals or plain text: before the type name an
// issuer line or the title, after it the abstract or what ends it.
func (h *headerReader) text(f frag, s string) (step, int) {
	if !h.seenTitle {
		if !h.openRunningTitle(f, s) {
			h.beforeTitle(f, s)
			return stepSkip, 0
		}
	}
	return h.afterType(f, s)
}

// runningTitle reports whether the type title s opens a gazette page above
// the issuer ("NGHỊ ĐỊNH" / "CHÍNH PHỦ" / "Số: ..."): no header field came
// before it, an issuer line follows, and the "Số:" line under it. ("LUẬT" /
// "THUẾ TIÊU THỤ ĐẶC BIỆT" is a title: no number follows.)
func (h *headerReader) runningTitle(s, rest string) bool {
	if rest != "" || h.seenField() {
		return false
	}
	seen := 0 // the issuer's lines
	for _, f := range h.rest() {
		t := f.text()
		if f.kind == fRule || t == "" {
			continue
		}
		switch {
		case f.kind == fNumber:
			return seen > 0
		case f.kind == fCaps && (seen > 0 || startsOrg(t)) && !isBareTypeTitle(t) && seen < 3:
			seen++
		default:
			return false
		}
	}
	return false
}

// openRunningTitle takes the type a gazette page printed above the issuer
// as the title when the number or the date has been read and a line that
// is no issuer follows: the abstract, printed without the type again.
func (h *headerReader) openRunningTitle(f frag, s string) bool {
	d := h.b.doc
	if h.runningType.Name == "" || d.Number == "" && d.Date == "" || f.kind == fCaps && (startsOrg(s) || isBareTypeTitle(s)) || isPreambleLine(s) || h.b.bodyStarts(s) {
		return false
	}
	h.seenTitle = true
	d.Type, d.TypeCode = h.runningType.Name, h.runningType.Code
	return true
}

// seenField reports whether a header field came before the title: the
// motto, the number, the date or an issuer line.
func (h *headerReader) seenField() bool {
	d := h.b.doc
	return h.seenMotto || d.Number != "" || d.Date != "" || len(h.issuerLines) > 0
}

// beforeTitle reads a fragment before the type name: the title line itself
// or a line of the issuer.
func (h *headerReader) beforeTitle(f frag, s string) {
	d := h.b.doc
	// the reception stamp an office puts on the paper it receives, read by
	// OCR with the page: "CÔNG VĂN ĐẾN" / "Số: ... Ngày: ..." (206, 208)
	if hasPrefixFold(stripMarkup(s), "công văn đến") {
		return
	}
	// the gazette's heading over a consolidated text, "VĂN BẢN HỢP NHẤT -
	// VĂN PHÒNG QUỐC HỘI": the agency that consolidated it, not the title
	if agency, ok := consolidationHeading(s); ok {
		if agency != "" {
			h.issuerLines = append(h.issuerLines, agency)
		}
		return
	}
	if d.Number == "" {
		// "Án lệ số 11/2017/AL về ...": type, number and abstract on one line
		if t, num, rest, ok := typeNumberTitle(s); ok {
			h.seenTitle = true
			d.Type, d.TypeCode = t.Name, t.Code
			d.Number = num
			h.openAbstract(rest)
			h.abstractDone = true
			h.lastUsed = h.lineOf(f)
			return
		}
	}
	// a type name in capitals opens the title once a header field was seen,
	// or when the whole fragment is capitals; the words after it in normal
	// case are the abstract only after a header field
	t, rest, ok := typeOfTitle(s)
	if !ok && f.kind == fCaps {
		// "THÔNG TƯ1": a footnote number glued to the type (125)
		t, rest, ok = typeOfTitle(strings.TrimRight(s, "0123456789"))
	}
	if ok && vntext.IsCaps(firstField(s)) && (h.seenField() || f.kind == fCaps) && (rest == "" || vntext.IsCaps(rest) || h.seenField()) {
		if h.runningTitle(s, rest) {
			h.runningType = t
			return
		}
		h.seenTitle = true
		d.Type, d.TypeCode = t.Name, t.Code
		h.openAbstract(rest)
		h.lastUsed = h.lineOf(f)
		return
	}
	// capitals before the number and the date name the issuer, printed
	// before the motto or, in the right column first, after it; a section
	// heading of the gazette ("ĐIỀU ƯỚC QUỐC TẾ", 075) names none
	if f.kind == fCaps && d.Number == "" && d.Date == "" && (!h.seenMotto || len(h.issuerLines) == 0) && !isGazetteHeading(key(s)) {
		h.issuerLines = append(h.issuerLines, s)
	}
}

// dropCellBars removes from an abstract the '|' that close the cells of a
// table flattened into its lines ("... các hình thức| đầu tư ...|").
func dropCellBars(s string) string {
	if !strings.Contains(s, "|") {
		return s
	}
	w := strings.Fields(s)
	out := w[:0]
	for _, x := range w {
		if x = strings.Trim(x, "|"); x != "" {
			out = append(out, x)
		}
	}
	return strings.Join(out, " ")
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// citesAct reports a line that opens with an act of type typ and its
// number: "Thông tư 38/2015/TT-BLĐTBXH ngày ...", "Nghị định số
// 143/2016/NĐ-CP ...".
func citesAct(s, typ string) bool {
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	t, rest, ok := typeOfTitleAnyCase(s)
	if !ok || t.Name != typ {
		return false
	}
	if hasPrefixFold(rest, "số ") && len(rest) > len("số ") {
		rest = rest[len("số "):]
	}
	if rest == "" || rest[0] < '0' || rest[0] > '9' {
		return false
	}
	_, ok = symbol.Take(rest)
	return ok
}

// consolidationHeading reads the heading the gazette prints over a
// consolidated text: "VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI", or "VĂN BẢN HỢP
// NHẤT -" with the agency on the next line. It returns the agency, "" when
// the line holds none.
func consolidationHeading(s string) (string, bool) {
	s = stripMarkup(s)
	if !hasPrefixFold(s, "văn bản hợp nhất") || !vntext.IsCaps(s) {
		return "", false
	}
	rest := strings.TrimSpace(s[len("văn bản hợp nhất"):])
	if !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "–") {
		return "", false
	}
	return strings.TrimSpace(strings.TrimLeft(rest, "-– ")), true
}

// openAbstract starts the abstract with the words after the type name.
func (h *headerReader) openAbstract(rest string) {
	if rest != "" {
		h.abstract = append(h.abstract, rest)
		h.abstractCaps = vntext.IsCaps(rest)
	}
}

// afterType reads a fragment after the type name: the abstract, or the line
// that ends it (the body, the preamble, the authority line).
func (h *headerReader) afterType(f frag, s string) (step, int) {
	b, d := h.b, h.b.doc
	// a precedent's "Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông
	// qua ngày 06 tháng 4 năm 2016 ...": who passed it and when
	if hasPrefixFold(s, "được ") && d.Date == "" {
		if body, date, _, ok := passedOn(s); ok {
			d.Date = date
			if len(h.issuerLines) == 0 && body != "" {
				h.issuerLines = append(h.issuerLines, body)
			}
			return stepUsed, 0
		}
	}
	if h.abstractDone {
		return stepSkip, 0
	}
	if len(h.abstract) > 0 {
		switch {
		case b.bodyStarts(s) || isPreambleLine(s):
			return stepDone, b.finishHeader(h.issuerLines, h.abstract, h.lineOf(f))
		case f.kind == fCaps && h.abstractCaps && (startsAuthority(s) || isEnacting(s)):
			// "CHỦ TỊCH NƯỚC ..." / "RA SẮC LỆNH:" after a capitals title
			if !isEnacting(s) {
				d.AuthorityLine = s
			}
			return stepDone, b.afterTitle(h.rest(), h.lineOf(f)+1)
		case f.kind == fCaps && !h.abstractCaps:
			// a capitals line after a normal-case abstract: the authority line
			d.AuthorityLine = s
			h.lastUsed = h.lineOf(f)
			b.setIssuer(h.issuerLines)
			d.Abstract = joinSpace(h.abstract)
			return stepDone, b.afterTitle(h.rest(), h.lastUsed+1)
		case !h.abstractCaps && f.kind == fText && (f.blankBefore || citesAct(s, d.Type) && !continuesName(h.abstract[len(h.abstract)-1])):
			// a paragraph after a normal-case abstract is the body; so is the
			// note of a consolidated text, which names the act of the title
			// and its number, "Thông tư 38/2015/TT-BLĐTBXH ngày ... được sửa
			// đổi, bổ sung bởi:", printed without a blank line
			return stepDone, b.afterTitle(h.frags[h.i:], h.lineOf(f))
		case h.abstractCaps && f.kind == fText:
			b.setIssuer(h.issuerLines)
			d.Abstract = joinSpace(h.abstract)
			return stepDone, b.afterTitle(h.frags[h.i:], h.lineOf(f))
		}
	}
	if len(h.abstract) == 0 {
		if !hasLetter(s) {
			return stepSkip, 0 // "0311111016120": a code an OCR read off the page
		}
		h.abstractCaps = f.kind == fCaps
	}
	h.abstract = append(h.abstract, s)
	return stepUsed, 0
}

// afterTitle handles what may follow the abstract before the preamble: the
// authority line, a Kính gửi list.
func (b *builder) afterTitle(rest []frag, next int) int {
	d := b.doc
	for _, f := range rest {
		s := f.text()
		if f.kind == fRule || s == "" {
			continue
		}
		if f.kind == fKinhGui {
			r := s[strings.Index(s, "gửi")+len("gửi"):]
			r = strings.TrimLeft(r, ": ")
			if r != "" {
				d.Addressees = append(d.Addressees, parseRecipient(r))
			}
			continue
		}
		if f.kind == fCaps && d.AuthorityLine == "" && !b.bodyStarts(s) && !isEnacting(s) {
			d.AuthorityLine = s
			continue
		}
		break
	}
	// advance next past the lines consumed above
	for next < len(b.lines) {
		s := b.lines[next].text()
		if s == "" || isRule(b.lines[next].s) || (d.AuthorityLine != "" && s == d.AuthorityLine) {
			next++
			continue
		}
		if hasPrefixFold(s, "kính gửi") {
			r := s[strings.Index(s, "gửi")+len("gửi"):]
			r = strings.TrimLeft(r, ": ")
			if r != "" && !containsAddressee(d.Addressees, r) {
				d.Addressees = append(d.Addressees, parseRecipient(r))
			}
			next++
			for next < len(b.lines) && strings.HasPrefix(b.lines[next].s, "-") && !b.bodyStarts(b.lines[next].s[1:]) {
				d.Addressees = append(d.Addressees, parseRecipient(strings.TrimLeft(b.lines[next].s, "-–• ")))
				next++
			}
			continue
		}
		break
	}
	return next
}

func containsAddressee(rs []model.Recipient, s string) bool {
	r := parseRecipient(s)
	for _, x := range rs {
		if x.Name == r.Name {
			return true
		}
	}
	return false
}

// typeOfTitle recognises a type-name line ("KẾ HOẠCH", "QUYẾT ĐỊNH", "LUẬT ĐẤT
// ĐAI") and returns the type and the remainder after the type words.
func typeOfTitle(s string) (lexicon.DocType, string, bool) {
	s = stripMarkup(s)
	// the first max words, and where the one after them starts
	var wbuf [8]string
	var abuf [8]int
	words, at := wbuf[:0], abuf[:0]
	max := lexicon.MaxTypeNameWords()
	pos, x, next := nextWord(s, 0)
	for ; x != "" && len(words) < max; pos, x, next = nextWord(s, next) {
		words, at = append(words, x), append(at, pos)
	}
	for n := len(words); n >= 1; n-- {
		cand := joinWords(s, words, at, 0, n)
		if !vntext.IsCaps(cand) && n > 0 {
			continue
		}
		if t, ok := lexicon.TypeByName(cand); ok {
			rest := ""
			if n < len(words) {
				rest = fieldsJoin(s[at[n]:])
			} else if x != "" {
				rest = fieldsJoin(s[pos:])
			}
			// "THÔNG BÁO KẾT LUẬN": the notice of conclusions is a kind of Thông báo
			if t.Name == "Thông báo" && hasPrefixFold(rest, "kết luận") {
				rest = strings.TrimSpace(rest[len("kết luận"):])
			}
			return t, rest, true
		}
	}
	return lexicon.DocType{}, "", false
}

// typeNumberTitle reads a title that names the type and the number together
// ("Án lệ số 01/2016/AL", "ÁN LỆ SỐ 11/2017/AL VỀ ..."), as precedents and
// documents without a header table print them.
func typeNumberTitle(s string) (lexicon.DocType, string, string, bool) {
	w := strings.Fields(s)
	for n := 1; n <= 3 && n < len(w); n++ {
		t, ok := lexicon.TypeByName(strings.Join(w[:n], " "))
		if !ok || !eqFold(w[n], "số") || n+1 >= len(w) {
			continue
		}
		rest := strings.Join(w[n+1:], " ")
		num, ok := symbol.Take(rest)
		if !ok {
			return lexicon.DocType{}, "", "", false
		}
		after := ""
		if i := strings.Index(rest, strings.SplitN(num, "/", 2)[0]); i >= 0 {
			// skip the printed symbol (it may hold spaces) up to the next space after its last part
			last := num[strings.LastIndexAny(num, "/-")+1:]
			if j := strings.Index(rest[i:], last); j >= 0 {
				after = strings.TrimSpace(rest[i+j+len(last):])
			}
		}
		return t, num, after, true
	}
	return lexicon.DocType{}, "", "", false
}

// titleAfterNumber returns the capitals title that follows the number and date
// on an old law's "SỐ ... NGÀY ..." line, or "".
func titleAfterNumber(s, number string) string {
	w := strings.Fields(s)
	i := 0
	for i < len(w) && !strings.Contains(strings.ReplaceAll(number, " ", ""), strings.Trim(w[i], ":")) {
		i++
	}
	if i >= len(w) || !strings.Contains(w[i], "/") && !strings.Contains(w[i], "-") {
		return ""
	}
	i++
	if i < len(w) && key(w[i]) == "ngày" && i+1 < len(w) {
		if _, _, _, _, ok := parseNumericDate(w[i+1]); ok {
			i += 2
		}
	}
	rest := strings.Join(w[i:], " ")
	if len(w)-i >= 2 && vntext.IsCaps(rest) {
		return rest
	}
	return ""
}

// isBareTypeTitle reports a line that is only a type name in capitals
// ("KẾ HOẠCH"): the line after it is the abstract, whatever word opens it.
func isBareTypeTitle(s string) bool {
	_, rest, ok := typeOfTitle(s)
	return ok && rest == "" && vntext.IsCaps(s)
}

// trimAuthority cuts an authority line that a flattened page glued to the end
// of a capitals abstract: the issuer's name, possibly after a post title.
func trimAuthority(abstract, authority, issuer string) (string, string) {
	if authority != "" || issuer == "" || !vntext.IsCaps(abstract) {
		return abstract, authority
	}
	ka, ki := key(abstract), key(issuer)
	cut := -1
	// "... TỈNH TUYÊN QUANG CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH": a decider's title
	// closing the abstract
	for _, tail := range deciderTitles {
		if i := strings.LastIndex(ka, tail); i > 0 && len(strings.Fields(ka[i:])) <= 9 {
			before := strings.Fields(ka[:i])
			if w := before[len(before)-1]; !isJoiningWord(w) {
				cut = i
				break
			}
		}
	}
	if cut >= 0 {
		words := strings.Fields(abstract)
		n := len(strings.Fields(ka[:cut]))
		if n > 0 && n < len(words) {
			return strings.Join(words[:n], " "), strings.Join(words[n:], " ")
		}
		cut = -1
	}
	if strings.HasSuffix(ka, " "+ki) {
		cut = len(ka) - len(ki) - 1
	} else if strings.HasSuffix(ka, " "+ki+" nước cộng hòa xã hội chủ nghĩa việt nam") || strings.HasSuffix(ka, " "+ki+" nước") {
		cut = strings.LastIndex(ka, " "+ki+" nước")
	}
	if cut < 0 {
		return abstract, authority
	}
	// a post title before the issuer belongs to the authority line too
	head := ka[:cut]
	for _, h := range authorityHeads {
		if strings.HasSuffix(head, " "+h) {
			cut = len(head) - len(h) - 1
			break
		}
	}
	// ka is the folded abstract: map the cut back by word count
	words := strings.Fields(abstract)
	n := len(strings.Fields(ka[:cut]))
	if n <= 0 || n >= len(words) {
		return abstract, authority
	}
	return strings.Join(words[:n], " "), strings.Join(words[n:], " ")
}

// startsAuthority reports a line that opens with the post or body that decides.
func startsAuthority(s string) bool {
	k := key(s) + " "
	for _, h := range authorityHeads {
		if strings.HasPrefix(k, h+" ") {
			return true
		}
	}
	return isDecidingBody(k)
}

// allCapitalised reports whether every word of s starts with a capital letter
// (a place name), allowing the generic words of administrative units.
func allCapitalised(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 5 {
		return false
	}
	for _, x := range w {
		if !startsUpper(x) && !isUnitWord(x) {
			return false
		}
	}
	return true
}

// catalogueTitle reads the title of old and catalogue layouts, which name the
// issuer, and often the number and the date, after the type instead of in a
// header table: "LUẬT / CỦA QUỐC HỘI NƯỚC ... SỐ 16/1999/QH10 VỀ SĨ QUAN ...",
// "Nghị định / của Chính phủ số 29/1998/NĐ-CP ngày 11 tháng 5 năm 1998 / về
// việc ...", "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH / Về việc ...". It runs
// over the header lines [from, to) once the header reader is done, when that
// found no type or no abstract, or an abstract that opens with "của"; it
// fills what the header left empty. A document without a type may print its
// title above the line the header was taken to start at. It returns the
// first line of the document and the first line after the title (from and
// next when the header reached further).
func (b *builder) catalogueTitle(from, to, next int) (int, int) {
	d := b.doc
	if d.Type != "" && d.Abstract != "" && !hasPrefixFold(d.Abstract, "của ") && !hasPrefixFold(d.Abstract, "liên tịch ") && !hasPrefixFold(d.Abstract, "số ") {
		d.Abstract = cutCatalogueTail(d.Abstract, d.Number)
		return from, next
	}
	k := from
	if d.Type == "" {
		k = 0
	}
	for ; k < to && k < from+30; k++ {
		if !mayOpenCatalogueTitle(b.lines[k].s) {
			continue
		}
		t, rest, ok := typeOfTitleAnyCase(stripMarkup(b.lines[k].text()))
		if !ok {
			continue
		}
		first := k + 1
		if rest == "" {
			// the type alone on its line: "của" opens the next one, or the
			// rest of the type ("THÔNG TƯ" / "LIÊN TỊCH CỦA ...")
			if first >= len(b.lines) {
				return from, next
			}
			rest = stripMarkup(b.lines[first].text())
			first++
			if t2, rest2, ok := typeOfTitleAnyCase(t.Name + " " + rest); ok && len(t2.Name) > len(t.Name) {
				t, rest = t2, rest2
			}
		}
		if d.Type != "" && d.Type != t.Name && !strings.HasPrefix(t.Name, d.Type+" ") {
			continue
		}
		if strings.HasSuffix(t.Name, "liên tịch") && startsOrg(rest) {
			// "THÔNG TƯ" / "LIÊN TỊCH BỘ TÀI CHÍNH - ... " / "SỐ ...": the
			// bodies follow the joint type without "của" (2003-A37)
			rest = "của " + rest
		}
		if !hasPrefixFold(rest, "của ") && !hasPrefixFold(rest, "số") {
			continue
		}
		if !hasPrefixFold(rest, "của ") && !strings.Contains(rest, "của") && !strings.Contains(rest, "CỦA") && first < len(b.lines) && !hasPrefixFold(b.lines[first].text(), "của ") {
			continue // "Quyết định số 220/QĐ-CA ...": no issuer named, no title
		}
		parts := []string{rest}
		end := first
		for ; end < len(b.lines) && end < first+6; end++ {
			l := b.lines[end]
			s := stripMarkup(l.text())
			if l.blankBefore || s == "" || isRule(l.s) || isPreambleLine(s) || b.bodyStarts(s) || isEnacting(s) || startsAuthority(s) || strings.HasPrefix(s, "-") {
				break
			}
			// a sentence after a title in capitals ("... VỀ HẢI QUAN" / "Để
			// góp phần ...") is the preamble, unless it opens the abstract
			if vntext.IsCaps(parts[len(parts)-1]) && !vntext.IsCaps(s) && !opensAbstract(s) {
				break
			}
			parts = append(parts, s)
		}
		ct, ok := readCatalogueTitle(parts)
		if !ok || !startsUpper(ct.issuer) || strings.HasSuffix(ct.issuer, ":") || !startsOrg(ct.issuer) {
			// "Quy định của pháp luật liên quan đến án lệ:"; "KẾT LUẬN / CỦA
			// ĐỒNG CHÍ CHÁNH VĂN PHÒNG ..." names a person, not a body (263)
			continue
		}
		if len(t.Name) > len(d.Type) {
			d.Type, d.TypeCode = t.Name, t.Code
		}
		if d.Issuer == "" {
			d.Issuer = ct.issuer
		}
		if ct.number != "" {
			d.Number = ct.number
		}
		if d.Date == "" {
			d.Date = ct.date
		}
		if ct.abstract != "" || hasPrefixFold(d.Abstract, "của ") {
			d.Abstract = ct.abstract // "CỦA CHÍNH PHỦ" names the issuer, not the subject
		}
		if d.AuthorityLine != "" && strings.Contains(key(strings.Join(parts, " ")), key(d.AuthorityLine)) {
			d.AuthorityLine = ""
		}
		return min(from, k), max(next, end)
	}
	return from, next
}

// mayOpenCatalogueTitle is a cheap test of a line that catalogueTitle may
// take for its title: the type alone, or the type and "của" or "số" after it.
func mayOpenCatalogueTitle(s string) bool {
	if fieldsAtLeast(s, lexicon.MaxTypeNameWords()+1) {
		return strings.Contains(s, "của") || strings.Contains(s, "CỦA") || strings.Contains(s, "số") || strings.Contains(s, "SỐ") || strings.Contains(s, "Số")
	}
	return true
}

// typeOfTitleAnyCase is typeOfTitle in any letter case, as legacy files print
// "quyết định của bộ trưởng" in a capitals font and portals "Nghị định của
// Chính phủ". The type is the longest run of first words that names one.
func typeOfTitleAnyCase(s string) (lexicon.DocType, string, bool) {
	var wbuf [8]string
	var abuf [8]int
	words, at := wbuf[:0], abuf[:0]
	pos, x, next := nextWord(s, 0)
	for ; x != "" && len(words) < lexicon.MaxTypeNameWords(); pos, x, next = nextWord(s, next) {
		words, at = append(words, x), append(at, pos)
	}
	for n := len(words); n >= 1; n-- {
		if t, ok := lexicon.TypeByName(joinWords(s, words, at, 0, n)); ok {
			rest := ""
			if n < len(words) {
				rest = fieldsJoin(s[at[n]:])
			} else if x != "" {
				rest = fieldsJoin(s[pos:])
			}
			return t, rest, true
		}
	}
	return lexicon.DocType{}, "", false
}

// catalogueFields are the fields a catalogue title names after its type.
type catalogueFields struct {
	issuer, number, date, abstract string
}

// readCatalogueTitle reads the clauses that follow the type of a catalogue
// title, in the order printed: "của <issuer>", "số <symbol>", "ngày <date>",
// then the abstract. parts are the title's lines after the type: the issuer
// ends with its line, at "số" or "ngày", or where the abstract opens ("về",
// "quy định", ...). ok is false when no "của" clause names an issuer.
func readCatalogueTitle(parts []string) (catalogueFields, bool) {
	var ct catalogueFields
	s := strings.Join(parts, "\n")
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == ',') {
			i++
		}
		rest := s[i:]
		switch {
		case hasPrefixFold(rest, "của ") && ct.issuer == "":
			// hasPrefixFold takes a final "CỦA" for "của "
			i = min(i+len("của "), len(s))
			j := issuerClauseEnd(s, i)
			ct.issuer = officialIssuer(strings.Join(strings.Fields(s[i:j]), " "))
			i = j
		case hasPrefixFold(rest, "số") && ct.number == "":
			r := strings.TrimLeft(rest[len("số"):], ": ")
			num, ok := symbol.Take(r)
			if !ok {
				return finishCatalogue(ct, rest)
			}
			ct.number = num
			i = len(s) - len(r) + symbolPrintedLen(r, num)
		case hasPrefixFold(rest, "ngày ") && len(rest) > len("ngày") && ct.date == "":
			date, n := readTitleDate(rest)
			if n == 0 {
				return finishCatalogue(ct, rest)
			}
			ct.date = date
			i += n
		default:
			return finishCatalogue(ct, rest)
		}
	}
	return finishCatalogue(ct, "")
}

// finishCatalogue sets the abstract of ct to rest, its lines joined.
func finishCatalogue(ct catalogueFields, rest string) (catalogueFields, bool) {
	ct.abstract = strings.Join(strings.Fields(rest), " ")
	return ct, ct.issuer != ""
}

// issuerClauseEnd is where the issuer that starts at i in s ends: at the end
// of its line (unless the motto after "NƯỚC" continues it), before "số" and a
// symbol, before "ngày" and a date, or before a word that opens an abstract.
func issuerClauseEnd(s string, i int) int {
	for j := i; j < len(s); {
		if s[j] == '\n' {
			// "QUỐC HỘI NƯỚC" / "CỘNG HÒA ...", "Bộ Tài chính - Công nghiệp -" / "Tổng cục Hải quan"
			if !hasPrefixFold(s[j+1:], "cộng hòa") && !hasPrefixFold(s[j+1:], "việt nam") && !continuesName(s[i:j]) {
				return j
			}
			j++
			continue
		}
		if j > i && s[j-1] == ' ' {
			r := s[j:]
			if hasPrefixFold(r, "số") && len(r) > len("số") && (r[len("số")] == ' ' || r[len("số")] == ':' || r[len("số")] >= '0' && r[len("số")] <= '9') {
				if _, ok := symbol.Take(strings.TrimLeft(r[len("số"):], ": ")); ok {
					return j
				}
			}
			if hasPrefixFold(r, "ngày ") {
				if _, n := readTitleDate(r); n > 0 {
					return j
				}
			}
			if opensAbstract(r) {
				return j
			}
		}
		_, n := utf8.DecodeRuneInString(s[j:])
		j += n
	}
	return len(s)
}

// cutCatalogueTail cuts from a title the issuer, number and date that a
// database export prints after the name: "PHỔ CẬP GIÁO DỤC TIỂU HỌC CỦA QUỐC
// HỘI SỐ 56-LCT/HĐNN8 NGÀY 12/08/1991", "THUẾ SỬ DỤNG ĐẤT NÔNG NGHIỆP SỐ
// 23-L/CTN NGÀY 10/07/1993 CỦA QUỐC HỘI". The tail must carry the document's
// own number: a title that cites another document keeps it.
func cutCatalogueTail(abstract, number string) string {
	// the last part of the number ("QH10", "HĐNN8") is printed whole, in a
	// title in capitals
	if number == "" || !strings.Contains(abstract, number[strings.LastIndexAny(number, "/-")+1:]) || !vntext.IsCaps(abstract) {
		return abstract
	}
	head := number[:strings.IndexAny(number+"/", "/-")] // "56", the number proper
	for i := 1; i < len(abstract); i++ {
		if abstract[i-1] != ' ' || !hasPrefixFold(abstract[i:], "của ") && !hasPrefixFold(abstract[i:], "số") || !strings.Contains(abstract[i:], head) {
			continue
		}
		ct, _ := readCatalogueTitle([]string{abstract[i:]})
		if _, _, named := typeOfTitleAnyCase(ct.issuer); named {
			continue // "SỬA ĐỔI ... CỦA LUẬT ĐẦU TƯ NƯỚC NGOÀI SỐ ...": the act amended
		}
		if ct.number == number && ct.abstract == "" {
			return strings.TrimRight(abstract[:i], " ,")
		}
	}
	return abstract
}

// opensAbstract reports whether s opens with a word of abstractOpeners.
func opensAbstract(s string) bool {
	for _, w := range abstractOpeners {
		// the word whole: "về" opens "về việc", not "vềnh"
		if hasPrefixFold(s, w) && (len(s) == len(w) || s[len(w)] == ' ' || s[len(w)] == ',' || s[len(w)] == ':') {
			return true
		}
	}
	return false
}

// officialIssuer is the body a catalogue title names: "QUỐC HỘI NƯỚC CỘNG HOÀ
// XÃ HỘI CHỦ NGHĨA VIỆT NAM" is the Quốc hội, "Bộ trưởng Bộ Tài chính" the
// Bộ Tài chính.
func officialIssuer(s string) string {
	k := key(s)
	for _, tail := range []string{" nước cộng hòa xã hội chủ nghĩa việt nam", " nước việt nam dân chủ cộng hòa"} {
		if strings.HasSuffix(k, tail) {
			n := len(strings.Fields(k)) - len(strings.Fields(tail))
			s = strings.Join(strings.Fields(s)[:n], " ")
			k = key(s)
			break
		}
	}
	if strings.HasPrefix(k, "bộ trưởng bộ ") {
		s = strings.Join(strings.Fields(s)[2:], " ")
	}
	return s
}

// readTitleDate reads "ngày 11 tháng 5 năm 1998" or "ngày 10/10/2003" at the
// start of s: the date as YYYY-MM-DD and the bytes read, 0 when s holds none.
func readTitleDate(s string) (string, int) {
	if len(s) < len("ngày") {
		return "", 0
	}
	if d, m, y, n, ok := parseLongDate(s); ok && y > 0 && vndate.Valid(y, m, d) {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d), n
	}
	r := strings.TrimLeft(s[len("ngày"):], " ")
	if d, m, y, n, ok := parseNumericDate(r); ok {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d), len(s) - len(r) + n
	}
	return "", 0
}

// symbolPrintedLen is the length of the symbol num as printed at the start of
// s, which may hold spaces ("94 /1998/NĐ-CP"): the words whose letters make
// up num.
func symbolPrintedLen(s, num string) int {
	got := 0
	i := 0
	for i < len(s) && got < len(num) {
		_, w, next := nextWord(s, i)
		if w == "" {
			break
		}
		got += len(w)
		i = next
	}
	// the word may run on past the symbol ("SỐ13/2003/QH11" has none after)
	return min(i, len(s))
}
