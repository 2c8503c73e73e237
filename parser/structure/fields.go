package structure

import (
	"strings"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/parser/lexicon"
	"github.com/vnlegal/vanban/parser/symbol"
)

// checkFields reports the header fields a document of its kind should have.
func (b *builder) checkFields() {
	d := b.doc
	if d.Type == "" {
		b.warn("missing-type", "no document type found", -1, -1)
	}
	if d.Number == "" && d.Type != "Luật" && d.Type != "Bộ luật" && d.Type != "Hiến pháp" {
		b.warn("missing-number", "no số, ký hiệu found", -1, -1)
	}
	if d.Date == "" {
		b.warn("missing-date", "no issue date found", -1, -1)
	}
	if len(d.Signers) == 0 {
		b.warn("missing-signer", "no signature block found", -1, -1)
	}
}

// setIssuer splits the issuer block into parent body and issuer.
func (b *builder) setIssuer(issuerLines []string) {
	if b.doc.Issuer != "" || len(issuerLines) == 0 {
		return
	}
	bodies := splitBodies(issuerLines)
	// The same name printed twice (Công báo text layers) counts once.
	var uniq []string
	for _, x := range bodies {
		if len(uniq) == 0 || key(uniq[len(uniq)-1]) != key(x) {
			uniq = append(uniq, x)
		}
	}
	bodies = uniq
	if len(bodies) == 0 {
		return
	}
	b.doc.Issuer = bodies[len(bodies)-1]
	if len(bodies) >= 2 {
		p := bodies[len(bodies)-2]
		// a joint issuer printed twice, the first copy cut short, is not a parent
		if !strings.Contains(key(b.doc.Issuer), key(p)) {
			b.doc.IssuerParent = p
		}
	}
}

// splitBodies groups issuer-block lines into organisations: a line continues
// the previous one unless it opens with an organisation word.
func splitBodies(ls []string) []string {
	var bodies []string
	for _, s := range ls {
		s = strings.Trim(stripMarkup(s), " |") // "BỘ TÀI CHÍNH|": a table's cell
		if s == "" {
			continue
		}
		if len(bodies) == 0 || startsOrg(s) && !continuesName(bodies[len(bodies)-1]) && len(strings.Fields(bodies[len(bodies)-1])) > 1 {
			bodies = append(bodies, s)
			continue
		}
		bodies[len(bodies)-1] += " " + s
	}
	bodies = joinWrappedBodies(bodies)
	// "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN" flattened onto one line: a ministry
	// followed by one of its departments
	if len(bodies) == 1 {
		w := strings.Fields(bodies[0])
		if len(w) > 3 && key(w[0]) == "bộ" {
			for i := 2; i < len(w); i++ {
				k := key(strings.Join(w[i:], " ")) + " "
				if startsDepartment(k) {
					return []string{strings.Join(w[:i], " "), strings.Join(w[i:], " ")}
				}
			}
		}
	}
	return bodies
}

// joinWrappedBodies joins the lines of bodies that are one name wrapped
// ("VĂN PHÒNG" / "CHÍNH PHỦ") rather than two levels ("BỘ TÀI CHÍNH" / "CỤC
// THUẾ"): a parent names a body, which contains the one below it, so a line
// that only says what kind of body it is ("VĂN PHÒNG", "TỔNG CỤC", "ỦY BAN
// THƯỜNG VỤ") is no parent, nor is a line that, with the next, makes the name
// of one body the lexicon knows ("THỦ TƯỚNG" / "CHÍNH PHỦ").
func joinWrappedBodies(bodies []string) []string {
	var out []string
	for i := 0; i < len(bodies); i++ {
		b := bodies[i]
		for i+1 < len(bodies) && (isBareOrgHead(b) || isKnownBody(b, bodies[i+1])) && !isKnownBody(b, "") {
			if out == nil {
				out = append(make([]string, 0, len(bodies)), bodies[:i]...)
			}
			i++
			b += " " + bodies[i]
		}
		if out != nil {
			out = append(out, b)
		}
	}
	if out == nil {
		return bodies // the usual case: nothing joined
	}
	return out
}

// isBareOrgHead reports a line that is only the word for a kind of body,
// "VĂN PHÒNG", "TỔNG CỤC", with no name after it. Callers rule out the heads
// that name one body ("CHÍNH PHỦ", "QUỐC HỘI").
func isBareOrgHead(s string) bool {
	if len(s) > 48 {
		return false // longer than any head
	}
	var kbuf [64]byte
	k := lexicon.AppendKey(kbuf[:0], stripMarkup(s))
	for _, h := range orgHeads {
		if string(k) == strings.TrimSpace(h) {
			return true
		}
	}
	return false
}

// isKnownBody reports whether a, or a and b on the next line, is the name
// of a body of the lexicon.
func isKnownBody(a, b string) bool {
	if len(a)+len(b) > 120 {
		return false // longer than any name of the lexicon
	}
	var kbuf [256]byte
	k := lexicon.AppendKey(kbuf[:0], stripMarkup(a))
	if b != "" {
		k = lexicon.AppendKey(append(k, ' '), stripMarkup(b))
	}
	_, ok := lexicon.IssuerByKey(k)
	return ok
}

