package refs

import (
	"bytes"

	"github.com/vnlegal/vanban/parser/symbol"
)

// trig marks the bytes where the scanner looks closer (1, else 0).
var trig [256]uint8

func init() {
	for _, c := range []byte("BCDGHKLNPQSTV") {
		trig[c] = 1
	}
	trig['/'] = 1
	trig['-'] = 1
	trig[0xE2] = 1 // Unicode dashes
	// Đ (C4 90) and Á (C3 81) are found by their second byte: their lead
	// bytes also lead most Vietnamese lower-case vowels and đ, and would stop
	// the scan every few letters
	trig[0x90] = 1
	trig[0x81] = 1
}

func (s *scanner) run() {
	t := s.t
	n := len(t)
	for i := 0; i < n; i++ {
		// triggers come every few dozen bytes: test four at a time with one
		// branch, then find the byte
		for i+4 <= n {
			u := t[i : i+4 : i+4]
			if trig[u[0]]|trig[u[1]]|trig[u[2]]|trig[u[3]] != 0 {
				break
			}
			i += 4
		}
		for i < n && trig[t[i]] == 0 {
			i++
		}
		if i >= n {
			break
		}
		c := t[i]
		switch {
		case c == '/' || c == '-':
			s.symbolAnchor(i)
		case c == 0xE2:
			if symbol.DashLen(t, i) > 0 {
				s.symbolAnchor(i)
			}
		case c == 0x90:
			// the anchor is the lead byte: when the scan resumes between the
			// two bytes, typeAnchor finds i-1 consumed and returns
			if i > 0 && t[i-1] == 0xC4 && boundaryBefore(t, i-1) { // Đ
				s.typeAnchor(i - 1)
			}
		case c == 0x81:
			if i > 0 && t[i-1] == 0xC3 && boundaryBefore(t, i-1) { // Á
				s.typeAnchor(i - 1)
			}
		default:
			if c < 0x80 && boundaryBefore(t, i) {
				s.typeAnchor(i)
			}
		}
		if s.pos > i+1 {
			i = s.pos - 1
		}
	}
}

// lineStart returns the start of the line containing p. The citations come
// in text order, mostly several to a line: the last answer is kept, so that
// only the text since the last question is searched.
func (s *scanner) lineStart(p int) int {
	if p >= s.lsP {
		if i := bytes.LastIndexByte(s.t[s.lsP:p], '\n'); i >= 0 {
			s.lsStart = s.lsP + i + 1
		}
		s.lsP = p
		return s.lsStart
	}
	i := bytes.LastIndexByte(s.t[:p], '\n')
	return i + 1
}

// word is the one word reader of the scanner: it reads the word (letters,
// digits, marks) at p and returns its lower case and its end. The lower case
// is in s.wbuf, valid until the next read; an empty word when none starts at p.
func (s *scanner) word(p int) (lower []byte, end int) {
	end = wordEnd(s.t, p)
	return s.lowered(s.t[p:end]), end
}

// nameWalk is a walk along a name word by word (an issuer, a law's name, a
// Party resolution's name). It owns what the walks share: where the next word
// is read, the word read there, how many words the name has taken (at most
// max) and where the last of them ends; each caller keeps its own rules for
// where the name stops.
type nameWalk struct {
	s     *scanner
	at    int    // where the word read next starts
	low   []byte // that word in lower case (in s.wbuf: valid until the next read)
	end   int    // that word's end
	words int    // words taken, conjunctions included
	max   int
	last  int // end of the name so far (its start before any word is taken)
}

// walkName starts a walk of at most max words at p.
func (s *scanner) walkName(p, max int) nameWalk {
	return nameWalk{s: s, at: p, max: max, last: p}
}

// next reads the word at w.at into w.low and w.end, and reports whether the
// name may take it: false where no word starts at w.at (as at the end of the
// text) or once the name has its most words. The caller makes w.low a string
// itself, on its own stack: a string made here would escape. Small enough to
// inline.
func (w *nameWalk) next() bool {
	w.low, w.end = w.s.word(w.at)
	return w.end > w.at && w.words < w.max
}

// take adds the word ending at end to the name. The caller then moves w.at to
// where the name goes on, or stops the walk.
func (w *nameWalk) take(end int) {
	w.words++
	w.last = end
}

// join counts a conjunction ("và") as a word of the name without ending the
// name on it, and goes on at at.
func (w *nameWalk) join(at int) {
	w.words++
	w.at = at
}

// lowered returns the lower case of b in s.wbuf, valid until the next read.
func (s *scanner) lowered(b []byte) []byte {
	s.wbuf = lowerAppend(s.wbuf[:0], b)
	return s.wbuf
}
