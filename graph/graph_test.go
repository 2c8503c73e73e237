package graph

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/graph/steps"
	"github.com/vnlegal/vanban/model"
)

// doc builds a corpus document.
func doc(number, typ, date, issuer, abstract string, refs ...model.Reference) *model.Document {
	d := model.NewDocument()
	d.Number, d.Type, d.Date, d.Issuer, d.Abstract = number, typ, date, issuer, abstract
	d.References = refs
	d.Fill()
	return d
}

// ref builds a reference: numbered when id looks like a number (has a slash
// or a dash and no colon), named otherwise; one mention per text.
func ref(id, typ, date, rel string, texts ...string) model.Reference {
	r := model.Reference{ID: id, Type: typ, Date: date, Relation: rel}
	if !strings.Contains(id, ":") {
		r.Number = id
	}
	for _, t := range texts {
		r.Mentions = append(r.Mentions, model.Mention{Text: t, Relation: rel})
	}
	return r
}

func withTitle(r model.Reference, title, issuer string) model.Reference {
	r.Title, r.Issuer = title, issuer
	return r
}

// testRecords is a small corpus:
//
//	A 30/2020/NĐ-CP (2020) cites B, replaces 110/2004/NĐ-CP, is based on the
//	  Law on Government (named) and cites 01/NQ-CP of 2019 (dated) and itself;
//	B 15/KH-UBND (2020, no year in the number) cites A and the Land Law by name;
//	C1, C2: 01/NQ-CP of 2019 and of 2020 (a shared number);
//	D 45/2025/NĐ-CP replaces A and cites 01/NQ-CP without a date (ambiguous);
//	E (2019-06-01) cites 01/NQ-CP without a date (only the 2019 one existed);
//	L 31/2024/QH15, Luật Đất đai, in the corpus;
//	X cites "Luật Đất đai số 45/2013/QH13" and Y cites "luật:đất đai:2013";
//	U an unnumbered plan, Z an empty document, and a failed record.
func testRecords() []model.Record {
	A := doc("30/2020/NĐ-CP", "Nghị định", "2020-03-05", "CHÍNH PHỦ", "Về công tác văn thư",
		ref("15/KH-UBND", "Kế hoạch", "2020-02-01", "cites", "Kế hoạch số 15/KH-UBND ngày 01/02/2020"),
		ref("110/2004/NĐ-CP", "Nghị định", "2004-04-08", "replaces", "Nghị định số 110/2004/NĐ-CP", "Nghị định 110/2004/NĐ-CP"),
		ref("luật:tổ chức chính phủ:2015", "Luật", "2015-06-19", "basis", "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"),
		ref("01/NQ-CP", "Nghị quyết", "2019-01-01", "implements", "Nghị quyết số 01/NQ-CP ngày 01/01/2019"),
		ref("30/2020/NĐ-CP", "Nghị định", "", "cites", "Nghị định này"),
	)
	B := doc("15/KH-UBND", "Kế hoạch", "2020-02-01", "ỦY BAN NHÂN DÂN TỈNH KON TUM", "Triển khai công tác văn thư",
		ref("30/2020/NĐ-CP", "Nghị định", "2020-03-05", "implements", "Nghị định số 30/2020/NĐ-CP", "Nghị định 30/2020/NĐ-CP", "Nghị định số 30/2020/NĐ-CP"),
		ref("luật:đất đai:2024", "Luật", "2024", "cites", "Luật Đất đai năm 2024"),
	)
	C1 := doc("01/NQ-CP", "Nghị quyết", "2019-01-01", "CHÍNH PHỦ", "Về nhiệm vụ, giải pháp chủ yếu năm 2019")
	C2 := doc("01/NQ-CP", "Nghị quyết", "2020-01-02", "CHÍNH PHỦ", "Về nhiệm vụ, giải pháp chủ yếu năm 2020")
	D := doc("45/2025/NĐ-CP", "Nghị định", "2025-05-01", "CHÍNH PHỦ", "Về công tác văn thư",
		ref("30/2020/NĐ-CP", "Nghị định", "2020-03-05", "replaces", "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020"),
		ref("01/NQ-CP", "Nghị quyết", "", "cites", "Nghị quyết 01/NQ-CP"),
		ref("luật:đất đai:", "Luật", "", "basis", "Luật Đất đai"),
	)
	E := doc("77/BC-BNV", "Báo cáo", "2019-06-01", "BỘ NỘI VỤ", "Kết quả thực hiện",
		withTitle(ref("01/NQ-CP", "Nghị quyết", "", "implements", "Nghị quyết 01/NQ-CP"), "", "Chính phủ"),
	)
	L := doc("31/2024/QH15", "Luật", "2024-01-18", "QUỐC HỘI", "ĐẤT ĐAI")
	X := doc("12/2014/NĐ-CP", "Nghị định", "2014-02-01", "CHÍNH PHỦ", "Hướng dẫn",
		withTitle(ref("45/2013/QH13", "Luật", "2013-11-29", "guides", "Luật Đất đai số 45/2013/QH13"), "Luật Đất đai", ""),
	)
	Y := doc("20/2015/TT-BTNMT", "Thông tư", "2015-01-01", "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Hướng dẫn",
		ref("luật:đất đai:2013", "Luật", "2013", "basis", "Luật Đất đai năm 2013"),
	)
	U := doc("", "Kế hoạch", "2012-06-01", "ỦY BAN NHÂN DÂN TỈNH KON TUM", "Tuyên truyền về quyền con người",
		ref("44-CT/TW", "Chỉ thị", "2010-07-20", "cites", "Chỉ thị số 44-CT/TW ngày 20/7/2010 của Ban Bí thư"),
	)
	Z := doc("", "", "", "", "")
	return []model.Record{
		{Path: "a.txt", SHA256: "a", Document: A},
		{Path: "b.txt", SHA256: "b", Document: B},
		{Path: "c1.txt", SHA256: "c1", Document: C1},
		{Path: "c2.txt", SHA256: "c2", Document: C2},
		{Path: "d.txt", SHA256: "d", Document: D},
		{Path: "e.txt", SHA256: "e", Document: E},
		{Path: "l.txt", SHA256: "l", Document: L},
		{Path: "x.txt", SHA256: "x", Document: X},
		{Path: "y.txt", SHA256: "y", Document: Y},
		{Path: "u.txt", SHA256: "u", Document: U},
		{Path: "z.txt", SHA256: "z", Document: Z},
		{Path: "broken.doc", SHA256: "bad", Error: &model.RecordError{Stage: "decode", Message: "bad"}},
		{Path: "a.txt", SHA256: "a", Document: A}, // repeated record
	}
}

