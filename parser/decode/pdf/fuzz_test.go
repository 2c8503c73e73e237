package pdf

import (
	"errors"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/testshared"
)

// FuzzPDF feeds arbitrary bytes, and mutations of the test PDFs, to Decode:
// no panic, no hang (each step is bounded by the page time limit), and a
// result that holds together: valid UTF-8, one non-decreasing page start
// per page within the text, text-less pages within the page count.
//
// Only small seeds: the fuzzer minimises every new input byte by byte, and a
// 30 KB PDF at 100 ms a run keeps it minimising for hours. Run it with
// -fuzzminimizetime=10s for the same reason.
func FuzzPDF(f *testing.F) {
	testshared.AddSeeds(f, 4<<10, "testdata/*.pdf")
	for _, s := range []string{
		"%PDF-1.4",
		"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
			"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n" +
			"4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 20 100 Td (Dieu 1. Pham vi) Tj ET\nendstream endobj\n" +
			"5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
		"%PDF-1.7\n1 0 obj << /Type /Pages /Kids [1 0 R] /Count 1000000 >> endobj\ntrailer << /Root 1 0 R >>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		defer testshared.Watchdog(30*time.Second, "Decode")()
		res, err := Decode(src, Options{PageTimeout: 2 * time.Second, MaxPages: 50})
		if err != nil {
			if res != nil {
				t.Fatalf("error %v with a result", err)
			}
			if errors.Is(err, ErrEngine) {
				t.Fatal(err)
			}
			return
		}
		if !utf8.ValidString(res.Text) {
			t.Fatal("invalid UTF-8")
		}
		if len(res.PageStarts) != res.Pages {
			t.Fatalf("%d page starts for %d pages", len(res.PageStarts), res.Pages)
		}
		last := 0
		for _, s := range res.PageStarts {
			if s < last || s > len(res.Text) {
				t.Fatalf("page starts %v, text length %d", res.PageStarts, len(res.Text))
			}
			last = s
		}
		for _, p := range res.NoTextPages {
			if p < 1 || p > res.Pages {
				t.Fatalf("page %d without text out of 1..%d", p, res.Pages)
			}
		}
		if len(res.NoTextPages) >= res.Pages {
			t.Fatal("a PDF with no text layer decoded without ErrNoTextLayer")
		}
	})
}
