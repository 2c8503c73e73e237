package structure

// Where the paragraphs between the title block and the body go (issue 12,
// items 1, 2, 4 and 5; the README repeats this):
//
//   - The preamble is the run of formula paragraphs between the title block
//     and the enacting line or the first division. A formula paragraph opens
//     with Căn cứ, Thực hiện, Triển khai, Theo đề nghị, Xét đề nghị, Xét tờ
//     trình, Theo tờ trình, Xét thấy, Trên cơ sở, Sau khi, Để or Nhằm, or is
//     the issuer's closing formula, whose subject names a body or a post:
//     "Chính phủ ban hành Nghị định …", "Ủy ban nhân dân tỉnh ban hành Kế
//     hoạch … như sau:", "Ban Bí thư quy định … như sau:", "Luật này quy
//     định …".
//   - preamble[] holds one entry per formula paragraph, joined across line
//     wraps with single spaces (none before a ";" or "," that a wrap put at
//     the start of a line), with its own closing ";", "," or "." as printed;
//     a list dash before it and footnote markers ("[2]", a "1" glued to a
//     year) are dropped, and so are the gazette's running heads and a signed
//     PDF's stamp lines ("CÔNG BÁO/Số …", "Người ký:") printed inside it.
//   - An item ends at the next formula opening, at the start of a line (its
//     opening words may wrap: "Căn\ncứ Luật …") or inside one after ", ",
//     "; " or ". ", never at a line break: after a line ending in ";" only a
//     document name or a lower-case word continues the item ("Căn cứ Luật …;
//     / Luật sửa đổi …;" is one item); after "." or ":" nothing does; after
//     "," or no punctuation the next line does unless it opens a formula, is
//     the enacting line, opens a division or is a title in capitals. A
//     closing formula after "," is an item of its own when it issues ("ban
//     hành …") or starts a paragraph; otherwise it ends the sentence before it
//     ("Thực hiện …, Ban Tổ chức Trung ương hướng dẫn … như sau:").
//   - enacting is the operative line as printed, markdown marks removed:
//     "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "NGHỊ ĐỊNH :", "Nghị Định:", "RA SẮC
//     LỆNH:", "QUYẾT NGHỊ" without a colon after a preamble or before an
//     article, the Party's "TRƯỞNG BAN … QUYẾT ĐỊNH", a công điện's "BỘ XÂY
//     DỰNG điện:". It closes the preamble standalone or glued to the end of
//     the last item ("…, QUYẾT ĐỊNH:"). The title line "QUYẾT ĐỊNH" above the
//     abstract belongs to the header and is never read here. In an án lệ the
//     operative line of the quoted judgment ("Vì các lẽ trên, … / QUYẾT
//     ĐỊNH:") is the enacting line.
//   - A run is the preamble when it starts the text after the title block, or
//     when it leads into the body: it ends at the enacting line, at an
//     article, chapter, part, Mục or Roman section, at a closing formula, or
//     with an item ending in ":" right before a numbered division. Lines
//     before such a later run (the narrative opening of a chỉ thị or a
//     letter, the consolidation note of a văn bản hợp nhất, title lines the
//     header did not take) are body: an unnumbered first "text" section.
//     Paragraphs ending in ";" right before a run that opens with Căn cứ or a
//     purpose are its first items (the recital of old laws: "Giáo dục tiểu
//     học là …;"; a law's recital may also end in ".").
//   - Narrative is body even when it opens like a formula: a paragraph of
//     several sentences ("Thực hiện chủ trương …, trong những năm qua … đã
//     đạt được kết quả. Tuy nhiên, …"), or one of purpose ("Để …", "Nhằm …")
//     ending in "." or ":" in which the issuer asks nothing ("… các ngành,
//     các cấp cần thực hiện … sau đây:"; but "Để …, Chủ tịch … yêu cầu …
//     sau:" is the preamble). Before the formula it goes to the first "text"
//     section; after it, it ends the preamble.
//   - A later run that does not lead into the body is a letter's reasoning
//     ("Tại khoản 7 Điều 39 … quy định …", "Căn cứ quy định nêu trên, …") and
//     stays body: a công văn has no preamble then.
//   - A công điện prints its enacting line, then its addressees (body text),
//     then the lead-in of its requests ("Triển khai …, Bộ Xây dựng yêu cầu
//     các cơ quan, đơn vị:"), which is its preamble. An án lệ's front matter
//     (adoption sentence, "Nguồn án lệ:", "Khái quát nội dung …") is body
//     text up to its first heading; it has no preamble.
//   - The preamble never holds the enacting line or a division: a line that
//     opens an article, chapter, part, Mục, Roman section or numbered item
//     ends it, and a chapter heading glued to the closing formula ("Quốc hội
//     ban hành Luật …, Chương 1.") is cut off into the body.

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
)

