package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
)

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
	// the end of a signature placeholder glued to the name: "y]Phạm Thị
	// Thanh Trà" of "[daky]"
	if i := strings.IndexByte(text, ']'); i > 0 && i < 8 && strings.IndexByte(text[:i], ' ') < 0 && isNameLine(text[i+1:]) {
		text = text[i+1:]
	}
	text = cutPlaceholderTail(text)
	var buf [8]string
	pieces := appendSigPieces(buf[:0], text)
	if len(pieces) == 1 && s.cur != nil && s.cur.Name == "" && (s.cur.Position != "" || len(s.cur.Authority) > 0 || len(s.pending) > 0) {
		// a block waiting for its name takes it from the head of a line
		// that a lost line break glued to the text after it ("Trần Văn Tá
		// chế độ kế toán ...")
		if name, rest := leadingName(text); name != "" {
			pieces = append(pieces[:0], name, rest)
		}
	}
	if len(pieces) > 1 {
		for _, p := range pieces {
			s.piece(p, l)
		}
		return
	}
	s.piece(text, l)
}

// cutPlaceholderTail cuts the end of a signature placeholder glued after a
// title in capitals, "PHÓ THỦ TƯỚNGy]" of "[daky]": a few ASCII lower-case
// letters and "]" with no "[" before them, right after a capital letter.
func cutPlaceholderTail(text string) string {
	if !strings.HasSuffix(text, "]") || strings.IndexByte(text, '[') >= 0 {
		return text
	}
	i := len(text) - 1
	for i > 0 && len(text)-i <= 6 && 'a' <= text[i-1] && text[i-1] <= 'z' {
		i--
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:i]); i < len(text)-1 && unicode.IsUpper(r) {
		return text[:i]
	}
	return text
}

// endsWithPrefix reports a line in capitals that ends with the prefix of
// the next level of authority, its title wrapped onto the next line: "TM.
// CHÍNH PHỦ KT." (025).
func endsWithPrefix(text string) bool {
	i := strings.LastIndexByte(text, ' ')
	if i <= 0 {
		return false
	}
	return isBarePrefix(text[i+1:]) && vntext.IsCaps(text[:i])
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
	if vntext.IsCaps(text) {
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
	if !strings.HasSuffix(text, ";") && titleStartsText(text) && !fieldsAtLeast(text, 9) && !strings.ContainsAny(text, ":0123456789") {
		if s.cur != nil && s.cur.Name != "" {
			s.flush()
		}
		s.start(l)
		s.pending = append(s.pending, text)
		s.extend(l)
	}
}

// leadingName cuts the person's name that opens s, two to four capitalised
// words, from the text after it; "" when s does not open with a name.
func leadingName(s string) (name, rest string) {
	end, words := 0, 0
	for _, x, next := nextWord(s, 0); x != "" && words < 4 && titleCaseWord(x); _, x, next = nextWord(s, next) {
		end = next
		words++
	}
	if words < 2 || end >= len(s) || !isNameLine(s[:end]) {
		return "", s
	}
	return s[:end], strings.TrimSpace(s[end:])
}

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

// signed reports whether a signer with a name has been read: the block that
// signs the document is complete.
func (s *sigState) signed() bool {
	return s.cur != nil && s.cur.Name != "" || s.signedBefore()
}

// signedBefore reports whether a signer with a name has been recorded.
func (s *sigState) signedBefore() bool {
	for _, x := range s.b.doc.Signers {
		if x.Name != "" {
			return true
		}
	}
	return false
}

// dropPending forgets the capitals held for a post, and the block they
// opened when they were all it had. Capitals under an authority prefix are
// its post and are kept.
func (s *sigState) dropPending() {
	if s.cur == nil || len(s.pending) == 0 || len(s.cur.Authority) > 0 {
		return
	}
	s.pending = nil
	if s.cur.Name == "" && s.cur.Position == "" && len(s.cur.Authority) == 0 && s.cur.Signed == "" {
		s.cur = nil
	}
}

// opensOtherDocument reports a line that, after the signed block, belongs to
// another document: the national motto in capitals, in Vietnamese or in an
// English translation, anywhere in the line (a flattened form prints it after
// the form's number), or the "(Ký, ghi rõ họ tên ...)" placeholder of a form's
// signature.
func opensOtherDocument(s string) bool {
	if len(s) < 20 {
		return false
	}
	if strings.Contains(s, "CỘNG HÒA XÃ HỘI") || strings.Contains(s, "CỘNG HOÀ XÃ HỘI") || strings.Contains(s, "SOCIALIST REPUBLIC OF") {
		return true
	}
	if i := strings.IndexByte(s, '('); i >= 0 {
		k := lowerSameLen(s[i:])
		return strings.Contains(k, "ghi rõ họ tên") || strings.Contains(k, "ghi rõ họ và tên")
	}
	return false
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
	if s.signedBefore() && (s.cur.Name == "" || len(s.cur.Authority) == 0 && !titleStartsText(s.cur.Position)) {
		// after the signed block, a name with no post is a table cell or a
		// list entry, and a post with no name a table heading: a second
		// signer shows both, the post a title or under an authority
		s.cur = nil
		return
	}
	if s.cur.Name != "" || s.cur.Position != "" || len(s.cur.Authority) > 0 {
		s.b.doc.Signers = append(s.b.doc.Signers, *s.cur)
	}
	s.cur = nil
}

// isNameLine reports whether s looks like a person's full name: two to six
// words, each capitalised, no digits or sentence punctuation.
func isNameLine(s string) bool {
	s = strings.TrimSpace(stripMarkup(s))
	// cheap rejections first: a name is short and starts with a capital
	if len(s) < 4 || len(s) > 64 || strings.IndexByte(s, ' ') < 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); !vntext.IsUpper(r) {
		return false
	}
	// two to six words, each with a capital first and no digit or punctuation
	words := 0
	for _, x, next := nextWord(s, 0); x != ""; _, x, next = nextWord(s, next) {
		if words++; words > 6 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(x); !vntext.IsUpper(r) {
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
	if vntext.IsCaps(s) {
		return false // titles are capitals; names are printed in normal case
	}
	for _, bad := range notNameHeads {
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
	if s == "[" {
		return true
	}
	return hasAnyPrefixFold(s, signedNotes)
}

// plausibleTitle rejects capitals that cannot be a post: abbreviation lists of
// recipients ("NEMT, KHẤCN, NV, NG,") and single codes ("UBMTTQVNTP").
func plausibleTitle(s string) bool {
	if titleStartsText(s) {
		return true
	}
	if strings.Count(s, ",") >= 2 || strings.IndexByte(s, ':') >= 0 {
		return false // a list of codes, or a field label ("ĐỊA CHỈ:")
	}
	// one word of more than six runes
	if _, x, next := nextWord(s, 0); x != "" && utf8.RuneCountInString(x) > 6 {
		if _, y, _ := nextWord(s, next); y == "" {
			return false
		}
	}
	return true
}

// blankSignature reports a signature block without a name.
func (b *builder) blankSignature() bool {
	for _, s := range b.doc.Signers {
		if s.Name == "" {
			return true
		}
	}
	return false
}

// dropBlankSignatures drops the signature blocks without a name of a blank
// form: "TM. UBND" / "Chủ tịch" under a dotted date is the place a signer
// will sign, not a signature (legacy 2006-Hamau1BK1995).
func (b *builder) dropBlankSignatures() {
	kept := b.doc.Signers[:0]
	for _, s := range b.doc.Signers {
		if s.Name != "" {
			kept = append(kept, s)
		}
	}
	b.doc.Signers = kept
}
