package vnenc

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Builder assembles the text of a document from runs, each typed in the
// encoding of its font, and converts every run with its own encoding. Runs of
// text are added in their Windows-1252 view (legacy bytes mapped with
// ByteRune, other characters as they are). Text will then
//
//   - convert each run with the encoding given for it (DecodeRunes);
//   - leave as Unicode the runs of a legacy font that already hold Vietnamese
//     Unicode (documents converted to Unicode keep their old font names), for
//     a run and, when most of that font encoding's text is Unicode, for all of
//     the document's runs in that encoding;
//   - guess, with DetectText over all of them, the encoding of the runs added
//     as Unicode that hold bytes 0x80–0xFF (legacy text in a font with no
//     telling name), and convert them when the guess is confident.
//
// The zero value is ready to use.
type Builder struct {
	buf   []byte
	runs  []brun
	split bool // a line ended: the next text starts a new run
}

type brun struct {
	start, end int
	enc        Encoding
	upper      bool
}

// Add appends text of a run in encoding enc (upper: an "H" font). Adjacent
// runs of the same encoding are merged, so a VNI mark byte in the next run
// still joins its letter.
func (b *Builder) Add(text string, enc Encoding, upper bool) {
	if text == "" {
		return
	}
	if n := len(b.runs); n > 0 && !b.split && b.runs[n-1].enc == enc && b.runs[n-1].upper == upper {
		b.buf = append(b.buf, text...)
		b.runs[n-1].end = len(b.buf)
		return
	}
	start := len(b.buf)
	b.buf = append(b.buf, text...)
	b.runs = append(b.runs, brun{start, len(b.buf), enc, upper})
	b.split = false
}

// AddRune appends one rune to the run in encoding enc.
func (b *Builder) AddRune(r rune, enc Encoding, upper bool) {
	if n := len(b.runs); n > 0 && !b.split && b.runs[n-1].enc == enc && b.runs[n-1].upper == upper {
		b.buf = utf8.AppendRune(b.buf, r)
		b.runs[n-1].end = len(b.buf)
		return
	}
	start := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	b.runs = append(b.runs, brun{start, len(b.buf), enc, upper})
	b.split = false
}

// AddStructure appends layout characters (newline, tab, '|') that belong to
// no run; they join the current run, since every encoding keeps ASCII. A
// newline ends the run: the encoding of text in fonts with no telling name is
// detected line by line.
func (b *Builder) AddStructure(s string) {
	if n := len(b.runs); n > 0 {
		b.buf = append(b.buf, s...)
		b.runs[n-1].end = len(b.buf)
	} else {
		b.Add(s, Unicode, false)
	}
	if strings.IndexByte(s, '\n') >= 0 {
		b.split = true
	}
}

// Len returns the number of bytes added so far.
func (b *Builder) Len() int { return len(b.buf) }

// LastByte returns the last byte added, 0 when none.
func (b *Builder) LastByte() byte {
	if len(b.buf) == 0 {
		return 0
	}
	return b.buf[len(b.buf)-1]
}

// Text converts the runs and returns the document's text (NFC), the
// encoding that produced most of its Vietnamese letters (Mixed when a second
// one produced a tenth or more of them), and the confidence of that encoding
// (1 when it came from font names).
func (b *Builder) Text() (string, Encoding, float64) {
	asUnicode := b.legacyAsUnicode()
	guess, conf, lineEnc := b.guessUnnamed()
	text, letters := b.convert(asUnicode, guess, lineEnc)
	best, second := Unicode, Unknown
	for e := Unicode; e <= VIQR; e++ {
		if letters[e] > letters[best] {
			second, best = best, e
		} else if e != best && (second == Unknown || letters[e] > letters[second]) {
			second = e
		}
	}
	total := 0
	for e := Unicode; e <= VIQR; e++ {
		total += letters[e]
	}
	if best.Legacy() && guess != best {
		conf = 1
	}
	if second != Unknown && letters[second] >= 10 && letters[second]*10 >= total {
		return nfc(text), Mixed, conf
	}
	return nfc(text), best, conf
}

