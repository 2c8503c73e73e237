package vnenc

import (
	"unicode/utf8"
)

// maxDetectWords bounds the work of one detection.
const maxDetectWords = 4000

// Detect guesses the encoding of text given as bytes with no font name. Valid
// UTF-8 is judged by DetectText. Other input is tried as TCVN3, VNI,
// Windows-1258 and VIQR; the winner is the encoding whose conversion turns the
// most words with non-ASCII bytes into Vietnamese syllables, and it must beat
// reading the bytes as Windows-1252 (text in French, Spanish or German, whose
// accented words are not Vietnamese syllables under any table, stays
// Unicode). The confidence is in [0, 1].
func Detect(b []byte) (Encoding, float64) {
	if utf8.Valid(b) {
		for _, c := range b {
			if c >= 0x80 {
				return DetectText(string(b))
			}
		}
		return detectUnits(byteSource(b))
	}
	return detectUnits(byteSource(b))
}

// DetectText guesses the encoding of text whose runes may be the
// Windows-1252/Latin-1 view of legacy bytes. Text that holds Vietnamese
// Unicode letters (U+1EA0–U+1EF9, precomposed ă ơ ư đ) is Unicode with
// confidence 1 and is never converted.
func DetectText(s string) (Encoding, float64) {
	if HasVietnamese(s) {
		return Unicode, 1
	}
	e, c, _ := detectTextEvidence(s)
	return e, c
}

var candidates = [...]Encoding{TCVN3, VNI, CP1258, VIQR}

func detectUnits(u units) (Encoding, float64) {
	e, c, _ := detectEvidence(u)
	return e, c
}

// detectEvidence is detectUnits that also returns the number of words that
// decided (words with bytes ≥ 0x80 or VIQR marks).
func detectEvidence(u units) (Encoding, float64, int) {
	good, bad, words := scoreUnits(u, false)
	if words == 0 {
		return Unicode, 1, 0
	}
	best, bestScore := Unicode, good[Unicode]-bad[Unicode]
	for _, e := range candidates {
		if s := good[e] - bad[e]; good[e] > 0 && s > bestScore {
			best, bestScore = e, s
		}
	}
	g, n := float64(good[best]), float64(good[best]+bad[best])
	if best == Unicode {
		if n == 0 {
			return Unicode, 0.5, words
		}
		// Latin text that no table turns into Vietnamese; a table that
		// reads more words than Unicode does (but more bad ones too) leaves
		// it an even guess, never below.
		return Unicode, 0.5 + 0.5*max(0, 1-bestOther(good, bad)/n), words
	}
	conf := (g / n) * (n / (n + 2))
	return best, conf, words
}

// detectTextEvidence is DetectText with the number of deciding words.
func detectTextEvidence(s string) (Encoding, float64, int) {
	if HasVietnamese(s) {
		return Unicode, 1, 1
	}
	u := runeSource(s)
	for i, v := range u {
		switch v {
		case 0x2212 + 0x10000000:
			u[i] = 0xAD
		case 0x2219 + 0x10000000:
			u[i] = 0xB7
		}
	}
	return detectEvidence(u)
}

func bestOther(good, bad [VIQR + 1]int) float64 {
	m := 0
	for _, e := range candidates {
		if good[e] > m {
			m = good[e]
		}
	}
	return float64(m)
}

func wordUnit(v rune) bool {
	if v >= 0x80 {
		return v < 0x100 && v != 0xA0 && v != 0xD7 && v != 0xF7 && !(v >= 0x80 && v <= 0x9F && cp1252[v] >= 0x2000)
	}
	c := v | 0x20
	return c >= 'a' && c <= 'z'
}

// viqrMark reports whether u[j] is a VIQR mark character that follows a
// letter inside a word.
func viqrMark(u units, j int) bool {
	if j == 0 {
		return false
	}
	prev := u[j-1]
	after := wordUnit(prev) && prev < 0x80 || prev == '^' || prev == '(' || prev == '+'
	switch u[j] {
	case '^', '(', '+', '\'', '`', '~':
		return after
	case '?', '.':
		return after && j+1 < len(u) && wordUnit(u[j+1]) && u[j+1] < 0x80
	}
	return false
}

// scoreUnits counts, for each candidate encoding and for reading the bytes as
// Windows-1252 (Unicode), the words that convert to Vietnamese syllables
// (good) and those that do not (bad). Only words with bytes ≥ 0x80 or VIQR
// marks count; with skipCaps, words in capitals (abbreviations such as NĐ,
// QĐ) do not count either.
func scoreUnits(u units, skipCaps bool) (good, bad [VIQR + 1]int, words int) {
	var tok []byte
	i := 0
	for i < len(u) && words < maxDetectWords {
		// A word: ASCII letters, bytes ≥ 0x80, and VIQR marks inside.
		if !wordUnit(u[i]) {
			i++
			continue
		}
		j := i
		high, viqr := false, false
		caps, lower := 0, 0
		tok = tok[:0]
		for j < len(u) && (wordUnit(u[j]) || viqrMark(u, j)) {
			c := u[j]
			if c >= 0x80 {
				high = true
			} else if c < 'A' {
				viqr = true
			} else if c <= 'Z' {
				caps++
			} else if c >= 'a' && c <= 'z' {
				lower++
			}
			tok = append(tok, byte(c))
			j++
		}
		i = j
		if skipCaps && lower == 0 && caps >= 1 {
			continue
		}
		if !high && !viqr {
			if len(tok) >= 2 && (tok[0]|0x20) == 'd' && (tok[1]|0x20) == 'd' {
				viqr = true
			} else {
				continue
			}
		}
		words++
		// Trailing VIQR-ambiguous punctuation belongs to the sentence.
		for len(tok) > 0 && (tok[len(tok)-1] == '.' || tok[len(tok)-1] == '?') {
			tok = tok[:len(tok)-1]
		}
		for _, e := range candidates {
			if e == VIQR && high {
				continue
			}
			if e != VIQR && !high {
				continue
			}
			w := DecodeBytes(tok, e, false)
			if validSyllable(w) {
				good[e]++
			} else {
				bad[e]++
			}
		}
		if high {
			if validSyllable(DecodeBytes(tok, Unicode, false)) {
				good[Unicode]++
			} else {
				bad[Unicode]++
			}
		}
	}
	return good, bad, words
}
