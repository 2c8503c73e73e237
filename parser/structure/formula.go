package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
)

// The items of a formula run: where an item starts and ends across line
// wraps, its pieces joined, its footnote markers dropped, and the words that
// open a formula (Căn cứ, Thực hiện, Theo đề nghị, a closing formula).

// readRun reads a run of formula paragraphs from line from on; the run ends
// at the first line that neither opens a formula nor continues the item
// before it.
func (b *builder) readRun(from int) formulaRun {
	// most preambles have a dozen items or fewer: one allocation each
	r := formulaRun{items: make([]string, 0, 12), itemLines: make([]int, 0, 12)}
	cur := make([]string, 0, 8)
	curLine := from
	flush := func() {
		if len(cur) > 0 {
			r.items = append(r.items, cleanItem(joinItem(cur)))
			r.itemLines = append(r.itemLines, curLine)
			cur = cur[:0]
		}
	}
	open := func(p string, k int) {
		flush()
		cur, curLine = append(cur, p), k
	}
	k := from
	for ; k < len(b.lines); k++ {
		l := b.lines[k]
		s := l.text()
		if s == "" || isRule(l.s) {
			continue
		}
		if b.isEnactingLine(k, len(r.items)+len(cur) > 0) {
			flush()
			r.enacting, r.next, r.intoBody = joinSpace([]string{s}), k+1, true
			return r
		}
		m, ok := marker(s)
		switch {
		case ok && (m.kind == kDieu || m.kind == kChuong || m.kind == kPhan || m.kind == kRoman || m.kind == kMuc),
			hasPrefixFold(s, "lời nói đầu"):
			// the body (opensBody, the marker read once)
			flush()
			r.next, r.intoBody = k, true
			return r
		case ok && m.kind != kDash && m.kind != kPlus && m.kind != kStar:
			// a numbered division leads into the body after a lead-in ending in ":"
			flush()
			n := len(r.items)
			r.next, r.intoBody = k, n > 0 && strings.HasSuffix(r.items[n-1], ":")
			return r
		}
		if isPageFurniture(s) {
			continue
		}
		// a chapter heading glued to the end of the closing formula
		// ("Quốc hội ban hành Luật …, Chương 1."): the rest of the line is
		// the body's first line
		if a, c, ok := splitTrailingChapter(l); ok {
			b.lines[k] = c
			s = a.text()
			body, _ := splitGluedEnacting(s)
			r.readPieces(b, k, body, &cur, open)
			flush()
			r.next, r.intoBody = k, true
			return r
		}
		body, enacting := splitGluedEnacting(s)
		if !r.readPieces(b, k, body, &cur, open) {
			flush()
			r.next = k
			return r.endsWithCloser()
		}
		if enacting != "" {
			flush()
			r.enacting, r.next, r.intoBody = enacting, k+1, true
			return r
		}
	}
	flush()
	r.next = k
	return r
}

// endsWithCloser marks a run that ends with the issuer's closing formula as
// leading into the body: nothing of the preamble comes after it, whatever
// line follows (a footnote, a page head).
func (r formulaRun) endsWithCloser() formulaRun {
	if n := len(r.items); n > 0 && isClosingFormula(r.items[n-1]) {
		r.intoBody = true
	}
	return r
}

// readPieces reads the pieces of line k (see splitAtOpeners) into the run:
// each opens an item or continues the one being read (cur). It reports false
// when the line does neither: the run ends before it.
func (r *formulaRun) readPieces(b *builder, k int, body string, cur *[]string, open func(string, int)) bool {
	var buf [4]string
	pieces := splitAtOpeners(body, func(rest string) string { return b.paragraph(k, rest) }, buf[:])
	for i, p := range pieces {
		atStart := len(r.items) == 0 && len(*cur) == 0
		item := trimItemDash(p)
		// a formula whose opening words wrap ("*Căn\ncứ Luật …", "Ban Bí
		// thư quy định … Việt\nNam như sau:") is read over its paragraph;
		// a line that continues an open item needs it only when it is
		// short enough to be the first word of an opening
		para := item
		if (i == 0 || i == len(pieces)-1) && needsParagraph(item, atStart || itemClosed(*cur)) {
			para = b.paragraph(k, item)
		}
		switch {
		case atStart && opensRun(para):
			open(item, k)
		case !atStart && isFormulaOpener(para):
			open(item, k)
		case !atStart && itemClosed(*cur) && isClosingFormula(para) && b.closerStartsItem(k, i, *cur, para):
			open(item, k)
		case len(*cur) > 0 && continuesItem((*cur)[len(*cur)-1], p):
			*cur = append(*cur, p)
		default:
			// pieces after the first all open a formula: this is the first
			return false
		}
	}
	return true
}

