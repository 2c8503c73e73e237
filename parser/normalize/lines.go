package normalize

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Line kinds for the line-level pass.
const (
	kContent uint8 = iota
	kBlank
	kMarkup // emptied by markdown removal: invisible, not a blank line
	kHeader
	kPage
	kStamp
)

// assemble runs the line-level pass over the lines produced by scan: it finds
// page furniture, collapses blank lines, rejoins hard wraps and writes the
// final text with an offset map that points straight into the source.
func (n *normalizer) assemble(opt Options) *Text {
	lines := n.lines
	if cap(n.kind) < len(lines) {
		n.kind = make([]uint8, len(lines))
	}
	kind := n.kind[:len(lines)]
	for i, l := range lines {
		switch {
		case l.me > l.ms:
			kind[i] = kContent
		case l.markup:
			kind[i] = kMarkup
		default:
			kind[i] = kBlank
		}
	}
	t := &Text{}
	if !opt.KeepFurniture {
		t.Removed = n.furniture(kind)
	}

	// The text is compacted into mid itself, which then leaves the pool as
	// the text's buffer: a parse holds one copy of its text, not two. Kept
	// lines move to offsets no later than their own, and a separator never
	// outgrows the line breaks it replaces ("\n\n" only where a blank line
	// was), so every line is read before anything is written over it; should
	// that ever fail, the rest goes to a buffer of its own.
	out := n.mid[:0]
	inPlace := true
	lastS, lastE := 0, 0 // the previous kept line, in out
	om := offsetMap{cps: make([]checkpoint, 1, len(n.m.cps)+8)}
	comp := composer{inner: &n.m}

	last := -1
	blanks, furn, barrier := 0, false, false
	// emph: the markdown bold and italic spans opened on kept lines and
	// still open after the last kept line.
	var emph uint8
	for i, l := range lines {
		if l.ff {
			furn = true
		}
		switch kind[i] {
		case kBlank:
			blanks++
			continue
		case kMarkup:
			if l.barrier {
				barrier = true
			}
			continue
		case kHeader, kPage, kStamp:
			furn = true
			continue
		}
		if l.barrier {
			barrier = true
		}
		if last >= 0 {
			pl := lines[last]
			sep := "\n"
			if blanks > 0 && !furn {
				// Blank lines around removed furniture are layout of
				// the page break, not paragraph breaks.
				sep = "\n\n"
			}
			if !opt.NoRejoin && !barrier && (blanks <= 1 || furn) {
				switch joinKind(out[lastS:lastE], n.mid[l.ms:l.me]) {
				case joinSpace:
					sep = " "
				case joinTight:
					sep = ""
				}
			}
			if emph != 0 && blanks == 0 && !furn && !barrier && n.emphCloses(kind, i, emph) && emphJoins(out[lastS:lastE], n.mid[l.ms:l.me]) {
				// "**I. MỤC\nĐÍCH, YÊU CẦU**": one bold title wrapped
				// by the converter, whatever the format's rejoin rule.
				sep = " "
			}
			om.add(len(out), pl.srcE)
			if inPlace && len(out)+len(sep) > l.ms {
				out = append(make([]byte, 0, len(n.mid)+1), out...)
				inPlace = false
			}
			out = append(out, sep...)
		}
		comp.copyRange(&om, len(out), l.ms, l.me)
		lastS = len(out)
		out = append(out, n.mid[l.ms:l.me]...) // memmove: overlap is fine
		lastE = len(out)
		last = i
		if blanks > 0 || furn || barrier {
			// a blank line ends a markdown paragraph and its spans, and
			// so do a table cell and a heading
			emph = 0
		}
		emph ^= l.emph
		blanks, furn, barrier = 0, false, false
	}
	if last >= 0 {
		om.add(len(out), lines[last].srcE)
		out = append(out, '\n')
	}
	om.add(len(out), len(n.src))
	// The final checkpoint must exist even when the last segment already
	// predicts it, so that lookups clamp to len(src).
	if c := om.cps[len(om.cps)-1]; c.out != len(out) {
		om.cps = append(om.cps, checkpoint{len(out), len(n.src)})
	}
	t.Bytes = out
	t.cps = om.cps
	if inPlace {
		n.mid = nil // handed over with the text
	}
	return t
}

// emphCloses reports whether the emphasis spans open before line i all
// close on one of the few content lines from i on: a stray marker that never
// closes must not glue a whole paragraph into one line.
func (n *normalizer) emphCloses(kind []uint8, i int, open uint8) bool {
	for j := i; j < len(n.lines) && j < i+maxEmphLines; j++ {
		if kind[j] != kContent || j > i && n.lines[j].barrier {
			return false
		}
		open ^= n.lines[j].emph
		if open == 0 {
			return true
		}
	}
	return false
}