func buildTest(t *testing.T) *Graph {
	t.Helper()
	g, err := Build(Slice(testRecords()))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func ids(ns []Node) []string {
	out := []string{}
	for _, n := range ns {
		out = append(out, n.ID)
	}
	return out
}

func TestBuildNodes(t *testing.T) {
	g := buildTest(t)
	want := []string{
		"01/NQ-CP",
		"01/NQ-CP@2019",
		"01/NQ-CP@2020",
		"110/2004/NĐ-CP",
		"12/2014/NĐ-CP",
		"15/KH-UBND@2020",
		"20/2015/TT-BTNMT",
		"30/2020/NĐ-CP",
		"31/2024/QH15",
		"44-CT/TW@2010",
		"45/2013/QH13",
		"45/2025/NĐ-CP",
		"77/BC-BNV@2019",
		"file:z.txt",
		"kế hoạch:2012-06-01:tuyên truyền về quyền con người",
		"luật:tổ chức chính phủ:2015",
	}
	if got := ids(g.Nodes); !reflect.DeepEqual(got, want) {
		t.Fatalf("nodes:\n got %q\nwant %q", got, want)
	}
	a, _ := g.Node("30/2020/NĐ-CP")
	if a.External || a.Path != "a.txt" || a.Type != "Nghị định" || a.Year != 2020 || a.Title != "Về công tác văn thư" || a.Label != "30/2020/NĐ-CP" {
		t.Errorf("A = %+v", a)
	}
	if a.InDegree != 2 || a.OutDegree != 4 {
		t.Errorf("A degrees in=%d out=%d, want 2, 4", a.InDegree, a.OutDegree)
	}
	ext, _ := g.Node("110/2004/NĐ-CP")
	if !ext.External || ext.Date != "2004-04-08" || ext.Path != "" || ext.Year != 2004 || ext.Number != "110/2004/NĐ-CP" {
		t.Errorf("external = %+v", ext)
	}
	law, _ := g.Node("luật:tổ chức chính phủ:2015")
	if !law.External || law.Year != 2015 || law.Type != "Luật" || law.Number != "" {
		t.Errorf("named law = %+v", law)
	}
	c1, _ := g.Node("01/NQ-CP@2019")
	c2, _ := g.Node("01/NQ-CP@2020")
	if c1.External || c2.External || c1.Path != "c1.txt" || c2.Path != "c2.txt" || c1.Number != "01/NQ-CP" {
		t.Errorf("shared number: %+v / %+v", c1, c2)
	}
	if n, _ := g.Node("01/NQ-CP"); !n.External {
		t.Errorf("ambiguous undated 01/NQ-CP should stay external: %+v", n)
	}
	for _, n := range g.Nodes {
		if strings.HasPrefix(n.ID, "broken") || n.Path == "broken.doc" {
			t.Errorf("failed record made a node: %+v", n)
		}
	}
}

func edgeSet(g *Graph) map[string]Edge {
	m := map[string]Edge{}
	for _, e := range g.Edges {
		m[e.From+" -> "+e.To+" "+e.Relation] = e
	}
	return m
}

func TestBuildEdges(t *testing.T) {
	g := buildTest(t)
	es := edgeSet(g)
	want := []string{
		"30/2020/NĐ-CP -> 15/KH-UBND@2020 cites",             // mutual citation
		"15/KH-UBND@2020 -> 30/2020/NĐ-CP implements",        // mutual citation
		"30/2020/NĐ-CP -> 110/2004/NĐ-CP replaces",           // external
		"30/2020/NĐ-CP -> luật:tổ chức chính phủ:2015 basis", // named external
		"30/2020/NĐ-CP -> 01/NQ-CP@2019 implements",          // dated, shared number
		"15/KH-UBND@2020 -> 31/2024/QH15 cites",              // named → corpus law
		"45/2025/NĐ-CP -> 30/2020/NĐ-CP replaces",
		"45/2025/NĐ-CP -> 01/NQ-CP cites",            // undated, two candidates
		"45/2025/NĐ-CP -> 31/2024/QH15 basis",        // undated name, one corpus law
		"77/BC-BNV@2019 -> 01/NQ-CP@2019 implements", // undated, one candidate not after
		"12/2014/NĐ-CP -> 45/2013/QH13 guides",
		"20/2015/TT-BTNMT -> 45/2013/QH13 basis", // alias learnt from X
		"kế hoạch:2012-06-01:tuyên truyền về quyền con người -> 44-CT/TW@2010 cites",
	}
	for _, k := range want {
		if _, ok := es[k]; !ok {
			t.Errorf("missing edge %s", k)
		}
	}
	if len(g.Edges) != len(want) {
		for _, e := range g.Edges {
			t.Logf("edge %s -> %s %s", e.From, e.To, e.Relation)
		}
		t.Errorf("%d edges, want %d", len(g.Edges), len(want))
	}
	e := es["15/KH-UBND@2020 -> 30/2020/NĐ-CP implements"]
	if e.Count != 3 || !reflect.DeepEqual(e.Evidence, []string{"Nghị định số 30/2020/NĐ-CP", "Nghị định 30/2020/NĐ-CP"}) {
		t.Errorf("count/evidence = %d %q", e.Count, e.Evidence)
	}
	for _, e := range g.Edges {
		if e.From == e.To {
			t.Errorf("self-loop %+v", e)
		}
	}
	for i := 1; i < len(g.Edges); i++ {
		if !edgeLess(&g.Edges[i-1], &g.Edges[i]) {
			t.Errorf("edges not sorted at %d", i)
		}
	}
}

func TestEvidenceCap(t *testing.T) {
	var texts []string
	for i := 0; i < 9; i++ {
		texts = append(texts, "Nghị định 30/2020/NĐ-CP lần "+string(rune('1'+i)))
	}
	d := doc("1/KH-X", "Kế hoạch", "2021-01-01", "X", "", ref("30/2020/NĐ-CP", "Nghị định", "", "cites", texts...))
	g, err := Build(Documents([]*model.Document{d}, nil))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Edges) != 1 || g.Edges[0].Count != 9 || len(g.Edges[0].Evidence) != steps.MaxEvidence {
		t.Fatalf("edges = %+v", g.Edges)
	}
}

