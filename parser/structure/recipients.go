package structure

import (
	"strings"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
)

func isRecipientsLabel(s string) (rest string, ok bool) {
	if s == "" || !(s[0] == 'N' || s[0] == 'n' || s[0] == '_' || s[0] == '*' || s[0] == ' ') {
		return "", false
	}
	t := strings.TrimSpace(stripMarkup(s))
	for _, p := range recipientsLabels {
		if hasPrefixFold(t, p) {
			// "Nơi gửi tờ khai:", "nơi nhận, số lượng bản ...": a form
			// field or prose, not the label
			if w := strings.TrimLeft(t[len(p):], " "); w != "" && (startsLowerWord(w) || strings.IndexByte(",;”\"", w[0]) >= 0) {
				return "", false
			}
			r := strings.TrimLeft(t[len(p):], " _*:")
			return r, true
		}
	}
	return "", false
}

func isBulletStart(s string) bool {
	return strings.HasPrefix(s, "-") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "•") || strings.HasPrefix(s, "+") || strings.HasPrefix(s, "—") || strings.HasPrefix(s, ". ")
}

func trimBullet(s string) string {
	// a dot typed for the dash: "- Văn phòng TW Đảng" / ". Văn phòng Quốc
	// hội" (legacy 2003-A30)
	s = strings.TrimPrefix(s, ". ")
	return strings.TrimSpace(strings.TrimLeft(s, "-–•+— "))
}

// splitInlineItems splits "- A; - B;" flattened on one line into items, and
// an item glued to the next one by its dash ("- Cơ quan, đơn vị TW trên địa
// bàn - UBND xã, phường;", an OCR line that lost its break).
func splitInlineItems(s string) []string {
	s = strings.TrimSpace(s)
	if !isBulletStart(s) {
		return []string{s}
	}
	out := strings.Split(strings.ReplaceAll(s, ";-", "; -"), "; -")
	if len(out) > 1 {
		for i := range out[:len(out)-1] {
			out[i] += ";"
		}
	}
	for i := 0; i < len(out); i++ {
		if a, b, ok := splitGluedItem(out[i]); ok {
			out = append(out[:i+1], out[i:]...)
			out[i], out[i+1] = a, b
		}
	}
	return out
}

// splitGluedItem cuts an item at a dash between spaces that opens the name of
// another body ("… và công - Hiệp hội các nhà thầu …"). A dash inside one
// name joins two fields of one body ("Bộ Lao động - Thương binh và Xã hội",
// "Ban Kinh tế - Ngân sách"), never a word that opens a body's name; a dash
// after a department names its ministry ("Vụ Pháp chế - Bộ NN và MT", "Cục
// Kiểm tra văn bản - Bộ Tư pháp"): one recipient.
func splitGluedItem(s string) (string, string, bool) {
	if !strings.Contains(s, " - ") {
		return s, "", false // most items
	}
	if k := key(trimBullet(s)); startsDepartment(k) || strings.HasPrefix(k, "các ") {
		return s, "", false
	}
	for from := 1; from < len(s); {
		i := strings.Index(s[from:], " - ")
		if i < 0 {
			return s, "", false
		}
		i += from
		if rest := s[i+3:]; startsUpper(rest) && !hasPrefixFold(rest, "bộ ") && (startsOrg(rest) || hasPrefixFold(rest, "hiệp hội ")) {
			return strings.TrimSpace(s[:i]), rest, true
		}
		from = i + 3
	}
	return s, "", false
}