// maxEmphLines bounds the lines a wrapped emphasis span is looked for in: a
// title or an article's heading wraps over a few lines, not a page.
const maxEmphLines = 8

// emphJoins reports whether b continues a inside one emphasis span: a does
// not end a sentence (two bold căn cứ lines stay two lines) and b does not
// open a unit of its own.
func emphJoins(a, b []byte) bool {
	return len(a) > 0 && len(b) > 0 && !endsSentence(a) && !startsStructure(b)
}

// furniture marks gazette headers, signature stamps and page numbers in kind
// and returns them as Removed entries in source order.
func (n *normalizer) furniture(kind []uint8) []Removed {
	lines := n.lines
	text := func(i int) []byte { return n.mid[lines[i].ms:lines[i].me] }

	var pages []int
	for i := range lines {
		if kind[i] != kContent {
			continue
		}
		t := text(i)
		switch {
		case isGazetteHeader(t):
			kind[i] = kHeader
		case isPageNumber(t):
			pages = append(pages, i)
		case stampStart(t):
			// The block runs over the following stamp lines (markup lines
			// are invisible). "Người ký:" alone is also a field of web
			// metadata tables, so it only opens a block with a value and a
			// second stamp line.
			j, cnt := i+1, 1
			for j < len(lines) {
				if kind[j] == kMarkup {
					j++
					continue
				}
				if kind[j] != kContent || stampKey(text(j)) == 0 {
					break
				}
				cnt++
				j++
			}
			if bytes.HasPrefix(t, []byte("Ký bởi:")) ||
				(cnt >= 2 && len(bytes.TrimSpace(t[len("Người ký:"):])) > 0) {
				for k := i; k < j; k++ {
					if kind[k] == kContent {
						kind[k] = kStamp
					}
				}
			}
		}
	}

	// Page numbers: a lone number line counts only next to other furniture,
	// next to a form feed, or between blank lines. Chains ("74" "74" "" "74"
	// before a header) are resolved by iterating until nothing changes.
	for changed := true; changed && len(pages) > 0; {
		changed = false
		for _, i := range pages {
			if kind[i] != kContent {
				continue
			}
			if n.pageNumberContext(kind, i) {
				kind[i] = kPage
				changed = true
			}
		}
	}

	var removed []Removed
	for i := 0; i < len(lines); i++ {
		var k string
		switch kind[i] {
		case kHeader:
			k = KindGazetteHeader
		case kPage:
			k = KindPageNumber
		case kStamp:
			k = KindESignature
		default:
			continue
		}
		r := Removed{Kind: k, Text: string(text(i)), SrcStart: lines[i].srcS, SrcEnd: lines[i].srcE}
		if kind[i] == kStamp {
			var b []byte
			b = append(b, text(i)...)
			j := i + 1
			for ; j < len(lines) && (kind[j] == kStamp || kind[j] == kMarkup) && !(kind[j] == kStamp && stampStartsNew(text(j))); j++ {
				if kind[j] == kStamp {
					b = append(b, '\n')
					b = append(b, text(j)...)
					r.SrcEnd = lines[j].srcE
				}
			}
			r.Text = string(b)
			i = j - 1
		}
		removed = append(removed, r)
	}
	return removed
}

// pageNumberContext reports whether the page-number-shaped line i sits where
// a page number would: next to removed furniture (blank lines between allowed),
// next to a form feed, or with blank lines right before and after it.
func (n *normalizer) pageNumberContext(kind []uint8, i int) bool {
	lines := n.lines
	furniture := func(k uint8) bool { return k == kHeader || k == kPage || k == kStamp }
	if lines[i].ff {
		return true
	}
	// Start and end of the text count as blank.
	prevBlank, nextBlank := true, true
	for j, first := i-1, true; j >= 0; j-- {
		if kind[j] == kMarkup || kind[j] == kBlank {
			if lines[j].ff {
				return true
			}
			if kind[j] == kBlank {
				first = false
			}
			continue
		}
		if first {
			prevBlank = false
		}
		if furniture(kind[j]) {
			return true
		}
		break
	}
	for j, first := i+1, true; j < len(lines); j++ {
		if lines[j].ff {
			return true
		}
		if kind[j] == kMarkup || kind[j] == kBlank {
			if kind[j] == kBlank {
				first = false
			}
			continue
		}
		if first {
			nextBlank = false
		}
		if furniture(kind[j]) {
			return true
		}
		break
	}
	return prevBlank && nextBlank
}