// legacyAsUnicode tells, per legacy encoding, whether the runs in its fonts
// read as Unicode already: mostly Vietnamese letters, few Latin-1 bytes.
func (b *Builder) legacyAsUnicode() (asUnicode [Mixed + 1]bool) {
	var vietU, high [Mixed + 1]int
	for _, r := range b.runs {
		if !r.enc.Legacy() {
			continue
		}
		s := string(b.buf[r.start:r.end])
		for _, c := range s {
			if isVietLetter(c) {
				vietU[r.enc]++
			} else if c >= 0x80 && c <= 0xFF {
				high[r.enc]++
			}
		}
	}
	for e := TCVN3; e <= VIQR; e++ {
		asUnicode[e] = vietU[e] > 0 && vietU[e]*10 >= 3*(vietU[e]+high[e])
	}
	return asUnicode
}

// guessUnnamed detects legacy text in fonts with no telling name: per line
// (a paragraph or a table cell), keyed by the line's first run, and over the
// whole document (guess, with its confidence) for lines with too few words
// to decide.
func (b *Builder) guessUnnamed() (guess Encoding, conf float64, lineEnc map[int]Encoding) {
	guess, conf = Unicode, 1.0
	lineEnc = map[int]Encoding{}
	var probe, line strings.Builder
	lineStart := -1
	flush := func() {
		if lineStart >= 0 && line.Len() > 0 {
			e, c, n := detectTextEvidence(line.String())
			if n >= 3 && (e.Legacy() && c >= 0.5 || e == Unicode && c >= 0.9) {
				lineEnc[lineStart] = e
			}
			if probe.Len() < 1<<16 {
				probe.WriteString(line.String())
				probe.WriteByte(' ')
			}
		}
		line.Reset()
		lineStart = -1
	}
	for i, r := range b.runs {
		if lineStart < 0 {
			lineStart = i
		}
		if !r.enc.Legacy() {
			if s := b.buf[r.start:r.end]; hasLatin1High(s) {
				line.Write(s)
				line.WriteByte(' ')
			}
		}
		if bytes.IndexByte(b.buf[r.start:r.end], '\n') >= 0 {
			flush()
		}
	}
	flush()
	if probe.Len() > 0 {
		e, c := DetectText(probe.String())
		if e.Legacy() && c >= 0.5 {
			guess, conf = e, c
		}
	}
	return guess, conf, lineEnc
}

// convert decodes every run with the encoding decided for it and counts the
// accented letters each encoding produced.
func (b *Builder) convert(asUnicode [Mixed + 1]bool, guess Encoding, lineEnc map[int]Encoding) (string, [Mixed + 1]int) {
	var out strings.Builder
	out.Grow(len(b.buf) + len(b.buf)/8)
	var letters [Mixed + 1]int
	var segs [][2]int // output ranges converted from TCVN3
	cur := guess
	verified := b.verify(asUnicode)
	for i, r := range b.runs {
		if le, ok := lineEnc[i]; ok {
			cur = le
		}
		s := string(b.buf[r.start:r.end])
		e := r.enc
		if e.Legacy() && asUnicode[e] {
			e = Unicode
		} else if e.Legacy() {
			e = verified[i]
		}
		if e == Unicode && cur != Unicode && hasLatin1High(b.buf[r.start:r.end]) {
			e = cur
		}
		if bytes.IndexByte(b.buf[r.start:r.end], '\n') >= 0 {
			cur = guess
		}
		if e.Legacy() && HasVietnamese(s) {
			e = Unicode
		}
		t := DecodeRunes(s, e, r.upper)
		for _, c := range t {
			if c >= 0xC0 && unicode.IsLetter(c) {
				letters[e]++
			}
		}
		if e == TCVN3 && !r.upper {
			if n := len(segs); n > 0 && segs[n-1][1] == out.Len() {
				segs[n-1][1] += len(t)
			} else {
				segs = append(segs, [2]int{out.Len(), out.Len() + len(t)})
			}
		}
		out.WriteString(t)
	}
	text := out.String()
	if len(segs) > 0 {
		text = capsLines(text, segs)
	}
	return text, letters
}

