package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
)

// authority prefixes of signature blocks, folded; slash forms are the Party's.
var prefixes = []struct{ folded, canon string }{
	{"tm.", "TM."}, {"t/m", "TM."}, {"t.m.", "TM."}, {"kt.", "KT."}, {"k/t", "KT."}, {"k.t.", "KT."},
	{"tl.", "TL."}, {"t/l", "TL."}, {"tuq.", "TUQ."}, {"t/uq", "TUQ."}, {"q.", "Q."}, {"kt/", "KT."}, {"tm/", "TM."},
}

// authorityPrefix returns the canonical prefix opening s and the rest of s.
func authorityPrefix(s string) (canon, rest string, ok bool) {
	if s == "" {
		return "", "", false
	}
	switch s[0] {
	case 'T', 't', 'K', 'k', 'Q', 'q':
	default:
		return "", "", false // every prefix starts with one of these letters
	}
	for _, p := range prefixes {
		// the prefixes are ASCII: only ASCII capitals need folding
		if hasPrefixLower(s, p.folded) {
			r := s[len(p.folded):]
			r = strings.TrimLeft(r, " .")
			if r == "" {
				return "", "", false
			}
			// Q. must be followed by a capitals title (Q. GIÁM ĐỐC), not prose
			if p.canon == "Q." && !isCaps(firstWord(r)) {
				return "", "", false
			}
			if p.folded == "tm." || p.folded == "kt." || p.folded == "tl." || p.folded == "tuq." {
				// "TM. ỦY BAN" and "TM.ỦY BAN"; the title must be capitals (or legacy lower case)
				if !isCaps(firstWord(r)) && capsRatio(r) < 0.5 && !strings.HasPrefix(lowerSameLen(r), "ubnd") && !strings.HasPrefix(lowerSameLen(r), "bộ") {
					return "", "", false
				}
			}
			return p.canon, r, true
		}
	}
	return "", "", false
}

// splitPrefixes cuts a line holding several authority prefixes ("TM. CHÍNH PHỦ
// KT. THỦ TƯỚNG") into one piece per prefix.
func splitPrefixes(s string) []string {
	return appendPrefixes(nil, s)
}

// appendPrefixes appends the pieces of splitPrefixes(s) to dst.
func appendPrefixes(dst []string, s string) []string {
	prev := 0
	for i := 1; i < len(s); i++ {
		// lower-casing keeps byte offsets, so s has a space where its lower case has one
		if s[i-1] != ' ' || s[i]|0x20 != 't' && s[i]|0x20 != 'k' {
			continue
		}
		for _, p := range []string{"tm.", "kt.", "tl.", "tuq.", "t/m ", "k/t ", "t/l "} {
			if hasPrefixLower(s[i:], p) {
				dst = append(dst, strings.TrimSpace(s[prev:i]))
				prev = i
			}
		}
	}
	if prev == 0 {
		return append(dst, s) // no prefix after the first word: s as it is
	}
	return append(dst, strings.TrimSpace(s[prev:]))
}

// isNameLine reports whether s looks like a person's full name: two to six
// words, each capitalised, no digits or sentence punctuation.
func isNameLine(s string) bool {
	s = strings.TrimSpace(stripMarkup(s))
	// cheap rejections first: a name is short and starts with a capital
	if len(s) < 4 || len(s) > 64 || strings.IndexByte(s, ' ') < 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); !isUpperRune(r) {
		return false
	}
	// two to six words, each with a capital first and no digit or punctuation
	words := 0
	for _, x, next := nextWord(s, 0); x != ""; _, x, next = nextWord(s, next) {
		if words++; words > 6 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(x); !isUpperRune(r) {
			return false
		}
		for _, c := range x {
			if c < utf8.RuneSelf {
				if '0' <= c && c <= '9' || c == ';' || c == ':' || c == ',' || c == '(' || c == ')' || c == '/' {
					return false
				}
			} else if unicode.IsDigit(c) {
				return false
			}
		}
	}
	if words < 2 {
		return false
	}
	if isCaps(s) {
		return false // titles are capitals; names are printed in normal case
	}
	for _, bad := range []string{"nơi nhận", "như trên", "bộ ", "ủy ban", "sở ", "ban ", "văn phòng", "chính phủ", "tỉnh ", "thành phố", "hội đồng"} {
		if hasPrefixFold(s, bad) {
			return false
		}
	}
	return true
}

