package parser_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser"
	"github.com/vnlegal/vanban/parser/lexicon"
)

// fold makes two renderings of the same value comparable: case, spacing,
// tone-mark placement, markdown residue and trailing punctuation do not count.
func fold(s string) string {
	s = strings.ReplaceAll(s, "**", "")
	s = strings.Trim(strings.TrimSpace(s), " .;,:*")
	return lexicon.Key(s)
}

// goldFields are the fields scored, in report order.
var goldFields = []string{"type", "issuer", "issuer_parent", "number", "place", "date", "abstract", "signer_name", "signer_position", "recipients", "archive", "top_labels"}

// goldMinimum is the accuracy each field must keep. Issue 2 asked for 0.95 on
// every field, issue 12 for 0.98 on every format while the body was made
// right; see TestGoldHeaderAccuracy for the figures measured.
const goldMinimum = 0.98

// goldTexts pairs each header field that is one string with its two values:
// as the gold gives it and as the parser found it.
func goldTexts(g goldDoc, d *model.Document) map[string][2]string {
	return map[string][2]string{
		"type":          {g.Type, d.Type},
		"issuer":        {g.Issuer, d.Issuer},
		"issuer_parent": {g.IssuerParent, d.IssuerParent},
		"number":        {g.Number, d.Number},
		"place":         {g.Place, d.Place},
		"date":          {g.Date, d.Date},
		"abstract":      {g.Abstract, d.Abstract},
		"archive":       {g.Archive, d.Archive},
	}
}

func compareGold(g goldDoc, d *model.Document) map[string]bool {
	ok := map[string]bool{}
	for field, v := range goldTexts(g, d) {
		ok[field] = fold(v[0]) == fold(v[1])
	}
	ok["date"] = g.Date == d.Date // an ISO date, compared to the letter
	name, pos := "", ""
	if len(d.Signers) > 0 {
		name, pos = d.Signers[0].Name, d.Signers[0].Position
	}
	ok["signer_name"] = fold(g.SignerName) == fold(name)
	ok["signer_position"] = fold(g.SignerPos) == fold(pos)
	ok["recipients"] = g.Recipients == len(d.Recipients)
	labels := numberedLabels(d.Sections)
	for i := range labels {
		labels[i] = fold(labels[i])
	}
	var want []string
	for _, l := range g.TopLabels {
		want = append(want, fold(l))
	}
	ok["top_labels"] = strings.Join(labels, "|") == strings.Join(want, "|")
	return ok
}

func describe(field string, g goldDoc, d *model.Document) string {
	if v, ok := goldTexts(g, d)[field]; ok {
		return fmt.Sprintf("want %q got %q", v[0], v[1])
	}
	switch field {
	case "signer_name", "signer_position":
		var s model.Signer
		if len(d.Signers) > 0 {
			s = d.Signers[0]
		}
		return fmt.Sprintf("want %q/%q got %q/%q", g.SignerName, g.SignerPos, s.Name, s.Position)
	case "recipients":
		return fmt.Sprintf("want %d got %d", g.Recipients, len(d.Recipients))
	case "top_labels":
		return fmt.Sprintf("want %v got %v", g.TopLabels, numberedLabels(d.Sections))
	}
	return ""
}

// TestGoldHeaderAccuracy scores the parser against the hand-read gold set and
// prints per-field accuracy. Set VANBAN_GOLD_VERBOSE=1 to list every miss.
func TestGoldHeaderAccuracy(t *testing.T) {
	testshared.CorpusDir(t)
	txt := loadGold[goldDoc](t, "header_txt.json")
	md := loadGold[goldDoc](t, "header_md.json")
	held := loadGold[goldDoc](t, "header_holdout.json")
	gold := append(append(append([]goldDoc{}, txt...), md...), held...)
	t.Logf("gold set: %d text documents (%d txt, %d md, %d held out: annotated after the parser was tuned on the others)", len(gold), len(txt), len(md), len(held))
	scoreGold(t, gold)
}

