package structure

import (
	"slices"
	"strings"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
	"github.com/vnlegal/vanban/parser/symbol"
)

// Result is what the structure stage found, with spans into the text it was given.
type Result struct {
	Doc *model.Document
	// Start and End delimit the document proper inside the text: web-portal
	// chrome before the header and after the last annex lies outside.
	Start, End int
}

// builder carries the state of one parse.
type builder struct {
	// src is the one copy of the text; lines and section texts are substrings of it
	src   string
	lines []line
	doc   *model.Document
	// unlabelledList is set when the tail opens with a Nơi nhận list that has no label.
	unlabelledList bool
}

func (b *builder) warn(code, msg string, start, end int) {
	b.doc.Warnings = append(b.doc.Warnings, model.Warning{Code: code, Message: msg, Start: start, End: end})
}

// Parse finds the structure of a document in normalised text. The document's
// strings are substrings of one copy of text.
func Parse(text []byte) Result {
	return ParseString(string(text))
}

// ParseString is Parse over a string: the document's strings are substrings
// of src, and nothing of the text is copied.
func ParseString(src string) Result {
	b := &builder{src: src, lines: splitLines(src), doc: model.NewDocument()}
	res := Result{Doc: b.doc, Start: 0, End: len(src)}
	if len(b.lines) == 0 {
		b.warn("empty", "the document has no text", -1, -1)
		return res
	}
	first, bodyFrom := b.header()
	if first < len(b.lines) {
		res.Start = b.lines[first].start
	}
	b.consolidationBlock()
	bodyFrom = b.preamble(bodyFrom)
	last := b.documentEnd(bodyFrom)
	if last < len(b.lines) {
		res.End = b.lines[last-1].end
	} else if len(b.lines) > 0 {
		res.End = b.lines[len(b.lines)-1].end
	}
	last = b.footnotes(bodyFrom, last)
	bodyEnd, tailEnd := b.tail(bodyFrom, last)
	b.doc.Sections = b.tree(bodyFrom, bodyEnd, false)
	b.annexes(tailEnd, last)
	// The symbol grammar knows more codes than the header split; the type read
	// from the title settles ambiguous codes (CT: Chỉ thị or Cục Thuế).
	if b.doc.Number != "" && !b.doc.Symbol.Blank {
		if sym, _, ok := symbol.ParseHint(b.doc.Number, b.doc.Type); ok {
			b.doc.Symbol = sym
		}
	}
	b.checkFields()
	b.doc.Fill()
	return res
}

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

// header parses the header block and the title. It returns the index of the
// first line of the document and of the first line after the title.
func (b *builder) header() (first, next int) {
	lines := b.lines
	mi, moff, party := findMotto(lines, 400)
	d := b.doc
	start := 0
	if mi >= 0 {
		if party {
			d.Family = "party"
		} else {
			d.Family = "state"
		}
		// Walk back over issuer lines: capitals, rules and the number line.
		start = mi
		if moff > 0 {
			// issuer text before the motto on the same line
		} else {
			for k := mi - 1; k >= 0 && mi-k <= 12; k-- {
				s := lines[k].text()
				if isChrome(s) {
					break
				}
				if s == "" || isRule(lines[k].s) || isNumberLine(s) || isCaps(s) || isMark(s) {
					start = k
					continue
				}
				break
			}
		}
	} else {
		start = b.headerStartWithoutMotto()
	}
	// Cut the header lines at their triggers, so that a flattened header
	// ("Số: 2739/VPCP-ĐMDN V/v ...") reads as the table it was.
	end := start
	for end < len(lines) && end < start+40 {
		s := lines[end].text()
		if end > start && (b.bodyStarts(s) || isPreambleLine(s) && end > start+1 && !isBareTypeTitle(lines[end-1].text())) {
			break
		}
		end++
	}
	exploded := make([]line, 0, end-start+16)
	var fbuf [16]line
	for k := start; k < end; k++ {
		for _, f := range appendFragments(fbuf[:0], lines[k]) {
			exploded = appendCapsSentence(exploded, f)
		}
	}
	// the fragments replace lines [start, end); splitLines left room at the
	// end of the array, so the lines after them usually move in place
	b.lines = slices.Replace(lines, start, end, exploded...)
	end = start + len(exploded)
	frags := make([]frag, 0, len(exploded))
	for _, l := range exploded {
		frags = append(frags, classify(l))
	}
	next = b.readHeader(frags, start, end)
	return start, next
}