// addRecipientItem records one Nơi nhận item, or the Lưu line; l is the line
// that holds it, the span of a signature glued after the Lưu codes. It
// returns the item as printed when it recorded a recipient, "" otherwise: a
// wrapped item is joined to it with its punctuation.
func (b *builder) addRecipientItem(it string, sig *sigState, l line) string {
	it = trimBullet(it)
	if it == "" {
		return ""
	}
	if rest, ok := archiveTypo(it); ok {
		it = "Lưu " + rest
	}
	if hasPrefixFold(it, "lưu") {
		rest := strings.TrimSpace(it[len("lưu"):])
		rest = strings.TrimLeft(rest, ": ")
		archive, tailText := splitArchive(rest)
		if b.doc.Archive == "" {
			b.doc.Archive = archive
		}
		if tailText != "" {
			for _, part := range splitSignatureRun(tailText) {
				sig.line(part, l)
			}
		}
		return ""
	}
	b.doc.Recipients = append(b.doc.Recipients, parseRecipient(it))
	return it
}

// continueRecipient joins a wrapped line to the last recipient, printed as
// raw; it returns the joined text.
func (b *builder) continueRecipient(raw, s string) string {
	if raw == "" {
		raw = b.doc.Recipients[len(b.doc.Recipients)-1].Name
	}
	raw += " " + s
	b.doc.Recipients[len(b.doc.Recipients)-1] = parseRecipient(raw)
	return raw
}

// parseRecipient splits a list item into name and purpose note.
func parseRecipient(s string) model.Recipient {
	s = strings.TrimSpace(stripMarkup(s))
	// the item's closing mark, ":" too where a list misprints it or an
	// item heads sub-items ("Cục CST, Vụ PC (BTC):", "Thủ tướng, các Phó
	// Thủ tướng Chính phủ:")
	s = strings.TrimRight(s, " ;,.:")
	r := model.Recipient{Name: s}
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, "("); i > 0 {
			note := strings.TrimSpace(s[i+1 : len(s)-1])
			if purpose := notePurpose(note); purpose != "" {
				r.Note = note
				r.Purpose = purpose
				r.Name = strings.TrimRight(strings.TrimSpace(s[:i]), " ;,")
			}
		}
	}
	return r
}

// notePurpose classifies a recipient note; "" when the parentheses hold
// something else (an abbreviation, a name: "(Bộ Tư pháp)", "(Vụ Pháp
// chế)"). A note that says its purpose ("để tổng hợp …"), a number of copies
// ("02 bản") or the recipient's address ("Tầng 33, …, TP. Hà Nội") is a note
// too, not part of the name: purpose "other" when the table has none.
func notePurpose(note string) string {
	k := key(note)
	purpose, hasPurpose := strings.CutPrefix(k, "để ")
	for _, p := range notePurposes {
		if strings.HasPrefix(purpose, p.prefix) {
			return p.purpose
		}
	}
	if hasPurpose || isCopyCount(k) || isAddress(k) {
		return "other"
	}
	return ""
}

