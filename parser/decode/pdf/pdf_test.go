package pdf

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func lines(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\f' })
}

// TestHeaderTable: the two cells of each row of the header table come out
// on lines of their own, whichever the file draws first.
func TestHeaderTable(t *testing.T) {
	for _, name := range []string{"header.pdf", "header-motto-first.pdf"} {
		res, err := Decode(readTestdata(t, name), Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ls := lines(res.Text)
		for _, want := range []string{"Số: 09/2023/TT-BLĐTBXH", "Hà Nội, ngày 29 tháng 9 năm 2023",
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BỘ LAO ĐỘNG - THƯƠNG BINH", "Điều 1. Phạm vi điều chỉnh"} {
			if !slices.Contains(ls, want) {
				t.Errorf("%s: no line %q in\n%s", name, want, res.Text)
			}
		}
		if res.Pages != 1 || !slices.Equal(res.PageStarts, []int{0}) || len(res.NoTextPages) != 0 || res.Encoding != "utf-8" {
			t.Errorf("%s: pages %d, starts %v, no text %v, encoding %q", name, res.Pages, res.PageStarts, res.NoTextPages, res.Encoding)
		}
	}
}

// TestScannedPage: a page with an image and only the running header as
// text is reported; its start is still known.
func TestScannedPage(t *testing.T) {
	res, err := Decode(readTestdata(t, "scan.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages != 2 || !slices.Equal(res.NoTextPages, []int{2}) || len(res.PageStarts) != 2 {
		t.Fatalf("pages %d, no text %v, starts %v", res.Pages, res.NoTextPages, res.PageStarts)
	}
	second := res.Text[res.PageStarts[1]:]
	if !strings.HasPrefix(second, "CÔNG BÁO/Số 12 + 13/Ngày 05-01-2024") || res.Text[res.PageStarts[1]-1] != '\f' {
		t.Errorf("page 2 starts %q", second)
	}
	if !strings.Contains(res.Text[:res.PageStarts[1]], "Điều 2. Hiệu lực thi hành") {
		t.Errorf("page 1 text missing")
	}
}

// TestScanOnly: a PDF without any text layer is an error, not an empty
// document.
func TestScanOnly(t *testing.T) {
	res, err := Decode(readTestdata(t, "scan-only.pdf"), Options{})
	if !errors.Is(err, ErrNoTextLayer) || res != nil {
		t.Fatalf("got %v, %v; want ErrNoTextLayer", res, err)
	}
	if err.Error() != "scanned PDF without a text layer: run OCR first" {
		t.Errorf("message %q", err)
	}
}

// TestRotatedTable: a table turned 90° reads cell by cell, words intact.
func TestRotatedTable(t *testing.T) {
	res, err := Decode(readTestdata(t, "rotated.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ls := lines(res.Text)
	for _, want := range []string{"Số điện thoại", "Thời gian đóng bảo hiểm", "Nguyễn Văn An", "0987 654 321"} {
		if !slices.Contains(ls, want) {
			t.Errorf("no line %q in\n%s", want, res.Text)
		}
	}
}

// TestLimits: too many pages, a page over its time, and broken files are
// errors; the engine keeps working after an instance was killed.
func TestLimits(t *testing.T) {
	scan := readTestdata(t, "scan.pdf")
	if _, err := Decode(scan, Options{MaxPages: 1}); !errors.Is(err, ErrTooManyPages) {
		t.Errorf("MaxPages 1: %v", err)
	}
	if _, err := Decode(scan, Options{PageTimeout: time.Nanosecond}); !errors.Is(err, ErrTimeout) {
		t.Errorf("PageTimeout 1ns: %v", err)
	}
	if _, err := Decode(scan, Options{}); err != nil {
		t.Errorf("after a timeout: %v", err)
	}
	if _, err := Decode([]byte("plain text"), Options{}); !errors.Is(err, ErrNotPDF) {
		t.Errorf("text: %v", err)
	}
	for _, b := range [][]byte{[]byte("%PDF-1.7\n"), []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"), scan[:len(scan)/3]} {
		res, err := Decode(b, Options{})
		if err == nil && (len(res.PageStarts) != res.Pages || !utf8.ValidString(res.Text)) {
			t.Errorf("%q...: inconsistent result", b[:min(len(b), 20)])
		}
	}
}

// TestConcurrent: more callers than instances wait for one and all get the
// same text.
func TestConcurrent(t *testing.T) {
	data := readTestdata(t, "header.pdf")
	want, err := Decode(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := Decode(data, Options{})
			if err == nil && got.Text != want.Text {
				err = errors.New("text differs")
			}
			if err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestPageList(t *testing.T) {
	if got := PageList([]int{1, 3, 4, 5, 7, 8}); got != "1, 3-5, 7-8" {
		t.Errorf("got %q", got)
	}
}

// TestNoPages: a page tree with no page, well formed or broken (a /Pages
// reference PDFium cannot follow, as a fuzzed file had), is an unusable
// file, not a document of no pages.
func TestNoPages(t *testing.T) {
	for name, src := range map[string]string{
		"empty page tree": "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" +
			"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
		"broken pages reference": "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n" +
			"trailer << /Root 1 0 R >>\n%%EOF",
	} {
		res, err := Decode([]byte(src), Options{})
		if !errors.Is(err, ErrBroken) || res != nil {
			t.Errorf("%s: result %v, error %v; want ErrBroken", name, res, err)
		}
	}
}
