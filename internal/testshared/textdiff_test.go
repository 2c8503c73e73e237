package testshared

import "testing"

func TestFirstLineDiff(t *testing.T) {
	for _, c := range []struct {
		got, want string
		n         int
		g, w      string
	}{
		{"a\nb\nc", "a\nb\nc", 0, "", ""},
		{"a\nb\nc", "a\nx\nc", 2, "b", "x"},
		{"a\nb", "a\nb\nc", 3, "", "c"}, // want is longer
		{"a\nb\n", "a\nb", 3, "", ""},   // a final line break is a line more
	} {
		n, g, w := FirstLineDiff(c.got, c.want)
		if n != c.n || g != c.g || w != c.w {
			t.Errorf("FirstLineDiff(%q, %q) = %d %q %q, want %d %q %q", c.got, c.want, n, g, w, c.n, c.g, c.w)
		}
	}
}
