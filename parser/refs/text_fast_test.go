package refs

import (
	"testing"
	"unicode"
	"unicode/utf8"
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
	// every 1-, 2- and 3-byte sequence with a lead byte ≥ 0x80, followed by
	// nothing or by an ASCII byte
	for a := 0x80; a < 0x100; a++ {
		buf[0] = byte(a)
		check(buf[:1])
		for b := 0; b < 0x100; b++ {
			buf[1] = byte(b)
			check(buf[:2])
			for c := 0; c < 0x100; c++ {
				buf[2] = byte(c)
				check(buf[:3])
			}
		}
	}
}

func TestRuneTablesMatchUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if lowerRune(r) != unicode.ToLower(r) {
			t.Fatalf("lowerRune(%U)", r)
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
