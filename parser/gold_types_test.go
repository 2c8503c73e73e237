package parser_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// goldDoc is the expected header, signature and outline of one corpus document,
// written by a person who read the document (not copied from parser output).
//
// Conventions: strings are as printed in the document after NFC, with wrapped
// lines joined by one space and markdown markers removed. The comparison folds
// case, whitespace, tone-mark placement (hoà/hòa) and trailing punctuation, so
// either case of an abstract printed in capitals is accepted.
//
// The gold sets live in testdata/gold/header_*.json, one object per document
// with the keys named in the tags below; "note" says why a value is what it is
// (the traps of the document, the convention that decided it).
type goldDoc struct {
	Note         string   `json:"note,omitempty"`
	File         string   `json:"file"`            // file name under ../shared/corpus, or "legacy/..." under ../shared
	Type         string   `json:"type"`            // canonical type name: "Kế hoạch", "Công văn", "Nghị định", "Luật", ...
	TypeCode     string   `json:"type_code"`       // "KH", "QĐ", "NĐ", "TT", "TTLT", "NQ", "CT", "TB", "CĐ", "KL", "HD", "QĐi"...; "" for Công văn and Luật
	Issuer       string   `json:"issuer"`          // issuing body as printed, wrapped lines joined: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"; "" when absent
	IssuerParent string   `json:"issuer_parent"`   // parent body line above the issuer ("BỘ TÀI CHÍNH"), "" when none
	Number       string   `json:"number"`          // số ký hiệu, spaces removed: "980/KH-UBND", "212-KL/TW"; "" when absent
	Place        string   `json:"place"`           // "Nghệ An", "Hà Nội"; "" when absent
	Date         string   `json:"date"`            // "2025-11-18"; "" when absent
	Abstract     string   `json:"abstract"`        // trích yếu (for công văn: the text after "V/v"), "" when absent
	SignerName   string   `json:"signer_name"`     // first signer's name; "" when absent
	SignerPos    string   `json:"signer_position"` // first signer's position/title line (not the TM./KT. line): "PHÓ CHỦ TỊCH"; "" when absent
	Recipients   int      `json:"recipients"`      // number of Nơi nhận items, not counting the Lưu line; 0 when there is no list
	Archive      string   `json:"archive"`         // text after "Lưu:" without the final dot: "VT, KTTH (2b)"; "" when absent
	TopLabels    []string `json:"top_labels"`      // labels of the numbered top-level body sections in order (bullets and plain paragraphs are not counted): ["I","II","III"] or ["Điều 1","Điều 2"] or ["Chương I","Chương II"]
}

// goldRef is one distinct document cited by a corpus document, annotated by reading it.
//
// The citation gold sets live in testdata/gold/refs_*.json.
type goldRef struct {
	Number string `json:"number,omitempty"` // normalised số ký hiệu: "366/QĐ-TTg", "44-CT/TW", "30/2020/NĐ-CP"; "" for named documents
	Type   string `json:"type,omitempty"`   // canonical type name of the cited document: "Quyết định", "Luật", "Nghị quyết"
	Name   string `json:"name,omitempty"`   // for documents cited by name without number: "Luật Tổ chức chính quyền địa phương", "Nghị quyết Đại hội Đảng lần thứ XI"; "" otherwise
	Date   string `json:"date,omitempty"`   // "YYYY-MM-DD" when the text gives a full date, "YYYY" when only a year, "" when none
	Issuer string `json:"issuer,omitempty"` // the "của ..." issuer text as printed ("Thủ tướng Chính phủ"), "" when none
}

// goldRefDoc lists every distinct document cited by one corpus document (not
// counting the document itself and self references such as "Kế hoạch này").
type goldRefDoc struct {
	Note string    `json:"note,omitempty"`
	File string    `json:"file"`
	Refs []goldRef `json:"refs"`
}

// goldFile is one file of testdata/gold: the conventions that hold for the
// whole set, then one entry per document.
type goldFile[T any] struct {
	Note      []string `json:"note"`
	Documents []T      `json:"documents"`
}

// goldFileName is what every gold entry has: the corpus document it is about.
type goldFileName interface{ fileName() string }

func (g goldDoc) fileName() string    { return g.File }
func (g goldRefDoc) fileName() string { return g.File }

// loadGold reads one gold set from testdata/gold. A key the types do not know
// (a typo in a hand-edited file), an entry without a file or a file listed
// twice fails the test rather than silently scoring less.
func loadGold[T goldFileName](tb testing.TB, name string) []T {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "gold", name))
	if err != nil {
		tb.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var f goldFile[T]
	if err := dec.Decode(&f); err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	if dec.More() {
		tb.Fatalf("%s: more than one JSON value", name)
	}
	if len(f.Documents) == 0 {
		tb.Fatalf("%s: no documents", name)
	}
	seen := map[string]bool{}
	for i, d := range f.Documents {
		file := d.fileName()
		if file == "" || seen[file] {
			tb.Fatalf("%s: document %d: file %q is empty or listed twice", name, i, file)
		}
		seen[file] = true
	}
	return f.Documents
}