// closerStartsItem reports whether a closing formula starting piece i of
// line k opens an item of its own rather than ending the sentence of the
// item before it: always after ";" or ".", and after "," when it issues
// ("…, Chính phủ ban hành Nghị định …") or starts a paragraph of its own
// ("Xét đề nghị của …,\n\nBan Bí thư quy định … như sau:"). "Thực hiện …,
// Ban Tổ chức Trung ương hướng dẫn … như sau:" is one sentence.
func (b *builder) closerStartsItem(k, i int, cur []string, para string) bool {
	if lastSignificant(cur[len(cur)-1]) != ',' {
		return true
	}
	return i == 0 && b.lines[k].blankBefore || strings.Contains(key(headOf(para, 300)), " ban hành ")
}

// isPageFurniture reports the lines a gazette or a signed PDF prints on
// every page, inside the text: the running head "CÔNG BÁO/Số …", a page
// number, the digital signature's "Người ký:", "Email:", "Cơ quan:", "Thời
// gian ký:".
func isPageFurniture(s string) bool {
	if hasPrefixFold(s, "công báo/") || hasPrefixFold(s, "người ký:") || hasPrefixFold(s, "email:") ||
		hasPrefixFold(s, "cơ quan:") || hasPrefixFold(s, "thời gian ký:") {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) <= 4
}

// endsClause reports whether s ends with ";", "." or ":".
func endsClause(s string) bool {
	switch lastSignificant(s) {
	case ';', '.', ':':
		return true
	}
	return false
}

// needsParagraph reports whether the opening of line text s must be read
// over its paragraph: it does not end a clause, and it may be the first
// word of a wrapped formula opening ("Căn", "Theo"), or, where an item may
// start (mayClose), the subject of a wrapped closing formula.
func needsParagraph(s string, mayClose bool) bool {
	if endsClause(s) || isFormulaOpener(s) {
		return false
	}
	return len(s) < 16 || mayClose && startsIssuer(s)
}

// paragraph is first (the text of line k, or its first piece) with the lines
// after it up to the one that ends a clause, at most paragraphLines of them.
func (b *builder) paragraph(k int, first string) string {
	parts := []string{first}
	for j := k + 1; j < len(b.lines) && j <= k+paragraphLines; j++ {
		s := b.lines[j].text()
		if s == "" || isRule(b.lines[j].s) {
			continue
		}
		if b.opensBody(s) || isFormulaOpener(s) || vntext.IsCaps(s) && hasTwoWords(s) {
			break
		}
		parts = append(parts, s)
		if endsClause(s) {
			break
		}
	}
	return joinItem(parts)
}

// paragraphLines bounds the lines read to see how a paragraph opens and ends.
const paragraphLines = 6

// itemClosed reports whether the item being read ended its sentence or
// clause (";", ",", ".", ":"), or none is being read.
func itemClosed(cur []string) bool {
	if len(cur) == 0 {
		return true
	}
	switch lastSignificant(cur[len(cur)-1]) {
	case ';', ',', '.', ':':
		return true
	}
	return false
}

// lastSignificant is the last byte of s that is not a space, a closing quote
// or a footnote marker ("…năm 2019[3];" ends in ';').
func lastSignificant(s string) byte {
	s = strings.TrimRight(s, " ")
	s = trimFootnoteMarkers(s)
	s = trimNoteNumber(s)
	if s == "" {
		return 0
	}
	return s[len(s)-1]
}

// continuesItem reports whether line text next continues the item whose last
// line is prev (see the rules at the top of the file).
func continuesItem(prev, next string) bool {
	if vntext.IsCaps(next) && hasTwoWords(next) {
		return false // a title, an authority or an enacting line in capitals
	}
	switch lastSignificant(prev) {
	case ';':
		// "Căn cứ Luật …;\nLuật sửa đổi …;", "Theo đề nghị … Tờ trình số …;
		// văn bản số …;\nbáo cáo thẩm định …;"
		return startsDocumentName(next) || startsLowerWord(next) || startsNumberedLetter(next)
	case '.', ':':
		return false
	}
	return true
}

