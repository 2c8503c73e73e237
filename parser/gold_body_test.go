package parser_test

// Gold set for the BODY of parsed documents (issue 12): the enacting line,
// the preamble items, the top-level divisions with their headings, the
// signature blocks, the Nơi nhận list and, for some documents, the relation
// of every numbered reference and the laws cited by name.
//
// The expected values live in testdata/gold/body/*.json, one file per
// document, written by a person READING the document (the .txt/.md file
// itself; for .html, .docx and .doc the text as displayed; for the legacy
// TCVN3/VNI files of ../shared/legacy/doc-rtf the decoded text checked against
// the Unicode transcript in truth/). Parser output was printed beside the
// document only to spot where the two disagree; every value was read again in
// the document. Each file's "notes" says what is special about it.
//
// What goes where (the conventions the JSON follows):
//
//   - enacting: the operative line as printed ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:",
//     "Nghị Định:", "NGHỊ ĐỊNH :", "QUYẾT ĐỊNH" without colon), markdown
//     marks removed, spaces collapsed; "" when the document has none (thông
//     tư, luật, công văn, kế hoạch, new-style decisions closing their preamble
//     with "… ban hành Quyết định …": they go from the preamble straight to
//     the first division). The title line "QUYẾT ĐỊNH" above the abstract is
//     not it. In an án lệ the operative line of the quoted judgment is the
//     enacting line; Party decisions print authority and verb on one line
//     ("TRƯỞNG BAN … QUYẾT ĐỊNH") and a công điện has "THỦ TƯỚNG CHÍNH PHỦ
//     điện:" before its addressees: those whole lines are the enacting line.
//   - preamble: one entry per formula item (Căn cứ, Thực hiện, Theo đề nghị,
//     Xét đề nghị, Trên cơ sở, Sau khi, Để/Nhằm …, the purpose recital of old
//     laws, and the closing formula "Chính phủ ban hành Nghị định …", "Bộ
//     trưởng … ban hành Thông tư …", "Quốc hội ban hành Luật …", "Luật này
//     quy định …", "Ủy ban nhân dân … ban hành Kế hoạch … như sau:"), joined
//     across line wraps with single spaces, ending with its own ";", "." or
//     "," as printed. An item runs to the next formula opening: a Căn cứ item
//     that names a law and its amending law ("Căn cứ Luật …; Luật sửa đổi …;")
//     is one item even when the second law starts a line. A list dash before
//     an item and footnote markers are dropped; pieces of one sentence split
//     into separate markdown paragraphs by a converter are joined as printed
//     in the original (no space before "/" or ","). The title, abstract and
//     authority line ("CHÍNH PHỦ", "BỘ TRƯỞNG BỘ TÀI CHÍNH") are not
//     preamble. In a công văn the reasoning ("Tại khoản 7 Điều 39 Nghị định
//     số … quy định: …", "Căn cứ điểm h … Nghị định số …;" inside the reply)
//     is body, not preamble. A Hiến pháp's LỜI NÓI ĐẦU and the consolidation
//     note of a văn bản hợp nhất are not preamble.
//   - The opening paragraph of a kế hoạch, thông báo, báo cáo, chỉ thị or
//     công văn before "I." or "1." (issue item 5): a formula opening
//     ("Thực hiện Nghị quyết số …", "Triển khai …, Bộ … yêu cầu …:", "Để …,
//     Chủ tịch … yêu cầu … sau:", "Ủy ban nhân dân tỉnh ban hành Kế hoạch …
//     như sau:") is preamble, even after narrative paragraphs; narrative
//     prose ("Ngày 20 tháng 11 năm 2025, Phó Thủ tướng … đã có ý kiến chỉ đạo
//     như sau:", "Cục Thuế nhận được công văn số …", "Thực hiện chủ trương
//     …, trong những năm qua … đã đạt được …") is an unnumbered paragraph of
//     the body and is NOT listed in headings (the parser may keep it as an
//     unlabelled "text" section). It must never hold the enacting line or the
//     first division.
//   - headings: every top-level division of the body, in order, as
//     {label, heading}: the label as printed without trailing punctuation
//     ("Chương I", "CHƯƠNG I", "Chương 1", "Điều 1", "I", "1", "A"), the
//     heading joined across wraps ("" when the division has none). Only
//     labelled divisions are listed, except in documents whose only
//     divisions are unlabelled capital headings (án lệ: "NỘI DUNG VỤ ÁN"),
//     listed with label "". A division has a heading when its label starts a
//     title (a bold or italic span, capitals, or a title line followed by its
//     content: "2. Về Đại lý làm thủ tục hải quan", "**4. Sở Nông\nnghiệp và
//     Môi trường**"), none when it starts running text or a lead-in sentence
//     ending in ":" ("Điều 1. Phê duyệt … như sau:"). Divisions that follow
//     such a lead-in inside an Điều are its children, not top level (issue
//     item 6); a numbered item that names a body or a post and ends in ":"
//     ("2. Bộ Xây dựng:", "1. Chủ tịch Ủy ban nhân dân các tỉnh …:") leads
//     in the tasks of that body and has no heading; quoted amended articles
//     and the dashes of a Kính gửi list or of a paragraph ending in ":" are
//     not divisions; appendices and attached texts after the signature (Quy
//     chế, Quy định, Phụ lục, forms) are not body.
//   - signers: the real signature blocks only, in reading order: name
//     without rank ("Đại tướng", "Thượng tướng"), position as printed,
//     authority lines top-down with "KT/", "K/T" and "KT." written "KT. ".
//     Names and titles inside an annex table, a form or a translation are
//     not signers.
//   - recipients: the Nơi nhận items without the leading dash, without the
//     purpose note in parentheses and without trailing ";" "," ".", wrapped
//     items joined; the Lưu line is not a recipient.
//   - relations (some documents): one entry per cited numbered document with
//     the relation of the citing document to it: basis (named in a Căn cứ
//     item, including the acts that amend a basis inside that item),
//     implements (Thực hiện, triển khai), guides (hướng dẫn, quy định chi
//     tiết), amends (sửa đổi, bổ sung), replaces (thay thế), repeals (bãi
//     bỏ, hết hiệu lực), cites (anything else, including a document named
//     inside another one's abstract or a letter that only mentions an
//     earlier amendment). A lead-in carries its verb to the items of its
//     list ("Điều 1. Bãi bỏ toàn bộ các văn bản sau: 1. …": repeals).
//     named: documents cited by name and no number anywhere in the document
//     ("Luật Doanh nghiệp", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt
//     Nam", "Nghị quyết Đại hội Đảng lần thứ X"), year not compared,
//     including the laws named in an amending law's title ("Luật Nhà ở" in
//     "Luật sửa đổi, bổ sung … Luật Nhà ở …"), as the refs gold counts them.
//   - skip: keys not scored for that document (an OCR file whose columns are
//     interleaved or cut cannot give a preamble or a Nơi nhận to compare).
//
// Comparison folds what a reader does not see as a difference: Unicode
// normalisation, runs of spaces, markdown "**", and the old/new tone-mark
// placement ("hoá"/"hóa", "Uỷ"/"Ủy"); recipients also ignore trailing
// ";,.". Everything else must be exact. (Some gold values were typed from a
// printed draft in the new tone placement; the fold makes that immaterial.)
//
// The test prints per key and per format (txt, md, html, docx, doc/rtf):
// enacting and preamble as the share of documents exactly right, headings as
// the share of headings right (label and heading, in order, over the longer
// of the two lists), signer as the share of documents whose names and
// positions are all right, recipients as the share of documents right,
// relations as the share of gold references found with the right relation,
// named as precision and recall. It fails only when a figure drops below the
// floor measured when the gold set was written (bodyFloors): raise the floors
// as the parser improves. VANBAN_GOLD_DETAIL=1 prints every miss.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/vnlegal/vanban/internal/testshared"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser"
)

