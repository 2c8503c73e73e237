package structure

import (
	"strings"

	"github.com/vnlegal/vanban/parser/lexicon"
)

// headerReader reads the fragments of the header in order, one method per
// fragment kind, and fills the document.
type headerReader struct {
	b     *builder
	frags []frag
	// i is the fragment being read; a reader that takes the fragments after
	// it as its continuation moves i past them.
	i int
	// startLine and endLine delimit the lines of b.lines the fragments are.
	startLine, endLine int
	// lastUsed is the last line the header is known to reach.
	lastUsed int

	issuerLines  []string
	abstract     []string
	abstractCaps bool // the abstract opened with a capitals fragment
	seenMotto    bool
	seenTitle    bool // the type name (or a V/v) was read
	// runningType is the type a gazette page prints above the issuer and
	// "Số:" block ("THÔNG TƯ" / "BỘ TÀI CHÍNH" / "Số: ..."): the document's
	// type, though its title comes later or not at all.
	runningType lexicon.DocType
	// abstractDone is set when the abstract came complete with its title (a
	// công văn's V/v, a "type số N về ..." line): later text is not abstract.
	abstractDone bool
}

// step is what a fragment reader tells the loop of readHeader.
type step int

const (
	stepUsed step = iota // the fragment belongs to the header: the header reaches its line
	stepSkip             // the fragment was read, or passed over, without extending the header
	stepDone             // the header ends; the reader returned the first line after it
)

// readHeader interprets header fragments in order and fills the document. It
// returns the index of the first line after the header.
func (b *builder) readHeader(frags []frag, startLine, endLine int) int {
	h := headerReader{b: b, frags: frags, startLine: startLine, endLine: endLine, lastUsed: startLine}
	next := h.read()
	// Every way out of the loop keeps what was read so far.
	d := b.doc
	b.setIssuer(h.issuerLines)
	if d.Abstract == "" {
		d.Abstract = joinSpace(h.abstract)
	}
	d.Abstract = dropCellBars(d.Abstract)
	if d.Type == "" && h.runningType.Name != "" {
		d.Type, d.TypeCode = h.runningType.Name, h.runningType.Code
	}
	d.Abstract, d.AuthorityLine = trimAuthority(d.Abstract, d.AuthorityLine, d.Issuer)
	return next
}

// read runs the fragment readers in order until one ends the header.
func (h *headerReader) read() int {
	for h.i = 0; h.i < len(h.frags); h.i++ {
		f := h.frags[h.i]
		s := f.text()
		if s == "" {
			continue
		}
		st, next := stepUsed, 0
		switch f.kind {
		case fRule:
			st, next = h.rule(f)
		case fMotto:
			st = h.motto(s)
		case fTieuNgu:
		case fMark:
			h.b.setMark(s)
		case fNumber:
			if h.wrapsAbstract(s) {
				// "... KÈM THEO NGHỊ QUYẾT" / "SỐ 10/2022/NQ-HĐND NGÀY ...":
				// the abstract wrapped before the number of an act it names
				st, next = h.afterType(f, s)
				break
			}
			if after, lower := strings.CutPrefix(s, "số"); lower && h.b.doc.Number != "" && !strings.HasPrefix(strings.TrimLeft(after, " "), ":") {
				// "số 04/2006/DS-ST ngày …" opening a wrapped line of the
				// body (172), with no colon: the header does not reach it
				st = stepSkip
				break
			}
			h.number(f, s)
		case fPlaceDate:
			if d := h.b.doc; (d.Date != "" || d.Place != "") && len(h.abstract) > 0 && (f.blankBefore || f.pd.place == "") {
				// a paragraph after the title that opens with a date ("Ngày
				// 12 tháng 9 năm 2025, tại ..."), once the date line is read,
				// is the body's first sentence (282); without a blank line
				// before it, a date with no place continues the abstract
				// ("Hướng dẫn thi hành Nghị định số 30/1998/NĐ-CP" / "ngày
				// 13 tháng 5 năm 1998 của Chính phủ ...", legacy 2003-A04)
				f.kind = fText
				st, next = h.afterType(f, s)
				break
			}
			h.placeDate(f, s)
		case fVv:
			st = h.vv(s)
		case fKinhGui:
			st, next = h.kinhGui(f, s)
		case fCaps, fText:
			st, next = h.text(f, s)
		}
		switch st {
		case stepDone:
			return next
		case stepUsed:
			h.lastUsed = h.lineOf(f)
		}
	}
	return h.b.finishHeader(h.issuerLines, h.abstract, h.lastUsed+1)
}

// lineOf is the first line k in [startLine, endLine) with start <= f.start
// <= end, startLine when none is. The lines there are the header fragments,
// in order and apart, so their ends rise: the first line ending at or after
// f.start is the only candidate.
func (h *headerReader) lineOf(f frag) int {
	lo, hi := h.startLine, h.endLine
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if h.b.lines[m].end < f.start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < h.endLine && h.b.lines[lo].start <= f.start {
		return lo
	}
	return h.startLine
}

// rest is the fragments after the one being read.
func (h *headerReader) rest() []frag { return h.frags[h.i+1:] }