// capsLines capitalises the TCVN3 letters of lines typed in capitals. TCVN3
// has no accented capitals outside the "H" fonts, so a heading typed in
// capitals in .VnTime carries lower-case accented letters ("Kế HOạCH", "Số:
// 12/QĐ-UB"); a line (or table cell) whose ASCII letters are all capitals,
// three at least, is read as capitals throughout. segs are the byte ranges of
// text converted from TCVN3.
func capsLines(s string, segs [][2]int) string {
	var out []byte
	done := 0 // s[:done] is in out (when out != nil)
	seg := 0
	for ls := 0; ls < len(s); {
		le := ls
		upper, lower := 0, 0
		for le < len(s) && s[le] != '\n' && s[le] != '|' {
			c := s[le]
			if 'A' <= c && c <= 'Z' {
				upper++
			} else if 'a' <= c && c <= 'z' {
				lower++
			}
			le++
		}
		if upper >= 3 && lower == 0 {
			for seg < len(segs) && segs[seg][1] <= ls {
				seg++
			}
			for k := seg; k < len(segs) && segs[k][0] < le; k++ {
				a, z := max(segs[k][0], ls), min(segs[k][1], le)
				for i := a; i < z; {
					r, n := utf8.DecodeRuneInString(s[i:])
					if r >= 0x80 && unicode.IsLower(r) {
						if out == nil {
							out = make([]byte, 0, len(s))
						}
						out = append(out, s[done:i]...)
						out = utf8.AppendRune(out, unicode.ToUpper(r))
						done = i + n
					}
					i += n
				}
			}
		}
		ls = le + 1
	}
	if out == nil {
		return s
	}
	return string(append(out, s[done:]...))
}

func hasLatin1High(s []byte) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xC2 || s[i] == 0xC3 { // UTF-8 lead bytes of U+0080–U+00FF
			return true
		}
	}
	return false
}

// verify checks, line by line, the legacy encoding the fonts declare against
// the text: a document converted by font substitution can hold VNI text in a
// TCVN3 font. When the declared encoding turns a line's words into
// non-syllables and another one turns them into Vietnamese, the other one is
// used, for that line and for the following lines in the same declared
// encoding that have too few words to decide. It returns the encoding of
// each run.
func (b *Builder) verify(asUnicode [Mixed + 1]bool) []Encoding {
	out := make([]Encoding, len(b.runs))
	var sticky [Mixed + 1]Encoding
	for e := range sticky {
		sticky[e] = Encoding(e)
	}
	var raw [VIQR + 1]strings.Builder
	ls := 0
	for i, r := range b.runs {
		if r.enc.Legacy() && !asUnicode[r.enc] {
			raw[r.enc].Write(b.buf[r.start:r.end])
			raw[r.enc].WriteByte(' ')
		}
		last := i == len(b.runs)-1
		if !last && bytes.IndexByte(b.buf[r.start:r.end], '\n') < 0 {
			continue
		}
		for x := TCVN3; x <= VIQR; x++ {
			if raw[x].Len() == 0 {
				continue
			}
			text := raw[x].String()
			raw[x].Reset()
			conv := DecodeRunes(text, x, false)
			skipCaps := true
			g, bad := syllables(conv, false)
			if g+bad < 2 { // a line in capitals: its words are the evidence
				skipCaps = false
				g, bad = syllables(conv, true)
				if g+bad < 2 {
					continue
				}
			}
			if bad == 0 || bad*3 <= g {
				sticky[x] = x
				continue
			}
			good, bd, _ := scoreUnits(runeSource(text), skipCaps)
			best, bestScore := x, good[x]-bd[x]
			for _, e := range [...]Encoding{TCVN3, VNI, CP1258} {
				if sc := good[e] - bd[e]; sc > bestScore+1 && good[e] >= 2 {
					best, bestScore = e, sc
				}
			}
			sticky[x] = best
		}
		for k := ls; k <= i; k++ {
			out[k] = sticky[b.runs[k].enc]
		}
		ls = i + 1
	}
	return out
}

// syllables counts the words of converted text that are Vietnamese
// syllables (good) and not (bad), among the words with a letter beyond ASCII
// and a lower-case letter (words in capitals are often abbreviations) unless
// caps is set.
func syllables(s string, caps bool) (good, bad int) {
	start := -1
	high, lower := false, false
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start, high, lower = i, false, false
			}
			if r >= 0x80 {
				high = true
			}
			if caps || unicode.IsLower(r) {
				lower = true
			}
			continue
		}
		if start >= 0 {
			if high && lower {
				if validSyllable(s[start:i]) {
					good++
				} else {
					bad++
				}
			}
			start = -1
		}
	}
	if start >= 0 && high && lower {
		if validSyllable(s[start:]) {
			good++
		} else {
			bad++
		}
	}
	return good, bad
}