// bodyGoldDir holds one JSON file per annotated document; bodyHoldoutDir
// holds documents annotated after the parser's body rules were written, to
// measure them on documents they were not tuned on.
const (
	bodyGoldDir     = "testdata/gold/body"
	bodyHoldoutDir  = "testdata/gold/body_holdout"
	bodyHoldout2Dir = "testdata/gold/body_holdout2"
	bodyHoldout3Dir = "testdata/gold/body_holdout3"
	bodyHoldout4Dir = "testdata/gold/body_holdout4"
	bodyHoldout5Dir = "testdata/gold/body_holdout5"
)

// bodyGold is one annotated document.
type bodyGold struct {
	File       string         `json:"file"`
	Skip       []string       `json:"skip"`
	Enacting   string         `json:"enacting"`
	Preamble   []string       `json:"preamble"`
	Headings   []bodyHeading  `json:"headings"`
	Signers    []bodySigner   `json:"signers"`
	Recipients []string       `json:"recipients"`
	Relations  []bodyRelation `json:"relations"`
	Named      []string       `json:"named"`
	Notes      string         `json:"notes"`

	hasRelations bool
	hasNamed     bool
}

type bodyHeading struct {
	Label   string `json:"label"`
	Heading string `json:"heading"`
}

type bodySigner struct {
	Name      string   `json:"name"`
	Position  string   `json:"position"`
	Authority []string `json:"authority"`
}

