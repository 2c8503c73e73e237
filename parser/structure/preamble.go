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
	"strings"
	"unicode"

	"github.com/vnlegal/vanban/internal/vntext"
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
	if s := b.lines[start].text(); d.AuthorityLine == "" && vntext.IsCaps(s) && !b.isEnactingLine(start, false) && !signsFor(s) {
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
			if announcesContent(s) {
				// "… Cục Thuế có ý kiến như sau:": the letter has
				// started its answer, and the Căn cứ lines after it
				// are its reasoning (215)
				break
			}
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

// announcesContent reports a line of prose that announces what follows as
// the letter's content: it ends in "như sau:" or "sau đây:".
func announcesContent(s string) bool {
	s = strings.TrimRight(stripMarkup(s), " ")
	return strings.HasSuffix(s, "như sau:") || strings.HasSuffix(s, "sau đây:")
}

// endsLetterBody reports the lines that close a letter's body, where the
// search for a formula run stops: the Nơi nhận list, the courtesy close, the
// signature's authority prefixes.
func endsLetterBody(s string) bool {
	if hasPrefixFold(s, "nơi nhận") || hasPrefixFold(s, "trân trọng") {
		return true
	}
	return hasAnyPrefixFold(s, prefixCuts)
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
	if issuesAfterPurpose(item) {
		return true
	}
	// "…, Thủ tướng Chính phủ yêu cầu:" (231, 270): the request is the
	// list that follows
	if strings.HasSuffix(strings.TrimRight(item, " "), " yêu cầu:") {
		return true
	}
	return strings.Contains(item, " có ý kiến") || strings.Contains(item, " chỉ đạo ")
}

// issuesAfterPurpose reports a purpose sentence whose main clause is the
// issuer's own closing formula: "Để đảm bảo …, Bộ Tài chính hướng dẫn bổ
// sung một số điểm sau đây:" (legacy B8), "Để thúc đẩy …, liên Bộ Tài chính
// - Công nghiệp - Tổng cục Hải quan thống nhất hướng dẫn …, như sau:" (A37).
func issuesAfterPurpose(item string) bool {
	t := strings.TrimRight(item, " ")
	if !strings.HasSuffix(t, "sau:") && !strings.HasSuffix(t, "sau đây:") {
		return false
	}
	for i := strings.Index(t, ", "); i >= 0; {
		rest := t[i+2:]
		if startsIssuer(rest) {
			head := headOf(rest, 200)
			for _, verb := range []string{" hướng dẫn ", " quy định ", " ban hành "} {
				if j := strings.Index(head, verb); j > 0 && isIssuerSubject(head[:j]) {
					return true
				}
			}
		}
		k := strings.Index(rest, ", ")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return false
}

// isPurposeOpener reports a formula that opens with its purpose ("Để …",
// "Nhằm …").
func isPurposeOpener(s string) bool {
	return hasPrefixFold(s, "để ") || hasPrefixFold(s, "nhằm ")
}
