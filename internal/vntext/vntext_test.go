package vntext

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// The fast paths must agree with package unicode on every rune they decide.
func TestCaseMatchesUnicode(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		letter, lower, upper := LetterCase(r)
		if letter != unicode.IsLetter(r) || lower != unicode.IsLower(r) || upper != unicode.IsUpper(r) {
			t.Fatalf("LetterCase(%U) = %v %v %v", r, letter, lower, upper)
		}
		if got, want := LowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("LowerRune(%U) = %U, want %U", r, got, want)
		}
	}
}

func TestIsCaps(t *testing.T) {
	for s, want := range map[string]bool{
		"ỦY BAN NHÂN DÂN TỈNH KON TUM": true,
		"QUYẾT ĐỊNH:":                  true,
		"Về việc ban hành":             false,
		"CHƯƠNG II – NHỮNG QUY ĐỊNH":   true,
		"I":                            false, // one capital is a label, not a line in capitals
		"I.":                           false,
		"123/2020":                     false,
		"":                             false,
		"ĐIỀU 1đ":                      false,
	} {
		assert.Equal(t, want, IsCaps(s), s)
	}
	assert.True(t, HasLower("QUYẾT định"))
	assert.False(t, HasLower("QUYẾT ĐỊNH 12/2020"))
}

func TestRoman(t *testing.T) {
	for s, want := range map[string]int{
		"I": 1, "IV": 4, "IX": 9, "XIV": 14, "XL": 40, "LXXXVIII": 88, "XC": 90, "C": 100,
		"IIII": 0, "VX": 0, "IC": 0, "VIC": 0, "": 0, "i": 0, "D": 0, "XIIII": 0,
	} {
		assert.Equal(t, want, RomanValue(s), s)
	}
	assert.True(t, IsRoman("XII"))
	assert.False(t, IsRoman("LXXXVIII "), "a space is not a numeral")
	assert.False(t, IsRoman("LXXXVIIII"))
	assert.True(t, IsRomanLetters("iii"))
	assert.True(t, IsRomanLetters(""), "the empty word has no other letter")
	assert.False(t, IsRomanLetters("III"))
	assert.False(t, IsRomanLetters("viiiiiii"))
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"quyền con người":        "quyen con nguoi",
		"ĐẢNG CỘNG SẢN VIỆT NAM": "DANG CONG SAN VIET NAM",
		"hoà hòa thuỷ thủy":      "hoa hoa thuy thuy",
		"Quyết định 366/QĐ-TTg":  "Quyet dinh 366/QD-TTg",
		"ăn ở ư ơ â ê ô":         "an o u o a e o",
		"plain ascii":            "plain ascii",
		"ho\u0300a":              "hoa", // NFD input
		"bad \xff byte":          "bad \uFFFD byte",
	} {
		assert.Equal(t, want, Fold(in), in)
	}
}

func TestSearchKey(t *testing.T) {
	assert.Equal(t, "cong tac dang", SearchKey("  Công   tác\tĐẢNG "))
	assert.Equal(t, SearchKey("hoà giải"), SearchKey("HÒA GIẢI"))
	assert.Equal(t, "", SearchKey(" \n"))
}