// lookAheadLines bounds the search for a formula run after prose.
const lookAheadLines = 60

// formulaRun is a run of formula paragraphs read from one line on.
type formulaRun struct {
	items []string
	// itemLines are the lines each item starts on.
	itemLines []int
	enacting  string
	// next is the first line after the run (after its enacting line).
	next int
	// intoBody is set when the run ends at the enacting line or at a division
	// (a numbered one only after an item ending in ":").
	intoBody bool
}

func (r formulaRun) found() bool { return len(r.items) > 0 || r.enacting != "" }

// preamble reads the preamble and the enacting line from line from on. It
// returns the index of the first body line; lines before the preamble that
// are body (see the rules above) are kept in b.proseFrom, b.proseTo.
func (b *builder) preamble(from int) int {
	d := b.doc
	start := b.nextContent(from)
	if start >= len(b.lines) {
		return start
	}
	// a capitals authority line between the title and the preamble
	if s := b.lines[start].text(); d.AuthorityLine == "" && vntext.IsCaps(s) && !b.isEnactingLine(start, false) {
		if _, _, isType := typeOfTitle(s); !isType && !b.bodyStarts(s) {
			d.AuthorityLine = s
			start = b.nextContent(start + 1)
		}
	}
	// title lines the header left (the end of a wrapped authority line
	// "CỤC TRƯỞNG CỤC / HẢI QUAN"): body text before the preamble
	caps := start
	for caps < len(b.lines) && caps < start+4 {
		s := b.lines[caps].text()
		if s != "" && !isRule(b.lines[caps].s) && (!vntext.IsCaps(s) || b.isEnactingLine(caps, false) || b.opensBody(s)) {
			break
		}
		caps++
	}
	if caps > start {
		if r, lead := b.trimNarrative(b.readRun(caps)); lead == 0 && r.found() {
			b.prose(start, caps)
			return b.takeRun(r)
		}
	}
	first, lead := b.trimNarrative(b.readRun(start))
	if lead > 0 && first.found() {
		// narrative paragraphs, then the formula: body, then preamble
		b.prose(start, first.itemLines[0])
		return b.takeRun(first)
	}
	if len(first.items) == 0 && strings.HasSuffix(first.enacting, "điện:") {
		// a công điện: its addressees, then the lead-in of its requests
		if r, at, ok := b.leadInAfter(first.next); ok {
			b.prose(first.next, at)
			b.doc.Enacting = first.enacting
			return b.takeRun(r)
		}
	}
	if first.found() {
		return b.takeRun(first)
	}
	if b.doc.TypeCode == "AL" {
		// an án lệ: its front matter (adoption sentence, "Nguồn án lệ:",
		// "Khái quát nội dung của án lệ:", their dashes) is body text up to
		// the first heading in capitals ("NỘI DUNG VỤ ÁN")
		return b.frontMatter(start)
	}
	// after prose, a later run that leads into the body
	j := start
	if first.next > start {
		j = first.next
	}
	note := false // inside the consolidation note of a văn bản hợp nhất
	for n := 0; j < len(b.lines) && n < lookAheadLines; j++ {
		l := b.lines[j]
		s := l.text()
		if s == "" || isRule(l.s) {
			continue
		}
		n++
		m, ok := marker(s)
		if ok && (m.kind == kDieu || m.kind == kChuong || m.kind == kPhan || m.kind == kRoman || m.kind == kMuc) ||
			ok && (m.kind == kNumber || m.kind == kLetter) && !note || hasPrefixFold(s, "lời nói đầu") || endsLetterBody(s) {
			break // the body (opensBody), a numbered division, the letter's close
		}
		if strings.HasSuffix(s, "bởi:") {
			note = true
		}
		if !b.opensRunAt(j) {
			continue
		}
		r, _ := b.trimNarrative(b.readRun(j))
		if !r.found() || !r.intoBody {
			if r.next > j {
				j = r.next - 1
			}
			continue
		}
		at := j
		if len(r.itemLines) > 0 {
			at = r.itemLines[0]
		}
		// the lines before the run: a recital is its first item, anything
		// else is body
		if rec := b.recital(start, at, r); rec.found() {
			r.items = append(rec.items, r.items...)
		} else {
			b.prose(start, at)
		}
		return b.takeRun(r)
	}
	return start
}