func isSignedNote(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || !(s[0] == '(' || s[0] == '[' || s[0] == 0xC4) {
		return false // "(Đã ký)", "[", "Đã ký": the first byte tells
	}
	return hasPrefixFold(s, "(đã ký") || hasPrefixFold(s, "(ký") || hasPrefixFold(s, "đã ký") || s == "[" || hasPrefixFold(s, "(signed)") || hasPrefixFold(s, "(chữ ký")
}

func isRecipientsLabel(s string) (rest string, ok bool) {
	if s == "" || !(s[0] == 'N' || s[0] == 'n' || s[0] == '_' || s[0] == '*' || s[0] == ' ') {
		return "", false
	}
	t := strings.TrimSpace(stripMarkup(s))
	for _, p := range []string{"nơi nhận", "nơi gửi"} {
		if hasPrefixFold(t, p) {
			r := strings.TrimLeft(t[len(p):], " _*:")
			return r, true
		}
	}
	return "", false
}

func isBulletStart(s string) bool {
	return strings.HasPrefix(s, "-") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "•") || strings.HasPrefix(s, "+") || strings.HasPrefix(s, "—")
}

func trimBullet(s string) string {
	return strings.TrimSpace(strings.TrimLeft(s, "-–•+— "))
}

// tail finds where the body ends and reads the signature blocks and the Nơi
// nhận list. It returns the end of the body and the end of the tail (where
// annexes may begin).
func (b *builder) tail(from, last int) (bodyEnd, tailEnd int) {
	nn, sig, dot := -1, -1, -1
	for k := from; k < last; k++ {
		s := b.lines[k].text()
		if nn < 0 {
			if _, ok := isRecipientsLabel(s); ok {
				nn = k
			}
		}
		if sig < 0 {
			if _, _, ok := authorityPrefix(s); ok && k > from {
				sig = k
			}
		}
		if dot < 0 && (strings.HasSuffix(s, "./.") || strings.HasSuffix(s, "/.") || strings.HasSuffix(s, "./")) && b.signatureNear(k+1, last) {
			dot = k
		}
		if nn >= 0 && sig >= 0 {
			break
		}
	}
	bodyEnd = last
	for _, c := range []int{nn, sig} {
		if c >= 0 && c < bodyEnd {
			bodyEnd = c
		}
	}
	// an unlabelled Nơi nhận list ("- Chính phủ; - ...; - Lưu: HC, PLTP.") just before the signature
	if nn < 0 && bodyEnd < last && bodyEnd > from {
		j := bodyEnd
		for j-1 > from && isBulletStart(b.lines[j-1].text()) {
			j--
		}
		hasArchive := false
		for q := j; q < bodyEnd; q++ {
			if strings.Contains(lowerSameLen(b.lines[q].s), "lưu") && strings.Contains(b.lines[q].s, ":") {
				hasArchive = true
			}
		}
		if hasArchive && j < bodyEnd {
			bodyEnd = j
			b.unlabelledList = true
		}
	}
	if dot >= 0 && dot+1 < bodyEnd {
		bodyEnd = dot + 1
		// a line ending "./." may also carry the start of a flattened Nơi nhận
	}
	if bodyEnd == last {
		// no explicit end: the last lines may still hold a bare signature
		bodyEnd = b.bareSignatureStart(from, last)
	}
	tailEnd = b.annexStart(bodyEnd, last)
	b.readTail(bodyEnd, tailEnd)
	// a flattened line "... thực hiện./. Nơi nhận: ..." keeps its own end
	if bodyEnd < len(b.lines) && bodyEnd > from {
		if s := b.lines[bodyEnd-1].s; strings.Contains(s, "Nơi nhận") {
			i := strings.Index(s, "Nơi nhận")
			b.readTailText(s[i:])
		}
	}
	return bodyEnd, tailEnd
}

// signatureNear reports whether a signature or Nơi nhận starts within a few
// lines after k.
func (b *builder) signatureNear(k, last int) bool {
	for j := k; j < last && j < k+5; j++ {
		s := b.lines[j].text()
		if _, ok := isRecipientsLabel(s); ok {
			return true
		}
		if _, _, ok := authorityPrefix(s); ok {
			return true
		}
		if isCaps(s) && len(s) < 80 && !b.bodyStarts(s) {
			return true
		}
		if isNameLine(s) && j == k {
			return true
		}
	}
	return k >= last
}

