package parser_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
	"github.com/vnlegal/vanban/parser"
)

// goldLayout is one document of testdata/gold/header_layouts.json: the header
// layouts of issue 12 (items 8, 9 and 11) on whole documents of ../shared.
// Abstract is the start of the abstract ("" where it is not checked).
type goldLayout struct {
	Note     string `json:"note"`
	File     string `json:"file"`
	Type     string `json:"type"`
	Issuer   string `json:"issuer"`
	Number   string `json:"number"`
	Date     string `json:"date"`
	Abstract string `json:"abstract"`
}

func TestGoldHeaderLayouts(t *testing.T) {
	shared := testshared.Dir(t)
	var set struct {
		Documents []goldLayout `json:"documents"`
	}
	data, err := os.ReadFile("testdata/gold/header_layouts.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &set); err != nil {
		t.Fatal(err)
	}
	if len(set.Documents) < 20 {
		t.Fatalf("%d documents in the layouts gold", len(set.Documents))
	}
	for _, g := range set.Documents {
		path := filepath.Join(shared, g.File)
		if _, err := os.Stat(path); err != nil {
			t.Logf("%s is absent", g.File)
			continue
		}
		d, err := parser.ParseFile(path)
		if err != nil {
			t.Errorf("%s: %v", g.File, err)
			continue
		}
		for _, c := range []struct{ field, want, got string }{
			{"type", g.Type, d.Type}, {"issuer", g.Issuer, d.Issuer}, {"number", g.Number, d.Number}, {"date", g.Date, d.Date},
		} {
			if fold(c.got) != fold(c.want) {
				t.Errorf("%s: %s %q, want %q", g.File, c.field, c.got, c.want)
			}
		}
		if !strings.HasPrefix(fold(d.Abstract), fold(g.Abstract)) {
			t.Errorf("%s: abstract %q, want it to open with %q", g.File, d.Abstract, g.Abstract)
		}
	}
}