// documentNames open the name of a document that an item lists after ";"
// ("Căn cứ Luật …; Luật sửa đổi, bổ sung …"), folded.
var documentNames = []string{"luật ", "bộ luật ", "nghị định ", "nghị quyết ", "pháp lệnh ", "thông tư ", "quyết định ", "hiến pháp "}

// letterNames open the name of an administrative document that an item
// lists after ";" by its number ("Thực hiện Chỉ thị số 27/CT-TTg …; /
// Công văn số 6676/BYT-CDS …", 259), folded.
var letterNames = []string{"công văn ", "chỉ thị ", "kế hoạch ", "thông báo ", "kết luận ", "hướng dẫn ", "văn bản ", "tờ trình ", "báo cáo "}

// startsNumberedLetter reports a line that opens with one of letterNames and
// its number: "Công văn số 6676/BYT-CDS".
func startsNumberedLetter(s string) bool {
	return startsUpper(s) && hasAnyPrefixFold(s, letterNames) && numberWithin(s, 40)
}

// numberWithin reports whether the first n bytes of s name a number: " số "
// and a digit ("Nghị quyết số 66-NQ/TW", "Công văn số 6676/BYT-CDS").
func numberWithin(s string, n int) bool {
	i := strings.Index(headOf(s, n), " số ")
	j := i + len(" số ")
	return i > 0 && j < len(s) && s[j] >= '0' && s[j] <= '9'
}

func startsDocumentName(s string) bool {
	if !startsUpper(s) || hasPrefixFold(s, "luật này") {
		return false
	}
	return hasAnyPrefixFold(s, documentNames)
}

// isFormulaOpener reports whether s opens a formula paragraph: one of
// preambleOpeners, printed with a capital, not a title in capitals.
func isFormulaOpener(s string) bool {
	if !startsUpper(s) || vntext.IsCaps(s) {
		return false
	}
	return hasAnyPrefixFold(s, formulaOpeners)
}

// opensBasis reports a formula opening that a flattened page may print
// inside a line: one of preambleOpeners, with a capital.
func opensBasis(s string) bool {
	if !startsUpper(s) {
		return false
	}
	return hasAnyPrefixFold(s, preambleOpeners)
}

// isPreambleLine reports whether s is a căn cứ / thực hiện / đề nghị line;
// the header stops its title block there.
func isPreambleLine(s string) bool {
	s = strings.TrimLeft(stripMarkup(s), "-–+ ")
	if vntext.IsCaps(s) {
		return false // a title in capitals ("TRIỂN KHAI THI HÀNH ...")
	}
	return hasAnyPrefixFold(s, preambleOpeners)
}

// isClosingFormula reports the issuer's closing formula: "Luật này quy định
// …", "Chính phủ ban hành Nghị định …", "Ban Bí thư quy định … như sau:".
func isClosingFormula(s string) bool {
	if !startsUpper(s) || vntext.IsCaps(s) || isFormulaOpener(s) {
		return false
	}
	if hasAnyPrefixFold(s, lawScopeOpeners) {
		return true
	}
	if !startsIssuer(s) {
		return false
	}
	// cheap tests first: most lines name neither verb
	sau := strings.HasSuffix(strings.TrimRight(s, " "), "sau:")
	if !sau && !strings.Contains(headOf(s, 400), " ban hành ") {
		return false
	}
	// running text prints the verbs in lower case: no folding needed
	head := headOf(s, 400)
	if i := strings.Index(head, " ban hành "); i > 0 && i < 250 && isIssuerSubject(head[:i]) {
		after := head[i+len(" ban hành "):]
		for _, t := range enactedTypes {
			if hasPrefixFold(after, t) {
				return true
			}
		}
	}
	if sau {
		head = headOf(s, 160)
		for _, verb := range closingVerbs {
			if j := strings.Index(head, verb); j > 0 && isIssuerSubject(head[:j]) {
				return true
			}
		}
	}
	return false
}

