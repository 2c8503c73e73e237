package refs

import "github.com/vnlegal/vanban/parser/symbol"

// named handles "Luật Đất đai năm 2024", "Bộ luật Dân sự", "Hiến pháp năm 2013",
// and "Luật Đất đai số 31/2024/QH15" (a numbered citation with a name).
func (s *scanner) named(tw typeWord, i, te, p int) {
	t := s.t
	ne := te
	if tw.name == "Hiến pháp" {
		for _, w := range constitutionNames {
			if e := matchCI(t, p, w); e > 0 {
				ne = e
				break
			}
		}
	} else if e := amendingPrefix(t, p); e > 0 {
		// "Luật sửa đổi, bổ sung một số điều của Luật A [số ...], Luật B ... và
		// Luật C": the amending law's name runs over the whole list of amended
		// laws, which are cited too
		r := skipWS(t, e)
		var laws amendedLaws
		ne2 := s.amendedList(r, &laws)
		if ne2 <= r {
			// "… của 37 luật có liên quan đến quy hoạch": the laws counted,
			// not named, are the rest of the amending law's name
			if e := countedLaws(t, r); e > r {
				c := &cite{kind: kNamed, typ: tw.name, typeCode: tw.code, name: collapse(t[i:e]), listPrev: -1}
				s.add(c, i, e, true)
			}
			return
		}
		if own := laws.ownNumber(); own >= 0 {
			// "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản
			// quy phạm pháp luật số 87/2025/QH15": one number, after the last
			// law, is the amending law's own
			last := laws.list[laws.n-1]
			if end, sym, canon, ok := symbol.ScanHint(t, own, tw.name); ok {
				c := s.newNumbered(tw, sym, canon)
				c.name = collapse(t[i:last.nameEnd])
				s.add(&c, i, end, true)
				// the amended laws are cited too, by name
				for k := 0; k < laws.n; k++ {
					l := laws.list[k]
					lc := &cite{kind: kNamed, typ: l.tw.name, typeCode: l.tw.code, name: collapse(t[l.start:l.nameEnd]), listPrev: -1}
					s.add(lc, l.start, l.nameEnd, false)
				}
				s.pos = max(s.pos, end)
				return
			}
		}
		c := &cite{kind: kNamed, typ: tw.name, typeCode: tw.code, name: collapse(t[i:ne2]), listPrev: -1}
		s.add(c, i, ne2, true)
		s.pos = r // the amended laws are cited too
		return
	} else {
		ne = s.lawName(p)
		if ne <= p {
			return
		}
		if string(s.lowered(t[p:ne])) == "việt nam" {
			return
		}
	}
	// a name the heuristics cut short ("Pháp lệnh Ưu đãi người | có công với
	// cách mạng số 02/2020/UBTVQH14"): when its number follows in the same
	// clause, the name runs up to "số"
	if tw.name != "Hiến pháp" {
		if q := s.numberAhead(ne); q > ne {
			ne = q
			for ne > i && (t[ne-1] == ' ' || t[ne-1] == '\n' || t[ne-1] == ',') {
				ne--
			}
		}
	}
	name := collapse(t[i:ne])
	r := skipWS(t, ne)
	// "Luật Các tổ chức tín dụng 2024 số 32/2024/QH15", "… năm 2024 số …"
	r0 := r
	if e := matchCI(t, r, "năm"); e > 0 {
		r = skipSp(t, e)
	}
	if y, ye, ok := parseYear(t, r); ok && y != "" {
		if e := matchCI(t, skipSp(t, ye), "số"); e > 0 {
			r = skipSp(t, ye)
		} else {
			r = r0
		}
	} else {
		r = r0
	}
	q := -1
	if e := matchCI(t, r, "số"); e > 0 {
		q = e
		if q < len(t) && t[q] == ':' {
			q++
		}
		q = skipWS(t, q)
	} else if r < len(t) && isDigit(t[r]) {
		q = r
	}
	if q >= 0 && q < len(t) && isDigit(t[q]) {
		if end, sym, canon, ok := symbol.ScanHint(t, q, tw.name); ok {
			c := s.newNumbered(tw, sym, canon)
			c.name = name
			s.add(&c, i, end, true)
			return
		}
	}
	c := &cite{kind: kNamed, typ: tw.name, typeCode: tw.code, name: name, listPrev: -1}
	s.add(c, i, ne, true)
}

