package parser_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
	"github.com/vnlegal/vanban/parser"
)

// TestCorpusText parses every document of ../shared/corpus in every format
// (txt, md, html, docx, doc) and prints per format how many got a type, a
// number, a date and a signer. Any error is a failure: Parse turns panics into
// errors, so this also catches crashes; so is a signer whose span is not real
// or whose post runs over the text after it. (The two .json files are OCR output
// structured by section, not documents; they are left out.) It is a long
// test: VANBAN_LONG=1 runs it.
func TestCorpusText(t *testing.T) {
	testshared.Long(t)
	corpusDir := testshared.CorpusDir(t)
	entries, err := os.ReadDir(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	type counts struct{ docs, typ, number, date, signer int }
	byExt := map[string]*counts{}
	for _, e := range entries {
		ext := strings.TrimPrefix(filepath.Ext(e.Name()), ".")
		switch ext {
		case "txt", "md", "html", "docx", "doc":
		default:
			continue
		}
		doc, err := parser.ParseFile(filepath.Join(corpusDir, e.Name()))
		if err != nil {
			t.Errorf("%s: %v", e.Name(), err)
			continue
		}
		c := byExt[ext]
		if c == nil {
			c = &counts{}
			byExt[ext] = c
		}
		c.docs++
		if doc.Type != "" {
			c.typ++
		}
		if doc.Number != "" {
			c.number++
		}
		if doc.Date != "" {
			c.date++
		}
		if len(doc.Signers) > 0 && doc.Signers[0].Name != "" {
			c.signer++
		}
		// a signature block is a few short lines read where they stand:
		// its span is real (never 0,0) and small, its post and authority
		// lines short (issue 12: annex tables, forms and side-by-side
		// layouts once gave positions of kilobytes)
		for _, s := range doc.Signers {
			if !(s.Start == -1 && s.End == -1) && !(0 <= s.Start && s.Start < s.End && s.End-s.Start < 4096) {
				t.Errorf("%s: signer %q span %d-%d", e.Name(), s.Name, s.Start, s.End)
			}
			if len(s.Position) > 120 {
				t.Errorf("%s: signer %q position of %d bytes: %.80q", e.Name(), s.Name, len(s.Position), s.Position)
			}
			for _, a := range s.Authority {
				if len(a) > 200 {
					t.Errorf("%s: signer %q authority of %d bytes: %.80q", e.Name(), s.Name, len(a), a)
				}
			}
		}
	}
	var exts []string
	for e := range byExt {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	total := counts{}
	for _, e := range exts {
		c := byExt[e]
		t.Logf("%-4s %3d documents: type %3d, number %3d, date %3d, signer %3d", e, c.docs, c.typ, c.number, c.date, c.signer)
		total.docs += c.docs
		total.typ += c.typ
		total.number += c.number
		total.date += c.date
		total.signer += c.signer
	}
	t.Logf("all  %3d documents: type %3d, number %3d, date %3d, signer %3d", total.docs, total.typ, total.number, total.date, total.signer)
	if total.docs < 280 {
		t.Errorf("only %d documents found in %s", total.docs, corpusDir)
	}
}