// closingVerbs are the verbs of a closing formula that ends in "sau:" after
// the name of who issues: "Ban Bí thư quy định …", "Bộ … hướng dẫn …",
// "Cục Hải quan thông báo kết quả … như sau:", "Chủ tịch Ủy ban nhân dân
// Thành phố có ý kiến chỉ đạo như sau:".
var closingVerbs = []string{" quy định ", " hướng dẫn ", " thông báo ", " có ý kiến "}

// isIssuerSubject reports whether the words before the verb of a closing
// formula can name who issues: a body or posts ("Chính phủ", "Bộ trưởng Bộ
// Tài chính, Bộ trưởng Bộ Công Thương"), with no date, number or clause
// ("Ngày 28 tháng 10 năm 2025, Chủ tịch … đã", "Hiện nay, Bộ Tài chính đang
// … trình Chính phủ").
func isIssuerSubject(k string) bool {
	if strings.ContainsAny(k, ";:/0123456789") {
		return false
	}
	k = " " + k + " "
	for _, w := range clauseWords {
		if strings.Contains(k, w) {
			return false
		}
	}
	return !hasPrefixFold(k[1:], "hiện nay") && !hasPrefixFold(k[1:], "sau khi") && !hasPrefixFold(k[1:], "khi ")
}

// clauseWords mark the words before "ban hành" as a clause of prose rather
// than the name of who issues, folded with spaces around.
var clauseWords = []string{" đã ", " đang ", " sẽ ", " trình ", " được ", " đề nghị ", " hiện nay ", " sau khi ", " khi "}

// startsIssuer reports whether s opens with the name of a body or a post,
// as the subject of a closing formula does ("Chính phủ", "Bộ trưởng Bộ …",
// "Ủy ban nhân dân tỉnh …", "Ban Bí thư", "Liên Bộ …", "Viện trưởng …").
func startsIssuer(s string) bool {
	for _, h := range orgHeads {
		if hasPrefixFold(s, h) {
			return true
		}
	}
	for _, h := range authorityHeads {
		if hasPrefixFold(s, h) {
			return true
		}
	}
	return false
}

// lawScopeOpeners open the closing formula of a law or ordinance, folded.
var lawScopeOpeners = []string{"luật này quy định", "bộ luật này quy định", "pháp lệnh này quy định",
	"luật này sửa đổi", "bộ luật này sửa đổi", "pháp lệnh này sửa đổi"}

// enactedTypes are the kinds of document a closing formula issues, folded.
var enactedTypes = []string{"luật", "bộ luật", "nghị định", "nghị quyết", "thông tư", "quyết định", "kế hoạch", "pháp lệnh", "chỉ thị", "quy định", "quy chế", "chương trình"}

// trimItemDash drops the list dash or bullet printed before an item.
func trimItemDash(s string) string {
	t := strings.TrimLeft(s, "-–+•· ")
	if t != s && len(s)-len(t) < 6 {
		return t
	}
	return s
}

// joinItem joins the lines of an item with single spaces, with none before
// the punctuation that a wrap or a converter put at the start of a line
// ("Việt Nam\n;").
func joinItem(parts []string) string {
	if len(parts) == 1 && !strings.Contains(parts[0], "  ") && strings.IndexByte(parts[0], '\t') < 0 {
		return parts[0]
	}
	n := 0
	for _, p := range parts {
		n += len(p) + 1
	}
	out := make([]byte, 0, n)
	for _, p := range parts {
		for i := 0; i < len(p); {
			// one word at a time: runs of spaces and tabs become one space
			for i < len(p) && (p[i] == ' ' || p[i] == '\t') {
				i++
			}
			j := i
			for j < len(p) && p[j] != ' ' && p[j] != '\t' {
				j++
			}
			if j == i {
				break
			}
			if len(out) > 0 && !(i == 0 && strings.IndexByte(";,.:)/", p[0]) >= 0) {
				out = append(out, ' ')
			}
			out = append(out, p[i:j]...)
			i = j
		}
	}
	return string(out)
}

