package structure

import "strings"

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
