package structure

// The titles of the outline's divisions: where a title ends when a page
// wrapped it over several lines or flattened it onto what follows, what is
// a title and what is running text, and the cuts of lines that a flattened
// page glued together (issue 12 items 3 and 6).

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
)

// splitChapterSection cuts the first Mục that a flattened page glued to its
// chapter's title: "CHƯƠNG II QUYỀN CỦA NHÀ NƯỚC … VỀ ĐẤT ĐAI MỤC 1 LẬP,
// QUẢN LÝ HỒ SƠ ĐỊA GIỚI HÀNH CHÍNH …". Both titles are in capitals.
func splitChapterSection(l line) (line, line, bool) {
	if len(l.s) < 12 || l.s[0]|0x20 != 'c' || !hasPrefixFold(l.s, "chương ") {
		return l, line{}, false
	}
	i := strings.Index(l.s, " MỤC ")
	if i < 0 {
		return l, line{}, false
	}
	m, ok := marker(l.s)
	if !ok || m.kind != kChuong || !vntext.IsCaps(dropEditorNotes(l.s[:i])) {
		return l, line{}, false
	}
	sec, ok := marker(l.s[i+1:])
	if !ok || sec.kind != kMuc || !vntext.IsCaps(l.s[i+1:]) {
		return l, line{}, false
	}
	return l.cut(i, i+1)
}

// splitFirstSubItem cuts the first sub-item that a flattened page glued to
// its item's title: "2. Về Đại lý làm thủ tục hải quan 2.1. Điều kiện nhân
// viên đại lý hải quan; …" (036). The sub-item carries the item's number.
func splitFirstSubItem(l line) (line, line, bool) {
	d := 0
	for d < len(l.s) && d < 3 && l.s[d] >= '0' && l.s[d] <= '9' {
		d++
	}
	if d == 0 || len(l.s) < d+8 || l.s[d] != '.' || l.s[d+1] != ' ' {
		return l, line{}, false
	}
	num := l.s[:d]
	// the title is short: the sub-item's number comes within its bytes
	head := l.s[:min(len(l.s), maxTitle)]
	from := d + 2
	for {
		j := strings.Index(head[from:], ".1. ")
		if j < 0 {
			return l, line{}, false
		}
		at := from + j - d // where the sub-item's number starts
		if at > d+2 && head[at-1] == ' ' && head[at:at+d] == num {
			i := at - 1
			if endsSentencePunct(l.s[:i]) {
				return l, line{}, false
			}
			return l.cut(i, i+1)
		}
		from += j + len(".1. ")
	}
}

// splitItemTitle cuts an item's title from the sentence a flattened page
// glued to it, at the first capital after a lower-case word: "7. Về khai bổ
// sung Người khai hải quan xác định có sai sót … sau đây:" (036). Only used
// in a document whose items are known to be flattened that way; the title is
// two to sixteen words without punctuation, not cut after a word that cannot
// end it, and the sentence ends as one.
func splitItemTitle(l line) (line, line, bool) {
	if len(l.s) < 8 || l.s[0] < '0' || l.s[0] > '9' {
		return l, line{}, false
	}
	m, ok := numberMarker(l.s)
	if !ok || m.kind != kNumber || !endsSentencePunct(m.rest) {
		return l, line{}, false
	}
	start := len(l.s) - len(m.rest)
	words := 0
	prevLower := false
	for i := start; i < len(l.s); {
		j := indexFrom(l.s, i, ' ')
		w := l.s[i:j]
		if strings.ContainsAny(w, ".,;:()") {
			return l, line{}, false
		}
		if words >= 2 && prevLower && startsUpper(w) {
			if endsWithTitleJoinWord(l.s[start:i-1]) || words > 16 {
				return l, line{}, false
			}
			a, ok1 := l.sub(0, i-1)
			c, ok2 := l.sub(i, len(l.s))
			if !ok1 || !ok2 {
				return l, line{}, false
			}
			return a, c, true
		}
		prevLower = startsLowerWord(w)
		words++
		i = j + 1
	}
	return l, line{}, false
}