// lawName finds the end of a law name starting at p (the first word after
// "Luật"), or p when there is none.
func (s *scanner) lawName(p int) int {
	return s.lawNameIn(p, false)
}

// lawNameIn is lawName; anyCase accepts a name whose first word is in lower
// case, as the later laws of a list are printed ("Luật A, luật dự trữ quốc
// gia").
func (s *scanner) lawNameIn(p int, anyCase bool) int {
	t := s.t
	if p >= len(t) {
		return p
	}
	// a listed name ends where the table says: the words after it belong to
	// the sentence ("Luật Doanh nghiệp chưa được thực thi")
	if known := knownLaw(t, p); known > 0 {
		// but "Luật Hải quan sửa đổi 2005" names the amended law
		if e := matchCI(t, skipSp(t, known), "sửa đổi"); e > 0 && s.lawNameHeur(p, anyCase) == e {
			return e
		}
		return known
	}
	if h := s.lawNameHeur(p, anyCase); h > p {
		return h
	}
	return p
}

// lawNameHeur finds the end of a law name the table does not list, by its
// words: the name stops at a number, a capitalised type noun, a word or phrase
// that goes on the sentence ("quy định", "này") or a comma.
func (s *scanner) lawNameHeur(p int, anyCase bool) int {
	t := s.t
	w := s.walkName(p, 14)
	vaMark, vaWords := -1, 0
	for w.next() {
		q, lw, we := w.at, string(w.low), w.end
		if isDigit(t[q]) {
			break
		}
		if d := digitTail(t, q, we); d > q {
			// a footnote mark glued to the last word ("Luật Nhà ở11")
			w.last = d
			break
		}
		upper := isUpperAt(t, q)
		if w.words == 0 {
			// Names are capitalised ("Luật Đất đai"), but older texts write
			// "Luật đất đai": accept a lower-case name only when its first word
			// opens law names ("Luật sư", "Luật này" are not laws).
			if !upper && !lowerLawStart[lw] && (!anyCase || lawStop[lw]) {
				return p
			}
		} else if upper {
			if _, _, ok := matchType(t, q); ok || capStop[lw] {
				break
			}
		} else {
			if lw == "và" && vaMark < 0 && w.words <= 3 {
				nx := skipSp(t, we)
				if nx == we || nx >= len(t) {
					break
				}
				next, nwe := s.word(nx)
				nw := string(next)
				if nwe == nx || lawStop[nw] || s.stop2(nwe, nw) || isDigit(t[nx]) {
					break
				}
				if isUpperAt(t, nx) {
					if _, _, ok := matchType(t, nx); ok || capStop[nw] {
						break
					}
				}
				vaMark = w.last
				vaWords = 0
				w.join(nx)
				continue
			}
			if lawStop[lw] {
				break
			}
			if s.stop2(we, lw) {
				if lw == "sửa" {
					// "Luật Hải quan sửa đổi 2005", "... sửa đổi năm 2025", "... sửa đổi số"
					e2 := matchCI(t, q, "sửa đổi")
					nx := skipSp(t, e2)
					if nx < len(t) && (isDigit(t[nx]) || matchCI(t, nx, "năm") > 0 || matchCI(t, nx, "số") > 0) {
						w.last = e2
					}
				}
				break
			}
		}
		w.take(we)
		if vaMark >= 0 {
			vaWords++
		}
		if we < len(t) && t[we] == ',' {
			if w.words <= 2 {
				r2 := skipSp(t, we+1)
				if w2, _ := s.word(r2); isLowerAt(t, r2) && commaCont[string(w2)] {
					w.at = r2
					continue
				}
			}
			break
		}
		w.at = skipSp(t, we)
		if w.at == we {
			break
		}
	}
	if vaMark >= 0 && vaWords > 4 {
		return vaMark
	}
	return w.last
}

// stop2 reports a two-word stop phrase starting with lw ("quy định").
// The word lw ends at we; the next word is read after spaces and line breaks.
func (s *scanner) stop2(we int, lw string) bool {
	m, ok := lawStop2[lw]
	if !ok {
		return false
	}
	next, _ := s.word(skipWS(s.t, we))
	return m[string(next)]
}