// rule reads a horizontal rule: under the abstract it ends the title block.
func (h *headerReader) rule(f frag) (step, int) {
	if h.seenTitle && len(h.abstract) > 0 {
		h.lastUsed = h.lineOf(f)
		return stepDone, h.b.afterTitle(h.rest(), h.lastUsed+1)
	}
	return stepSkip, 0
}

// motto reads the national or Party motto, or a piece of it.
func (h *headerReader) motto(s string) step {
	if h.seenTitle && h.seenMotto {
		h.abstract = append(h.abstract, s)
		return stepSkip
	}
	d := h.b.doc
	h.seenMotto = true
	if d.Motto == "" {
		d.Motto = s
	} else if !strings.Contains(key(d.Motto), "việt nam") {
		d.Motto += " " + s
	}
	if key(s) == mottoParty {
		d.Family = "party"
	}
	return stepUsed
}

// wrapsAbstract reports whether a fragment that opens with "số" and a
// number belongs to the title being read: it continues the abstract, or
// opens an old law's title line ("LUẬT" / "SỐ 18-L/CTN NGÀY 06/07/1993 CỦA
// QUỐC HỘI VỀ DẦU KHÍ", 197); the document's number is known, and "số" has no
// colon after it.
func (h *headerReader) wrapsAbstract(s string) bool {
	if !h.seenTitle || h.abstractDone || h.b.doc.Number == "" {
		return false
	}
	k := lowerSameLen(headOf(s, 16))
	if !strings.HasPrefix(k, "số") {
		return false
	}
	if !strings.HasPrefix(strings.TrimLeft(k[len("số"):], " "), ":") {
		return true
	}
	// "Hướng dẫn thi hành Nghị  định số: 89/2002/NĐ-CP": a "số:" cut from
	// the line of the abstract it continues (legacy 2003-02120)
	return len(h.abstract) > 0 && h.i > 0 && h.sameLine(h.i-1, h.i)
}

// number reads the "Số:" fragment, the first one only.
func (h *headerReader) number(f frag, s string) {
	d := h.b.doc
	if d.Number != "" {
		return
	}
	h.b.setNumber(s, f)
	// old laws: "SỐ 101-SL/L.003 NGÀY 20-5-1957 QUY ĐỊNH QUYỀN TỰ DO HỘI HỌP"
	if t := titleAfterNumber(s, d.Number); t != "" && h.seenTitle && len(h.abstract) == 0 {
		h.abstract = append(h.abstract, t)
		h.abstractCaps = true
	}
	// "Số:" alone with the symbol in the next fragment (table cells)
	if d.Number == "" && h.i+1 < len(h.frags) && (h.frags[h.i+1].kind == fCaps || h.frags[h.i+1].kind == fText) {
		next := h.frags[h.i+1]
		h.b.setNumber("Số: "+next.text(), next)
		if d.Number != "" {
			h.i++
		}
	}
}

// placeDate reads the place-and-date fragment, the first one only.
func (h *headerReader) placeDate(f frag, s string) {
	d := h.b.doc
	if d.Date != "" || d.Place != "" {
		return
	}
	pd := f.pd
	// a date wrapped onto the next fragment ("Nghệ An, ngày 18" / "tháng 11 năm 2025")
	if pd.date == "" && h.i+1 < len(h.frags) && hasPrefixFold(h.frags[h.i+1].text(), "tháng") {
		if pd2, _, ok := findPlaceDate(s + " " + h.frags[h.i+1].text()); ok {
			pd = pd2
			h.i++
		}
	}
	// a place wrapped before its date line ("Thành phố Hồ Chí" / "Minh, ngày
	// ..."); after a wrapped date the fragment before is the date line itself
	if h.i > 0 && h.frags[h.i-1].kind == fText && len(strings.Fields(pd.place)) <= 2 && allCapitalised(h.frags[h.i-1].text()) {
		pd.place = h.frags[h.i-1].text() + " " + pd.place
	}
	d.Place = pd.place
	d.Date = pd.date
	if pd.blank {
		h.b.warn("blank-date", "the date is left blank (draft or template)", f.start, f.end)
	}
}

// kinhGui reads "Kính gửi:" and the list items under it, which end the header.
func (h *headerReader) kinhGui(f frag, s string) (step, int) {
	d := h.b.doc
	rest := strings.TrimSpace(s[strings.Index(s, "gửi")+len("gửi"):])
	if strings.HasPrefix(s, "Kính trình") || strings.HasPrefix(key(s), "kính trình") {
		rest = strings.TrimSpace(s[len("Kính trình"):])
	}
	rest = strings.TrimLeft(rest, ": ")
	if rest != "" {
		d.Addressees = append(d.Addressees, parseRecipient(rest))
	}
	h.lastUsed = h.lineOf(f)
	// list items on following lines
	for h.i+1 < len(h.frags) && strings.HasPrefix(strings.TrimLeft(h.frags[h.i+1].s, "*"), "-") {
		h.i++
		d.Addressees = append(d.Addressees, parseRecipient(strings.TrimLeft(h.frags[h.i].text(), "-–• ")))
		h.lastUsed = h.lineOf(h.frags[h.i])
	}
	return stepDone, h.b.afterTitle(h.rest(), h.lastUsed+1)
}

func (b *builder) finishHeader(issuerLines, abstract []string, next int) int {
	b.setIssuer(issuerLines)
	if b.doc.Abstract == "" {
		b.doc.Abstract = joinSpace(abstract)
	}
	return next
}