// splitGluedArticle cuts the first article that a flattened page glued to a
// chapter's title in capitals: "Chương II QUY ĐỊNH VỀ CỔNG THÔNG TIN MỘT CỬA
// QUỐC GIA Điều 9. Nguyên tắc hoạt động …" (043), "BẢO VỆ TỔ QUỐC Điều 64."
// (049).
func splitGluedArticle(l line) (line, line, bool) {
	i := strings.Index(l.s, " Điều ")
	if i < 0 {
		return l, line{}, false
	}
	title := l.s[:i]
	if hasPrefixFold(title, "chương ") {
		m, ok := marker(title)
		if !ok || m.kind != kChuong {
			return l, line{}, false
		}
		title = m.rest
	}
	// the title before the article is in capitals
	if !vntext.IsCaps(dropEditorNotes(title)) || !hasTwoWords(title) {
		return l, line{}, false
	}
	if art, ok := marker(l.s[i+1:]); !ok || art.kind != kDieu {
		return l, line{}, false
	}
	return l.cut(i, i+1)
}

// splitNoteChapter cuts a chapter that a legal portal's page glued after an
// editor's note closing the article before it: "… (VB hết hiệu lực:
// 01/01/2015)] Chương 3: […] THỦ TỤC HẢI QUAN …", "… 15/11/2024] Chương II
// [Chương này được bổ sung …]" (047, 013). A chapter named in running text
// ("] Chương II của Luật …") goes on in lower case and is not cut.
func splitNoteChapter(l line) (line, line, bool) {
	i := strings.Index(l.s, "] Chương ")
	if i < 0 {
		i = strings.Index(l.s, "] CHƯƠNG ")
	}
	if i < 0 {
		return l, line{}, false
	}
	tail := l.s[i+2:]
	m, ok := marker(tail)
	if !ok || m.kind != kChuong {
		return l, line{}, false
	}
	colon := strings.HasPrefix(strings.TrimLeft(tail[len(m.label):], " "), ":")
	if !(m.rest == "" && colon || strings.HasPrefix(m.rest, "[") || capsStart(m.rest)) {
		return l, line{}, false
	}
	return l.cut(i+1, i+2)
}

// capsStart reports whether s opens with two capital letters ("BẢO VỆ"):
// most lines open with a capitalised word, and are told apart at once.
func capsStart(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || n >= len(s) {
		return false
	}
	r, _ = utf8.DecodeRuneInString(s[n:])
	return unicode.IsUpper(r)
}

// heading is the title the text after a marker gives, and whether it is
// one rather than prose: short and without the punctuation that ends a
// sentence, editor notes in brackets left out. A short title ending in ":"
// ("Nhiệm vụ của Ban Chỉ đạo:") is one; a lead-in ("Phê duyệt Đề án …
// như sau:") is not.
func heading(m outlineMarker) (string, bool) {
	if m.rest == "" {
		return "", false
	}
	switch m.kind {
	case kDash, kPlus, kStar, kParen:
		return "", false
	}
	// in bytes: a Vietnamese letter takes one to three. An article that
	// amends another document names it in full in its title ("Sửa đổi, bổ
	// sung một số điều của Quy định kèm theo Nghị quyết số … về …"), and
	// such titles run to some 500 bytes.
	limit := 160
	if strings.HasPrefix(m.rest, "Về ") {
		limit = 300 // "Về …" names a subject: a title however long
	}
	if m.kind == kChuong || m.kind == kPhan || m.kind == kMuc || m.kind == kTieuMuc || m.kind == kPart || m.kind == kRoman || m.kind == kDieu {
		limit = maxTitle
	}
	// most marker lines open a paragraph: told at once by their end
	q := strings.TrimRight(m.rest, " ")
	if q == "" {
		return "", false
	}
	switch q[len(q)-1] {
	case ';', ',':
		return "", false
	case '.':
		if m.kind != kPart && (m.kind != kDieu || len(q) > 62) && !aboutTitle(m.kind, q) && !romanTitleStop(m.kind, q) {
			return "", false
		}
	case ']':
	default:
		if len(q) > limit+2 {
			return "", false
		}
	}
	r := strings.TrimSpace(dropEditorNotes(q))
	if r == "" || len(r) > limit+2 {
		return "", false // (+2: a final ". " or ":" goes below)
	}
	if m.kind == kChuong || m.kind == kPhan {
		r = dropRepeatedOpening(r)
	}
	if m.kind == kPart || m.kind == kDieu && shortTitle(r) || aboutTitle(m.kind, r) || romanTitleStop(m.kind, r) {
		// an old circular prints its part titles with a full stop, and
		// some articles their title ("Điều 3. Hiệu lực thi hành.")
		r = strings.TrimRight(r, ". ")
	}
	if strings.HasSuffix(r, ":") {
		t := strings.TrimRight(r, ": ")
		words := 10
		if m.kind == kRoman || m.kind == kChuong || m.kind == kMuc || m.kind == kPhan || m.kind == kPart || strings.HasPrefix(t, "Về ") {
			// a section's title runs longer: "III. Đăng ký, kê khai, nộp
			// thuế, quyết toán thuế thu nhập doanh nghiệp:" (legacy A06),
			// and so does one that names its subject ("4- Về đơn vị tiền
			// tệ sử dụng trong ghi chép kế toán:", legacy B8)
			words = 20
		}
		if !colonTitle(t, words) || (m.kind == kNumber || m.kind == kSub || m.kind == kLetter) && !strings.HasPrefix(t, "Về ") && !pointTitle(t) {
			return "", false
		}
		r = t
	}
	if len(r) > limit || strings.HasSuffix(r, ".") || strings.HasSuffix(r, ";") || strings.HasSuffix(r, ",") || hasSentenceBreak(r) {
		return "", false
	}
	if m.kind == kDieu && opensWithThisDocument(r) {
		return "", false // a sentence whose full stop the page lost (071)
	}
	return r, true
}