// headerStartWithoutMotto finds where a document without a motto starts: the
// first line that is a number line, a place-date line or a type title.
func (b *builder) headerStartWithoutMotto() int {
	for k := 0; k < len(b.lines) && k < 80; k++ {
		s := b.lines[k].text()
		if isNumberLine(s) {
			return k
		}
		if _, _, _, ok := typeNumberTitle(s); ok {
			return k
		}
		if _, ps, ok := findPlaceDate(s); ok && ps <= 2 {
			return k
		}
		if t, rest, ok := typeOfTitle(s); ok && isCaps(s) && (rest == "" || isCaps(rest)) && t.Name != "" {
			return k
		}
	}
	return 0
}

// isChrome reports lines of web-portal wrappers that sit before the header.
func isChrome(s string) bool {
	k := key(s)
	switch k {
	case "văn bản quy phạm pháp luật", "văn bản pháp luật khác", "văn bản hợp nhất", "văn bản khác":
		// section headings of the Công báo gazette
		return true
	}
	return strings.Contains(k, "thư viện pháp luật") || strings.HasPrefix(k, "đang tải") || strings.HasSuffix(k, ":")
}

// readHeader interprets header fragments in order and fills the document. It
// returns the index of the first line after the header.
func (b *builder) readHeader(frags []frag, startLine, endLine int) int {
	d := b.doc
	var issuerLines []string
	seenMotto, seenTitle := false, false
	var abstract []string
	var abstractCaps bool
	lastUsed := startLine
	// lineOf is the first line k in [startLine, endLine) with start <= f.start
	// <= end, startLine when none is. The lines there are the header
	// fragments, in order and apart, so their ends rise: the first line
	// ending at or after f.start is the only candidate.
	lineOf := func(f frag) int {
		lo, hi := startLine, endLine
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if b.lines[m].end < f.start {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < endLine && b.lines[lo].start <= f.start {
			return lo
		}
		return startLine
	}
	inKinhGui := false
	vvDone := false // a công văn's V/v abstract is complete
	// Every way out of the loop keeps what was read so far.
	defer func() {
		b.setIssuer(issuerLines)
		if d.Abstract == "" {
			d.Abstract = joinSpace(abstract)
		}
		d.Abstract, d.AuthorityLine = trimAuthority(d.Abstract, d.AuthorityLine, d.Issuer)
	}()
	for i := 0; i < len(frags); i++ {
		f := frags[i]
		s := f.text()
		if s == "" {
			continue
		}
		switch f.kind {
		case fRule:
			if seenTitle && len(abstract) > 0 {
				// a rule under the abstract ends the title block
				lastUsed = lineOf(f)
				return b.afterTitle(frags[i+1:], lastUsed+1, endLine, startLine)
			}
			continue
		case fMotto:
			if seenTitle && seenMotto {
				abstract = append(abstract, s)
				continue
			}
			seenMotto = true
			if d.Motto == "" {
				d.Motto = s
			} else if !strings.Contains(key(d.Motto), "việt nam") {
				d.Motto += " " + s
			}
			if key(s) == mottoParty {
				d.Family = "party"
			}
		case fTieuNgu:
		case fMark:
			b.setMark(s)
		case fNumber:
			if d.Number == "" {
				b.setNumber(s, f)
				// old laws: "SỐ 101-SL/L.003 NGÀY 20-5-1957 QUY ĐỊNH QUYỀN TỰ DO HỘI HỌP"
				if t := titleAfterNumber(s, d.Number); t != "" && seenTitle && len(abstract) == 0 {
					abstract = append(abstract, t)
					abstractCaps = true
				}
				// "Số:" alone with the symbol in the next fragment (table cells)
				if d.Number == "" && i+1 < len(frags) && frags[i+1].kind == fCaps || d.Number == "" && i+1 < len(frags) && frags[i+1].kind == fText {
					b.setNumber("Số: "+frags[i+1].text(), frags[i+1])
					if d.Number != "" {
						i++
					}
				}
			}
		case fPlaceDate:
			if d.Date == "" && d.Place == "" {
				pd := f.pd
				// a date wrapped onto the next fragment ("Nghệ An, ngày 18" / "tháng 11 năm 2025")
				if pd.date == "" && i+1 < len(frags) && hasPrefixFold(frags[i+1].text(), "tháng") {
					if pd2, _, ok := findPlaceDate(s + " " + frags[i+1].text()); ok {
						pd = pd2
						i++
					}
				}
				// a place wrapped before its date line ("Thành phố Hồ Chí" / "Minh, ngày ...")
				if i > 0 && frags[i-1].kind == fText && len(strings.Fields(pd.place)) <= 2 && allCapitalised(frags[i-1].text()) {
					pd.place = frags[i-1].text() + " " + pd.place
				}
				d.Place = pd.place
				d.Date = pd.date
				if pd.blank {
					b.warn("blank-date", "the date is left blank (draft or template)", f.start, f.end)
				}
			}
		case fVv:
			if seenTitle && d.Type != "" && d.Type != "Công văn" {
				abstract = append(abstract, s)
				continue
			}
			d.Type, d.TypeCode = "Công văn", ""
			v := s[len(firstWord(s)):]
			v = strings.TrimLeft(v, " :")
			abstract = append(abstract, v)
			// the abstract may continue on following text fragments
			for i+1 < len(frags) && frags[i+1].kind == fText && startsLowerWord(frags[i+1].text()) && !strings.HasSuffix(abstract[len(abstract)-1], ".") && len(abstract) < 4 {
				i++
				abstract = append(abstract, frags[i].text())
			}
			seenTitle = true
			vvDone = true
		case fKinhGui:
			inKinhGui = true
			rest := strings.TrimSpace(s[strings.Index(s, "gửi")+len("gửi"):])
			if strings.HasPrefix(s, "Kính trình") || strings.HasPrefix(key(s), "kính trình") {
				rest = strings.TrimSpace(s[len("Kính trình"):])
			}
			rest = strings.TrimLeft(rest, ": ")
			if rest != "" {
				d.Addressees = append(d.Addressees, parseRecipient(rest))
			}
			lastUsed = lineOf(f)
			// list items on following lines
			for i+1 < len(frags) && strings.HasPrefix(strings.TrimLeft(frags[i+1].s, "*"), "-") {
				i++
				d.Addressees = append(d.Addressees, parseRecipient(strings.TrimLeft(frags[i].text(), "-–• ")))
				lastUsed = lineOf(frags[i])
			}
			return b.afterTitle(frags[i+1:], lastUsed+1, endLine, startLine)
		case fCaps, fText:
			if !seenTitle && d.Number == "" {
				// "Án lệ số 11/2017/AL về ...": type, number and abstract on one line
				if t, num, rest, ok := typeNumberTitle(s); ok {
					seenTitle = true
					d.Type, d.TypeCode = t.Name, t.Code
					d.Number = num
					d.Symbol = splitSymbol(num)
					if rest != "" {
						abstract = append(abstract, rest)
						abstractCaps = isCaps(rest)
					}
					vvDone = true
					lastUsed = lineOf(f)
					continue
				}
			}
			if !seenTitle {
				if t, rest, ok := typeOfTitle(s); ok && isCaps(firstField(s)) && (seenMotto || d.Number != "" || d.Date != "" || len(issuerLines) > 0 || f.kind == fCaps) && (rest == "" || isCaps(rest) || len(issuerLines) > 0 || seenMotto || d.Number != "" || d.Date != "") {
					if !(d.Date == "" && d.Number == "" && !seenMotto && len(issuerLines) == 0 && rest != "" && f.kind != fCaps) {
						seenTitle = true
						d.Type, d.TypeCode = t.Name, t.Code
						if rest != "" {
							abstract = append(abstract, rest)
							abstractCaps = isCaps(rest)
						}
						lastUsed = lineOf(f)
						continue
					}
				}
				if f.kind == fCaps && !seenMotto && d.Number == "" && d.Date == "" {
					issuerLines = append(issuerLines, s)
					continue
				}
				if f.kind == fCaps && seenMotto && d.Number == "" && d.Date == "" && len(issuerLines) == 0 {
					// issuer printed after the motto (right column first)
					issuerLines = append(issuerLines, s)
					continue
				}
				if f.kind == fCaps && len(issuerLines) > 0 && d.Number == "" && d.Date == "" && !seenMotto {
					issuerLines = append(issuerLines, s)
					continue
				}
				continue
			}
			// after the type name: the abstract
			if inKinhGui || vvDone {
				continue
			}
			if len(abstract) > 0 && (b.bodyStarts(s) || isPreambleLine(s)) {
				return b.finishHeader(issuerLines, abstract, lineOf(f))
			}
			if len(abstract) > 0 && f.kind == fCaps && abstractCaps && (startsAuthority(s) || isEnacting(s)) {
				// "CHỦ TỊCH NƯỚC ..." / "RA SẮC LỆNH:" after a capitals title
				if !isEnacting(s) {
					d.AuthorityLine = s
				}
				return b.afterTitle(frags[i+1:], lineOf(f)+1, endLine, startLine)
			}
			if len(abstract) > 0 && f.kind == fCaps && !abstractCaps {
				// a capitals line after a normal-case abstract: the authority line
				d.AuthorityLine = s
				lastUsed = lineOf(f)
				b.setIssuer(issuerLines)
				d.Abstract = joinSpace(abstract)
				return b.afterTitle(frags[i+1:], lastUsed+1, endLine, startLine)
			}
			if len(abstract) > 0 && !abstractCaps && f.kind == fText && f.blankBefore {
				// a paragraph after a normal-case abstract is the body
				return b.afterTitle(frags[i:], lineOf(f), endLine, startLine)
			}
			if len(abstract) > 0 && abstractCaps && f.kind == fText {
				b.setIssuer(issuerLines)
				d.Abstract = joinSpace(abstract)
				return b.afterTitle(frags[i:], lineOf(f), endLine, startLine)
			}
			if len(abstract) == 0 {
				abstractCaps = f.kind == fCaps
			}
			abstract = append(abstract, s)
			lastUsed = lineOf(f)
		}
		lastUsed = lineOf(f)
	}
	return b.finishHeader(issuerLines, abstract, lastUsed+1)
}

func (b *builder) finishHeader(issuerLines, abstract []string, next int) int {
	b.setIssuer(issuerLines)
	if b.doc.Abstract == "" {
		b.doc.Abstract = joinSpace(abstract)
	}
	return next
}

// afterTitle handles what may follow the abstract before the preamble: the
// authority line, a Kính gửi list.
func (b *builder) afterTitle(rest []frag, next, endLine, startLine int) int {
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

// setNumber reads the symbol of a "Số:" fragment.
func (b *builder) setNumber(s string, f frag) {
	k := lowerSameLen(s)
	i := strings.Index(k, "số")
	if i < 0 {
		return
	}
	rest := strings.TrimLeft(s[i+len("số"):], ": ")
	sym, ok := takeSymbol(rest)
	if !ok {
		return
	}
	b.doc.Number = sym
	b.doc.Symbol = splitSymbol(sym)
	if b.doc.Symbol.Blank {
		b.warn("blank-number", "the number is left blank (draft or template)", f.start, f.end)
	}
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
	switch k {
	case "quyết định", "quyết nghị", "nghị quyết", "chỉ thị", "ban hành", "kết luận", "quy định", "thông báo", "điện":
		return true
	}
	return strings.HasSuffix(k, " điện") || strings.HasPrefix(k, "quyết định") && len(k) < 20
}

// isPreambleLine reports whether s is a căn cứ / thực hiện / đề nghị line.
func isPreambleLine(s string) bool {
	s = strings.TrimLeft(stripMarkup(s), "-–+ ")
	if isCaps(s) {
		return false // a title in capitals ("TRIỂN KHAI THI HÀNH ...")
	}
	for _, p := range []string{"căn cứ", "thực hiện", "theo đề nghị", "xét đề nghị", "xét tờ trình", "theo đề xuất", "trên cơ sở"} {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// preamble collects căn cứ lines and the enacting line. It returns the index of
// the first body line.
func (b *builder) preamble(from int) int {
	d := b.doc
	k := from
	for k < len(b.lines) {
		s := b.lines[k].text()
		if isRule(b.lines[k].s) || s == "" {
			k++
			continue
		}
		if isEnacting(s) {
			d.Enacting = s
			k++
			break
		}
		if b.bodyStarts(s) {
			break
		}
		if !isPreambleLine(s) && b.basisFollows(k) {
			// lines before a later căn cứ (the amendment list of a consolidated
			// text, an introduction) belong to the preamble
			d.Preamble = append(d.Preamble, s)
			k++
			continue
		}
		if isPreambleLine(s) || (len(d.Preamble) > 0 && strings.HasPrefix(key(s), "căn cứ")) {
			d.Preamble = append(d.Preamble, s)
			k++
			continue
		}
		// An enacting formula of a decree or law ("Chính phủ ban hành Nghị định ...")
		if len(d.Preamble) > 0 && strings.Contains(key(s), " ban hành ") && len(s) < 400 {
			d.Preamble = append(d.Preamble, s)
			k++
			continue
		}
		// a capitals authority line between the title and căn cứ
		if len(d.Preamble) == 0 && isCaps(s) && d.AuthorityLine == "" && k == from {
			if _, _, isType := typeOfTitle(s); !isType {
				d.AuthorityLine = s
				k++
				continue
			}
		}
		break
	}
	return k
}

// tree builds the outline of lines [from, to). normative is true when the
// caller knows it is inside an article.
func (b *builder) tree(from, to int, _ bool) []model.Section {
	tb := newTreeBuilder(b)
	if to > len(b.lines) {
		to = len(b.lines)
	}
	if from > to {
		from = to
	}
	// the lines themselves, copied only if a trailing chapter heading splits one
	ls := b.lines[from:to]
	copied := false
	for k := 0; k < len(ls); k++ {
		a, c, ok := splitTrailingChapter(ls[k])
		if !ok {
			continue
		}
		if !copied {
			ls = append(make([]line, 0, len(ls)+8), ls...)
			copied = true
		}
		ls = append(ls[:k+1], ls[k:]...)
		ls[k], ls[k+1] = a, c
		k++
	}
	// every line's marker, read once
	ms := make([]lineMarker, len(ls))
	tb.headings = true
	for i, l := range ls {
		ms[i].m, ms[i].ok = marker(l.text())
		if ms[i].ok && (ms[i].m.kind == kPhan || ms[i].m.kind == kChuong || ms[i].m.kind == kRoman || ms[i].m.kind == kDieu) {
			tb.headings = false
		}
	}
	prose := outOfSequence(ms)
	for k, l := range ls {
		tb.addLine(l, ms[k], prose[k])
	}
	return tb.finish()
}

// outOfSequence marks article, chapter and Roman headings whose number breaks
// a sequence that resumes later: a quoted "Điều 11." inside an amendment, or a
// wrapped line that happens to start with "XVII.". Such lines are prose. A gap
// that the document never closes is kept (and warned about by the tree).
func outOfSequence(ms []lineMarker) []bool {
	out := make([]bool, len(ms))
	type occ struct {
		idx, val int
	}
	seqs := map[markerKind][]occ{}
	for i, lm := range ms {
		m, ok := lm.m, lm.ok
		if !ok {
			continue
		}
		v := 0
		switch m.kind {
		case kDieu:
			v = atoiPrefix(m.num)
		case kRoman:
			v = romanValue(m.num)
		case kChuong:
			v = romanValue(m.num)
			if v == 0 {
				v = atoiPrefix(m.num)
			}
		default:
			continue
		}
		if v > 0 {
			seqs[m.kind] = append(seqs[m.kind], occ{i, v})
		}
	}
	for _, seq := range seqs {
		last := 0
		for j, o := range seq {
			if o.val == last+1 || last == 0 || o.val == last && j > 0 {
				last = o.val
				continue
			}
			// does the sequence resume with last+1 later?
			resumes := false
			for _, later := range seq[j+1:] {
				if later.val == last+1 {
					resumes = true
					break
				}
			}
			if resumes {
				out[o.idx] = true
				continue
			}
			last = o.val
		}
	}
	return out
}

// documentEnd finds the line index where the document proper ends: web-portal
// footers and related-document lists are cut off.
func (b *builder) documentEnd(from int) int {
	for k := from; k < len(b.lines); k++ {
		s := b.lines[k].text()
		if s == "" {
			continue
		}
		switch s[0] {
		case 'V', 'v', 'S', 's', 'B', 'b', 'L', 'l', 'N', 'n', '#':
		default:
			continue // none of the footer phrases starts otherwise
		}
		s = strings.TrimLeft(s, "# ")
		if hasPrefixFold(s, "văn bản này chưa cập nhật nội dung tiếng anh") ||
			eqFold(s, "văn bản liên quan") ||
			hasPrefixFold(s, "sứ mệnh của thư viện pháp luật") ||
			hasPrefixFold(s, "bản dịch này thuộc quyền sở hữu") ||
			hasPrefixFold(s, "lưu trữ ghi chú") ||
			hasPrefixFold(s, "nội dung văn bản đang được cập nhật") {
			return k
		}
	}
	return len(b.lines)
}

// typeName returns the canonical type of a code, for warnings and fallbacks.
func typeName(code string) string {
	if t, ok := lexicon.TypeByCode(code); ok {
		return t.Name
	}
	return ""
}

// authorityHeads open an authority line printed after the abstract
// ("BỘ TRƯỞNG BỘ TƯ PHÁP", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
var authorityHeads = []string{"bộ trưởng", "chủ tịch", "thủ tướng", "trưởng ban", "giám đốc", "cục trưởng", "tổng cục trưởng", "chánh án", "viện trưởng", "thống đốc", "tổng kiểm toán"}

// trimAuthority cuts an authority line that a flattened page glued to the end
// of a capitals abstract: the issuer's name, possibly after a post title.
func trimAuthority(abstract, authority, issuer string) (string, string) {
	if authority != "" || issuer == "" || !isCaps(abstract) {
		return abstract, authority
	}
	ka, ki := key(abstract), key(issuer)
	cut := -1
	// "... TỈNH TUYÊN QUANG CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH": a decider's title
	// closing the abstract
	for _, tail := range []string{" chủ tịch ủy ban nhân dân", " bộ trưởng bộ ", " thủ tướng chính phủ", " chủ tịch hội đồng nhân dân"} {
		if i := strings.LastIndex(ka, tail); i > 0 && len(strings.Fields(ka[i:])) <= 9 {
			before := strings.Fields(ka[:i])
			if w := before[len(before)-1]; w != "của" && w != "và" && w != "với" && w != "cho" {
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

// allCapitalised reports whether every word of s starts with a capital letter
// (a place name), allowing the generic words of administrative units.
func allCapitalised(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 5 {
		return false
	}
	for _, x := range w {
		if !startsUpper(x) && x != "phố" && x != "xã" && x != "trấn" {
			return false
		}
	}
	return true
}

// consolidationBlock reads the "XÁC THỰC VĂN BẢN HỢP NHẤT" block that a
// consolidated text (văn bản hợp nhất) prints after its body: its number, place
// and date are the consolidated text's own, while the header above the body is
// the original document's.
func (b *builder) consolidationBlock() {
	d := b.doc
	for k := len(b.lines) - 1; k >= 0 && k >= len(b.lines)-400; k-- {
		if !hasPrefixFold(b.lines[k].s, "xác thực văn bản hợp nhất") {
			continue
		}
		for j := k + 1; j < len(b.lines) && j <= k+4; j++ {
			s := b.lines[j].text()
			if isNumberLine(s) && d.Number == "" {
				b.setNumber(s, frag{line: b.lines[j]})
			}
			if pd, ps, ok := findPlaceDate(s); ok && ps <= 2 && d.Date == "" {
				d.Place, d.Date = pd.place, pd.date
			}
		}
		break
	}
	if d.Symbol.TypeCode == "VBHN" || strings.Contains(d.Number, "/VBHN-") {
		d.Type, d.TypeCode = "Văn bản hợp nhất", "VBHN"
	}
}

// splitTrailingChapter cuts a chapter heading that a flattened page glued to the
// end of the previous sentence ("Quốc hội ban hành Luật ..., Chương 1.",
// "Hiến pháp 2013. Chương I.").
func splitTrailingChapter(l line) (line, line, bool) {
	// the heading ends the line: look only at its last bytes
	tail := l.s
	if len(tail) > 24 {
		tail = tail[len(tail)-24:]
	}
	if !strings.Contains(tail, "hương ") && !strings.Contains(tail, "HƯƠNG ") {
		return l, line{}, false
	}
	k := lowerSameLen(l.s)
	i := strings.LastIndex(k, "chương ")
	if i <= 2 || !(k[i-2] == '.' || k[i-2] == ',') || k[i-1] != ' ' {
		return l, line{}, false
	}
	m, ok := marker(l.s[i:])
	if !ok || m.kind != kChuong || strings.TrimRight(m.rest, ". ") != "" {
		return l, line{}, false
	}
	a, ok1 := l.sub(0, i)
	c, ok2 := l.sub(i, len(l.s))
	if !ok1 || !ok2 {
		return l, line{}, false
	}
	return a, c, true
}

// basisFollows reports whether a căn cứ line comes after line k and before the
// first chapter, article or part.
func (b *builder) basisFollows(k int) bool {
	for j := k + 1; j < len(b.lines) && j < k+40; j++ {
		s := b.lines[j].text()
		if hasPrefixFold(s, "căn cứ") {
			return true
		}
		if m, ok := marker(s); ok && (m.kind == kChuong || m.kind == kDieu || m.kind == kPhan || m.kind == kMuc || m.kind == kRoman) {
			return false
		}
	}
	return false
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
	if len(w)-i >= 2 && isCaps(rest) {
		return rest
	}
	return ""
}

// startsAuthority reports a line that opens with the post or body that decides.
func startsAuthority(s string) bool {
	k := key(s) + " "
	for _, h := range authorityHeads {
		if strings.HasPrefix(k, h+" ") {
			return true
		}
	}
	return strings.HasPrefix(k, "ủy ban nhân dân ") || strings.HasPrefix(k, "hội đồng nhân dân ") || k == "chính phủ " || k == "quốc hội "
}

// isBareTypeTitle reports a line that is only a type name in capitals
// ("KẾ HOẠCH"): the line after it is the abstract, whatever word opens it.
func isBareTypeTitle(s string) bool {
	_, rest, ok := typeOfTitle(s)
	return ok && rest == "" && isCaps(s)
}

// footnotes reads the notes printed after the document ("[1] Gồm các đồng chí
// ..."), which web pages and Word files put at the end, and returns the index
// where they start (or last when there are none).
func (b *builder) footnotes(from, last int) int {
	start := -1
	for k := last - 1; k >= from; k-- {
		s := b.lines[k].text()
		if n, ok := footnoteLabel(s); ok && n == "1" {
			start = k
			break
		}
	}
	if start < 0 {
		return last
	}
	// only notes (and their wrapped lines) may follow, no article or signature
	for k := start + 1; k < last; k++ {
		s := b.lines[k].text()
		if m, ok := marker(s); ok && (m.kind == kDieu || m.kind == kChuong) {
			return last
		}
		if _, _, ok := authorityPrefix(s); ok {
			return last
		}
		if _, ok := isRecipientsLabel(s); ok {
			return last
		}
	}
	var cur *model.Footnote
	for k := start; k < last; k++ {
		l := b.lines[k]
		s := l.text()
		if n, ok := footnoteLabel(s); ok {
			b.doc.Footnotes = append(b.doc.Footnotes, model.Footnote{Label: n, Text: strings.TrimSpace(s[len(n)+2:]), Start: l.start, End: l.end})
			cur = &b.doc.Footnotes[len(b.doc.Footnotes)-1]
			continue
		}
		if cur != nil {
			cur.Text += " " + s
			cur.End = l.end
		}
	}
	// a rule line above the notes belongs to them
	for start > from && isRule(b.lines[start-1].s) {
		start--
	}
	return start
}

// footnoteLabel reads "[12]" at the start of s.
func footnoteLabel(s string) (string, bool) {
	if len(s) < 4 || s[0] != '[' {
		return "", false
	}
	j := 1
	for j < len(s) && j < 5 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == 1 || j >= len(s) || s[j] != ']' {
		return "", false
	}
	return s[1:j], true
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
		num, ok := takeSymbol(rest)
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
