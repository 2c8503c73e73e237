// Package textcheck holds what the format decoders' tests share: a
// comparison of two texts that reports the first line that differs.
package textcheck

import (
	"strings"
	"testing"
)

// Lines fails t at the first line where got and want differ, quoting both
// lines and printing the whole of got.
func Lines(t testing.TB, got, want string) {
	t.Helper()
	if got == want {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Fatalf("line %d:\n got %q\nwant %q\nfull text:\n%s", i+1, g, w, got)
		}
	}
}
