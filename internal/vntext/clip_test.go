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
