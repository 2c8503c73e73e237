package graph

import (
	"bytes"
	"sort"
	"testing"

	"github.com/vnlegal/vanban/graph/steps"
	"github.com/vnlegal/vanban/internal/testshared"
	"github.com/vnlegal/vanban/model"
)

// composeGraph builds the graph the way a distributed build does, with only
// the steps of package steps, reading the records in reverse order and
// sorting only where the package documents an order (the documents of a
// node, the citations of a cited-only document, the mentions of an edge).
func composeGraph(recs []model.Record) *Graph {
	type keyed struct {
		cd   steps.CorpusDoc
		refs []model.Reference
		key  string
	}
	seen := map[[2]string]bool{}
	var docs []*keyed
	for i := len(recs) - 1; i >= 0; i-- {
		r := recs[i]
		if r.Document == nil || seen[[2]string{r.Path, r.SHA256}] {
			continue
		}
		seen[[2]string{r.Path, r.SHA256}] = true
		docs = append(docs, &keyed{cd: steps.NewCorpusDoc(r.Path, r.SHA256, r.Document), refs: r.Document.References})
	}
	issuers := map[string]map[string]bool{}
	for _, d := range docs {
		if d.cd.Key.IssuerKey != "" {
			if issuers[d.cd.Key.Base] == nil {
				issuers[d.cd.Key.Base] = map[string]bool{}
			}
			issuers[d.cd.Key.Base][d.cd.Key.IssuerKey] = true
		}
	}
	groups := map[string][]steps.CorpusDoc{}
	for _, d := range docs {
		d.key = steps.NodeKey(d.cd.Key, len(issuers[d.cd.Key.Base]))
		groups[d.key] = append(groups[d.key], d.cd)
	}
	nodes := map[string]Node{}
	var entries []steps.Entry
	for k, ds := range groups {
		sort.Slice(ds, func(i, j int) bool { return ds[i].Before(ds[j]) })
		e, n := steps.MergeCorpus(k, ds)
		entries = append(entries, e)
		nodes[k] = n
	}
	ix := steps.NewIndex(entries)
	var aliases []steps.Alias
	for _, d := range docs {
		aliases = append(aliases, ix.Aliases(d.cd.Citing(d.key), d.refs)...)
	}
	for _, a := range aliases {
		ix.AddAlias(a)
	}
	type cite struct {
		cd steps.CorpusDoc
		c  steps.Citation
	}
	type mention struct {
		cd      steps.CorpusDoc
		ref, m  int
		text    string
		from    string
		to, rel string
	}
	external := map[string][]cite{}
	var mentions []mention
	for _, d := range docs {
		for _, c := range ix.Citations(d.cd.Citing(d.key), d.refs) {
			if !ix.Has(c.To) {
				external[c.To] = append(external[c.To], cite{d.cd, c})
			}
			for i, m := range steps.EdgeMentions(&c.Ref) {
				mentions = append(mentions, mention{d.cd, c.Index, i, m.Text, d.key, c.To, m.Relation})
			}
		}
	}
	for k, cs := range external {
		sort.Slice(cs, func(i, j int) bool {
			if cs[i].cd.Path != cs[j].cd.Path || cs[i].cd.SHA256 != cs[j].cd.SHA256 {
				return cs[i].cd.Before(cs[j].cd)
			}
			return cs[i].c.Index < cs[j].c.Index
		})
		var citations []steps.Citation
		for _, c := range cs {
			citations = append(citations, c.c)
		}
		nodes[k] = steps.ExternalNode(k, citations)
	}
	sort.Slice(mentions, func(i, j int) bool {
		a, b := mentions[i], mentions[j]
		if a.cd.Path != b.cd.Path || a.cd.SHA256 != b.cd.SHA256 {
			return a.cd.Before(b.cd)
		}
		if a.ref != b.ref {
			return a.ref < b.ref
		}
		return a.m < b.m
	})
	edges := map[edgeKey]*Edge{}
	for _, m := range mentions {
		k := edgeKey{m.from, m.to, m.rel}
		if edges[k] == nil {
			edges[k] = &Edge{From: m.from, To: m.to, Relation: m.rel, Evidence: []string{}}
		}
		edges[k].Count++
		edges[k].Evidence = steps.AddEvidence(edges[k].Evidence, m.text)
	}
	return assemble(nodes, edges)
}

// TestStepsGiveBuild checks that the steps of package steps,
// composed in another order, give the graph Build gives.
func TestStepsGiveBuild(t *testing.T) {
	a, b, b2, c := sameNumberDocs()
	issuerRecs := []model.Record{
		{Path: "a.txt", SHA256: "a", Document: a}, {Path: "b.html", SHA256: "b", Document: b},
		{Path: "b.txt", SHA256: "b2", Document: b2}, {Path: "c.txt", SHA256: "c", Document: c},
	}
	sets := map[string][]model.Record{"test": testRecords(), "issuers": issuerRecs}
	// the whole corpus, parsed through the full pipeline, is a long run
	if _, ok := testshared.Lookup(); ok && testshared.IsLong() {
		sets["corpus"] = corpusRecords(t)
	}
	for name, recs := range sets {
		want, err := Build(Slice(recs))
		if err != nil {
			t.Fatal(err)
		}
		got := composeGraph(recs)
		var wb, gb bytes.Buffer
		if err := WriteJSON(&wb, want); err != nil {
			t.Fatal(err)
		}
		if err := WriteJSON(&gb, got); err != nil {
			t.Fatal(err)
		}
		if wb.String() != gb.String() {
			t.Errorf("%s: composed graph (%d nodes, %d edges) differs from Build's (%d nodes, %d edges)",
				name, len(got.Nodes), len(got.Edges), len(want.Nodes), len(want.Edges))
		}
	}
}