func startsOrg(s string) bool {
	k := key(stripMarkup(s)) + " "
	for _, h := range orgHeads {
		if strings.HasPrefix(k, h) {
			return true
		}
	}
	return false
}

// continuesName reports whether a header line is visibly unfinished: it ends
// with a conjunction or a word that needs a complement ("BỘ GIÁO DỤC VÀ").
func continuesName(s string) bool {
	k := key(s)
	for _, w := range unfinishedEndings {
		if strings.HasSuffix(k, w) {
			return true
		}
	}
	return k == "ban chấp hành"
}

func (b *builder) setMark(s string) {
	k := key(strings.Trim(s, "()[] "))
	m := &b.doc.Marks
	for _, mk := range marks {
		if k == mk.text || (mk.kind == "draft" && strings.HasPrefix(k, "dự thảo")) {
			switch mk.kind {
			case "secrecy":
				m.Secrecy = strings.ToUpper(s)
			case "urgency":
				m.Urgency = strings.ToUpper(s)
			case "draft":
				m.Draft = s
			case "circulation":
				m.Circulation = append(m.Circulation, s)
			}
			return
		}
	}
}

func isMark(s string) bool {
	if len(s) > 40 {
		return false
	}
	var kbuf [128]byte
	k := lexicon.AppendKey(kbuf[:0], strings.Trim(s, "()[] "))
	for _, m := range marks {
		if string(k) == m.text || (m.kind == "draft" && keyHasPrefix(k, "dự thảo") && len(k) < 24) {
			return true
		}
	}
	return false
}

// setNumber reads the symbol of a "Số:" fragment.
func (b *builder) setNumber(s string, f frag) {
	k := lowerSameLen(s)
	i := strings.Index(k, "số")
	if i < 0 {
		return
	}
	rest := strings.TrimLeft(s[i+len("số"):], ": ")
	sym, ok := symbol.Take(rest)
	if !ok {
		return
	}
	b.doc.Number = sym
	if symbol.Blank(sym) {
		b.warn("blank-number", "the number is left blank (draft or template)", f.start, f.end)
	}
}