// sameNumberDocs are two plans of one number from two provinces, a (Kon Tum)
// and b (Nghệ An); b2, the same document as b stored twice (two formats),
// which must merge with it; and c, a report of Nghệ An that implements b
// naming its issuer only as "UBND tỉnh".
func sameNumberDocs() (a, b, b2, c *model.Document) {
	a = doc("01/KH-UBND", "Kế hoạch", "2020-01-05", "ỦY BAN NHÂN DÂN TỈNH KON TUM", "Kế hoạch A")
	b = doc("01/KH-UBND", "Kế hoạch", "2020-02-07", "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Kế hoạch B")
	b2 = doc("01/KH-UBND", "Kế hoạch", "2020-02-07", "UBND TỈNH NGHỆ AN", "Kế hoạch B")
	c = doc("5/BC-UBND", "Báo cáo", "2020-06-01", "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "",
		withTitle(ref("01/KH-UBND", "Kế hoạch", "2020-02-07", "implements", "Kế hoạch số 01/KH-UBND"), "", "UBND tỉnh"))
	return a, b, b2, c
}

func TestIssuerDisambiguation(t *testing.T) {
	a, b, b2, c := sameNumberDocs()
	d := doc("9/BC-UBND", "Báo cáo", "2020-06-01", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "",
		withTitle(ref("01/KH-UBND", "Kế hoạch", "2020-01-05", "cites", "Kế hoạch số 01/KH-UBND của UBND tỉnh Kon Tum"), "", "UBND tỉnh Kon Tum"))
	g, err := Build(Documents([]*model.Document{a, b, b2, c, d}, []string{"a.txt", "b.html", "b.txt", "c.txt", "d.txt"}))
	if err != nil {
		t.Fatal(err)
	}
	ka := "01/KH-UBND@2020#ủy ban nhân dân tỉnh kon tum"
	kb := "01/KH-UBND@2020#ủy ban nhân dân tỉnh nghệ an"
	nb, ok := g.Node(kb)
	if !ok || !reflect.DeepEqual(nb.Paths, []string{"b.html", "b.txt"}) || nb.Path != "b.html" {
		t.Fatalf("nodes %q; merged node %+v", ids(g.Nodes), nb)
	}
	if _, ok := g.Node(ka); !ok {
		t.Fatalf("nodes %q", ids(g.Nodes))
	}
	es := edgeSet(g)
	// c cites "UBND tỉnh": both match the issuer, the citing document's own issuer decides
	if _, ok := es["5/BC-UBND@2020 -> "+kb+" implements"]; !ok {
		t.Errorf("c → b missing: %v", es)
	}
	if _, ok := es["9/BC-UBND@2020 -> "+ka+" cites"]; !ok {
		t.Errorf("d → a missing: %v", es)
	}
	if len(g.Nodes) != 4 {
		t.Errorf("nodes %q", ids(g.Nodes))
	}
}