// isCopyCount reports a folded note that counts copies: "02 bản", "2b".
func isCopyCount(k string) bool {
	i := 0
	for i < len(k) && k[i] >= '0' && k[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	rest := strings.TrimSpace(k[i:])
	return rest == "bản" || rest == "b"
}

// isAddress reports a folded note that is a street address: it has a
// number and opens with a floor, a house number or "địa chỉ", or names a
// street and a ward.
func isAddress(k string) bool {
	if !strings.ContainsAny(k, "0123456789") || !strings.Contains(k, ",") {
		return false
	}
	for _, p := range []string{"tầng ", "số ", "địa chỉ"} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return strings.Contains(k, "đường ") && (strings.Contains(k, "phường ") || strings.Contains(k, "quận ") || strings.Contains(k, "xã "))
}

// splitArchive separates the Lưu text from what a flattened page glued after it:
// drafter initials, then the signature ("VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG ...").
func splitArchive(s string) (archive, rest string) {
	s = strings.TrimSpace(s)
	// signature run: the first run of two capitals words after the archive codes
	w := strings.Fields(s)
	cut := len(w)
	for i := 1; i+1 < len(w); i++ {
		if vntext.IsCaps(w[i]) && vntext.IsCaps(w[i+1]) && len([]rune(w[i])) >= 2 && !strings.ContainsAny(w[i], ",()") && capsWordTitle(w[i]) {
			// the codes part ends with a dot before the run
			if strings.HasSuffix(strings.Join(w[:i], " "), ".") || i >= 2 && strings.Contains(strings.Join(w[:i], " "), ". ") {
				cut = i
				break
			}
		}
	}
	// an authority prefix before the run opens the signature ("(30b) KT.
	// TỔNG CỤC TRƯỞNG ...")
	if cut < len(w) && cut > 1 {
		if _, _, ok := authorityPrefix(w[cut-1] + " " + w[cut]); ok {
			cut--
		}
	}
	archive = strings.Join(w[:cut], " ")
	rest = strings.Join(w[cut:], " ")
	// drafter initials after ". " or ")." belong to the archive line but not to the registry text
	if i := strings.Index(archive, ". "); i >= 0 {
		archive = archive[:i]
	}
	if i := strings.Index(archive, ")."); i >= 0 {
		archive = archive[:i+1]
	}
	archive = strings.TrimRight(archive, " .")
	return archive, rest
}

func (b *builder) archiveDone() bool { return b.doc.Archive != "" }

// splitSideSignature separates the signature cell that a side-by-side table
// (Nơi nhận on the left, the signature on the right, as legacy .doc files lay
// them out) glued to a line of the list: "Nơi nhận: KT/ BỘ TRƯỞNG BỘ TÀI
// CHÍNH", "- Văn phòng TW Đảng THỨ TRƯỞNG", "- Các Bộ, cơ quan ngang Bộ, cơ
// quan (ĐÃ KÝ)", "thành phố trực thuộc TW Trương Chí Trung". An authority
// prefix is cut wherever it stands; a post, a signature note or a name only
// at the end of the line and while the block read so far waits for them.
func splitSideSignature(s string, sig *sigState) (item, cell string) {
	if _, _, ok := authorityPrefix(s); ok {
		return "", s
	}
	var buf [4]string
	if p := appendPrefixes(buf[:0], s); len(p) > 1 {
		if _, _, ok := authorityPrefix(p[1]); ok {
			i := strings.Index(s, p[1])
			return strings.TrimSpace(s[:i]), s[i:]
		}
	}
	if sig.cur == nil || sig.cur.Name != "" || sig.cur.Position == "" && len(sig.cur.Authority) == 0 && len(sig.pending) == 0 {
		return s, ""
	}
	if titleStartsText(s) && (noLower(s) || sig.cur.Position == "" && len(sig.pending) == 0 && !fieldsAtLeast(s, 4) && !strings.ContainsAny(s, ",;")) {
		// "Nơi nhận: THỨ TRƯỞNG", or "Thứ trưởng" alone between two items:
		// the post fills the row
		return "", s
	}
	// a signature note inside the item: "cơ quan (ĐÃ KÝ) thuộc Chính phủ"
	for i := strings.IndexByte(s, '('); i > 0; {
		if j := strings.IndexByte(s[i:], ')'); j > 0 && isSignedNote(s[i:]) {
			return fieldsJoin(s[:i] + " " + s[i+j+1:]), s[i : i+j+1]
		}
		k := strings.IndexByte(s[i+1:], '(')
		if k < 0 {
			break
		}
		i += k + 1
	}
	// "Nguyễn Tấn Dũng đã ký": the note in lower case after the name
	body, note := s, ""
	if n := len(" đã ký"); len(body) > n && lowerSameLen(body[len(body)-n:]) == " đã ký" {
		body, note = strings.TrimSpace(body[:len(body)-len(" đã ký")]), "(Đã ký)"
	}
	// the words at the end: a post in capitals, or a name
	var starts [8]int
	n := 0
	for i, x, next := nextWord(body, 0); x != ""; i, x, next = nextWord(body, next) {
		if n == len(starts) {
			copy(starts[:], starts[1:])
			n--
		}
		starts[n] = i
		n++
	}
	// (an item comes first: the cell never starts the line)
	for j := 1; j < n-1; j++ {
		tail := body[starts[j]:]
		// the post in capitals, or in the lower or title case of legacy
		// transcripts ("thứ trưởng", "TW Đảng Thứ trưởng"; "các Thứ
		// trưởng" is an item)
		if sig.cur.Position == "" && len(sig.pending) == 0 && titleStartsText(tail) && (noLower(tail) || !fieldsAtLeast(tail, 4) && (startsLowerWord(tail) || startsUpper(body[starts[j-1]:]))) {
			return strings.TrimSpace(body[:starts[j]]), tail
		}
		// a name is three or four words in title case after a word that
		// is not ("… trực thuộc TW Trương Chí Trung"); two would take the
		// end of "… Việt Nam"
		if (n-j == 3 || n-j == 4) && allTitleCase(tail) && !titleCaseWord(firstWord(body[starts[j-1]:])) && isNameLine(tail) {
			if note != "" {
				tail += " " + note
			}
			return strings.TrimSpace(body[:starts[j]]), tail
		}
	}
	return s, ""
}

// allTitleCase reports whether every word of s is capitalised in title case.
func allTitleCase(s string) bool {
	for _, x, next := nextWord(s, 0); x != ""; _, x, next = nextWord(s, next) {
		if !titleCaseWord(x) {
			return false
		}
	}
	return true
}

// isArchiveLine reports the Lưu line of a Nơi nhận list: "Lưu: VT, V03",
// "Lưu VT".
func isArchiveLine(s string) bool {
	if !hasPrefixFold(s, "lưu") {
		return false
	}
	rest := s[len("lưu"):]
	return rest != "" && (rest[0] == ':' || rest[0] == ' ')
}

// isArchiveWrap reports a line that continues the Lưu line above it with more
// registry codes, as legacy .doc files wrap it: "TCT (HC, NV3)", "TCT(HC,
// NV3)". Only unaccented capitals, digits and the punctuation of codes, with
// a unit's parenthesised sub-codes: no signature line reads so.
func isArchiveWrap(s string) bool {
	if s == "" || len(s) > 40 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	open := strings.IndexByte(s, '(')
	if open < 0 || strings.IndexByte(s[open:], ')') < 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(" ,;.()/-&", c) >= 0) {
			return false
		}
	}
	return true
}