// isNumberLine reports whether s is the "Số:" line of the header: "Số: 1340/KH-UBND",
// "Số 212-KL/TW", "SỐ: 12/2001/QĐ-BTC", "Số: /QĐ-UBND", "Luật số: 80/2025/QH15",
// "Nghị quyết số: 17/2022/UBTVQH15". After "Nghị quyết" only "số:" with its
// colon counts: "Nghị quyết số 203/2025/QH15 ..." opens a sentence.
func isNumberLine(s string) bool {
	if s == "" || !(s[0] == 'S' || s[0] == 's' || s[0] == 'L' || s[0] == 'P' || s[0] == 'N') {
		return false // "Số", "SỐ", "số", "Luật số", "Pháp lệnh số", "Nghị quyết số:"
	}
	if (s[0] == 'N' || s[0] == 'n') && !hasPrefixFold(s, "nghị quyết ") {
		return false
	}
	k := lowerSameLen(headOf(s, 32))
	k = strings.TrimPrefix(k, "luật ")
	k = strings.TrimPrefix(k, "pháp lệnh ")
	typed := false // after "Nghị quyết" only "số:" counts
	if strings.HasPrefix(k, "nghị quyết ") {
		k, typed = k[len("nghị quyết "):], true
	}
	if !strings.HasPrefix(k, "số") {
		return false
	}
	rest := strings.TrimLeft(k[len("số"):], " ")
	if strings.HasPrefix(rest, ":") {
		return true
	}
	return !typed && rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// consolidationBlock reads the "XÁC THỰC VĂN BẢN HỢP NHẤT" block that a
// consolidated text (văn bản hợp nhất) prints after its body: its number, place
// and date are the consolidated text's own, while the header above the body is
// the original document's. The gazette lays the block out as a table, which
// its text prints in any order: the agency and "Số: 22/VBHN-VPQH" may come
// before the words "XÁC THỰC ..." or after them.
func (b *builder) consolidationBlock() {
	d := b.doc
	// the block closes the body, before annexes and notes that may be long
	for k := len(b.lines) - 1; k >= 0; k-- {
		if !hasPrefixFold(b.lines[k].s, "xác thực văn bản hợp nhất") {
			continue
		}
		from, to := max(k-6, 0), min(k+5, len(b.lines))
		own, numberAt := "", -1
		for j := from; j < to && own == ""; j++ {
			if s := b.lines[j].text(); isNumberLine(s) {
				if c := consolidationNumber(s); c != "" && !symbol.Blank(c) {
					own, numberAt = c, j
				} else if numberAt < 0 {
					numberAt = j
				}
			}
		}
		if own == "" && d.Number != "" && !strings.Contains(d.Number, "/VBHN-") {
			// the block as a form in the annex of an act with its own number
			// (the ordinance on consolidation prints one)
			break
		}
		if own != "" {
			d.Number = own
		} else if numberAt >= 0 && d.Number == "" {
			b.setNumber(b.lines[numberAt].text(), frag{line: b.lines[numberAt]})
		}
		for j := from; j < to; j++ {
			// the date the text was consolidated is its own; the header's
			// date line, when there is one, is the original act's
			if pd, ps, ok := findPlaceDate(b.lines[j].text()); ok && ps <= 2 && pd.date != "" {
				d.Place, d.Date = pd.place, pd.date
				break
			}
		}
		if d.Issuer == "" && numberAt > 0 {
			d.Issuer = agencyAbove(b.lines, numberAt)
		}
		// the block itself says the text is consolidated, even where its
		// number cannot be read (an OCR page)
		d.Type, d.TypeCode = "Văn bản hợp nhất", "VBHN"
		break
	}
	if symbol.Split(d.Number).TypeCode == "VBHN" || strings.Contains(d.Number, "/VBHN-") {
		d.Type, d.TypeCode = "Văn bản hợp nhất", "VBHN"
	}
}

// consolidationNumber is the symbol of a "Số:" line when it is a consolidated
// text's ("22/VBHN-VPQH"), "" otherwise.
func consolidationNumber(s string) string {
	i := strings.Index(lowerSameLen(s), "số")
	if i < 0 {
		return ""
	}
	sym, ok := symbol.Take(strings.TrimLeft(s[i+len("số"):], ": "))
	if !ok || !strings.Contains(sym, "/VBHN-") {
		return ""
	}
	return sym
}

// agencyAbove is the agency printed in capitals on the lines right above line
// k, joined ("BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI"), "" when there is none.
func agencyAbove(lines []line, k int) string {
	from := k
	for from > 0 && k-from < 3 {
		s := lines[from-1].text()
		if s == "" || !vntext.IsCaps(s) || isRule(lines[from-1].s) || hasPrefixFold(s, "xác thực") {
			break
		}
		from--
	}
	parts := make([]string, 0, k-from)
	for j := from; j < k; j++ {
		parts = append(parts, lines[j].text())
	}
	if len(parts) == 0 || !startsOrg(parts[0]) {
		return ""
	}
	return joinSpace(parts)
}

// passedDate reads the date of a text that prints no date line: laws,
// ordinances and resolutions of the Quốc hội and its Standing Committee close
// with "Luật này được Quốc hội ... khóa XV, kỳ họp thứ 8 thông qua ngày 27
// tháng 11 năm 2024.", which may wrap anywhere. The last such sentence of the
// document is read.
func (b *builder) passedDate() {
	d := b.doc
	if d.Date != "" {
		return
	}
	for k := len(b.lines) - 1; k >= 0; k-- {
		s := b.lines[k].text()
		// "thông qua ngày", wrapped anywhere: line k holds "thông qua" or,
		// wrapped after "thông", "qua ngày" ("quan" is common, these are not)
		if !strings.Contains(s, "thông qua") && !strings.Contains(s, "qua ngày") && !strings.Contains(s, "THÔNG QUA") {
			continue
		}
		// the sentence around line k, wrapped before or after it
		t := s
		if k+1 < len(b.lines) {
			t += " " + b.lines[k+1].text()
		}
		before := ""
		if k > 0 {
			before = b.lines[k-1].text()
		}
		if _, date, at, ok := passedOn(t); ok && at < len(s) && passedByThis(before+" "+t[:at]) {
			d.Date = date
			return
		}
	}
}

// passedOn reads "<được> <body> thông qua ngày <d> tháng <m> năm <y>" (or
// "thông qua trong phiên họp ngày …") in s:
// the body that passed the text (after the last "được" before "thông qua",
// "" when there is none), the date, and where "thông qua" starts.
func passedOn(s string) (body, date string, at int, ok bool) {
	if !utf8.ValidString(s) {
		return "", "", 0, false
	}
	ls := lowerSameLen(s)
	at = strings.Index(ls, "thông qua ngày")
	skip := len("thông qua ")
	if at < 0 {
		// the constitutions: "… nhất trí thông qua trong phiên họp ngày 15
		// tháng 4 năm 1992"
		at = strings.Index(ls, "thông qua trong phiên họp ngày")
		skip = len("thông qua trong phiên họp ")
	}
	if at < 0 {
		return "", "", 0, false
	}
	date, n := readTitleDate(s[at+skip:])
	if n == 0 {
		return "", "", 0, false
	}
	if j := strings.LastIndex(ls[:at], "được "); j >= 0 {
		body = strings.Trim(s[j+len("được "):at], " ,")
	}
	return body, date, at, true
}

// passedByThis reports whether the words before "thông qua" say that the
// document itself was passed ("Luật này được", "Nghị quyết này đã được"),
// not a text it cites.
func passedByThis(s string) bool {
	k := key(s)
	return strings.Contains(k, " này được ") || strings.Contains(k, " này đã được ") || strings.HasPrefix(k, "này được ")
}
