package structure

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/vnlegal/vanban/internal/vntext"
)

// The fast paths must agree with package unicode on every rune.
func TestLetterCaseMatchesUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		letter, lower, upper := vntext.LetterCase(r)
		if letter != unicode.IsLetter(r) || lower != unicode.IsLower(r) || upper != unicode.IsUpper(r) {
			t.Fatalf("vntext.LetterCase(%U) = %v %v %v", r, letter, lower, upper)
		}
		if vntext.LowerRune(r) != unicode.ToLower(r) {
			t.Fatalf("vntext.LowerRune(%U) = %U, want %U", r, vntext.LowerRune(r), unicode.ToLower(r))
		}
	}
}

// lowerSameLenByRunes is the definition lowerSameLen must agree with.
func lowerSameLenByRunes(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		lr := unicode.ToLower(r)
		if utf8.RuneLen(lr) != utf8.RuneLen(r) {
			lr = r
		}
		b = utf8.AppendRune(b, lr)
	}
	return string(b)
}

func TestLowerSameLen(t *testing.T) {
	for _, s := range []string{"", "abc", "ỦY BAN NHÂN DÂN", "Hà Nội, ngày 5", "K\u212aİ", "ab\xffCD", "đã ký", "Ⱥ"} {
		assert.Equal(t, lowerSameLenByRunes(s), lowerSameLen(s), "%q", s)
	}
}

func FuzzLowerSameLen(f *testing.F) {
	f.Add("ỦY BAN NHÂN DÂN tỉnh")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lowerSameLen(s), lowerSameLenByRunes(s); got != want {
			t.Fatalf("lowerSameLen(%q) = %q, want %q", s, got, want)
		}
	})
}

// splitLines marks lines without markup; text() must equal stripMarkup either way.
func TestLineTextMatchesStripMarkup(t *testing.T) {
	src := "**Điều 1.** Phạm vi\nplain line\n__x__\n  * bullet *  \n\nsnake_case here\nlast"
	plain := 0
	for _, l := range splitLines(src) {
		assert.Equal(t, stripMarkup(l.s), l.text(), "%q", l.s)
		if l.plain {
			plain++
		}
	}
	assert.Equal(t, 2, plain) // "plain line" and "last"
}

func TestStartsLowerWordMatchesDefinition(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r) + "x"
		want := r != utf8.RuneError && strings.ToLower(string(r)) == string(r) && strings.ToUpper(string(r)) != string(r)
		if startsLowerWord(s) != want {
			t.Fatalf("startsLowerWord(%U) = %v", r, !want)
		}
	}
}

func fieldsByNextWord(s string) []string {
	var out []string
	for _, x, next := nextWord(s, 0); x != ""; _, x, next = nextWord(s, next) {
		out = append(out, x)
	}
	return out
}

func FuzzNextField(f *testing.F) {
	for _, s := range []string{"", " a  b\tc ", "ỦY\u00a0BAN\u2003x", "\xff \xfe", "\u0085x\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Fields(s)
		got := fieldsByNextWord(s)
		if len(want) == 0 && len(got) == 0 {
			return
		}
		assert.Equal(t, want, got)
		assert.Equal(t, len(want) >= 2, hasTwoWords(s))
		assert.Equal(t, len(want) >= 5, fieldsAtLeast(s, 5))
	})
}

// A section's text is a substring of the source when its lines are
// consecutive, and a join otherwise; both read the same.
func TestNodeJoinedText(t *testing.T) {
	src := "a) one\ntwo\n\nthree \nfour"
	ls := splitLines(src)
	var n node
	n.addText("one", ls[0].srcOffset("one"), src)
	n.addText(ls[1].s, ls[1].srcOffset(ls[1].s), src)
	assert.True(t, n.spanOK)
	assert.Equal(t, "one\ntwo", n.joinedText(src))
	n.addText(ls[2].s, ls[2].srcOffset(ls[2].s), src) // after a blank line
	assert.False(t, n.spanOK)
	assert.Equal(t, "one\ntwo\nthree", n.joinedText(src))
	var m node
	m.addText("x", -1, src)
	m.addText(ls[3].s, ls[3].srcOffset(ls[3].s), src)
	assert.Equal(t, "x\nfour", m.joinedText(src))
	assert.Equal(t, -1, ls[0].srcOffset("zzz"))
}

func FuzzConcatEqual(f *testing.F) {
	f.Add("p", "1", "", "p1")
	f.Add("dieu_", "5", "dieu_5", "")
	f.Add("ab", "c", "a", "bd")
	f.Fuzz(func(t *testing.T, a1, a2, b1, b2 string) {
		if got, want := concatEqual(a1, a2, b1, b2), a1+a2 == b1+b2; got != want {
			t.Fatalf("concatEqual(%q, %q, %q, %q) = %v", a1, a2, b1, b2, got)
		}
	})
}