// bareSignatureStart looks for a signature with no Nơi nhận and no "./.": the
// last capitals line followed by a name near the end of the document.
func (b *builder) bareSignatureStart(from, last int) int {
	for k := last - 1; k >= from && k >= last-6; k-- {
		s := b.lines[k].text()
		if isNameLine(s) && k-1 >= from && (isCaps(b.lines[k-1].text()) || isSignedNote(b.lines[k-1].text())) {
			j := k - 1
			for j-1 >= from && k-j < 4 {
				p := b.lines[j-1].text()
				if w := strings.Fields(p); !(isCaps(p) || isSignedNote(p) || len(w) <= 8 && titleStarts(w, 0)) {
					break
				}
				j--
			}
			if _, ok := marker(b.lines[j].text()); !ok {
				return j
			}
		}
		// a name over its signature note ("Võ Chí Công" / "(Đã ký)")
		if isNameLine(s) && k+1 < last && isSignedNote(b.lines[k+1].text()) {
			return k
		}
		// one line holding the whole block: "CHỦ TỊCH QUỐC HỘI Nguyễn Phú Trọng",
		// "Nguyễn Văn An (Đã ký)"
		if k >= last-3 && isSigLine(s) {
			return k
		}
	}
	return last
}

// isSigLine reports a line that is a whole flattened signature block: titles
// and a name, or a name and a signature note.
func isSigLine(s string) bool {
	if _, ok := marker(s); ok {
		return false
	}
	p := splitSigLine(s)
	if len(p) < 2 {
		return false
	}
	hasName, hasOther := false, false
	for _, x := range p {
		switch {
		case isNameLine(x):
			hasName = true
		case isSignedNote(x):
			hasOther = true
		case isCaps(x):
			if titleStarts(strings.Fields(x), 0) {
				hasOther = true
			} else if _, _, ok := authorityPrefix(x); ok {
				hasOther = true
			} else {
				return false
			}
		default:
			return false
		}
	}
	return hasName && hasOther
}

// annexStart finds the first annex heading after the signature.
func (b *builder) annexStart(from, last int) int {
	sawName := false
	for k := from; k < last; k++ {
		s := b.lines[k].text()
		if isNameLine(s) || isSignedNote(s) {
			sawName = true
		}
		if isAnnexHeading(s) && (sawName || k > from+2) {
			if k+1 < last || hasPrefixFold(s, "phụ lục") {
				return k
			}
		}
		if isCaps(s) && len(s) < 120 && sawName {
			if _, _, ok := typeOfTitle(s); ok {
				for j := k + 1; j < last && j <= k+4; j++ {
					if hasPrefixFold(b.lines[j].text(), "(ban hành kèm theo") || hasPrefixFold(b.lines[j].text(), "(kèm theo") {
						return k
					}
				}
			}
		}
	}
	return last
}

func isAnnexHeading(s string) bool {
	if !hasPrefixFold(s, "phụ lục") || len(s) > 200 {
		return false
	}
	rest := strings.TrimSpace(s[len("phụ lục"):])
	// "Phụ lục I", "PHỤ LỤC", "Phụ lục số 01", "PHỤ LỤC II: ..."
	return rest == "" || isCaps(firstWord(rest)) || isDigits(strings.Trim(firstWord(rest), ".:")) || hasPrefixFold(rest, "số") || isRoman(strings.Trim(firstWord(rest), ".:"))
}

// readTailText parses a flattened tail that sits inside one line.
func (b *builder) readTailText(s string) {
	if len(b.doc.Recipients) > 0 {
		return
	}
	rest, _ := isRecipientsLabel(s)
	items := strings.Split(rest, "- ")
	sig := &sigState{b: b}
	for _, it := range items {
		it = strings.TrimSpace(it)
		if it == "" {
			continue
		}
		b.addRecipientItem(it, sig)
	}
	sig.flush()
}