// isGazetteHeader matches the Công báo running header, optionally with the
// page number before or after it:
//
//	CÔNG BÁO/Số 281/Ngày 21-05-2026
//	44 CÔNG BÁO/Số 18/Ngày 12-01-2024
//	CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024 75
func isGazetteHeader(s []byte) bool {
	if len(s) == 0 || len(s) > 80 || (s[0] != 'C' && !isDigit(s[0])) {
		return false
	}
	if d := digits(s); d > 0 {
		if d > 4 || d >= len(s) || s[d] != ' ' {
			return false
		}
		s = s[d+1:]
	}
	const head = "CÔNG BÁO/Số"
	if !bytes.HasPrefix(s, []byte(head)) {
		return false
	}
	s = s[len(head):]
	j, sawDigit := 0, false
	for j < len(s) && (isDigit(s[j]) || s[j] == ' ' || s[j] == '+') {
		sawDigit = sawDigit || isDigit(s[j])
		j++
	}
	if !sawDigit {
		return false
	}
	s = s[j:]
	const day = "/Ngày"
	if !bytes.HasPrefix(s, []byte(day)) {
		return false
	}
	s = bytes.TrimLeft(s[len(day):], " ")
	// d{1,2} - d{1,2} - d{2,4}
	for part := 0; part < 3; part++ {
		d := digits(s)
		if d == 0 || d > 4 || (part < 2 && d > 2) {
			return false
		}
		s = s[d:]
		if part < 2 {
			if len(s) == 0 || (s[0] != '-' && s[0] != '/' && s[0] != '.') {
				return false
			}
			s = s[1:]
		}
	}
	if len(s) == 0 {
		return true
	}
	if s[0] != ' ' {
		return false
	}
	d := digits(s[1:])
	return d > 0 && d <= 4 && 1+d == len(s)
}

// isPageNumber matches a line that is nothing but a page number: "99",
// "- 2 -" (any dash, spaces optional) or "2/12".
func isPageNumber(s []byte) bool {
	if len(s) == 0 || len(s) > 16 {
		return false
	}
	if d := digits(s); d > 0 {
		if d == len(s) {
			return d <= 4
		}
		if d <= 4 && s[d] == '/' {
			e := digits(s[d+1:])
			return e > 0 && e <= 4 && d+1+e == len(s)
		}
		return false
	}
	rest, ok := cutDash(s)
	if !ok {
		return false
	}
	rest = bytes.TrimLeft(rest, " ")
	d := digits(rest)
	if d == 0 || d > 4 {
		return false
	}
	rest = bytes.TrimLeft(rest[d:], " ")
	rest, ok = cutDash(rest)
	return ok && len(rest) == 0
}

// cutDash removes a leading '-', '–' or '—'.
func cutDash(s []byte) ([]byte, bool) {
	for _, d := range [...]string{"-", "–", "—"} {
		if bytes.HasPrefix(s, []byte(d)) {
			return s[len(d):], true
		}
	}
	return s, false
}

