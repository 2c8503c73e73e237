package structure

import (
	"strings"
	"unicode"

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
	if f.kind == fCaps && d.Number == "" && d.Date == "" && (!h.seenMotto || len(h.issuerLines) == 0 || h.leftCell()) && !isGazetteHeading(key(s)) {
		h.issuerLines = append(h.issuerLines, s)
	}
}

// leftCell reports whether fragment h.i is a line of the issuer's cell in a
// header table flattened row by row: the left cell of a row whose right cell
// is the motto or the tiêu ngữ ("BQL CÁC KHU CÔNG NGHIỆP Độc lập – Tự do –
// Hạnh phúc"), or the left cell's last line alone under such a row ("BÀ RỊA –
// VŨNG TÀU"), in 2007-Quy-che-chi-tieu-noi-bo-2007.doc.
func (h *headerReader) leftCell() bool {
	i := h.i
	if i+1 < len(h.frags) && h.sameLine(i, i+1) && (h.frags[i+1].kind == fMotto || h.frags[i+1].kind == fTieuNgu) {
		return true
	}
	if i < 2 || h.sameLine(i-1, i) || !h.sameLine(i-2, i-1) {
		return false
	}
	prev := h.frags[i-1].kind
	return (prev == fMotto || prev == fTieuNgu) && len(h.issuerLines) > 0 && h.issuerLines[len(h.issuerLines)-1] == h.frags[i-2].text()
}

// sameLine reports whether fragments a < b were cut from one line of the text.
func (h *headerReader) sameLine(a, b int) bool {
	x, y := h.frags[a], h.frags[b]
	return x.end <= y.start && y.start <= len(h.b.src) && strings.IndexByte(h.b.src[x.end:y.start], '\n') < 0
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
		case !h.abstractCaps && f.kind == fText && (f.blankBefore || citesAct(s, d.Type) && !continuesName(h.abstract[len(h.abstract)-1]) && !endsOnPreposition(h.abstract[len(h.abstract)-1])):
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

// titlePrepositions are words that a line of an abstract cannot end on: the
// act they introduce is on the next line ("… qui định tại" / "Thông tư số
// 99/1998/TT-BTC ngày 14/7/1998", legacy 2003-A06), folded with a leading
// space.
var titlePrepositions = []string{" tại", " theo", " về", " cho", " với", " đối với", " trong"}

// endsOnPreposition reports whether the abstract line s ends on one of
// titlePrepositions.
func endsOnPreposition(s string) bool {
	k := key(strings.TrimRight(s, " "))
	for _, w := range titlePrepositions {
		if strings.HasSuffix(k, w) {
			return true
		}
	}
	return false
}
