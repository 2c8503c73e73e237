package archive

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
)

func TestFieldTable(t *testing.T) {
	codes, labels := map[string]bool{}, map[string]bool{}
	for i, f := range Fields {
		if f.No != i+1 {
			t.Errorf("field %d (%s) has No %d", i, f.Code, f.No)
		}
		if f.Code == "" || f.Label == "" || codes[f.Code] || labels[f.Label] {
			t.Errorf("field %d: empty or repeated code/label %q %q", i, f.Code, f.Label)
		}
		codes[f.Code], labels[f.Label] = true, true
		seen := map[string]bool{}
		for _, v := range f.Values {
			if v.Code == "" || v.Label == "" || seen[v.Code] {
				t.Errorf("%s: bad or repeated value %+v", f.Code, v)
			}
			seen[v.Code] = true
		}
		for _, name := range []string{f.Code, f.Label, strings.ToUpper(f.Label), "  " + f.Label + " "} {
			if g, ok := FieldByName(name); !ok || g.Code != f.Code {
				t.Errorf("FieldByName(%q) = %v, %v", name, g.Code, ok)
			}
		}
	}
	if _, ok := FieldByName("Mã cơ quan lưu trữ"); ok {
		t.Error("a part of Mã lưu trữ tài liệu found as a field")
	}
}

// TestFieldTableMatchesReference checks the table against the project's
// reference list of the fields (../shared/docs/archival-metadata.md): the
// same 23 labels in the same order, the same type codes, the same language
// codes, and a Source exactly for the fields the reference says a parser can
// know, at least partly.
func TestFieldTableMatchesReference(t *testing.T) {
	f, err := os.Open(testshared.Path(t, "docs", "archival-metadata.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| #") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows = append(rows, cells)
	}
	if len(rows) != FieldCount {
		t.Fatalf("reference has %d rows, want %d", len(rows), FieldCount)
	}
	for i, r := range rows {
		label, _, _ := strings.Cut(r[1], " / ")
		if label != Fields[i].Label {
			t.Errorf("row %d: reference %q, table %q", i+1, label, Fields[i].Label)
		}
		knows := r[3]
		parsable := knows != "no" && !strings.HasPrefix(knows, "no ") && knows != "optional"
		// Mã lưu trữ is "partly (from path patterns)": filled from the pipeline's pattern
		if parsable != (Fields[i].Source != "") {
			t.Errorf("%s: reference says %q, Source is %q", Fields[i].Code, knows, Fields[i].Source)
		}
	}
	// row 4 lists the type codes in parentheses
	typeRow := rows[3][2]
	open := strings.Index(typeRow, "(")
	var refCodes []string
	for _, c := range strings.Split(strings.Trim(typeRow[open:], "()"), ",") {
		refCodes = append(refCodes, strings.TrimSpace(c))
	}
	if len(refCodes) != len(TypeCodes) {
		t.Errorf("reference has %d type codes, table %d", len(refCodes), len(TypeCodes))
	}
	for _, c := range refCodes {
		if Fields[3].ValueLabel(c) == "" {
			t.Errorf("type code %q of the reference is not in TypeCodes", c)
		}
	}
	// row 10 lists the language codes: "01 Tiếng Việt, 02 Tiếng Anh, ..."
	for _, pair := range strings.Split(rows[9][2], ", ") {
		code, label, _ := strings.Cut(pair, " ")
		if got := Fields[9].ValueLabel(code); got != label {
			t.Errorf("language %s: reference %q, table %q", code, label, got)
		}
	}
}

// TestReadmeTable checks that the field table of README.md lists the fields
// of Fields, with their codes and labels, in order.
func TestReadmeTable(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 5 || strings.TrimSpace(cells[1]) != itoa(n+1) {
			continue
		}
		if n >= FieldCount {
			t.Fatalf("README lists more than %d fields", FieldCount)
		}
		if code, label := strings.TrimSpace(cells[2]), strings.TrimSpace(cells[3]); code != Fields[n].Code || label != Fields[n].Label {
			t.Errorf("README row %d: %s %q, want %s %q", n+1, code, label, Fields[n].Code, Fields[n].Label)
		}
		n++
	}
	if n != FieldCount {
		t.Errorf("README lists %d fields, want %d", n, FieldCount)
	}
}