// readTail reads lines [from, to) holding the signature and Nơi nhận.
func (b *builder) readTail(from, to int) {
	sig := &sigState{b: b}
	inList := b.unlabelledList
	quiet := 0 // lines since the last one that fed the list or the signature
	for k := from; k < to; k++ {
		if quiet > 40 && len(b.doc.Signers)+btoi(sig.cur != nil) > 0 {
			break // past the tail: text glued after the signature
		}
		quiet++
		l := b.lines[k]
		s := strings.TrimSpace(l.text())
		if s == "" || isRule(l.s) || s == "|" {
			continue
		}
		// a prefix alone on its line ("KT.") governs the next line
		if isBarePrefix(s) && k+1 < to {
			k++
			s = s + " " + strings.TrimSpace(b.lines[k].text())
			l = line{s: s, start: l.start, end: b.lines[k].end}
		}
		if rest, ok := isRecipientsLabel(s); ok {
			quiet = 0
			inList = true
			if rest != "" {
				for _, it := range splitInlineItems(rest) {
					b.addRecipientItem(it, sig)
				}
			}
			continue
		}
		if inList && isBulletStart(s) && !b.archiveDone() {
			quiet = 0
			for _, it := range splitInlineItems(s) {
				b.addRecipientItem(it, sig)
			}
			continue
		}
		if inList && !b.archiveDone() && len(b.doc.Recipients) > 0 && !isCaps(s) && !isNameLine(s) && !isSignedNote(s) {
			if _, _, ok := authorityPrefix(s); !ok {
				// continuation of a wrapped recipient
				r := &b.doc.Recipients[len(b.doc.Recipients)-1]
				merged := parseRecipient(r.Name + " " + s)
				*r = merged
				continue
			}
		}
		if m, ok := marker(s); ok && m.kind != kDash && m.kind != kPlus {
			continue // an outline heading of a text glued after the signature
		}
		if len(s) > 240 {
			if _, _, ok := authorityPrefix(s); !ok && !strings.Contains(s, " TM. ") && !strings.Contains(s, " KT. ") {
				continue // prose, not a signature block
			}
		}
		before := len(b.doc.Signers)
		had := sig.cur != nil
		sig.line(s, l)
		if len(b.doc.Signers) != before || sig.cur != nil && !had || sig.cur != nil && l.end == sig.cur.End {
			quiet = 0
		}
	}
	sig.flush()
}

func (b *builder) archiveDone() bool { return b.doc.Archive != "" }

// splitInlineItems splits "- A; - B;" flattened on one line into items.
func splitInlineItems(s string) []string {
	s = strings.TrimSpace(s)
	if !isBulletStart(s) {
		return []string{s}
	}
	var out []string
	for _, part := range strings.Split(strings.ReplaceAll(s, ";-", "; -"), "; -") {
		out = append(out, part)
	}
	if len(out) > 1 {
		for i := range out[:len(out)-1] {
			out[i] += ";"
		}
	}
	return out
}

// addRecipientItem records one Nơi nhận item, or the Lưu line.
func (b *builder) addRecipientItem(it string, sig *sigState) {
	it = trimBullet(it)
	if it == "" {
		return
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
				sig.line(part, line{})
			}
		}
		return
	}
	b.doc.Recipients = append(b.doc.Recipients, parseRecipient(it))
}