type bodyRelation struct {
	Number   string `json:"number"`
	Relation string `json:"relation"`
}

// bodyPath is where a gold file's document lives: legacy files are named
// from ../shared, corpus files from ../shared/corpus.
func bodyPath(shared, file string) string {
	if strings.HasPrefix(file, "legacy/") || strings.HasPrefix(file, "pdf/") {
		return filepath.Join(shared, file)
	}
	return filepath.Join(shared, "corpus", file)
}

// bodyFormat is the format column a document is reported under.
func bodyFormat(file string) string {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".txt":
		return "txt"
	case ".md":
		return "md"
	case ".html", ".htm":
		return "html"
	case ".docx":
		return "docx"
	case ".pdf":
		return "pdf"
	default:
		return "doc/rtf"
	}
}

var bodyFormats = []string{"txt", "md", "html", "docx", "doc/rtf"}

// bodyToneFold writes the old tone placement ("oà", "uỷ") in the new one ("òa",
// "ủy"), on both sides of a comparison, so either spelling compares equal.
var bodyToneFold = strings.NewReplacer(
	"oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
	"oè", "òe", "oé", "óe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe",
	"uỳ", "ùy", "uý", "úy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy",
	"OÀ", "ÒA", "OÁ", "ÓA", "OẢ", "ỎA", "OÃ", "ÕA", "OẠ", "ỌA",
	"OÈ", "ÒE", "OÉ", "ÓE", "OẺ", "ỎE", "OẼ", "ÕE", "OẸ", "ỌE",
	"UỲ", "ÙY", "UÝ", "ÚY", "UỶ", "ỦY", "UỸ", "ŨY", "UỴ", "ỤY",
	"Oà", "Òa", "Oá", "Óa", "Oả", "Ỏa", "Oã", "Õa", "Oạ", "Ọa",
	"Uỳ", "Ùy", "Uý", "Úy", "Uỷ", "Ủy", "Uỹ", "Ũy", "Uỵ", "Ụy",
)

// bodyNorm is the form two values are compared in: NFC, markdown bold
// removed, spaces collapsed, tone placement folded.
func bodyNorm(s string) string {
	s = norm.NFC.String(s)
	s = strings.ReplaceAll(s, "**", "")
	s = strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
	return bodyToneFold.Replace(s)
}

// bodyRecipientNorm also drops the item's closing punctuation.
func bodyRecipientNorm(s string) string {
	return strings.TrimRight(bodyNorm(s), " ;,.")
}

// bodyNumberNorm compares document numbers without spaces and case.
func bodyNumberNorm(s string) string {
	return strings.ToUpper(strings.ReplaceAll(bodyNorm(s), " ", ""))
}

// bodyNamedNorm compares law names without case and without a closing year.
func bodyNamedNorm(s string) string {
	s = strings.ToLower(bodyNorm(s))
	if i := strings.LastIndex(s, " năm "); i > 0 && len(strings.TrimSpace(s[i+len(" năm "):])) == 4 {
		s = s[:i]
	}
	return strings.TrimRight(s, " ;,.")
}