func TestQueries(t *testing.T) {
	g := buildTest(t)
	top := g.MostCited(2)
	if got := ids(top); !reflect.DeepEqual(got, []string{"01/NQ-CP@2019", "30/2020/NĐ-CP"}) {
		t.Errorf("MostCited(2) = %q", got)
	}
	if len(g.MostCited(0)) != 9 {
		t.Errorf("MostCited(0) = %q", ids(g.MostCited(0)))
	}
	var from []string
	for _, e := range g.CitedBy("30/2020/NĐ-CP") {
		from = append(from, e.From+" "+e.Relation)
	}
	if !reflect.DeepEqual(from, []string{"15/KH-UBND@2020 implements", "45/2025/NĐ-CP replaces"}) {
		t.Errorf("CitedBy = %q", from)
	}
	if g.CitedBy("nope") != nil || g.Cites("nope", 1) != nil {
		t.Error("unknown ID should give nil")
	}
	if got := ids(g.Cites("45/2025/NĐ-CP", 1)); !reflect.DeepEqual(got, []string{"01/NQ-CP", "30/2020/NĐ-CP", "31/2024/QH15"}) {
		t.Errorf("Cites depth 1 = %q", got)
	}
	want2 := []string{"01/NQ-CP", "30/2020/NĐ-CP", "31/2024/QH15",
		"01/NQ-CP@2019", "110/2004/NĐ-CP", "15/KH-UBND@2020", "luật:tổ chức chính phủ:2015"}
	if got := ids(g.Cites("45/2025/NĐ-CP", 2)); !reflect.DeepEqual(got, want2) {
		t.Errorf("Cites depth 2 = %q", got)
	}
	if got := ids(g.Cites("45/2025/NĐ-CP", 0)); !reflect.DeepEqual(got, want2) {
		t.Errorf("Cites unlimited = %q", got) // the mutual A↔B cycle must end
	}
	v := g.Validity("30/2020/NĐ-CP")
	if !reflect.DeepEqual(v, []Event{{By: "45/2025/NĐ-CP", Relation: "replaces", Date: "2025-05-01"}}) {
		t.Errorf("Validity(A) = %+v", v)
	}
	v = g.Validity("110/2004/NĐ-CP")
	if !reflect.DeepEqual(v, []Event{{By: "30/2020/NĐ-CP", Relation: "replaces", Date: "2020-03-05"}}) {
		t.Errorf("Validity(110) = %+v", v)
	}
	if len(g.Validity("01/NQ-CP@2019")) != 0 {
		t.Error("implements is not a validity event")
	}
	if got := ids(g.Find("01/NQ-CP")); !reflect.DeepEqual(got, []string{"01/NQ-CP", "01/NQ-CP@2019", "01/NQ-CP@2020"}) {
		t.Errorf("Find exact = %q", got)
	}
	if got := ids(g.Find("01 / NQ-CP@2020")); len(got) != 0 {
		t.Errorf("Find odd = %q", got)
	}
	if got := ids(g.Find("số 15/KH-UBND")); !reflect.DeepEqual(got, []string{"15/KH-UBND@2020"}) {
		t.Errorf("Find number = %q", got)
	}
	if got := ids(g.Find("cong tac van thu")); !reflect.DeepEqual(got, []string{"30/2020/NĐ-CP", "15/KH-UBND@2020", "45/2025/NĐ-CP"}) {
		t.Errorf("Find title = %q", got)
	}
}