// partyNamed handles "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của
// Đảng", "Nghị quyết Hội nghị Trung ương 5 khóa XII".
func (s *scanner) partyNamed(tw typeWord, i, p int) {
	t := s.t
	w := s.walkName(p, 18)
	for w.next() {
		q, lw, we := w.at, string(w.low), w.end
		switch {
		case isDigit(t[q]):
			if we-q > 2 {
				goto done
			}
		case isUpperAt(t, q):
			if w.words > 0 {
				if _, _, ok := matchType(t, q); ok {
					goto done
				}
			}
		case lw == "của":
			nx := skipSp(t, we)
			if e := matchCI(t, nx, "đảng"); e > 0 {
				w.last = e
			}
			goto done
		case !partyWords[lw]:
			goto done
		}
		w.take(we)
		nx := skipWS(t, we)
		if nx == we {
			break
		}
		w.at = nx
	}
done:
	if w.last <= p {
		return
	}
	c := &cite{kind: kNamed, typ: tw.name, typeCode: tw.code, name: collapse(t[i:w.last]), listPrev: -1}
	s.add(c, i, w.last, true)
}

// amendingPrefix matches "sửa đổi, bổ sung một số điều của" (comma optional,
// "một số điều" optional) at p and returns its end, or 0.
func amendingPrefix(t []byte, p int) int {
	for _, w := range amendingPrefixes {
		if e := matchCI(t, p, w); e > 0 {
			if w == "sửa đổi, bổ sung" {
				// only "... bổ sung Luật X" directly
				r := skipWS(t, e)
				if _, _, ok := matchType(t, r); !ok {
					return 0
				}
			}
			return e
		}
	}
	return 0
}

// countedLaws is the end of "37 luật có liên quan đến quy hoạch" at p, the
// laws an amending law names by their count: a number, "luật", and up to a
// dozen words before a comma, a stop, a line's end or the date; p when the
// text there is not such a count.
func countedLaws(t []byte, p int) int {
	q := p
	for q < len(t) && isDigit(t[q]) {
		q++
	}
	if q == p || q-p > 3 {
		return p
	}
	e := matchCI(t, skipSp(t, q), "luật")
	if e <= 0 {
		return p
	}
	for words := 0; words < 12; words++ {
		w := skipSp(t, e)
		if w >= len(t) || wordEnd(t, w) == w || matchCI(t, w, "ngày") > 0 || matchCI(t, w, "số") > 0 {
			break
		}
		e = wordEnd(t, w)
	}
	return e
}

// amendedLaw is one law named in an amending law's title: where its type
// noun starts, where its name ends, and where the number after it starts
// (-1 none).
type amendedLaw struct {
	tw             typeWord
	start, nameEnd int
	number         int
}

// amendedLaws holds the laws named in an amending law's title, at most
// maxAmended of them.
type amendedLaws struct {
	list [maxAmended]amendedLaw
	n    int
}

// maxAmended bounds the laws an amending title lists (the 2024 law on
// securities, accounting, audit … names nine).
const maxAmended = 12

// ownNumber returns where the amending law's own number starts, or -1: a
// number after the last law only is the amending law's ("… của Luật A, Luật
// B và Luật C số 56/2024/QH15"); numbers after several laws are theirs
// ("… của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 …").
func (l *amendedLaws) ownNumber() int {
	if l.n == 0 || l.list[l.n-1].number < 0 {
		return -1
	}
	for k := 0; k < l.n-1; k++ {
		if l.list[k].number >= 0 {
			return -1
		}
	}
	return l.list[l.n-1].number
}