func loadBodyGold(t *testing.T, dir string) []bodyGold {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gold files in %s: %v", dir, err)
	}
	sort.Strings(paths)
	var out []bodyGold
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var g bodyGold
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		var keys map[string]json.RawMessage
		_ = json.Unmarshal(raw, &keys)
		_, g.hasRelations = keys["relations"]
		_, g.hasNamed = keys["named"]
		if g.File == "" {
			t.Fatalf("%s: no file", p)
		}
		out = append(out, g)
	}
	return out
}

func (g bodyGold) skips(key string) bool {
	for _, k := range g.Skip {
		if k == key {
			return true
		}
	}
	return false
}

// bodyTally counts hits over a total for one key and one format.
type bodyTally struct{ hit, total int }

func (b bodyTally) share() float64 {
	if b.total == 0 {
		return -1
	}
	return float64(b.hit) / float64(b.total)
}

// bodyScore accumulates the figures of one run.
type bodyScore struct {
	tally  map[string]map[string]*bodyTally // key -> format (and "all") -> tally
	misses []string
}

func (s *bodyScore) add(key, format string, hit, total int) {
	if s.tally[key] == nil {
		s.tally[key] = map[string]*bodyTally{}
	}
	for _, f := range []string{format, "all"} {
		b := s.tally[key][f]
		if b == nil {
			b = &bodyTally{}
			s.tally[key][f] = b
		}
		b.hit += hit
		b.total += total
	}
}

func (s *bodyScore) miss(file, key string, want, got any) {
	w, _ := json.Marshal(want)
	g, _ := json.Marshal(got)
	s.misses = append(s.misses, fmt.Sprintf("%s %s\n  want %s\n  got  %s", key, file, w, g))
}

// bodyTopHeadings lists the parser's top-level divisions comparable with the
// gold: labelled sections, plus unlabelled capital headings when the gold
// lists such headings.
func bodyTopHeadings(ss []model.Section, withUnlabelled bool) []bodyHeading {
	var out []bodyHeading
	for _, s := range ss {
		if s.Label != "" || (withUnlabelled && s.Kind == "heading") {
			out = append(out, bodyHeading{Label: s.Label, Heading: s.Heading})
		}
	}
	return out
}

// bodyHeadingMatches counts gold headings found in order in got.
func bodyHeadingMatches(want, got []bodyHeading) int {
	n, j := 0, 0
	for _, w := range want {
		for k := j; k < len(got); k++ {
			if bodyNorm(got[k].Label) == bodyNorm(w.Label) && bodyNorm(got[k].Heading) == bodyNorm(w.Heading) {
				n++
				j = k + 1
				break
			}
		}
	}
	return n
}

func bodyEqualNorm(a, b []string, f func(string) string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if f(a[i]) != f(b[i]) {
			return false
		}
	}
	return true
}

