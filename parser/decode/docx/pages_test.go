package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
)

// zipWith builds a zip holding the given parts.
func zipWith(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const appXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>3</TotalTime><Pages>%s</Pages><Words>1200</Words></Properties>`

func TestPageCount(t *testing.T) {
	cases := []struct {
		name  string
		parts map[string]string
		want  int
	}{
		{"pages", map[string]string{"docProps/app.xml": fmt.Sprintf(appXML, "12")}, 12},
		{"spaces", map[string]string{"docProps/app.xml": fmt.Sprintf(appXML, " 7 ")}, 7},
		{"upper-case part name", map[string]string{"DOCPROPS/APP.XML": fmt.Sprintf(appXML, "3")}, 3},
		{"zero", map[string]string{"docProps/app.xml": fmt.Sprintf(appXML, "0")}, 0},
		{"negative", map[string]string{"docProps/app.xml": fmt.Sprintf(appXML, "-2")}, 0},
		{"not a number", map[string]string{"docProps/app.xml": fmt.Sprintf(appXML, "x")}, 0},
		{"no part", map[string]string{"word/document.xml": "<w:document/>"}, 0},
		{"no element", map[string]string{"docProps/app.xml": `<Properties><Words>3</Words></Properties>`}, 0},
		// a <Pages> nested deeper is not the document's page count
		{"nested", map[string]string{"docProps/app.xml": `<Properties><X><Pages>9</Pages></X></Properties>`}, 0},
		{"broken xml", map[string]string{"docProps/app.xml": `<Properties><Pages>4`}, 0},
	}
	for _, c := range cases {
		if got := PageCount(zipWith(t, c.parts)); got != c.want {
			t.Errorf("%s: PageCount = %d, want %d", c.name, got, c.want)
		}
	}
	for _, junk := range [][]byte{nil, []byte("PK\x03\x04"), []byte("not a zip at all")} {
		if got := PageCount(junk); got != 0 {
			t.Errorf("PageCount(%q) = %d, want 0", junk, got)
		}
	}
}

// TestPageCountCorpus reads the page counts of real files, checked by
// opening their docProps/app.xml by hand.
func TestPageCountCorpus(t *testing.T) {
	want := map[string]int{
		"171_anle_an-le-01-docx.docx":          4,
		"179_anle_an-le-so-13-docx.docx":       9,
		"181_anle_an-le-so-15-docx.docx":       3,
		"186_luat_an-ninh-mang-2018-docx.docx": 1, // written by a converter that never paginated
		"208_vbhn_46-vbhn-bqp-ocr-docx.docx":   0, // no docProps/app.xml
	}
	for name, n := range want {
		if got := PageCount(testshared.ReadCorpus(t, name)); got != n {
			t.Errorf("%s: PageCount = %d, want %d", name, got, n)
		}
	}
}

func FuzzPageCount(f *testing.F) {
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if n := PageCount(data); n < 0 {
			t.Fatalf("negative page count %d", n)
		}
	})
}
