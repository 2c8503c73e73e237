package testshared

import (
	"strings"
	"testing"
)

// FirstLineDiff returns the first line, counted from 1, where got and want
// differ, with that line of each (empty past the end of a text); 0 when the
// texts are the same.
func FirstLineDiff(got, want string) (n int, gotLine, wantLine string) {
	gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		if i >= len(gl) || i >= len(wl) {
			// one text has a line more, even an empty one
			return i + 1, lineAt(gl, i), lineAt(wl, i)
		}
		if gl[i] != wl[i] {
			return i + 1, gl[i], wl[i]
		}
	}
	return 0, "", ""
}

// lineAt is ls[i], or "" past its end.
func lineAt(ls []string, i int) string {
	if i < len(ls) {
		return ls[i]
	}
	return ""
}

// Lines fails tb at the first line where got and want differ, quoting both
// lines and printing the whole of got.
func Lines(tb testing.TB, got, want string) {
	tb.Helper()
	if got == want {
		return
	}
	n, g, w := FirstLineDiff(got, want)
	tb.Fatalf("line %d:\n got %q\nwant %q\nfull text:\n%s", n, g, w, got)
}