// opensWithThisDocument reports an article text whose subject is the
// document itself, "Quyết định này có hiệu lực …", "Thông tư này quy định
// …": a sentence, never a title.
func opensWithThisDocument(s string) bool {
	_, end, ok := typeAt(s, 0)
	return ok && strings.HasPrefix(s[end:], " này ")
}

// dropRepeatedOpening cuts from a chapter's title the first sub-heading a
// flattened page glued to it, recognised as the title's own first words:
// "TÒA ÁN NHÂN DÂN VÀ VIỆN KIỂM SÁT NHÂN DÂN TÒA ÁN NHÂN DÂN" (184), whose
// section on the courts comes first.
func dropRepeatedOpening(s string) string {
	// the opening repeats at the end: its first word is there twice
	if i := strings.IndexByte(s, ' '); i <= 0 || !strings.Contains(s[i:], s[:i]) {
		return s
	}
	w := strings.Fields(s)
	for k := len(w) / 2; k >= 3; k-- {
		if slices.Equal(w[len(w)-k:], w[:k]) {
			return strings.Join(w[:len(w)-k], " ")
		}
	}
	return s
}

// romanTitleStop reports whether s, the text of a Roman section ending with
// one full stop, is its title as older texts print it, "I. Những mục tiêu
// của dự án tin học hoá quản lý Nhà nước giai đoạn 1996-1997." (legacy
// 2004-mauduan, 2005-QDSUA522): one phrase of at most 20 words whose
// subject is not the document itself ("II. Thông tư này có hiệu lực …").
func romanTitleStop(k markerKind, s string) bool {
	if k != kRoman || !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") || strings.HasSuffix(s, "/.") {
		return false
	}
	body := s[:len(s)-1]
	return !strings.Contains(body, ". ") && !strings.ContainsAny(body, ":") && !fieldsAtLeast(body, 21) && !opensWithThisDocument(body)
}

// pointTitle reports whether t, a numbered point's text before its closing
// colon, names a subject as older circulars title their points ("1-
// Đối tượng áp dụng:", "2- Các khái niệm:", "7- Tổ chức thực hiện:", legacy
// 2004-A33): a noun phrase of two to six words, not a body or a post whose
// tasks follow ("2. Bộ Xây dựng:", the rulebook's lead-in) nor a phrase
// that opens a sentence.
func pointTitle(t string) bool {
	if fieldsAtLeast(t, 7) || !hasTwoWords(t) || strings.ContainsAny(t, ",:;") || startsWithAny(t, leadInWords) ||
		strings.HasSuffix(t, " có") || strings.Contains(t, " có ") || strings.HasSuffix(t, " rõ") || opensWithThisDocument(t) {
		// a clause announces its list: "Hồ sơ hải quan gồm có:", "Bị
		// can có quyền:", "Văn bản tố tụng ghi rõ:", "Nghị định này thay
		// thế:"
		return false
	}
	return !startsWithAny(t, bodyHeads)
}

