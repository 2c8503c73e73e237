package steps

import (
	"reflect"
	"testing"

	"github.com/vnlegal/vanban/model"
)

// The whole sequence is checked against graph.Build in package graph
// (TestStepsGiveBuild) and in the beam module; these pin the rules of single
// steps that a distributed engine relies on.

func TestNodeKeyDisambiguatesOnlySharedBases(t *testing.T) {
	k := DocKey{Base: "01/KH-UBND@2020", IssuerKey: "ủy ban nhân dân tỉnh kon tum"}
	if got := NodeKey(k, 1); got != k.Base {
		t.Errorf("one issuer: %q, want the base", got)
	}
	if got, want := NodeKey(k, 2), k.Base+"#"+k.IssuerKey; got != want {
		t.Errorf("two issuers: %q, want %q", got, want)
	}
	if got := NodeKey(DocKey{Base: k.Base}, 2); got != k.Base {
		t.Errorf("no issuer of its own: %q, want the base", got)
	}
}

func TestIssuerKeyExpandsAbbreviations(t *testing.T) {
	if a, b := IssuerKey("UBND TỈNH NGHỆ AN"), IssuerKey("Ủy ban nhân dân tỉnh Nghệ An"); a != b || a == "" {
		t.Errorf("IssuerKey: %q and %q differ", a, b)
	}
}

func TestSourceBefore(t *testing.T) {
	if !SourceBefore("a.txt", "z", "b.txt", "a") || SourceBefore("b.txt", "a", "a.txt", "z") {
		t.Error("the path decides first")
	}
	if !SourceBefore("a.txt", "1", "a.txt", "2") || SourceBefore("a.txt", "1", "a.txt", "1") {
		t.Error("then the digest, strictly")
	}
}

func TestEdgeMentions(t *testing.T) {
	r := model.Reference{Relation: model.RelationAmends, Mentions: []model.Mention{
		{Text: "sửa đổi\n  Điều 5", Relation: ""},
		{Text: "căn cứ", Relation: model.RelationBasis},
	}}
	want := []EdgeMention{{model.RelationAmends, "sửa đổi Điều 5"}, {model.RelationBasis, "căn cứ"}}
	if got := EdgeMentions(&r); !reflect.DeepEqual(got, want) {
		t.Errorf("EdgeMentions = %v, want %v", got, want)
	}
	// no mentions: one mention without text, of the default relation
	if got := EdgeMentions(&model.Reference{}); !reflect.DeepEqual(got, []EdgeMention{{model.RelationCites, ""}}) {
		t.Errorf("EdgeMentions of a bare reference = %v", got)
	}
}

func TestAddEvidenceKeepsFirstDistinctTexts(t *testing.T) {
	var ev []string
	for _, s := range []string{"a", "", "b", "a", "c", "d", "e", "f"} {
		ev = AddEvidence(ev, s)
	}
	if want := []string{"a", "b", "c", "d", "e"}; !reflect.DeepEqual(ev, want) || len(want) != MaxEvidence {
		t.Errorf("evidence %v, want %v", ev, want)
	}
}

func TestMergeAndFinishNode(t *testing.T) {
	k := DocKey{Base: "5/BC-UBND", Number: "5/BC-UBND", Year: "2020", IssuerKey: "ubnd"}
	docs := []CorpusDoc{
		{Path: "b.txt", SHA256: "1", Key: k, Type: "Báo cáo", Date: "2020", Abstract: "Tình hình  A"},
		{Path: "a.html", SHA256: "2", Key: k, Date: "2020-06-01", Issuer: "UBND  tỉnh"},
	}
	e, n := MergeCorpus("5/BC-UBND", docs)
	if e.Date != "2020" || e.Type != "Báo cáo" || e.Number != "5/BC-UBND" {
		t.Errorf("entry %+v: the first document's fields", e)
	}
	n = FinishNode(n)
	if n.Date != "2020-06-01" || n.Title != "Tình hình A" || n.Issuer != "UBND tỉnh" || n.Year != 2020 {
		t.Errorf("node %+v: fields completed from every document", n)
	}
	if !reflect.DeepEqual(n.Paths, []string{"a.html", "b.txt"}) || n.Path != "a.html" || n.Label != "5/BC-UBND" {
		t.Errorf("node %+v: paths sorted, first path, number as label", n)
	}
	if _, empty := MergeCorpus("k", nil); empty.Paths == nil || empty.ID != "k" {
		t.Errorf("no documents: %+v", empty)
	}
}

func TestExternalNodeFoldsCitationsInOrder(t *testing.T) {
	cites := []Citation{
		{To: "01/NQ-CP@2020", Year: "2020", Ref: model.Reference{ID: "01/NQ-CP", Number: "01/NQ-CP", Date: "2020"}},
		{To: "01/NQ-CP@2020", Year: "2020", Ref: model.Reference{ID: "01/NQ-CP", Number: "01/NQ-CP",
			Type: "Nghị quyết", Date: "2020-01-01", Title: "về  nhiệm vụ"}},
	}
	n := FinishNode(ExternalNode("01/NQ-CP@2020", cites))
	want := Node{ID: "01/NQ-CP@2020", Label: "01/NQ-CP (2020)", Number: "01/NQ-CP", Type: "Nghị quyết",
		Title: "về nhiệm vụ", Date: "2020-01-01", Year: 2020, External: true, Paths: []string{}}
	if !reflect.DeepEqual(n, want) {
		t.Errorf("ExternalNode =\n%+v, want\n%+v", n, want)
	}
}
