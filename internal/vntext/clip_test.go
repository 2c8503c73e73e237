package vntext

import "testing"

func TestClip(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"Luật Đất đai", 12, "Luật Đất đai"}, // exactly n runes: kept
		{"Luật Đất đai", 5, "Luật…"},         // the space before the cut dropped
		{"Nghị định quy định chi tiết", 9, "Nghị định…"},
		{"abc", 0, "…"},
		{"abc", -1, "…"}, // no panic on a negative length
	} {
		if got := Clip(c.s, c.n); got != c.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}

func TestHead(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"aăb", 2, "a"}, // ă is two bytes: its first one is not kept alone
		{"aăb", 3, "aă"},
		{"aăb", 10, "aăb"},
		{"ăb", 1, ""},
	} {
		if got := Head(c.s, c.n); got != c.want {
			t.Errorf("Head(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
		if got := Head([]byte(c.s), c.n); string(got) != c.want {
			t.Errorf("Head([]byte(%q), %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}
