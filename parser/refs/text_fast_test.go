package refs

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/testshared"
	"github.com/vnlegal/vanban/internal/vntext"
)

// The fast decoders and rune tables of text.go must answer exactly as the
// utf8 and unicode packages do, for valid and invalid input alike.

func TestDecodeMatchesUTF8(t *testing.T) {
	var buf [4]byte
	check := func(b []byte) {
		for p := 0; p < len(b); p++ {
			if b[p] < utf8.RuneSelf {
				continue
			}
			r1, n1 := decodeAt(b, p)
			r2, n2 := utf8.DecodeRune(b[p:])
			if r1 != r2 || n1 != n2 {
				t.Fatalf("decodeAt(% x, %d) = %U,%d; utf8 %U,%d", b, p, r1, n1, r2, n2)
			}
		}
		for p := 1; p <= len(b); p++ {
			r1, n1 := runeBefore(b, p)
			r2, n2 := utf8.DecodeLastRune(b[:p])
			if r1 != r2 || n1 != n2 {
				t.Fatalf("runeBefore(% x, %d) = %U,%d; utf8 %U,%d", b, p, r1, n1, r2, n2)
			}
		}
	}
	// every 1- and 2-byte sequence with a lead byte ≥ 0x80, and the 3-byte
	// ones with a third byte of thirdBytes
	for a := 0x80; a < 0x100; a++ {
		buf[0] = byte(a)
		check(buf[:1])
		for b := 0; b < 0x100; b++ {
			buf[1] = byte(b)
			check(buf[:2])
			for _, c := range thirdBytes() {
				buf[2] = byte(c)
				check(buf[:3])
			}
		}
	}
}

// thirdBytes are the third bytes the decoder tests try after every first and
// second byte: all 256 in the long run (VANBAN_LONG=1), else the edges of the
// UTF-8 byte classes (ASCII, the continuation subranges, each kind of lead
// byte and the bytes that never occur), where a decoder that disagrees with
// utf8 shows.
func thirdBytes() []int {
	if testshared.IsLong() {
		all := make([]int, 0x100)
		for i := range all {
			all[i] = i
		}
		return all
	}
	return []int{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
		0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF}
}

func TestRuneTablesMatchUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if vntext.LowerRune(r) != unicode.ToLower(r) {
			t.Fatalf("vntext.LowerRune(%U)", r)
		}
		if uniFlags(r) != runeFlags(r) {
			t.Fatalf("runeFlags(%U)", r)
		}
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if isWordRune(r) != want {
			t.Fatalf("isWordRune(%U)", r)
		}
	}
}

// matchCIRef states what matchCI answers without any of its byte paths:
// after p the text spells the phrase w word by word, each text rune being
// w's rune or lowering to it (unicode.ToLower), each space of w standing
// for a run of horizontal spaces with at most one line break in it, and no
// letter, digit or mark follows.
func matchCIRef(t []byte, p int, w string) int {
	q := p
	for k, word := range strings.Split(w, " ") {
		if k > 0 {
			sp := spaceRunRef.Find(t[q:])
			if len(sp) == 0 {
				return -1
			}
			q += len(sp)
		}
		for _, wr := range word {
			r, n := utf8.DecodeRune(t[q:])
			if n == 0 || r != wr && unicode.ToLower(r) != wr {
				return -1
			}
			q += n
		}
	}
	if r, n := utf8.DecodeRune(t[q:]); n > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
		return -1
	}
	return q
}

// spaceRunRef is what a space of a phrase matches: horizontal spaces (space,
// tab, NBSP) with at most one line break among them.
var spaceRunRef = regexp.MustCompile(`^[ \t\x{A0}]*(?:\r\n|\r|\n)?[ \t\x{A0}]*`)