// TestDeterministic builds from records in another order (a store may return
// them in any order) and from JSONL, and expects the same graph.
func TestDeterministic(t *testing.T) {
	recs := testRecords()
	g1, _ := Build(Slice(recs))
	rev := make([]model.Record, len(recs))
	for i := range recs {
		rev[len(recs)-1-i] = recs[i]
	}
	g2, _ := Build(Slice(rev))
	var jl bytes.Buffer
	enc := json.NewEncoder(&jl)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	jl.WriteString("\n")
	g3, err := Build(JSONL(&jl))
	if err != nil {
		t.Fatal(err)
	}
	var b1, b2, b3 bytes.Buffer
	WriteJSON(&b1, g1)
	WriteJSON(&b2, g2)
	WriteJSON(&b3, g3)
	if b1.String() != b2.String() || b1.String() != b3.String() {
		t.Errorf("graphs differ:\n%s\n---\n%s\n---\n%s", b1.String(), b2.String(), b3.String())
	}
}

func TestJSONLError(t *testing.T) {
	_, err := Build(JSONL(strings.NewReader("{\"path\":\"a\"}\n{bad\n")))
	if err == nil || !strings.Contains(err.Error(), "record 2") {
		t.Errorf("err = %v", err)
	}
}

func TestEmpty(t *testing.T) {
	g, err := Build(Slice(nil))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteJSON(&b, g); err != nil {
		t.Fatal(err)
	}
	if strings.Join(strings.Fields(b.String()), "") != `{"nodes":[],"edges":[]}` {
		t.Errorf("empty JSON = %s", b.String())
	}
	if g.MostCited(3) != nil || g.Validity("x") != nil {
		t.Error("queries on an empty graph")
	}
}