// joinArchive adds the wrapped part of a Lưu line to the archive read from
// the line above (printed as above): the dot that closed that line stays
// between the two.
func joinArchive(archive, above, wrap string) string {
	sep := " "
	if strings.HasSuffix(strings.TrimSpace(above), ".") && !strings.HasSuffix(archive, ".") {
		sep = ". "
	}
	return archive + sep + strings.TrimRight(wrap, " .")
}

// splitRowCells splits a table row whose cells end with '|' into its first
// cell and the other cells that hold text, each trimmed.
func splitRowCells(s string) (first string, rest []string) {
	cells := strings.Split(strings.TrimSuffix(s, "|"), "|")
	first = strings.TrimSpace(cells[0])
	for _, c := range cells[1:] {
		if c = strings.TrimSpace(c); c != "" {
			rest = append(rest, c)
		}
	}
	return first, rest
}

// archiveTypo reads the Lưu line typed with the wrong tone, "Lựu VP (HC,TH),
// TCT (HC,NV5)" (2003-A05): "Lựu" followed by a registry code in capitals is
// no name in a Nơi nhận list. It returns the text after the word.
func archiveTypo(it string) (string, bool) {
	rest, ok := strings.CutPrefix(it, "Lựu ")
	if !ok {
		return "", false
	}
	rest = strings.TrimLeft(rest, ": ")
	w, _, _ := strings.Cut(rest, " ")
	w = strings.TrimRight(w, ",;.")
	if len(w) < 2 || !vntext.IsCaps(w) || !isDigitsOrASCIIUpper(w) {
		return "", false
	}
	return rest, true
}

// isDigitsOrASCIIUpper reports a registry code: ASCII capitals and digits.
func isDigitsOrASCIIUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