func scoreBodyDoc(s *bodyScore, g bodyGold, d *model.Document) {
	format := bodyFormat(g.File)
	if !g.skips("enacting") {
		ok := bodyNorm(d.Enacting) == bodyNorm(g.Enacting)
		s.add("enacting", format, bodyHit(ok), 1)
		if !ok {
			s.miss(g.File, "enacting", g.Enacting, d.Enacting)
		}
	}
	if !g.skips("preamble") {
		ok := bodyEqualNorm(g.Preamble, d.Preamble, bodyNorm)
		s.add("preamble", format, bodyHit(ok), 1)
		if !ok {
			s.miss(g.File, "preamble", g.Preamble, d.Preamble)
		}
	}
	if !g.skips("headings") {
		unlabelled := false
		for _, h := range g.Headings {
			if h.Label == "" {
				unlabelled = true
			}
		}
		got := bodyTopHeadings(d.Sections, unlabelled)
		total := max(len(g.Headings), len(got))
		hit := bodyHeadingMatches(g.Headings, got)
		if total > 0 {
			s.add("headings", format, hit, total)
		}
		if hit != total {
			s.miss(g.File, "headings", g.Headings, got)
		}
	}
	if !g.skips("signers") {
		ok := len(d.Signers) == len(g.Signers)
		for i := 0; ok && i < len(g.Signers); i++ {
			ok = bodyNorm(d.Signers[i].Name) == bodyNorm(g.Signers[i].Name) &&
				bodyNorm(d.Signers[i].Position) == bodyNorm(g.Signers[i].Position)
		}
		s.add("signer", format, bodyHit(ok), 1)
		if !ok {
			var got []bodySigner
			for _, x := range d.Signers {
				got = append(got, bodySigner{Name: x.Name, Position: x.Position, Authority: x.Authority})
			}
			s.miss(g.File, "signer", g.Signers, got)
		}
	}
	if !g.skips("recipients") {
		var got []string
		for _, r := range d.Recipients {
			got = append(got, r.Name)
		}
		ok := bodyEqualNorm(g.Recipients, got, bodyRecipientNorm)
		s.add("recipients", format, bodyHit(ok), 1)
		if !ok {
			s.miss(g.File, "recipients", g.Recipients, got)
		}
	}
	if g.hasRelations {
		byNumber := map[string]string{}
		for _, r := range d.References {
			if r.Number != "" {
				byNumber[bodyNumberNorm(r.Number)] = r.Relation
			}
		}
		hit := 0
		for _, r := range g.Relations {
			got, found := byNumber[bodyNumberNorm(r.Number)]
			if found && got == r.Relation {
				hit++
			} else {
				if !found {
					got = "(not found)"
				}
				s.miss(g.File, "relations", r, got)
			}
		}
		s.add("relations", format, hit, len(g.Relations))
	}
	if g.hasNamed {
		want := map[string]bool{}
		for _, n := range g.Named {
			want[bodyNamedNorm(n)] = true
		}
		var got []string
		for _, r := range d.References {
			if r.Number == "" && r.Title != "" {
				got = append(got, r.Title)
			}
		}
		found := map[string]bool{}
		right := 0
		for _, n := range got {
			if want[bodyNamedNorm(n)] {
				right++
				found[bodyNamedNorm(n)] = true
			} else {
				s.miss(g.File, "named (extra)", g.Named, n)
			}
		}
		s.add("named precision", format, right, len(got))
		s.add("named recall", format, len(found), len(want))
		if len(found) < len(want) {
			s.miss(g.File, "named (missing)", g.Named, got)
		}
	}
}

// floorsLiteral writes today's figures, rounded down to three decimals, as
// the Go literal of bodyFloors, so raising the floors is a paste.
func (s *bodyScore) floorsLiteral() string {
	var b strings.Builder
	for _, k := range bodyKeys {
		if s.tally[k] == nil {
			continue
		}
		fmt.Fprintf(&b, "\t%q: {", k)
		for i, f := range append([]string{"all"}, bodyFormats...) {
			x := s.tally[k][f]
			if x == nil || x.total == 0 {
				continue
			}
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q: %.3f", f, float64(x.hit*1000/x.total)/1000)
		}
		b.WriteString("},\n")
	}
	return b.String()
}

// bodyHit counts a right answer as one hit.
func bodyHit(b bool) int {
	if b {
		return 1
	}
	return 0
}

// bodyKeys are the figures reported, in order.
var bodyKeys = []string{"enacting", "preamble", "headings", "signer", "recipients", "relations", "named precision", "named recall"}