// aboutTitle reports whether s, the text of a numbered item ending with one
// full stop, is the title of the subject the item answers, "1. Về chấp thuận
// các hợp đồng … của PVN." (a letter's points, 002, 055; a form's, 124): it
// opens with "Về", is one phrase of at most 32 words, and no stop, ";" or
// ":" stands inside it.
func aboutTitle(k markerKind, s string) bool {
	if k != kNumber && k != kRoman || !strings.HasPrefix(s, "Về ") || !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") || strings.HasSuffix(s, "/.") {
		return false
	}
	body := s[:len(s)-1]
	return !strings.ContainsAny(body, ".;:") && !fieldsAtLeast(body, 33)
}

// shortTitle reports whether s, ending with one full stop, is a title of at
// most four words without a number: no sentence is that short.
func shortTitle(s string) bool {
	if len(s) > 60 || !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") {
		return false
	}
	if strings.ContainsAny(s, "0123456789") {
		return false
	}
	spaces := strings.Count(s, " ")
	return spaces >= 1 && spaces <= 3 && startsUpper(s)
}

// hasSentenceBreak reports whether s holds the end of a sentence and the
// start of another ("… kể từ ngày ký. Thủ trưởng các đơn vị …", "… đạt được
// kết quả. Tuy nhiên, …"): a title is one phrase, and a formula paragraph of
// several sentences is narrative. A dot after a word in capitals is an
// abbreviation ("TP. Hồ Chí Minh"); a full stop ending s is not a break.
func hasSentenceBreak(s string) bool {
	s = strings.TrimRight(s, " .")
	for i := strings.Index(s, ". "); i >= 0; {
		if i > 0 && startsLowerWord(s[lastRuneStart(s[:i]):i]) && startsUpper(s[i+2:]) {
			return true
		}
		j := strings.Index(s[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// lastRuneStart is the byte index where the last rune of s starts.
func lastRuneStart(s string) int {
	i := len(s) - 1
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

// colonTitle reports whether t, printed before a ":", is a title: at most
// words words that do not announce a list ("như sau", "sau đây", "gồm").
// Under a number only a "Về …" title is one: "2. Bộ Xây dựng:" leads in the
// tasks of the body it names.
func colonTitle(t string, words int) bool {
	if t == "" || !startsUpper(t) || strings.Count(t, " ") >= words {
		return false
	}
	// in capitals too: "… CÁC ĐỐI TƯỢNG SAU ĐÂY:"
	switch strings.ToLower(t[strings.LastIndexByte(t, ' ')+1:]) {
	case "sau", "đây", "gồm", "là", "như", "được", "thể":
		return false
	}
	return true
}

// dropEditorNotes removes the notes a legal database inserts in square
// brackets ("[Chương này được bổ sung bởi Khoản 63 Điều 1 Nghị định
// 117/2024/NĐ-CP …]", the footnote mark "[27]") from a title, with the
// spaces around them.
func dropEditorNotes(s string) string {
	if strings.IndexByte(s, '[') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is owed before the next word
	for i := 0; i < len(s); {
		c := s[i]
		if c == '[' {
			if j := strings.IndexByte(s[i:], ']'); j >= 0 {
				space = b.Len() > 0
				i += j + 1
				continue
			}
		}
		if c == ' ' {
			space = b.Len() > 0
			i++
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

// attachedTextStart finds, in body lines [from, to), the title of a text
// attached to the document when no signature parted them: "QUY CHẾ / THỰC
// HIỆN DÂN CHỦ Ở XÃ / (Ban hành kèm theo Nghị định số 29/1998/NĐ-CP …)"
// after the decree's last article. Its chapters are the attached text's,
// not the document's (to when there is none).
func (b *builder) attachedTextStart(from, to int) int {
	if len(b.doc.Signers) > 0 {
		return to // the tail already ended the body at the signature
	}
	sawArticle := false
	for k := from; k < to; k++ {
		raw := b.lines[k].s
		if !sawArticle {
			if raw != "" && (raw[0] == 0xC4 || raw[0] == '*') {
				if m, ok := marker(b.lines[k].text()); ok && m.kind == kDieu {
					sawArticle = true
				}
			}
			continue
		}
		// a title line is short and in capitals (markup changes neither)
		if len(raw) > 120 || !vntext.IsCaps(raw) {
			continue
		}
		if _, _, ok := typeOfTitle(b.lines[k].text()); !ok {
			continue
		}
		for j := k + 1; j < to && j <= k+4; j++ {
			if opensAttachment(b.lines[j].text()) {
				return k
			}
		}
	}
	return to
}

// fieldCaption reads a blank form's numbered field, "2. Địa chỉ trụ sở
// chính: ……", "1. Tên công ty: (ghi bằng chữ in hoa)": its caption is the
// title, and what follows the colon, blanks to fill and a note on how, is
// its text. A caption with nothing after its colon ("4. Vốn điều lệ:") is a
// field's title only in a form (a list's lead-in elsewhere), which form
// tells, asked only then: it reads every line. The caption is
// one to fifteen words without a stop.
func fieldCaption(m outlineMarker, form func() bool) (caption, fill string, ok bool) {
	if m.kind != kNumber && m.kind != kSub {
		return "", "", false
	}
	i := strings.IndexByte(m.rest, ':')
	if i <= 0 || i > maxCaption {
		return "", "", false
	}
	caption = trimNoteDigits(strings.TrimSpace(m.rest[:i]))
	if caption == "" || !startsUpper(caption) || strings.IndexByte(caption, '.') >= 0 || strings.IndexByte(caption, ';') >= 0 || fieldsAtLeast(caption, 16) ||
		endsWithTitleJoinWord(caption) && !strings.HasSuffix(caption, " Việt") || strings.HasSuffix(caption, " là") {
		return "", "", false
	}
	fill = strings.TrimSpace(m.rest[i+1:])
	if fill == "" {
		// a caption alone names a field in a form; a phrase that opens
		// with a preposition leads into a list there too ("1. Trong vụ
		// án hình sự:", 161)
		return caption, "", !fieldsAtLeast(caption, 9) && !startsWithAny(caption, leadInWords) && form()
	}
	return caption, fill, blanksToFill(fill)
}

// maxCaption bounds a form field's caption in bytes: fifteen words.
const maxCaption = 160

// blanksToFill reports whether s holds only what a form leaves to fill in:
// a note in parentheses on how, or runs of dots, ellipses or underscores
// among the captions of further fields on the line ("……Năm thành
// lập:……").
func blanksToFill(s string) bool {
	blanks, note, words, depth := false, false, 0, 0
	inWord := false
	for _, r := range s {
		switch {
		case r == '(':
			depth++
			note = true
		case r == ')':
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case r == '.' || r == '…' || r == '_' || r == ':' || r == ' ' || r == '\t':
			if r == '…' || r == '_' {
				blanks = true
			}
			inWord = false
			continue
		default:
			if !inWord {
				if words++; words > 6 {
					return false // text to read, not blanks
				}
			}
			inWord = true
			continue
		}
		inWord = false
	}
	// a note alone ("(ghi bằng chữ in hoa)"), or blanks among a few
	// captions; text to read ("01 (một) xe chỉ huy; …") is neither
	blanks = blanks || strings.Contains(s, "...")
	return note && words == 0 || blanks && words <= 6 && !strings.ContainsRune(s, ';')
}

// isForm reports whether lines are a blank form's: six lines at least hold
// a run of blanks to fill ("……", ".....").
func isForm(ls []line) bool {
	n := 0
	for _, l := range ls {
		if strings.Contains(l.s, "……") || strings.Contains(l.s, ".....") {
			if n++; n >= 6 {
				return true
			}
		}
	}
	return false
}
