package structure

import (
	"strings"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
)

// tail finds where the body ends and reads the signature blocks and the Nơi
// nhận list. It returns the end of the body and the end of the tail (where
// annexes may begin).
func (b *builder) tail(from, last int) (bodyEnd, tailEnd int) {
	nn, sig, dot, bare := -1, -1, -1, -1
	for k := from; k < last; k++ {
		s := b.lines[k].text()
		// an annex heading right after a bare signature ("CHỦ TỊCH QUỐC
		// HỘI Vương Đình Huệ" / "PHỤ LỤC …"): the Nơi nhận and prefixes
		// further on belong to the annex's forms
		if nn < 0 && sig < 0 && k > from+1 && isAnnexHeading(s) {
			if j := b.bareSignatureStart(from, k); j < k {
				bare = j
				break
			}
		}
		if nn < 0 {
			if _, ok := isRecipientsLabel(s); ok {
				nn = k
			}
		}
		// (the body's own first line only when it signs: a text that is
		// nothing but its signature, 079)
		if sig < 0 && (k > from || signsFor(s)) {
			if _, _, ok := authorityPrefix(s); ok {
				sig = k
			} else if hasPrefixFold(s, "xác thực văn bản hợp nhất") && len(s) > len("xác thực văn bản hợp nhất")+4 {
				// a consolidated text's block flattened on one line:
				// "XÁC THỰC VĂN BẢN HỢP NHẤT CHỦ NHIỆM Bùi Văn Cường"
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
	for _, c := range []int{nn, sig, bare} {
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
			b.readTailText(s[i:], b.lines[bodyEnd-1])
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
		if vntext.IsCaps(s) && len(s) < 80 && !b.bodyStarts(s) {
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
		if isNameLine(s) && k-1 >= from && (vntext.IsCaps(b.lines[k-1].text()) || isSignedNote(b.lines[k-1].text())) {
			j := k - 1
			for j-1 >= from && k-j < 4 {
				p := b.lines[j-1].text()
				if w := strings.Fields(p); !(vntext.IsCaps(p) || isSignedNote(p) || len(w) <= 8 && titleStarts(w, 0)) {
					break
				}
				j--
			}
			if _, ok := marker(b.lines[j].text()); !ok {
				return j
			}
		}
		// a name over its signature note ("Võ Chí Công" / "(Đã ký)"), under
		// its post when one is printed in normal case ("Chủ tịch Quốc hội",
		// 200)
		if isNameLine(s) && k+1 < last && isSignedNote(b.lines[k+1].text()) {
			if k-1 >= from {
				p := b.lines[k-1].text()
				if w := strings.Fields(p); len(w) <= 6 && titleStarts(w, 0) && !strings.ContainsAny(p, ".,;:") {
					if _, ok := marker(p); !ok {
						return k - 1
					}
				}
			}
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
	var buf [8]string
	p := appendSigPieces(buf[:0], s)
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
		case vntext.IsCaps(x):
			if titleStartsText(x) {
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

// tailState is what readTail carries from line to line.
type tailState struct {
	sig      *sigState
	inList   bool
	bare     bool   // a Nơi nhận list printed without dashes: one item a line
	lastItem string // the last recipient as printed, for its wrapped lines
	quiet    int    // lines since the last one that fed the list or the signature
	archive  int    // the line that gave the archive, or the wrap of it; -1 before
}

// readTail reads lines [from, to) holding the signature and Nơi nhận.
func (b *builder) readTail(from, to int) {
	t := &tailState{sig: &sigState{b: b}, inList: b.unlabelledList, archive: -1}
	sig := t.sig
	for k := from; k < to; k++ {
		if t.quiet > 40 && len(b.doc.Signers)+btoi(sig.cur != nil) > 0 {
			break // past the tail: text glued after the signature
		}
		t.quiet++
		l := b.lines[k]
		s := strings.TrimSpace(l.text())
		if s == "" || isRule(l.s) || s == "|" {
			continue
		}
		if strings.HasSuffix(s, "|") {
			// a row of an RTF table, its cells closed by '|' ("- VP
			// Trung ương và các ban của Đảng|THỨ TRƯỞNG|", 2003-A05):
			// while the Nơi nhận list is read, the list is the left cell
			// and the signature the others (a form's rows after it are
			// neither)
			first, right := splitRowCells(s)
			if _, label := isRecipientsLabel(first); label || t.inList && !b.archiveDone() {
				s = first
				for _, c := range right {
					sig.line(c, l)
					t.quiet = 0
				}
				if s == "" {
					continue
				}
			}
		}
		// a motto or a form's signature placeholder after a signed block
		// opens a form, an attached document or a translation: none of its
		// titles and names signs this document
		if sig.signed() && opensOtherDocument(s) {
			sig.dropPending() // the issuer line over that motto
			break
		}
		// a prefix alone on its line ("KT.") or ending it ("TM. CHÍNH PHỦ
		// KT.") governs the next line
		if (isBarePrefix(s) || endsWithPrefix(s)) && k+1 < to {
			k++
			s = s + " " + strings.TrimSpace(b.lines[k].text())
			l = line{s: s, start: l.start, end: b.lines[k].end}
		}
		if t.archive >= 0 && t.archive == k-1 && isArchiveWrap(s) {
			// the Lưu line wrapped: "Lưu: VP (HC, TH)" / "TCT (HC, NV3)"
			b.doc.Archive = joinArchive(b.doc.Archive, b.lines[k-1].text(), s)
			t.archive = k
			continue
		}
		hadArchive := b.archiveDone()
		var done bool
		s, done = b.recipientLine(t, s, l, k, to)
		if !hadArchive && b.archiveDone() {
			t.archive = k
		}
		if done {
			continue
		}
		if m, ok := marker(s); ok && m.kind != kDash && m.kind != kPlus {
			continue // an outline heading of a text glued after the signature
		}
		if len(s) > 240 {
			if _, _, ok := authorityPrefix(s); !ok && !strings.Contains(s, " TM. ") && !strings.Contains(s, " KT. ") {
				// prose, not a signature block; but a flattened page may
				// open it with the block ("BỘ TRƯỞNG Đặng Quốc Khánh
				// CHƯƠNG TRÌNH HÀNH ĐỘNG ...")
				if post, name := signatureHead(s); name != "" && !sig.signed() {
					sig.piece(post, l)
					sig.piece(name, l)
					t.quiet = 0
				}
				continue
			}
		}
		before := len(b.doc.Signers)
		had := sig.cur != nil
		sig.line(s, l)
		if len(b.doc.Signers) != before || sig.cur != nil && !had || sig.cur != nil && l.end == sig.cur.End {
			t.quiet = 0
		} else if fieldsAtLeast(s, 2) {
			// a signature block is printed in one piece: capitals held for a
			// post and cut off from any name by words that fed nothing were
			// table headings or list codes ("STT", "II", "TT"); a lone word
			// ("[daky]", the first word of a wrapped name) does not cut it
			sig.dropPending()
		}
	}
	sig.flush()
}

// recipientLine reads line k of the tail (s, trimmed, printed at l) as part
// of the Nơi nhận list when it is: the label, an item, the Lưu line, a
// wrapped item's continuation. It reports whether the line is done, and
// otherwise returns what is left of it for the signature (a side-by-side
// table glues a cell of the signature to the list's lines).
func (b *builder) recipientLine(t *tailState, s string, l line, k, to int) (string, bool) {
	sig := t.sig
	if rest, ok := isRecipientsLabel(s); ok {
		t.quiet = 0
		t.inList = true
		if rest != "" {
			if item, cell := splitSideSignature(rest, sig); cell != "" {
				rest = item
				sig.line(cell, l)
			}
		}
		if rest != "" {
			for _, it := range splitInlineItems(rest) {
				t.lastItem = b.addRecipientItem(it, sig, l)
			}
		} else {
			t.bare = b.bareListAt(k+1, to)
		}
		return s, true
	}
	if t.bare {
		if b.bareItem(s, &t.lastItem, sig, l) {
			t.quiet = 0
			return s, true
		}
		t.bare = false
	}
	if t.inList && !b.archiveDone() && isArchiveLine(s) {
		// the Lưu line printed without its dash
		t.quiet = 0
		b.addRecipientItem(s, sig, l)
		return s, true
	}
	if t.inList && !b.archiveDone() && (isBulletStart(s) || len(b.doc.Recipients) > 0) {
		if item, cell := splitSideSignature(s, sig); cell != "" {
			sig.line(cell, l)
			if item == "" {
				t.quiet = 0
				return s, true
			}
			s = item
		}
	}
	if t.inList && isBulletStart(s) && !b.archiveDone() {
		t.quiet = 0
		for _, it := range splitInlineItems(s) {
			t.lastItem = b.addRecipientItem(it, sig, l)
		}
		return s, true
	}
	// the acronym of a body alone on its line is an item that lost its
	// dash ("UBMTTQVNTP", OCR): no signature line is one capitals word, and
	// an item as short as the one above did not wrap ("- VPCP: BTCN, …,
	// Cổng" / "TTĐTCP;" did)
	if t.inList && !b.archiveDone() && len(b.doc.Recipients) > 0 && isAcronymLine(s) {
		t.quiet = 0
		if utf8.RuneCountInString(t.lastItem) < 40 && !strings.HasSuffix(t.lastItem, ",") {
			t.lastItem = b.addRecipientItem(s, sig, l)
		} else {
			t.lastItem = b.continueRecipient(t.lastItem, s)
		}
		return s, true
	}
	// (capitals continue an item cut after a comma: "- Các Bộ XD, TP,
	// QP, CA, CT," / "NEMT, KHẤCN, NV, NG,")
	if t.inList && !b.archiveDone() && len(b.doc.Recipients) > 0 && (!vntext.IsCaps(s) || strings.HasSuffix(t.lastItem, ",") && !plausibleTitle(s)) && !isNameLine(s) && !isSignedNote(s) {
		if _, _, ok := authorityPrefix(s); !ok {
			// continuation of a wrapped recipient, joined to the item
			// as printed: "TGĐ Cổng TTĐT," / "các Vụ, Cục" keeps its comma;
			// after an item closed by ";" a line is an item that lost its
			// dash (OCR)
			t.quiet = 0
			if strings.HasSuffix(t.lastItem, ";") && startsUpper(s) {
				t.lastItem = b.addRecipientItem(s, sig, l)
			} else {
				t.lastItem = b.continueRecipient(t.lastItem, s)
			}
			return s, true
		}
	}
	return s, false
}

// isAcronymLine reports a line that is one word of three or more capitals,
// with no dot (a prefix "KT." is not) and no bracket ("[daky]").
func isAcronymLine(s string) bool {
	s = strings.TrimRight(s, ";,")
	return len(s) >= 3 && len(s) <= 24 && !strings.ContainsAny(s, " .[]()") && vntext.IsCaps(s)
}

// readTailText parses a flattened tail that sits inside one line, l.
func (b *builder) readTailText(s string, l line) {
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
		b.addRecipientItem(it, sig, l)
	}
	sig.flush()
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// signatureHead reads the post and the name that open a long flattened line:
// "BỘ TRƯỞNG Đặng Quốc Khánh CHƯƠNG TRÌNH ..." → "BỘ TRƯỞNG", "Đặng Quốc
// Khánh"; "", "" when the line does not open with a post and a name.
func signatureHead(s string) (post, name string) {
	end, words := 0, 0
	for _, x, next := nextWord(s, 0); x != "" && words < 8 && isCapsWord(x); _, x, next = nextWord(s, next) {
		end = next
		words++
	}
	if words < 2 || !titleStartsText(s[:end]) {
		return "", ""
	}
	name, _ = leadingName(strings.TrimSpace(s[end:]))
	if name == "" {
		return "", ""
	}
	return s[:end], name
}

// bareListAt reports whether the Nơi nhận label before line k opens a list
// printed without dashes (OCR and some scans): its first line is an item, not
// a dash, a signature line or prose.
func (b *builder) bareListAt(k, to int) bool {
	for ; k < to; k++ {
		s := strings.TrimSpace(b.lines[k].text())
		if s == "" || isRule(b.lines[k].s) {
			continue
		}
		if isBulletStart(s) || len(s) > 120 || vntext.IsCaps(s) || isNameLine(s) || isSignedNote(s) || startsLowerWord(s) {
			return false
		}
		_, _, isPrefix := authorityPrefix(s)
		return !isPrefix
	}
	return false
}

// bareItem reads line s of a Nơi nhận list printed without dashes and
// reports whether it was an item of it (or its Lưu line). The list ends at a
// dash, a signature line, a long line, or, once the Lưu line is read, at a
// line that is not a new item.
func (b *builder) bareItem(s string, lastItem *string, sig *sigState, l line) bool {
	if isBulletStart(s) || len(s) > 120 || vntext.IsCaps(s) || isSignedNote(s) {
		return false
	}
	if _, _, ok := authorityPrefix(s); ok {
		return false
	}
	if hasPrefixFold(s, "lưu") {
		b.addRecipientItem(s, sig, l)
		*lastItem = ""
		return true
	}
	if startsLowerWord(s) {
		// a wrapped item; after the Lưu line, text of something else
		if b.archiveDone() || len(b.doc.Recipients) == 0 {
			return false
		}
		*lastItem = b.continueRecipient(*lastItem, s)
		return true
	}
	if b.archiveDone() && isNameLine(s) {
		return false // the signer's name under the list
	}
	*lastItem = b.addRecipientItem(s, sig, l)
	return true
}