// bodyFloors are the figures measured when the gold set was written, per key
// and format ("all" is every format together), rounded down: the test fails
// when one drops below. Raise them as the parser improves
// (VANBAN_GOLD_FLOORS=1 prints today's figures in this form). Issue 12 asks
// for enacting 0.98, preamble 0.95, headings 0.95, signer 0.97, relations
// 0.95, named precision 0.95 and recall 0.90.
var bodyFloors = map[string]map[string]float64{
	"enacting":        {"all": 1.000, "txt": 1.000, "md": 1.000, "html": 1.000, "docx": 1.000, "doc/rtf": 1.000},
	"preamble":        {"all": 0.972, "txt": 1.000, "md": 0.948, "html": 1.000, "docx": 1.000, "doc/rtf": 0.916},
	"headings":        {"all": 0.970, "txt": 0.961, "md": 0.954, "html": 1.000, "docx": 1.000, "doc/rtf": 1.000},
	"signer":          {"all": 0.990, "txt": 1.000, "md": 1.000, "html": 1.000, "docx": 0.833, "doc/rtf": 1.000},
	"recipients":      {"all": 1.000, "txt": 1.000, "md": 1.000, "html": 1.000, "docx": 1.000, "doc/rtf": 1.000},
	"relations":       {"all": 1.000, "txt": 1.000, "md": 1.000, "html": 1.000},
	"named precision": {"all": 1.000, "txt": 1.000, "md": 1.000},
	"named recall":    {"all": 1.000, "txt": 1.000, "md": 1.000},
}

// bodyHoldoutFloors are the figures of the held-out set, rounded down, after
// the fixes its first measurement led to (that first measurement, on
// documents the rules had not seen: enacting 1.000, preamble 0.878, headings
// 0.545, signer 0.976, recipients 0.951; the README keeps both).
var bodyHoldoutFloors = map[string]map[string]float64{
	"enacting":   {"all": 1.000, "txt": 1.000, "md": 1.000, "html": 1.000, "docx": 1.000},
	"preamble":   {"all": 1.000, "txt": 1.000, "md": 1.000, "html": 1.000, "docx": 1.000},
	"headings":   {"all": 0.971, "txt": 0.979, "md": 0.925, "html": 1.000, "docx": 1.000},
	"signer":     {"all": 0.975, "txt": 0.941, "md": 1.000, "html": 1.000, "docx": 1.000},
	"recipients": {"all": 1.000, "txt": 1.000, "md": 1.000, "html": 1.000, "docx": 1.000},
}

// TestGoldBodyPDF scores the gazette PDFs of ../shared/pdf whose text version
// is in the body gold set: the text was extracted from that very PDF, so what
// was read off it holds for the PDF, page breaks, running headers and
// two-column tables included. It prints the figures of the "pdf" column.
func TestGoldBodyPDF(t *testing.T) {
	testshared.Long(t) // PDFium in WebAssembly reads a page in tens of milliseconds
	shared := testshared.Dir(t)
	s := &bodyScore{tally: map[string]map[string]*bodyTally{}}
	n := 0
	for _, g := range onGazettePDFs(t, loadBodyGold(t, bodyGoldDir), func(g *bodyGold) *string { return &g.File }) {
		d, err := parser.ParseFile(bodyPath(shared, g.File))
		if err != nil {
			t.Errorf("%s: %v", g.File, err)
			continue
		}
		n++
		scoreBodyDoc(s, g, d)
	}
	var b strings.Builder
	for _, k := range bodyKeys {
		if x := s.tally[k]["pdf"]; x != nil {
			fmt.Fprintf(&b, "%-16s %.3f (%d/%d)\n", k, x.share(), x.hit, x.total)
		}
	}
	t.Logf("body gold on %d gazette PDFs\n%s", n, b.String())
	if os.Getenv("VANBAN_GOLD_DETAIL") != "" {
		t.Logf("misses:\n%s", strings.Join(s.misses, "\n"))
	}
	for k, floor := range bodyFloorsPDF {
		x := s.tally[k]["pdf"]
		if x == nil {
			t.Errorf("%s/pdf: no figure, floor %.3f", k, floor)
		} else if x.share() < floor-1e-9 {
			t.Errorf("%s/pdf: %.3f (%d/%d) dropped below the floor %.3f", k, x.share(), x.hit, x.total, floor)
		}
	}
}

// bodyFloorsPDF are the figures of TestGoldBodyPDF when it was written.
var bodyFloorsPDF = map[string]float64{
	"enacting": 1, "preamble": 1, "headings": 1, "signer": 1, "recipients": 1,
	"relations": 1, "named precision": 1, "named recall": 1,
}

func TestGoldBody(t *testing.T) {
	scoreBodyGold(t, bodyGoldDir, bodyFloors)
}