func TestMatchCIMatchesReference(t *testing.T) {
	var phrases []string
	for _, tws := range typeIndex {
		for _, tw := range tws {
			phrases = append(phrases, tw.lower)
		}
	}
	for _, v := range relVerbs {
		phrases = append(phrases, v.w)
	}
	for _, ns := range knownLaws {
		for _, n := range ns {
			phrases = append(phrases, n.name)
		}
	}
	variants := func(w string) []string {
		up := []rune(w)
		for i := range up {
			up[i] = unicode.ToUpper(up[i])
		}
		title := []rune(w)
		title[0] = unicode.ToUpper(title[0])
		cut := w[:len(w)-1] // may cut a rune
		return []string{w, string(up), string(title), cut, "K" + w[1:], w + "a", w + " x", w + "\n", string(title) + "\xc4"}
	}
	for _, w := range phrases {
		for _, v := range variants(w) {
			for _, pre := range []string{"", " ", "\u1ea0"} {
				txt := []byte(pre + v)
				for _, pat := range phrases[:40] {
					if got, want := matchCI(txt, len(pre), pat), matchCIRef(txt, len(pre), pat); got != want {
						t.Fatalf("matchCI(%q, %q) = %d, want %d", txt, pat, got, want)
					}
				}
				if got, want := matchCI(txt, len(pre), w), matchCIRef(txt, len(pre), w); got != want {
					t.Fatalf("matchCI(%q, %q) = %d, want %d", txt, w, got, want)
				}
			}
		}
	}
}

// matchTypeRef states what matchType answers without its byte filters and
// first-byte index: of all the type nouns that matchCI accepts at p, the
// longest (at equal length, the one listed first).
func matchTypeRef(t []byte, p int) (typeWord, int, bool) {
	var best typeWord
	bestEnd := -1
	for _, tws := range typeIndex {
		for _, tw := range tws {
			if e := matchCI(t, p, tw.lower); e > 0 && (bestEnd < 0 || len(tw.lower) > len(best.lower)) {
				best, bestEnd = tw, e
			}
		}
	}
	return best, max(bestEnd, 0), bestEnd >= 0
}

func TestMatchTypeMatchesReference(t *testing.T) {
	var b []byte
	for _, tws := range typeIndex {
		for _, tw := range tws {
			w := tw.lower
			up := []rune(w)
			for i := range up {
				up[i] = unicode.ToUpper(up[i])
			}
			title := []rune(w)
			title[0] = unicode.ToUpper(title[0])
			for _, v := range []string{w, string(up), string(title), w[:len(w)-1], w[:3], string(title[:2]), "K" + w[1:]} {
				b = append(b, v...)
				b = append(b, " số 1, Thủ Tướng Chính phủ, Thành phố, Tổng, TH, Q\n"...)
			}
		}
	}
	for p := range b {
		tw1, e1, ok1 := matchType(b, p)
		tw2, e2, ok2 := matchTypeRef(b, p)
		if tw1 != tw2 || e1 != e2 || ok1 != ok2 {
			t.Fatalf("matchType at %d (%q): %v %d %v, want %v %d %v", p, b[p:min(len(b), p+20)], tw1, e1, ok1, tw2, e2, ok2)
		}
	}
}

func TestDecodeStrMatchesUTF8(t *testing.T) {
	var buf [4]byte
	for a := 0x80; a < 0x100; a++ {
		buf[0] = byte(a)
		for b := 0; b < 0x100; b++ {
			buf[1] = byte(b)
			for _, c := range thirdBytes() {
				buf[2] = byte(c)
				for _, s := range []string{string(buf[:1]), string(buf[:2]), string(buf[:3]), string(buf[:3]) + "x"} {
					r1, n1 := decodeAt(s, 0)
					r2, n2 := utf8.DecodeRuneInString(s)
					if r1 != r2 || n1 != n2 {
						t.Fatalf("decodeAt(%q) = %U,%d; utf8 %U,%d", s, r1, n1, r2, n2)
					}
				}
			}
		}
	}
}