func digits(s []byte) int {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// Field names of an e-signature stamp as printed by the signing software.
var stampKeys = [...]string{"Ký bởi:", "Người ký:", "Cơ quan:", "Email:", "Ngày ký:", "Thời gian ký:"}

// stampKey returns 1 + the index of the stamp field s starts with, or 0.
func stampKey(s []byte) int {
	if len(s) == 0 {
		return 0
	}
	switch s[0] {
	case 'K', 'N', 'C', 'E', 'T':
	default:
		return 0
	}
	for i, k := range stampKeys {
		if bytes.HasPrefix(s, []byte(k)) {
			return i + 1
		}
	}
	return 0
}

// stampStart reports whether s can open a stamp block.
func stampStart(s []byte) bool {
	k := stampKey(s)
	return k == 1 || k == 2
}

// stampStartsNew reports whether a stamp line begins a second stamp.
func stampStartsNew(s []byte) bool { return stampKey(s) == 1 }

// How two lines are joined.
const (
	joinNone  = iota
	joinSpace // prose wrapped at a space
	joinTight // a symbol broken after '/' or '-'
)

// Words that cannot end a sentence in these documents but often end a
// wrapped line before a number, a date or a name.
var joinWords = [...]string{"số", "ngày", "tháng", "năm", "của", "và", "tại", "theo"}

// joinKind decides whether line b continues line a. A symbol broken after
// '/' or '-' is joined without a space when b starts with an upper-case code.
// Otherwise b continues a when a does not end a sentence (. ; : ! ?) and b
// starts lower-case, or when a ends with a word such as "số", "ngày", "của"
// and b starts with a digit or a capital. It never joins across the start of
// a structural unit (startsStructure), nor when either line is all capitals:
// header and title lines are joined by the structure stage, which knows
// which of them belong together.
func joinKind(a, b []byte) int {
	if len(a) == 0 || len(b) == 0 {
		return joinNone
	}
	if symbolBreak(a) && codeStart(b) {
		return joinTight
	}
	if endsSentence(a) || startsStructure(b) {
		return joinNone
	}
	r, _ := utf8.DecodeRune(b)
	switch {
	case unicode.IsLower(r):
	case (unicode.IsUpper(r) || isDigit(b[0])) && endsWithJoinWord(a):
	default:
		return joinNone
	}
	if allCaps(a) || allCaps(b) {
		return joinNone
	}
	return joinSpace
}

// symbolBreak reports whether a ends in the middle of a document symbol:
// its last word contains '/' and ends with '/' or '-' ("21/2020/TT-",
// "3783/QĐ-").
func symbolBreak(a []byte) bool {
	c := a[len(a)-1]
	if c != '/' && c != '-' {
		return false
	}
	w := a[bytes.LastIndexByte(a, ' ')+1:]
	return len(w) >= 2 && bytes.IndexByte(w[:len(w)-1], '/') >= 0
}

// codeStart reports whether b starts with an upper-case code ("BTTTT",
// "UBND", "BLĐTBXH ngày ...").
func codeStart(b []byte) bool {
	w := b
	if i := bytes.IndexByte(b, ' '); i >= 0 {
		w = b[:i]
	}
	r, _ := utf8.DecodeRune(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range string(w) {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// endsSentence reports whether a ends with . ; : ! ? (also "./."), looking
// through closing quotes.
func endsSentence(a []byte) bool {
	for len(a) > 0 {
		r, sz := utf8.DecodeLastRune(a)
		switch r {
		case '.', ';', ':', '!', '?':
			return true
		case '"', '\'', '”', '’', '»':
			a = a[:len(a)-sz]
		default:
			return false
		}
	}
	return false
}

func endsWithJoinWord(a []byte) bool {
	w := a[bytes.LastIndexByte(a, ' ')+1:]
	for _, k := range joinWords {
		if string(w) == k {
			return true
		}
	}
	return false
}

// Words that open a structural unit or a component of the document.
var structureWords = [...]string{"Chương", "Mục", "Phần", "Căn cứ", "Nơi nhận", "Kính gửi", "Lưu"}

// startsStructure reports whether b begins a unit that must start its own
// line: Điều N, Chương, Mục, Phần, numbered and lettered items (1. 1) a)
// II.), bullets, Căn cứ, Nơi nhận, Kính gửi, Lưu.
func startsStructure(b []byte) bool {
	// Every test below is keyed on the first byte, so that the common line
	// (a lower-case word, a capitalised word) is settled in a few compares.
	c := b[0]
	switch c {
	case '-', '+', '*':
		return len(b) > 1 && b[1] == ' '
	case 0xE2: // • – —
		for _, bullet := range [...]string{"• ", "– ", "— "} {
			if bytes.HasPrefix(b, []byte(bullet)) {
				return true
			}
		}
	case 0xC4: // Đ
		if bytes.HasPrefix(b, []byte("Điều ")) {
			return len(b) > len("Điều ") && isDigit(b[len("Điều ")])
		}
	case 'C', 'M', 'P', 'N', 'K', 'L':
		for _, w := range structureWords {
			if w[0] == c && bytes.HasPrefix(b, []byte(w)) {
				rest := b[len(w):]
				r, _ := utf8.DecodeRune(rest)
				if len(rest) == 0 || !unicode.IsLetter(r) {
					return true
				}
			}
		}
	}
	if d := digits(b); d > 0 {
		return d <= 3 && d < len(b) && (b[d] == '.' || b[d] == ')')
	}
	// a) b) đ) ...
	if c < utf8.RuneSelf {
		if 'a' <= c && c <= 'z' && len(b) > 1 && b[1] == ')' {
			return true
		}
	} else if r, sz := utf8.DecodeRune(b); unicode.IsLower(r) && sz < len(b) && b[sz] == ')' {
		return true
	}
	// Roman numerals: I. II) IV.
	i := 0
	for i < len(b) && isRomanByte(b[i]) {
		i++
	}
	return i > 0 && i < len(b) && (b[i] == '.' || b[i] == ')')
}

func isRomanByte(c byte) bool {
	return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C'
}

// allCaps reports whether s has letters and none of them is lower-case.
func allCaps(s []byte) bool {
	letter := false
	for _, c := range s {
		if c >= 'a' && c <= 'z' {
			return false // the common case, found without decoding
		}
	}
	for _, r := range string(s) {
		if unicode.IsLower(r) {
			return false
		}
		if !letter && unicode.IsLetter(r) {
			letter = true
		}
	}
	return letter
}