// splitArchive separates the Lưu text from what a flattened page glued after it:
// drafter initials, then the signature ("VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG ...").
func splitArchive(s string) (archive, rest string) {
	s = strings.TrimSpace(s)
	// signature run: the first run of two capitals words after the archive codes
	w := strings.Fields(s)
	cut := len(w)
	for i := 1; i+1 < len(w); i++ {
		if isCaps(w[i]) && isCaps(w[i+1]) && len([]rune(w[i])) >= 2 && !strings.ContainsAny(w[i], ",()") && capsWordTitle(w[i]) {
			// the codes part ends with a dot before the run
			if strings.HasSuffix(strings.Join(w[:i], " "), ".") || i >= 2 && strings.Contains(strings.Join(w[:i], " "), ". ") {
				cut = i
				break
			}
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

// capsWordTitle reports capital words that open a title (BỘ, CHỦ, THỦ, GIÁM ...),
// as opposed to unit codes (VT, KTTH) that are also capitals.
func capsWordTitle(w string) bool {
	switch key(w) {
	case "bộ", "chủ", "thủ", "giám", "phó", "cục", "tổng", "chánh", "trưởng", "viện", "tm.", "kt.", "tl.", "bí", "q.", "tuq.":
		return true
	}
	return false
}

// splitSignatureRun cuts "BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng" into the title
// and the name.
func splitSignatureRun(s string) []string {
	var out []string
	for _, piece := range splitPrefixes(s) {
		w := strings.Fields(piece)
		i := 0
		for i < len(w) && (isCaps(w[i]) || strings.Trim(w[i], ",.") == "" || w[i] == "-") {
			i++
		}
		// a prefix word such as "KT." is capitals too
		if i > 0 {
			out = append(out, strings.Join(w[:i], " "))
		}
		if i < len(w) {
			out = append(out, strings.Join(w[i:], " "))
		}
	}
	return out
}

// parseRecipient splits a list item into name and purpose note.
func parseRecipient(s string) model.Recipient {
	s = strings.TrimSpace(stripMarkup(s))
	s = strings.TrimRight(s, " ;,.")
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
// something else (an abbreviation, a name).
func notePurpose(note string) string {
	k := key(note)
	k = strings.TrimPrefix(k, "để ")
	switch {
	case strings.HasPrefix(k, "b/c") || strings.HasPrefix(k, "bc") || strings.HasPrefix(k, "báo cáo") || strings.HasPrefix(k, "b/cáo") || strings.HasPrefix(k, "b/cao"):
		return "report"
	case strings.HasPrefix(k, "t/h") || strings.HasPrefix(k, "thực hiện") || strings.HasPrefix(k, "th/h"):
		return "implement"
	case strings.HasPrefix(k, "p/h") || strings.HasPrefix(k, "ph/h") || strings.HasPrefix(k, "phối hợp"):
		return "coordinate"
	case strings.HasPrefix(k, "biết") || strings.HasPrefix(k, "theo dõi") || strings.HasPrefix(k, "t/d"):
		return "info"
	case strings.HasPrefix(k, "chỉ đạo") || strings.HasPrefix(k, "c/đ"):
		return "direct"
	case strings.HasPrefix(k, "đăng") || strings.HasPrefix(k, "đưa tin"):
		return "publish"
	case strings.HasPrefix(k, "xem xét") || strings.HasPrefix(k, "giải quyết") || strings.HasPrefix(k, "kiểm tra") || strings.HasPrefix(k, "giám sát") || strings.HasPrefix(k, "hướng dẫn") || strings.HasPrefix(k, "thi hành") || strings.HasPrefix(k, "chủ trì"):
		return "other"
	}
	return ""
}

// sigState assembles signature blocks from lines in reading order.
type sigState struct {
	b       *builder
	cur     *model.Signer
	pending []string // capitals lines since the last prefix
}

func (s *sigState) start(l line) {
	if s.cur == nil {
		s.cur = &model.Signer{Authority: []string{}, Start: l.start, End: l.end}
	}
}

func (s *sigState) line(text string, l line) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	if eqFold(text, "xác thực văn bản hợp nhất") || hasPrefixFold(text, "ký bởi") {
		return
	}
	var buf [8]string
	pieces := appendSigPieces(buf[:0], text)
	if len(pieces) > 1 {
		for _, p := range pieces {
			s.piece(p, l)
		}
		return
	}
	s.piece(text, l)
}

// piece takes one element of a signature block: a prefix line, a title, a
// signature note or a name.
func (s *sigState) piece(text string, l line) {
	if p, rest, ok := authorityPrefix(text); ok {
		if s.cur != nil && (s.cur.Name != "" || len(s.pending) > 0 && len(s.cur.Authority) == 0) {
			if s.cur.Name != "" {
				s.flush()
			}
		}
		s.start(l)
		s.attachPending()
		s.cur.Authority = append(s.cur.Authority, p+" "+strings.TrimSpace(rest))
		s.extend(l)
		return
	}
	if isSignedNote(text) {
		s.start(l)
		if text != "[" {
			s.cur.Signed = text
		}
		s.extend(l)
		return
	}
	if isCaps(text) {
		if hasPrefixFold(text, "xác thực văn bản hợp nhất") {
			text = strings.TrimSpace(text[len("xác thực văn bản hợp nhất"):])
			if text == "" {
				return
			}
		}
		if len(text) > 90 || !plausibleTitle(text) {
			return // a title glued after the block or a list fragment, not a post
		}
		if s.cur != nil && s.cur.Name != "" {
			s.flush()
		}
		s.start(l)
		s.pending = append(s.pending, text)
		s.extend(l)
		return
	}
	honorific, name := splitHonorific(text)
	if isNameLine(name) {
		if s.cur != nil && s.cur.Name != "" {
			s.flush()
		}
		s.start(l)
		s.resolvePending()
		s.cur.Name = name
		s.cur.Honorific = honorific
		s.extend(l)
		return
	}
	// a post printed in normal case ("Chủ tịch Quốc hội"), as web pages that
	// capitalise with CSS leave it
	if !strings.HasSuffix(text, ";") && titleStartsText(text) && !fieldsAtLeast(text, 9) {
		if s.cur != nil && s.cur.Name != "" {
			s.flush()
		}
		s.start(l)
		s.pending = append(s.pending, text)
		s.extend(l)
	}
}

// honorifics are ranks and titles allowed before a signer's name.
var honorifics = []string{
	"đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
	"đại úy", "gs.ts.", "pgs.ts.", "gs.tskh.", "pgs.tskh.", "gs. ts.", "pgs. ts.", "ts.", "ths.", "bs.", "gs.", "pgs.",
}

// honorificsSpaced is honorifics with the space that must follow each.
var honorificsSpaced = func() []string {
	out := make([]string, len(honorifics))
	for k, h := range honorifics {
		out[k] = h + " "
	}
	return out
}()

// splitHonorific separates a rank or academic title from the name after it:
// "Đại tướng Lương Tam Quang" → "Đại tướng", "Lương Tam Quang".
func splitHonorific(s string) (string, string) {
	// every honorific opens with đ, t, g, p or b, in either case
	if s == "" {
		return "", s
	}
	if c := s[0] | 0x20; c != 't' && c != 'g' && c != 'p' && c != 'b' && !(s[0] == 0xC4 && len(s) > 1 && (s[1] == 0x90 || s[1] == 0x91)) {
		return "", s
	}
	for k, h := range honorifics {
		if hasPrefixFold(s, honorificsSpaced[k]) || strings.HasSuffix(h, ".") && hasPrefixFold(s, h) {
			n := len(h)
			if n <= len(s) {
				return strings.TrimSpace(s[:n]), strings.TrimSpace(s[n:])
			}
		}
	}
	return "", s
}

func (s *sigState) extend(l line) {
	if s.cur != nil && l.end > s.cur.End {
		s.cur.End = l.end
	}
}

// attachPending joins capitals lines that came after a prefix to that prefix's
// title (a wrapped "TM. ỦY BAN NHÂN" / "DÂN").
func (s *sigState) attachPending() {
	if len(s.pending) == 0 || s.cur == nil {
		return
	}
	if n := len(s.cur.Authority); n > 0 {
		s.cur.Authority[n-1] += " " + strings.Join(s.pending, " ")
	} else {
		s.cur.Position = joinSpace(append([]string{s.cur.Position}, s.pending...))
	}
	s.pending = nil
}

// resolvePending assigns capitals lines before a name: the last is the
// position, earlier ones continue the last authority line.
func (s *sigState) resolvePending() {
	if len(s.pending) == 0 {
		return
	}
	// a wrapped authority line ("T/M BỘ CHÍNH" / "TRỊ") is not a title
	if n := len(s.cur.Authority); n > 0 && len(s.pending) == 1 && !titleStarts(strings.Fields(s.pending[0]), 0) && len(strings.Fields(s.pending[0])) <= 2 {
		s.cur.Authority[n-1] += " " + s.pending[0]
		s.pending = nil
		return
	}
	last := s.pending[len(s.pending)-1]
	earlier := s.pending[:len(s.pending)-1]
	if len(earlier) > 0 {
		if n := len(s.cur.Authority); n > 0 {
			s.cur.Authority[n-1] += " " + strings.Join(earlier, " ")
		} else {
			last = strings.Join(s.pending, " ")
		}
	}
	s.cur.Position = strings.TrimSpace(last)
	s.pending = nil
}

func (s *sigState) flush() {
	if s.cur == nil {
		return
	}
	if len(s.pending) > 0 {
		s.resolvePending()
	}
	if s.cur.Name != "" || s.cur.Position != "" || len(s.cur.Authority) > 0 {
		s.b.doc.Signers = append(s.b.doc.Signers, *s.cur)
	}
	s.cur = nil
}

// annexes parses the Phụ lục and attached texts in lines [from, to).
func (b *builder) annexes(from, to int) {
	k := from
	for k < to {
		// find the end of this annex: the next annex heading
		end := to
		for j := k + 1; j < to; j++ {
			s := b.lines[j].text()
			if isAnnexHeading(s) {
				end = j
				break
			}
		}
		a := model.Annex{Start: b.lines[k].start, End: b.lines[end-1].end}
		head := b.lines[k].text()
		body := k + 1
		if isAnnexHeading(head) {
			a.Kind = "phu_luc"
			rest := strings.TrimSpace(head[len("phụ lục"):])
			lbl := strings.Trim(firstWord(rest), ".:")
			if isRoman(lbl) || isDigits(lbl) {
				a.Label = lbl
				rest = strings.TrimLeft(strings.TrimSpace(rest[len(firstWord(rest)):]), ".:- ")
			} else if hasPrefixFold(rest, "số") {
				w := strings.Fields(rest)
				if len(w) >= 2 {
					a.Label = strings.Trim(w[1], ".:")
					rest = strings.Join(w[2:], " ")
				}
			}
			a.Title = rest
		} else if t, rest, ok := typeOfTitle(head); ok {
			a.Kind = t.Name
			a.Title = rest
		}
		// title lines (capitals) and the "(Kèm theo ...)" line
		for body < end {
			s := b.lines[body].text()
			if strings.HasPrefix(s, "(") && (hasPrefixFold(s[1:], "kèm theo") || hasPrefixFold(s[1:], "ban hành kèm theo")) {
				a.AttachedTo = strings.Trim(s, "()")
				body++
				continue
			}
			if isCaps(s) && a.AttachedTo == "" && body < k+4 {
				a.Title = joinSpace([]string{a.Title, s})
				body++
				continue
			}
			if isRule(b.lines[body].s) {
				body++
				continue
			}
			break
		}
		a.Sections = b.tree(body, end, false)
		b.doc.Annexes = append(b.doc.Annexes, a)
		k = end
	}
}

// titleHeads open the title of a post in a signature block, folded.
var titleHeads = []string{
	"phó ", "thủ tướng", "bộ trưởng", "thứ trưởng", "chủ tịch", "chủ nhiệm", "chánh án", "chánh văn phòng",
	"chánh thanh tra", "giám đốc", "cục trưởng", "tổng cục trưởng", "trưởng ban", "trưởng phòng", "viện trưởng",
	"bí thư", "thống đốc", "tổng kiểm toán", "tổng thư ký", "tổng giám đốc", "tổng bí thư",
	"hiệu trưởng", "tổng thanh tra", "tổng trưởng", "chủ trì", "thư ký",
}

func titleStarts(words []string, i int) bool {
	// the longest title head has three words
	end := i + 3
	if end > len(words) {
		end = len(words)
	}
	// the key of the joined words is the keys of the words joined: Key folds
	// word by word
	var buf [96]byte
	rest := buf[:0]
	for j := i; j < end; j++ {
		if j > i {
			rest = append(rest, ' ')
		}
		rest = lexicon.AppendKey(rest, words[j])
	}
	rest = append(rest, ' ')
	for _, h := range titleHeads {
		if len(rest) >= len(h) && string(rest[:len(h)]) == h {
			return true
		}
	}
	return false
}

// splitAuthorityCaps divides the capitals after a prefix into the prefix's own
// object and the signer's position: "TM. CHÍNH PHỦ THỦ TƯỚNG" → "CHÍNH PHỦ" +
// "THỦ TƯỚNG"; "KT. BỘ TRƯỞNG THỨ TRƯỞNG" → "BỘ TRƯỞNG" + "THỨ TRƯỞNG".
func splitAuthorityCaps(prefix string, caps []string) (obj, pos string) {
	for j := 1 + titleLen(caps, 0); j < len(caps); j++ {
		if strings.HasSuffix(caps[j-1], ",") {
			continue // "BỘ TRƯỞNG, CHỦ NHIỆM" is one compound title
		}
		if !titleStarts(caps, j) {
			continue
		}
		if prefix == "TM." && j >= 2 || prefix != "TM." && titleStarts(caps, 0) {
			return strings.Join(caps[:j], " "), strings.Join(caps[j:], " ")
		}
	}
	return strings.Join(caps, " "), ""
}

func isCapsWord(w string) bool {
	hasLetter := false
	for _, r := range w {
		if letter, lower, _ := letterCase(r); letter {
			if lower {
				return false
			}
			hasLetter = true
		} else if unicode.IsDigit(r) {
			return false
		}
	}
	return hasLetter || w == "-" || w == "–" || w == ","
}

// splitSigLine cuts one line of a signature block, as flattened pages print it
// ("TM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc", "Nguyễn Văn An (Đã ký)"), into
// pieces the block reader takes one at a time.
func splitSigLine(s string) []string {
	return appendSigPieces(nil, s)
}

// appendSigPieces appends the pieces of splitSigLine(s) to dst. Pieces made of
// whole words separated by single spaces are substrings of s.
func appendSigPieces(dst []string, s string) []string {
	var pbuf [4]string
	var wbuf [24]string
	var abuf [24]int
	for _, piece := range appendPrefixes(pbuf[:0], s) {
		p, rest, isP := authorityPrefix(piece)
		body := piece
		if isP {
			body = rest
		}
		note := ""
		if i := strings.IndexByte(body, '('); i >= 0 && isSignedNote(body[i:]) {
			note = strings.TrimSpace(body[i:])
			body = strings.TrimSpace(body[:i])
		}
		// the words are read as far as they are looked at: a run of
		// capitals, then at most six capitalised words
		w, at := wbuf[:0], abuf[:0]
		pos, x, next := nextWord(body, 0)
		for x != "" && isCapsWord(x) {
			w, at = append(w, x), append(at, pos)
			pos, x, next = nextWord(body, next)
		}
		i := len(w)
		// a one-letter capital run before a name is the name's first letter ("Q" of "Quý")
		if isP {
			obj, post := splitAuthorityCaps(p, w[:i])
			dst = append(dst, p+" "+obj)
			if post != "" {
				dst = append(dst, post)
			}
		} else if i > 0 {
			dst = append(dst, joinWords(body, w, at, 0, i))
		}
		if x != "" {
			// the name: capitalised words; what follows was glued on by a
			// flattened page (an attached text's title) and is kept apart
			from := pos // where word i starts
			j := i
			for x != "" && j-i < 6 && titleCaseWord(x) {
				w, at = append(w, x), append(at, pos)
				j++
				pos, x, next = nextWord(body, next)
			}
			if j-i >= 2 && x != "" {
				dst = append(dst, joinWords(body, w, at, i, j), fieldsJoin(body[pos:]))
			} else {
				dst = append(dst, fieldsJoin(body[from:]))
			}
		}
		if note != "" {
			dst = append(dst, note)
		}
	}
	return dst
}

// plausibleTitle rejects capitals that cannot be a post: abbreviation lists of
// recipients ("NEMT, KHẤCN, NV, NG,") and single codes ("UBMTTQVNTP").
func plausibleTitle(s string) bool {
	if titleStartsText(s) {
		return true
	}
	if strings.Count(s, ",") >= 2 {
		return false
	}
	// one word of more than six runes
	if _, x, next := nextWord(s, 0); x != "" && utf8.RuneCountInString(x) > 6 {
		if _, y, _ := nextWord(s, next); y == "" {
			return false
		}
	}
	return true
}

// titleLen is the number of words of the post title that starts at word i, 0
// when none does: "TỔNG CỤC TRƯỞNG PHÓ ..." → 3.
func titleLen(words []string, i int) int {
	end := i + 3
	if end > len(words) {
		end = len(words)
	}
	rest := key(strings.Join(words[i:end], " ")) + " "
	best := 0
	for _, h := range titleHeads {
		if strings.HasPrefix(rest, h) {
			if n := len(strings.Fields(h)); n > best {
				best = n
			}
		}
	}
	if best > 0 {
		best-- // the loop in splitAuthorityCaps starts one word on
	}
	return best
}

func isBarePrefix(s string) bool {
	if len(s) > 6 {
		return false
	}
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "TM.", "KT.", "TL.", "TUQ.", "T/M", "K/T", "T/L":
		return true
	}
	return false
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
