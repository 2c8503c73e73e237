package parser

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
)

// TestPDFHeaderAgrees parses each shared gazette PDF and its text version:
// number, type and date must agree on at least 97% of the documents; the
// running headers and page numbers must be gone from the normalised text;
// page starts must be one per page; scanned pages are reported.
func TestPDFHeaderAgrees(t *testing.T) {
	ps := testshared.GazettePairs(t)
	same, compared, scans := 0, 0, 0
	for _, p := range ps {
		name := filepath.Base(p.PDF)
		doc, err := ParseFile(p.PDF, WithText())
		if errors.Is(err, ErrNoTextLayer) {
			scans++
			t.Logf("%s: %v", name, err)
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		ref, err := ParseFile(p.Text)
		if err != nil {
			t.Errorf("%s: text version: %v", name, err)
			continue
		}
		compared++
		if doc.Number == ref.Number && doc.Type == ref.Type && doc.Date == ref.Date {
			same++
		} else {
			t.Logf("%s: PDF %q %q %q, text %q %q %q", name, doc.Number, doc.Type, doc.Date, ref.Number, ref.Type, ref.Date)
		}
		if doc.Source.Format != "pdf" || doc.Source.Pages < 1 || len(doc.PageStarts) != doc.Source.Pages {
			t.Errorf("%s: source %+v, %d page starts", name, doc.Source, len(doc.PageStarts))
		}
		for i := 1; i < len(doc.PageStarts); i++ {
			if doc.PageStarts[i] < doc.PageStarts[i-1] || doc.PageStarts[i] > len(doc.Text) {
				t.Errorf("%s: page starts %v", name, doc.PageStarts)
				break
			}
		}
		for _, line := range strings.Split(doc.Text, "\n") {
			if strings.HasPrefix(line, "CÔNG BÁO/") {
				t.Errorf("%s: running header left in the text: %q", name, line)
			}
		}
		for _, w := range doc.Warnings {
			if w.Code == "no-text-layer" {
				t.Logf("%s: %s", name, w.Message)
			}
		}
	}
	if compared == 0 {
		t.Fatal("no PDF parsed")
	}
	share := float64(same) / float64(compared)
	t.Logf("number, type and date agree on %d of %d PDFs with a text layer (%.1f%%); %d scans without one", same, compared, 100*share, scans)
	if share < 0.97 {
		t.Errorf("agreement %.3f < 0.97", share)
	}
}

// TestPDFTestdata: the small PDFs of the decoder parse to their header
// fields; a scanned page gives a warning and a page start, a scan without
// text layer an error.
func TestPDFTestdata(t *testing.T) {
	dir := filepath.Join("decode", "pdf", "testdata")
	for _, name := range []string{"header.pdf", "header-motto-first.pdf", "scan.pdf"} {
		doc, err := ParseFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if doc.Number != "09/2023/TT-BLĐTBXH" || doc.Type != "Thông tư" || doc.Date != "2023-09-29" {
			t.Errorf("%s: %q %q %q", name, doc.Number, doc.Type, doc.Date)
		}
		warned := false
		for _, w := range doc.Warnings {
			warned = warned || w.Code == "no-text-layer" && strings.HasPrefix(w.Message, "1 of 2 pages") && strings.HasSuffix(w.Message, ": 2")
		}
		if scanned := name == "scan.pdf"; warned != scanned || doc.Source.Pages != 1+btoi(scanned) || len(doc.PageStarts) != doc.Source.Pages {
			t.Errorf("%s: warned %v, pages %d, starts %v, warnings %v", name, warned, doc.Source.Pages, doc.PageStarts, doc.Warnings)
		}
		if len(doc.Sections) > 0 && doc.PageOf(doc.Sections[0].Start) != 1 {
			t.Errorf("%s: first section on page %d", name, doc.PageOf(doc.Sections[0].Start))
		}
	}
	if _, err := ParseFile(filepath.Join(dir, "scan-only.pdf")); !errors.Is(err, ErrNoTextLayer) {
		t.Errorf("scan-only.pdf: %v, want ErrNoTextLayer", err)
	}
	if _, err := ParseFile(filepath.Join(dir, "scan.pdf"), WithMaxPages(1)); !errors.Is(err, ErrLimit) {
		t.Errorf("scan.pdf with one page allowed: %v, want ErrLimit", err)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
