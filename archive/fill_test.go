package archive

import (
	"strings"
	"testing"
)

func TestFillerConstants(t *testing.T) {
	f, err := NewFiller(map[string]string{
		"Thời hạn bảo quản":     "Vĩnh viễn",
		"mode":                  "02: Không hạn chế",
		"CHẾ ĐỘ DỰ PHÒNG":       "02",
		"language":              "Tiếng Anh", // overrides the detected 01
		"Ghi chú":               "Số hóa đợt 1",
		AgencyKey:               "G09",
		FileKey:                 "H49.61.8.2017",
		"Mã định danh tài liệu": "",
	}, "")
	if err != nil {
		t.Fatal(err)
	}
	r := FromDocument(plan(), "x/VB001.pdf")
	f.Fill(&r)
	want := map[string]string{Maintenance: "01", Mode: "02", RiskRecovery: "02", Language: "02", Description: "Số hóa đợt 1", DocID: "", TypeName: "KH"}
	for k, v := range want {
		if got := r.Get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	// a mã hồ sơ without a số thứ tự gives no Mã lưu trữ, and says why
	if r.Get(ArcDocCode) != "" || len(r.Notes) != 1 || !strings.Contains(r.Notes[0], "số thứ tự") {
		t.Errorf("arcDocCode %q notes %q", r.Get(ArcDocCode), r.Notes)
	}
}

func TestFillerErrors(t *testing.T) {
	cases := []struct {
		set     map[string]string
		pattern string
		want    string
	}{
		{map[string]string{"Mã cơ quan": "G09"}, "", "unknown field"},
		{map[string]string{"Thời hạn bảo quản": "99 năm"}, "", "01: Vĩnh viễn"},
		{nil, "{hoso", "unclosed"},
		{nil, "{id}/*", "unknown {id}"},
		{nil, "{stt}.pdf", "no {hoso}"},
	}
	for _, c := range cases {
		_, err := NewFiller(c.set, c.pattern)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("NewFiller(%v, %q) = %v, want an error with %q", c.set, c.pattern, err, c.want)
		}
	}
}

func TestFileCodePattern(t *testing.T) {
	cases := []struct {
		pattern, path, agency string
		arc                   string
		notes                 int
	}{
		{"{hoso}/{stt}.*", "scan/H49.61.8.2017/12.pdf", "", "H49.61.8.2017.0000012", 0},
		{"{hoso}/{stt}.*", `C:\scan\H49.61.8.2017\0000003.pdf`, "G09", "G09.H49.61.8.2017.0000003", 0},
		{"{hoso}/VB{stt}_*", "a/b/HS-2020-05/VB007_quyet-dinh.docx", "", "HS-2020-05.0000007", 0},
		{"HS{hoso}_{stt}.*", "HS05.2020_3.doc", "", "05.2020.0000003", 0},
		{"{hoso}/{stt}.*", "lô.zip!Hồ sơ 01/2.doc", "", "Hồ sơ 01.0000002", 0},
		// {stt} takes digits only: "ab" cannot be one
		{"{hoso}/{stt}.*", "H1/ab.pdf", "", "", 1},
		// a path shorter than the pattern does not match
		{"{hoso}/{stt}.*", "12.pdf", "", "", 1},
		// only a folder: no số thứ tự
		{"{hoso}/*", "H1/x.pdf", "", "", 1},
		{"{hoso}/{stt}.*", "H1/123456789.pdf", "", "", 1},
	}
	for _, c := range cases {
		set := map[string]string{}
		if c.agency != "" {
			set[AgencyKey] = c.agency
		}
		f, err := NewFiller(set, c.pattern)
		if err != nil {
			t.Fatal(err)
		}
		r := Record{Path: c.path}
		f.Fill(&r)
		if got := r.Get(ArcDocCode); got != c.arc || len(r.Notes) != c.notes {
			t.Errorf("%q on %q: arcDocCode %q notes %q, want %q and %d notes", c.pattern, c.path, got, r.Notes, c.arc, c.notes)
		}
	}
	// a constant Mã lưu trữ tài liệu wins over the pattern
	f, _ := NewFiller(map[string]string{"arcDocCode": "X.1"}, "{hoso}/{stt}.*")
	r := Record{Path: "H/1.pdf"}
	f.Fill(&r)
	if r.Get(ArcDocCode) != "X.1" {
		t.Errorf("constant arcDocCode lost: %q", r.Get(ArcDocCode))
	}
}