// TestGoldBodyHoldout scores the held-out set: documents read and annotated
// after the body rules were written, by people who did not see the parser's
// output until their values were written down.
func TestGoldBodyHoldout(t *testing.T) {
	scoreBodyGold(t, bodyHoldoutDir, bodyHoldoutFloors)
}

// TestGoldBodyHoldout2 scores the second held-out set, annotated after the
// fixes the first one led to.
func TestGoldBodyHoldout2(t *testing.T) {
	scoreBodyGold(t, bodyHoldout2Dir, bodyHoldout2Floors)
}

// TestGoldBodyHoldout3 scores the third held-out set, annotated after the
// fixes the second one led to.
func TestGoldBodyHoldout3(t *testing.T) {
	scoreBodyGold(t, bodyHoldout3Dir, bodyHoldout3Floors)
}

// TestGoldBodyHoldout4 scores the fourth held-out set, annotated after the
// fixes the third one led to; it holds legacy .doc and .rtf files too.
func TestGoldBodyHoldout4(t *testing.T) {
	scoreBodyGold(t, bodyHoldout4Dir, bodyHoldout4Floors)
}

// TestGoldBodyHoldout5 scores the fifth held-out set, annotated after the
// fixes the fourth one led to: long decrees and legacy files.
func TestGoldBodyHoldout5(t *testing.T) {
	scoreBodyGold(t, bodyHoldout5Dir, bodyHoldout5Floors)
}

// bodyHoldout5Floors are the figures of the fifth held-out set, rounded
// down, after its fixes (first measurement: enacting 1.000, preamble 0.867,
// headings 0.930, signer 0.938, recipients 0.938). Its misses left: a
// chapter title typed in lower case on the line under its label (legacy
// NghiDinh117), numbered "N- Thủ tục …:" titles (legacy B8) and an OCR'd
// signature and Nơi nhận printed out of order (206).
var bodyHoldout5Floors = map[string]map[string]float64{
	"enacting":   {"all": 1.000, "txt": 1.000, "doc/rtf": 1.000},
	"preamble":   {"all": 1.000, "txt": 1.000, "doc/rtf": 1.000},
	"headings":   {"all": 0.970, "txt": 1.000, "doc/rtf": 0.953},
	"signer":     {"all": 0.937, "txt": 0.857, "doc/rtf": 1.000},
	"recipients": {"all": 0.937, "txt": 0.857, "doc/rtf": 1.000},
}

// bodyHoldout4Floors are the figures of the fourth held-out set, rounded
// down, after its fixes (first measurement: enacting 1.000, preamble 0.970,
// headings 0.924, signer 1.000, recipients 0.970). Its misses left: numbered
// "1- Đối tượng áp dụng:" titles of a legacy circular (A33) and a misprinted
// article label (B6), the formula items a plan prints after a narrative
// paragraph (259), and a purpose note an OCR printed as LaTeX (284).
var bodyHoldout4Floors = map[string]map[string]float64{
	"enacting":   {"all": 1.000, "txt": 1.000, "md": 1.000, "html": 1.000, "doc/rtf": 1.000},
	"preamble":   {"all": 0.969, "txt": 1.000, "md": 0.833, "html": 1.000, "doc/rtf": 1.000},
	"headings":   {"all": 0.947, "txt": 1.000, "md": 1.000, "html": 1.000, "doc/rtf": 0.678},
	"signer":     {"all": 1.000, "txt": 1.000, "md": 1.000, "html": 1.000, "doc/rtf": 1.000},
	"recipients": {"all": 0.969, "txt": 1.000, "md": 0.833, "html": 1.000, "doc/rtf": 1.000},
}