// endsLetterBody reports the lines that close a letter's body, where the
// search for a formula run stops: the Nơi nhận list, the courtesy close, the
// signature's authority prefixes.
func endsLetterBody(s string) bool {
	if hasPrefixFold(s, "nơi nhận") || hasPrefixFold(s, "trân trọng") {
		return true
	}
	for _, p := range prefixCuts {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// frontMatter keeps the lines from start up to the first heading in
// capitals as body text, and returns that heading's line.
func (b *builder) frontMatter(start int) int {
	for k, n := start, 0; k < len(b.lines) && n < lookAheadLines; k++ {
		s := b.lines[k].text()
		if s == "" || isRule(b.lines[k].s) {
			continue
		}
		n++
		if vntext.IsCaps(s) && hasTwoWords(s) && len(s) <= 120 || b.opensBody(s) {
			b.prose(start, k)
			return k
		}
	}
	return start
}

// leadInAfter finds, after the addressees of a công điện (dashed items and
// their wrapped lines), a formula run that leads into the body ("Triển khai
// chỉ đạo …, Bộ Xây dựng yêu cầu các cơ quan, đơn vị:"), and the line it
// starts on.
func (b *builder) leadInAfter(from int) (formulaRun, int, bool) {
	for k, n := from, 0; k < len(b.lines) && n < lookAheadLines; k++ {
		s := b.lines[k].text()
		if s == "" || isRule(b.lines[k].s) {
			continue
		}
		n++
		if b.opensBody(s) {
			break
		}
		if !b.opensRunAt(k) {
			continue
		}
		r, _ := b.trimNarrative(b.readRun(k))
		if r.found() && r.intoBody && r.enacting == "" {
			return r, r.itemLines[0], true
		}
		break
	}
	return formulaRun{}, 0, false
}

// takeRun stores a run as the preamble and returns the first body line.
func (b *builder) takeRun(r formulaRun) int {
	if len(b.doc.Preamble) == 0 {
		b.doc.Preamble = r.items
	} else {
		b.doc.Preamble = append(b.doc.Preamble, r.items...)
	}
	if r.enacting != "" {
		b.doc.Enacting = r.enacting
	}
	return r.next
}

// prose keeps lines [from, to) as body text before the body, taking a
// capitals authority line at their end as the authority line.
func (b *builder) prose(from, to int) {
	last := to - 1
	for last >= from && (b.lines[last].text() == "" || isRule(b.lines[last].s)) {
		last--
	}
	if last >= from && b.doc.AuthorityLine == "" {
		s := b.lines[last].text()
		if vntext.IsCaps(s) && startsAuthority(s) {
			b.doc.AuthorityLine = s
			to = last
		}
	}
	for k := from; k < to; k++ {
		if hasLetterOrDigit(b.lines[k].s) {
			b.proseFrom, b.proseTo = from, to
			return
		}
	}
	// only punctuation left over by the header (";"): nothing to keep
}

// hasLetterOrDigit reports whether s has a letter or a digit.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// recital reads lines [from, to) before a run that opens with "Căn cứ" or a
// purpose ("Để …") as the recital of an old law: paragraphs each ending in
// ";", not in capitals, with no list marker or table rule ("Giáo dục tiểu
// học là điều kiện cơ bản …;", "Đất đai là tài nguyên quốc gia …; / Trải qua
// nhiều thế hệ …;").
func (b *builder) recital(from, to int, r formulaRun) formulaRun {
	if len(r.items) == 0 || !hasPrefixFold(r.items[0], "căn cứ") && !isPurposeOpener(r.items[0]) {
		return formulaRun{}
	}
	var rec formulaRun
	var parts []string
	for k := from; k < to; k++ {
		s := b.lines[k].text()
		if s == "" || isRule(b.lines[k].s) {
			continue
		}
		if vntext.IsCaps(s) || len(parts) == 0 && !startsUpper(s) {
			return formulaRun{} // a title, a list, a table rule, a piece of a sentence
		}
		if _, ok := marker(s); ok {
			return formulaRun{}
		}
		if len(parts) == 0 {
			rec.itemLines = append(rec.itemLines, k)
		}
		parts = append(parts, s)
		switch lastSignificant(s) {
		case ';':
			rec.items = append(rec.items, cleanItem(joinItem(parts)))
			parts = parts[:0]
		case '.':
			// a law's recital may close its sentence ("Sức khoẻ là vốn quý
			// nhất … và bảo vệ Tổ quốc.")
			it := joinItem(parts)
			if !isLawType(b.doc.Type) || hasSentenceBreak(it) {
				return formulaRun{}
			}
			rec.items = append(rec.items, cleanItem(it))
			parts = parts[:0]
		case ':':
			return formulaRun{}
		}
	}
	if len(parts) > 0 || len(rec.items) == 0 {
		return formulaRun{}
	}
	return rec
}

// isLawType reports the types whose old texts open with a recital: laws,
// codes, ordinances.
func isLawType(t string) bool {
	return t == "Luật" || t == "Bộ luật" || t == "Pháp lệnh"
}

// nextContent is the first line at or after k that is neither empty nor a rule.
func (b *builder) nextContent(k int) int {
	for k < len(b.lines) && (b.lines[k].text() == "" || isRule(b.lines[k].s)) {
		k++
	}
	return k
}

// opensRunAt reports whether line k can start a formula run: a formula
// opening, a closing formula or the enacting line.
func (b *builder) opensRunAt(k int) bool {
	s := trimItemDash(b.lines[k].text())
	if opensRun(s) {
		return true
	}
	// a wrapped opening word, or a closing formula whose "ban hành" is on
	// this line or the next: read over the paragraph
	if needsParagraph(s, false) || needsParagraph(s, true) && b.banHanhNear(k) {
		if opensRun(b.paragraph(k, s)) {
			return true
		}
	}
	if !b.isEnactingLine(k, false) {
		return false
	}
	// a standalone enacting line after prose: only the strong forms
	return isGluedEnactingWord(strings.TrimRight(key(s), " :"))
}

// banHanhNear reports whether line k or the next one says "ban hành".
func (b *builder) banHanhNear(k int) bool {
	if strings.Contains(b.lines[k].s, "ban hành") {
		return true
	}
	n := b.nextContent(k + 1)
	return n < len(b.lines) && strings.Contains(b.lines[n].s, "ban hành")
}

// opensRun reports whether s can open a run: a formula opening, or a
// closing formula in the "… ban hành Kế hoạch …" form.
func opensRun(s string) bool {
	return isFormulaOpener(s) || isClosingFormula(s) && strings.Contains(headOf(s, 300), " ban hành ")
}

// trimNarrative takes the narrative paragraphs out of a run that does not
// end at an enacting line: those before its first formula are body before it
// (lead), and the first one after a formula ends the run there. A paragraph
// is narrative when it has several sentences ("Thực hiện chủ trương …, trong
// những năm qua … đã đạt được kết quả. Tuy nhiên, …") or when it states a
// purpose ("Để …", "Nhằm …") and ends in "." or ":" without the issuer asking
// anything in it ("Để các công việc nói trên …, các ngành, các cấp cần thực
// hiện … sau đây:"; but "Để …, Chủ tịch … yêu cầu … sau:" is a formula). A
// run left without items is not found, and one whose first item cannot open
// a run either.
func (b *builder) trimNarrative(r formulaRun) (run formulaRun, lead int) {
	if r.enacting != "" {
		return r, 0
	}
	for lead < len(r.items) && isNarrative(r.items[lead]) {
		lead++
	}
	for i := lead; i < len(r.items); i++ {
		if isNarrative(r.items[i]) {
			// the run ends before it; whether it led into the body stays
			r.next = r.itemLines[i]
			r.items, r.itemLines = r.items[:i], r.itemLines[:i]
			break
		}
	}
	r.items, r.itemLines = r.items[lead:], r.itemLines[lead:]
	if len(r.items) == 0 || !opensRun(r.items[0]) {
		return formulaRun{next: r.next}, lead
	}
	return r, lead
}

func isNarrative(item string) bool {
	end := lastSignificant(item)
	if end != '.' && end != ':' {
		return false
	}
	if hasSentenceBreak(item) {
		return true
	}
	return isPurposeOpener(item) && !asksSomething(item)
}

// asksSomething reports the issuer's request in a lead-in: "… yêu cầu các
// …", "… yêu cầu Thủ trưởng …", "… có ý kiến chỉ đạo …", "… chỉ đạo …".
func asksSomething(item string) bool {
	for i := 0; ; {
		j := strings.Index(item[i:], " yêu cầu ")
		if j < 0 {
			break
		}
		i += j + len(" yêu cầu ")
		rest := item[i:]
		if startsUpper(rest) || strings.HasPrefix(rest, "các ") || strings.HasPrefix(rest, "toàn ") || strings.HasPrefix(rest, "mọi ") {
			return true
		}
	}
	return strings.Contains(item, " có ý kiến") || strings.Contains(item, " chỉ đạo ")
}

// isPurposeOpener reports a formula that opens with its purpose ("Để …",
// "Nhằm …").
func isPurposeOpener(s string) bool {
	return hasPrefixFold(s, "để ") || hasPrefixFold(s, "nhằm ")
}

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
	for i, p := range splitAtOpeners(body, buf[:]) {
		atStart := len(r.items) == 0 && len(*cur) == 0
		item := trimItemDash(p)
		// a formula whose opening words wrap ("*Căn\ncứ Luật …", "Ban Bí
		// thư quy định … Việt\nNam như sau:") is read over its paragraph;
		// a line that continues an open item needs it only when it is
		// short enough to be the first word of an opening
		para := item
		if i == 0 && needsParagraph(item, atStart || itemClosed(*cur)) {
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
		return startsDocumentName(next) || startsLowerWord(next)
	case '.', ':':
		return false
	}
	return true
}

// documentNames open the name of a document that an item lists after ";"
// ("Căn cứ Luật …; Luật sửa đổi, bổ sung …"), folded.
var documentNames = []string{"luật ", "bộ luật ", "nghị định ", "nghị quyết ", "pháp lệnh ", "thông tư ", "quyết định ", "hiến pháp "}

func startsDocumentName(s string) bool {
	if !startsUpper(s) || hasPrefixFold(s, "luật này") {
		return false
	}
	for _, p := range documentNames {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// isFormulaOpener reports whether s opens a formula paragraph: one of
// preambleOpeners, printed with a capital, not a title in capitals.
func isFormulaOpener(s string) bool {
	if !startsUpper(s) || vntext.IsCaps(s) {
		return false
	}
	for _, p := range formulaOpeners {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// opensBasis reports a formula opening that a flattened page may print
// inside a line: one of preambleOpeners, with a capital.
func opensBasis(s string) bool {
	if !startsUpper(s) {
		return false
	}
	for _, p := range preambleOpeners {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// isPreambleLine reports whether s is a căn cứ / thực hiện / đề nghị line;
// the header stops its title block there.
func isPreambleLine(s string) bool {
	s = strings.TrimLeft(stripMarkup(s), "-–+ ")
	if vntext.IsCaps(s) {
		return false // a title in capitals ("TRIỂN KHAI THI HÀNH ...")
	}
	for _, p := range preambleOpeners {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// isClosingFormula reports the issuer's closing formula: "Luật này quy định
// …", "Chính phủ ban hành Nghị định …", "Ban Bí thư quy định … như sau:".
func isClosingFormula(s string) bool {
	if !startsUpper(s) || vntext.IsCaps(s) || isFormulaOpener(s) {
		return false
	}
	for _, p := range lawScopeOpeners {
		if hasPrefixFold(s, p) {
			return true
		}
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
		for _, verb := range []string{" quy định ", " hướng dẫn "} {
			if j := strings.Index(head, verb); j > 0 && isIssuerSubject(head[:j]) {
				return true
			}
		}
	}
	return false
}

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
var lawScopeOpeners = []string{"luật này quy định", "bộ luật này quy định", "pháp lệnh này quy định"}

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
// flattened into one line holds several items.
func splitAtOpeners(s string, buf []string) []string {
	out := buf[:0]
	from := 0
	for i := 0; i+2 < len(s); i++ {
		c := s[i]
		if (c != ',' && c != ';' && c != '.') || s[i+1] != ' ' {
			continue
		}
		rest := s[i+2:]
		if opensBasis(rest) || c != ',' && isClosingFormula(rest) {
			out = append(out, strings.TrimSpace(s[from:i+1]))
			from = i + 2
		}
	}
	return append(out, strings.TrimSpace(s[from:]))
}

// splitGluedEnacting cuts an enacting line glued to the end of the last
// preamble item ("… Bộ Tư pháp, QUYẾT NGHỊ:"): the item and the line.
func splitGluedEnacting(s string) (item, enacting string) {
	t := strings.TrimRight(s, " *_")
	if !strings.HasSuffix(t, ":") {
		return s, ""
	}
	t = strings.TrimRight(strings.TrimSuffix(t, ":"), " ")
	// the last two words, in capitals
	i := strings.LastIndexByte(t, ' ')
	if i <= 0 {
		return s, ""
	}
	j := strings.LastIndexByte(t[:i], ' ')
	if j <= 0 {
		return s, ""
	}
	words := t[j+1:]
	if !vntext.IsCaps(words) || !isGluedEnactingWord(key(words)) {
		return s, ""
	}
	before := strings.TrimRight(t[:j], " ")
	if before == "" || vntext.IsCaps(before) {
		return s, ""
	}
	return before, joinSpace([]string{s[j+1:]})
}

// isGluedEnactingWord reports the folded words of an enacting line that a
// flattened page glues to the last preamble item.
func isGluedEnactingWord(k string) bool {
	switch k {
	case "quyết định", "quyết nghị", "nghị định":
		return true
	}
	return false
}

// isEnactingLine reports whether line k is the enacting line. Forms without
// a colon count only after preamble items or right before an article or a
// chapter: elsewhere "QUYẾT ĐỊNH" is a title.
func (b *builder) isEnactingLine(k int, afterItems bool) bool {
	s := b.lines[k].text()
	if isEnacting(s) {
		return true
	}
	if len(s) > 200 || !vntext.IsCaps(s) {
		return false
	}
	if !afterItems {
		if n := b.nextContent(k + 1); n >= len(b.lines) || !b.opensBody(b.lines[n].text()) {
			return false
		}
	}
	k2 := strings.TrimRight(key(strings.TrimSpace(s)), " :")
	if isGluedEnactingWord(k2) {
		return true
	}
	// the Party's "TRƯỞNG BAN … QUYẾT ĐỊNH": the authority and the verb
	return afterItems && strings.HasSuffix(k2, " quyết định") && startsAuthority(s)
}

func isEnacting(s string) bool {
	if len(s) > 80 || !strings.HasSuffix(strings.TrimRight(s, " *_"), ":") {
		return false // "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:": short, ending with a colon
	}
	k := key(strings.TrimSpace(stripMarkup(s)))
	if !strings.HasSuffix(k, ":") {
		return false
	}
	k = strings.TrimSuffix(k, ":")
	k = strings.TrimSpace(k)
	if isEnactingWord(k) {
		return true
	}
	return strings.HasSuffix(k, " điện") || strings.HasPrefix(k, "quyết định") && len(k) < 20
}

// bodyStarts reports whether s opens the body: an article, chapter, part, a
// Roman-numbered heading, or a numbered item.
func (b *builder) bodyStarts(s string) bool {
	s = stripMarkup(s)
	if hasPrefixFold(s, "lời nói đầu") {
		return true
	}
	if m, ok := marker(s); ok {
		switch m.kind {
		case kDieu, kChuong, kPhan, kRoman:
			return true
		}
	}
	return false
}

// opensBody reports whether s opens the body after a preamble: bodyStarts,
// or a Mục.
func (b *builder) opensBody(s string) bool {
	if b.bodyStarts(s) {
		return true
	}
	m, ok := marker(stripMarkup(s))
	return ok && m.kind == kMuc
}

// judgmentEnacting finds the operative line of the judgment an án lệ quotes,
// in its body:
// "QUYẾT ĐỊNH" right after "Vì các lẽ trên, …" or "Bởi các lẽ trên …".
func (b *builder) judgmentEnacting(from, to int) {
	if b.doc.Enacting != "" || b.doc.TypeCode != "AL" {
		return // only an án lệ quotes a judgment; the scan reads every line
	}
	prevReasons := false
	for k := from; k < to && k < len(b.lines); k++ {
		s := b.lines[k].text()
		if s == "" || isRule(b.lines[k].s) {
			continue
		}
		if prevReasons && len(s) < 40 && vntext.IsCaps(s) && isGluedEnactingWord(strings.TrimRight(key(s), " :")) {
			b.doc.Enacting = joinSpace([]string{s})
			return
		}
		t := strings.TrimLeft(s, "[]0123456789 ")
		basis := hasPrefixFold(t, "căn cứ")
		if prevReasons && basis {
			continue // "Bởi các lẽ trên; / Căn cứ vào khoản 2 Điều 291 …; / QUYẾT ĐỊNH:"
		}
		prevReasons = false
		for _, p := range reasonsOpeners {
			if hasPrefixFold(t, p) {
				prevReasons = true
			}
		}
		// "[17] Căn cứ vào khoản 2 Điều 291 … / QUYẾT ĐỊNH:" in an án lệ
		prevReasons = prevReasons || basis && b.doc.TypeCode == "AL"
	}
}

// reasonsOpeners open the sentence before a judgment's operative line, folded.
var reasonsOpeners = []string{"vì các lẽ trên", "bởi các lẽ trên", "vì những lẽ trên", "bởi những lẽ trên", "vì các lý do trên"}

// proseSections is the body text kept before the preamble, as one unnumbered
// section ahead of the outline, or nil.
func (b *builder) proseSections(secs []model.Section) []model.Section {
	if b.proseTo <= b.proseFrom {
		return secs
	}
	tb := newTreeBuilder(b)
	for _, l := range b.lines[b.proseFrom:b.proseTo] {
		tb.addLine(l, lineMarker{}, true)
	}
	pre := tb.finish()
	if len(pre) == 0 {
		return secs
	}
	// the outline's own unnumbered sections come after it: text_1 is the prose
	for i := range secs {
		if secs[i].Kind == "text" && strings.HasPrefix(secs[i].ID, "text_") {
			secs[i].ID = "text_" + strconv.Itoa(atoiPrefix(secs[i].ID[len("text_"):])+1)
		}
	}
	return append(pre, secs...)
}