// cleanItem drops footnote markers ("Luật …[2].", "giai đoạn 2021 -
// 20251." where a gazette glues the marker 1 to a year) from an item.
func cleanItem(s string) string {
	s = dropGluedFootnote(s)
	s = trimNoteNumber(strings.TrimRight(s, " "))
	s = dropNoteBeforeStop(s)
	if strings.IndexByte(s, '[') < 0 {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j > i+1 && j < len(s) && s[j] == ']' {
				i = j
				continue
			}
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// dropGluedFootnote drops the footnote number a gazette glues to a year at
// the end of an item: a run of five or six digits starting with a year (19xx,
// 20xx) before the closing punctuation.
func dropGluedFootnote(s string) string {
	end := len(s)
	for end > 0 && strings.IndexByte(".;,: ", s[end-1]) >= 0 {
		end--
	}
	i := end
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	if n := end - i; n < 5 || n > 6 || (s[i:i+2] != "19" && s[i:i+2] != "20") || i > 0 && s[i-1] != ' ' {
		return s
	}
	return s[:i+4] + s[end:]
}

// trimNoteNumber drops the footnote number a consolidated text glues after
// the full stop that ends a sentence ("… trên hệ thống giao dịch chứng
// khoán.2", its note "2 - Thông tư số 68/2024/TT-BTC …" below): one to three
// digits after ".", ";" or ":" that follows a letter. "mục 3.2" keeps its
// digits: a digit stands before the dot.
func trimNoteNumber(s string) string {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	if n := len(s) - i; n == 0 || n > 3 || i < 2 || strings.IndexByte(".;:", s[i-1]) < 0 {
		return s
	}
	if c := s[i-2]; c < 0x80 && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
		return s // a letter, ASCII or not, before the stop
	}
	return s[:i]
}

// dropNoteBeforeStop drops the footnote number a consolidated text glues
// between an item's last word and its closing stop: "Quốc hội ban hành Luật
// Bảo hiểm y tế1." (122), "… giáo dục nghề nghiệp1." (124). The word before
// the one to three digits is lower case and two letters at least, so a
// symbol ("QH13.") or a unit ("m2.") keeps them.
func dropNoteBeforeStop(s string) string {
	end := len(s) - 1
	if end < 0 || s[end] != '.' && s[end] != ';' {
		return s
	}
	return trimNoteDigits(s[:end]) + s[end:]
}

// trimNoteDigits drops the footnote number glued to the last word of s
// ("… y tế1", "Kính gửi2", "Nơi làm việc4"): one to three digits after a
// word of two lower-case letters or more, so that a symbol ("QH13") or a
// unit ("m2") keeps them.
func trimNoteDigits(s string) string {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	if n := len(s) - i; n == 0 || n > 3 {
		return s
	}
	w := i
	for w > 0 && s[w-1] != ' ' {
		w--
	}
	word := s[w:i]
	if utf8.RuneCountInString(word) < 2 {
		return s
	}
	for _, r := range word {
		if !unicode.IsLower(r) {
			return s
		}
	}
	return s[:i]
}

// trimFootnoteMarkers drops footnote markers at the end of s.
func trimFootnoteMarkers(s string) string {
	for strings.HasSuffix(s, "]") {
		i := strings.LastIndexByte(s, '[')
		if i < 0 || i+2 > len(s)-1 {
			return s
		}
		for _, c := range []byte(s[i+1 : len(s)-1]) {
			if c < '0' || c > '9' {
				return s
			}
		}
		s = s[:i]
	}
	return s
}

// splitAtOpeners cuts a line where a formula paragraph opens inside it, after
// ", ", "; " or ". " ("… giai đoạn 2014 - 2020, Xét đề nghị của …"): a page
// flattened into one line holds several items. A closing formula may start
// at the end of the line and wrap ("… quốc gia. UBND thành phố\nHà Nội ban
// hành Kế hoạch … như sau:"): para, when not nil, gives the rest of the line
// with the lines that continue it, to be read whole.
func splitAtOpeners(s string, para func(rest string) string, buf []string) []string {
	out := buf[:0]
	from := 0
	for i := 0; i+2 < len(s); i++ {
		c := s[i]
		if (c != ',' && c != ';' && c != '.') || s[i+1] != ' ' {
			continue
		}
		rest := s[i+2:]
		if opensBasis(rest) || c != ',' && (isClosingFormula(rest) || para != nil && startsIssuer(rest) && isClosingFormula(para(rest))) {
			out = append(out, strings.TrimSpace(s[from:i+1]))
			from = i + 2
		}
	}
	return append(out, strings.TrimSpace(s[from:]))
}