// bodyHoldout3Floors are the figures of the third held-out set, rounded
// down, after its fixes (first measurement: enacting 1.000, preamble 0.914,
// headings 0.962, signer 1.000, recipients 0.971). Its misses left: an
// article's title glued to its first sentence (020), a lead-in cut by the
// page width before a number (061), a numbered sentence that wraps before a
// bracket (231) and a title cut inside its brackets (270).
var bodyHoldout3Floors = map[string]map[string]float64{
	"enacting":   {"all": 1.000, "txt": 1.000, "md": 1.000, "html": 1.000, "docx": 1.000},
	"preamble":   {"all": 1.000, "txt": 1.000, "md": 1.000, "html": 1.000, "docx": 1.000},
	"headings":   {"all": 0.978, "txt": 0.972, "md": 0.952, "html": 1.000, "docx": 1.000},
	"signer":     {"all": 1.000, "txt": 1.000, "md": 1.000, "html": 1.000, "docx": 1.000},
	"recipients": {"all": 1.000, "txt": 1.000, "md": 1.000, "html": 1.000, "docx": 1.000},
}

// bodyHoldout2Floors are the figures of the second held-out set, rounded
// down, after its fixes (first measurement: enacting 0.944, preamble 0.972,
// headings 0.966, signer 0.892, recipients 1.000). Its misses left: an
// English translation (163), a signer's name the page cuts short (138) and a
// text whose body pages are images (106).
var bodyHoldout2Floors = map[string]map[string]float64{
	"enacting":   {"all": 0.972, "txt": 1.000, "md": 1.000, "html": 0.909, "docx": 1.000},
	"preamble":   {"all": 0.972, "txt": 1.000, "md": 1.000, "html": 0.909, "docx": 1.000},
	"headings":   {"all": 0.977, "txt": 1.000, "md": 1.000, "html": 0.931, "docx": 1.000},
	"signer":     {"all": 0.945, "txt": 0.933, "md": 1.000, "html": 0.909, "docx": 1.000},
	"recipients": {"all": 1.000, "txt": 1.000, "md": 1.000, "html": 1.000, "docx": 1.000},
}

// scoreBodyGold parses the document of every gold file of dir, prints the
// figures per key and format, and fails where one is below its floor.
func scoreBodyGold(t *testing.T, dir string, floors map[string]map[string]float64) {
	testshared.CorpusDir(t)
	shared := testshared.Dir(t)
	golds := loadBodyGold(t, dir)
	s := &bodyScore{tally: map[string]map[string]*bodyTally{}}
	docs := map[string]int{}
	for _, g := range golds {
		d, err := parser.ParseFile(bodyPath(shared, g.File))
		if err != nil {
			t.Errorf("%s: %v", g.File, err)
			continue
		}
		docs[bodyFormat(g.File)]++
		docs["all"]++
		scoreBodyDoc(s, g, d)
	}

	var b strings.Builder
	fmt.Fprintf(&b, "%-16s", "documents")
	for _, f := range append([]string{"all"}, bodyFormats...) {
		fmt.Fprintf(&b, " %8s", fmt.Sprintf("%s %d", f, docs[f]))
	}
	b.WriteString("\n")
	for _, k := range bodyKeys {
		fmt.Fprintf(&b, "%-16s", k)
		for _, f := range append([]string{"all"}, bodyFormats...) {
			v := -1.0
			if x := s.tally[k][f]; x != nil {
				v = x.share()
			}
			if v < 0 {
				fmt.Fprintf(&b, " %8s", "-")
			} else {
				fmt.Fprintf(&b, " %8.3f", v)
			}
		}
		b.WriteString("\n")
	}
	t.Logf("body gold (%s), %d documents\n%s", dir, len(golds), b.String())
	if os.Getenv("VANBAN_GOLD_DETAIL") != "" {
		t.Logf("misses:\n%s", strings.Join(s.misses, "\n"))
	}
	if os.Getenv("VANBAN_GOLD_FLOORS") != "" {
		t.Logf("measured floors (paste into the floors of %s):\n%s", dir, s.floorsLiteral())
	}

	for k, byFormat := range floors {
		for f, floor := range byFormat {
			x := s.tally[k][f]
			if x == nil {
				t.Errorf("%s/%s: no figure, floor %.3f", k, f, floor)
				continue
			}
			if v := x.share(); v < floor-1e-9 {
				t.Errorf("%s/%s: %.3f (%d/%d) dropped below the floor %.3f", k, f, v, x.hit, x.total, floor)
			}
		}
	}
}