// amendedList reads "Luật A [số N], Luật B [số N] và Luật C [số N]" at r and
// returns the end of the last name or number, or r when no law starts there.
// The laws are noted in laws. Inside the list a law's name may start in
// lower case ("… luật kế toán, luật dự trữ quốc gia …").
func (s *scanner) amendedList(r int, laws *amendedLaws) int {
	t := s.t
	end := r
	for q := r; q < len(t) && laws.n < maxAmended; {
		tw, ie, ok := matchType(t, q)
		if !ok {
			break
		}
		in := skipWS(t, ie)
		ne := s.lawNameIn(in, laws.n > 0 || isLowerAt(t, q))
		if ne <= in {
			break
		}
		end = ne
		law := amendedLaw{tw: tw, start: q, nameEnd: ne, number: -1}
		// an optional number: "số 31/2024/QH15"
		n := skipWS(t, ne)
		if e := matchCI(t, n, "số"); e > 0 {
			d := skipWS(t, e)
			if se, _, _, ok := symbol.Scan(t, d); ok {
				end = se
				law.number = d
			}
		}
		laws.list[laws.n] = law
		laws.n++
		// the list goes on after ", " or " và ", maybe over a line wrap
		q2 := skipSp(t, end)
		if q2 < len(t) && t[q2] == ',' {
			q2 = skipWS(t, q2+1)
		} else if e := matchCI(t, skipWS(t, end), "và"); e > 0 {
			q2 = skipWS(t, e)
		} else {
			break
		}
		if _, _, ok := matchType(t, q2); !ok {
			break
		}
		q = q2
	}
	return end
}

// numberAhead looks for "số <symbol>" within the clause that starts at p: at
// most 16 words, not past ";", ".", "(", a date, or another type word. It
// returns the position of "số", or -1.
func (s *scanner) numberAhead(p int) int {
	t := s.t
	if !soAhead(t, p) {
		return -1
	}
	q := p
	for words := 0; words < 16 && q < len(t); words++ {
		q = skipWS(t, q)
		if q >= len(t) {
			break
		}
		switch t[q] {
		case ';', '.', '(', ':', '"', '[':
			return -1
		case ',':
			q++
			continue
		}
		if e := matchCI(t, q, "số"); e > 0 && (e >= len(t) || t[e] == ' ' || t[e] == ':') {
			d := skipWS(t, e)
			if d < len(t) && t[d] == ':' {
				d = skipWS(t, d+1)
			}
			if d < len(t) && isDigit(t[d]) {
				if _, _, _, ok := symbol.Scan(t, d); ok {
					return q
				}
			}
			return -1
		}
		if matchCI(t, q, "ngày") > 0 || matchCI(t, q, "năm") > 0 || isDigit(t[q]) {
			return -1
		}
		if _, _, ok := matchType(t, q); ok && isUpperAt(t, q) {
			return -1
		}
		we := wordEnd(t, q)
		if we == q {
			return -1
		}
		q = we
		if q < len(t) && t[q] == ',' {
			q++
		}
	}
	return -1
}

// digitTail returns where the ASCII digits that end the word t[q:we] start,
// when letters come before them, else q.
func digitTail(t []byte, q, we int) int {
	d := we
	for d > q && isDigit(t[d-1]) {
		d--
	}
	if d == we || d == q {
		return q
	}
	return d
}

// soAhead reports whether "số" may stand in the clause at p before the
// first ";", ".", "(", ":", '"' or "[" (where numberAhead stops): it looks
// for the bytes of "ố" or "Ố" only, so that most clauses, which have none,
// skip the word by word walk.
func soAhead(t []byte, p int) bool {
	end := min(len(t), p+numberAheadReach)
	for q := p; q+2 < end; q++ {
		switch t[q] {
		case ';', '.', '(', ':', '"', '[':
			return false
		case 0xE1:
			if t[q+1] == 0xBB && (t[q+2] == 0x91 || t[q+2] == 0x90) {
				return true
			}
		}
	}
	return end < len(t) // past the reach: let the walk decide
}

// numberAheadReach bounds the bytes soAhead looks at: the 16 words
// numberAhead reads seldom run past it.
const numberAheadReach = 400

// charter cites the Party's charter by its name, "Điều lệ Đảng" or "Điều lệ
// Đảng Cộng sản Việt Nam", the only charter the documents cite as law; a
// company's or a centre's ("Điều lệ Trung tâm", 061) is no citation.
func (s *scanner) charter(tw typeWord, i, p int) {
	t := s.t
	e := matchCI(t, p, "đảng")
	if e <= 0 || !isUpperAt(t, p) {
		return
	}
	name := collapse(t[i:e])
	if f := matchCI(t, skipSp(t, e), "cộng sản việt nam"); f > 0 {
		e = f // the full name, one document: the mention spans it, the name stays short
	}
	c := &cite{kind: kNamed, typ: tw.name, typeCode: tw.code, name: name, listPrev: -1}
	s.add(c, i, e, true)
}