// TestGoldHeaderAccuracyHTMLDocx scores the web pages and Word files of the
// gold set, which go through the HTML and DOCX decoders first.
func TestGoldHeaderAccuracyHTMLDocx(t *testing.T) {
	testshared.CorpusDir(t)
	gold := loadGold[goldDoc](t, "header_html_docx.json")
	t.Logf("gold set: %d web pages and Word files", len(gold))
	scoreGold(t, gold)
}

// TestGoldHeaderAccuracyLegacy scores the official documents among the
// legacy Word 97 and RTF files: the TCVN3/VNI files of ../shared/legacy, which
// go through the legacy decoders and the font-encoding conversion first, and
// the .doc files of the corpus.
func TestGoldHeaderAccuracyLegacy(t *testing.T) {
	testshared.CorpusDir(t)
	gold := loadGold[goldDoc](t, "header_legacy.json")
	t.Logf("gold set: %d legacy .doc and .rtf files", len(gold))
	scoreGold(t, gold)
}

// TestGoldHeaderAccuracyPDF scores the gazette PDFs of ../shared/pdf whose
// text version is in a text gold set: the text was extracted from that very
// PDF, so the values read off it hold for the PDF, which goes through the PDF
// decoder, its running headers and its two-column header table first.
func TestGoldHeaderAccuracyPDF(t *testing.T) {
	testshared.Long(t) // PDFium in WebAssembly reads a page in tens of milliseconds
	var text []goldDoc
	for _, f := range []string{"header_txt.json", "header_md.json", "header_holdout.json"} {
		text = append(text, loadGold[goldDoc](t, f)...)
	}
	gold := onGazettePDFs(t, text, func(g *goldDoc) *string { return &g.File })
	t.Logf("gold set: %d gazette PDFs whose text version is in the text gold sets", len(gold))
	scoreGold(t, gold)
}

// onGazettePDFs returns the entries of gold whose document has a gazette PDF in
// ../shared/pdf, each moved onto that PDF ("pdf/NAME.pdf"): the text was
// extracted from that very PDF, so what was read off it holds for the PDF.
func onGazettePDFs[G any](t *testing.T, gold []G, file func(*G) *string) []G {
	t.Helper()
	byText := map[string]G{}
	for _, g := range gold {
		byText[*file(&g)] = g
	}
	var out []G
	for _, p := range testshared.GazettePairs(t) {
		if g, ok := byText[filepath.Base(p.Text)]; ok {
			*file(&g) = "pdf/" + filepath.Base(p.PDF)
			out = append(out, g)
		}
	}
	if len(out) == 0 {
		t.Fatal("no gazette PDF has its text in the gold set")
	}
	return out
}

func scoreGold(t *testing.T, gold []goldDoc) {
	correct := map[string]int{}
	var misses []string
	shared := testshared.Dir(t)
	for _, g := range gold {
		d, err := parser.ParseFile(bodyPath(shared, g.File))
		if err != nil {
			t.Errorf("%s: %v", g.File, err)
			continue
		}
		for f, good := range compareGold(g, d) {
			if good {
				correct[f]++
			} else {
				misses = append(misses, fmt.Sprintf("%-16s %s: %s", f, g.File, describe(f, g, d)))
			}
		}
	}
	sort.Strings(misses)
	if os.Getenv("VANBAN_GOLD_VERBOSE") != "" {
		for _, m := range misses {
			t.Log(m)
		}
	}
	n := float64(len(gold))
	for _, f := range goldFields {
		acc := float64(correct[f]) / n
		t.Logf("%-16s %5.1f%% (%d/%d)", f, 100*acc, correct[f], len(gold))
		if acc < goldMinimum {
			t.Errorf("%s accuracy %.3f is below %.2f", f, acc, goldMinimum)
		}
	}
}

// numberedLabels lists the labels of top-level sections that carry a number
// (I, 1, Điều 1, Chương I), which is what the gold set records: unnumbered
// paragraphs and "-" / "+" bullets at the top of a letter are not outline labels.
func numberedLabels(ss []model.Section) []string {
	var out []string
	for _, s := range ss {
		switch s.Kind {
		case "text", "dash", "plus", "star", "heading":
			continue
		}
		out = append(out, s.Label)
	}
	return out
}
