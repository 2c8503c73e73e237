package html

import (
	"testing"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/testshared"
)

// FuzzHTML feeds arbitrary bytes to Text: it must not panic and must return
// valid UTF-8.
func FuzzHTML(f *testing.F) {
	testshared.AddSeeds(f, 0, "testdata/vbpl_new.html", "testdata/vbpl_old.html", "testdata/tvpl.html")
	for _, s := range []string{"", "<", "<p>a<br>b</p>", "<table><td>x<td>y", "<style>", "<svg><style></svg>",
		"<meta charset=x><p>\xe0</p>", "<pre>\r\n a</pre>", "<div class=preview-content><p>Số hiệu</p><p>1</p></div>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, meta, _, err := decodePage(b)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) {
			t.Errorf("invalid UTF-8 in text %q", text)
		}
		for k, v := range meta {
			if !utf8.ValidString(v) {
				t.Errorf("invalid UTF-8 in meta[%s]", k)
			}
		}
	})
}
