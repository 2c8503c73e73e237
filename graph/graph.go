// Package graph builds the citation graph of a corpus: one node per document
// (parsed documents of the corpus and the documents they cite), one edge per
// (citing, cited, relation), and the queries and exports built on it (JSON,
// CSV for pandas/Gephi/Neo4j, GraphML, Graphviz DOT and a self-contained
// interactive HTML page).
//
// # Node identity
//
// Nodes are keyed so that a document of the corpus and the references to it
// from other documents meet on the same ID:
//
//   - A corpus document with a number is keyed by the canonical form of its
//     number (symbol.ParseHint(doc.Number, doc.Type)), the form that
//     references' IDs use: "30/2020/NĐ-CP", "44-CT/TW".
//   - Numbers without a year segment repeat every year ("01/NQ-CP"), so they
//     are keyed "number@YYYY" with the year of the document's date (or, for a
//     cited document, the reference's date): "01/NQ-CP@2020". Without any date
//     the bare number is the key.
//   - When two corpus documents get the same key but name different issuers
//     ("01/KH-UBND@2020" of two provinces), each is keyed "key#issuer" with the
//     issuer lower-cased, tone-folded and abbreviations expanded
//     ("01/KH-UBND@2020#ủy ban nhân dân tỉnh kon tum"). Documents with the same
//     key and the same (or no) issuer — typically one document stored in two
//     formats — are merged into one node (Node.Paths lists the files).
//   - A corpus document without a usable number (none, or a blank draft
//     number "…/2016/QH14") is keyed like a named reference when its type is
//     a named type (Luật, Bộ luật, Pháp lệnh, Hiến pháp…) with a year
//     ("hiến pháp::2013", "luật:đất đai:2024"); otherwise by type, date and
//     abstract ("kế hoạch:2012-06-01:tuyên truyền …") when all three are
//     known, and by its file as a last resort ("file:" + Record.Path).
//   - A cited document is keyed by its Reference.ID, with the same year rule
//     for numbers without a year. References are resolved to corpus documents:
//     a number without a year and a reference without a date goes to the
//     unique corpus document with that number (dated no later than the citing
//     document); among several candidates the reference's issuer, then the
//     citing document's own issuer, decides; otherwise it stays an external
//     node with the bare number. Named references ("luật:đất đai:2024") are
//     joined to corpus laws by the name in their abstract, and to numbered
//     references that carry the same name and year ("Luật Đất đai số
//     31/2024/QH15" elsewhere in the corpus).
//
// Build is deterministic: records are sorted by path (then digest) before the
// graph is built, nodes are sorted by ID and edges by (From, To, Relation), so
// the graph of the same records read from JSONL or from a SQLite store is the
// same. The steps Build runs are package graph/steps, for engines that run
// them apart (the Apache Beam pipeline of the beam module); Node and Edge are
// defined there.
package graph

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/vnlegal/vanban/graph/steps"
	"github.com/vnlegal/vanban/model"
)

// Relations lists the edge relations from strongest to weakest, the order
// model.Reference.Relation uses to pick the strongest relation.
var Relations = []string{
	model.RelationBasis,
	model.RelationRepeals,
	model.RelationReplaces,
	model.RelationAmends,
	model.RelationImplements,
	model.RelationGuides,
	model.RelationCites,
}

// Node is one document: a document of the corpus or a document it cites
// (its fields are documented on steps.Node).
type Node = steps.Node

// Edge is the citations of one document by another under one relation (its
// fields are documented on steps.Edge).
type Edge = steps.Edge

// Graph is the citation graph of a corpus. Build it with Build; the zero value
// is an empty graph.
type Graph struct {
	// Nodes are sorted by ID.
	Nodes []Node `json:"nodes"`
	// Edges are sorted by From, To, Relation.
	Edges []Edge `json:"edges"`

	index map[string]int // node ID → index in Nodes
	out   [][]int        // node index → indices of edges From it
	in    [][]int        // node index → indices of edges To it
}

// Records is the iterator Build consumes: it calls yield once per record and
// stops with yield's error. (*store.Store).Records has this shape, and so
// have JSONL and Slice.
type Records = func(yield func(model.Record) error) error

// JSONL returns the records of a JSON Lines stream (one model.Record per line,
// as written by a batch run). Blank lines are skipped.
func JSONL(r io.Reader) Records {
	return func(yield func(model.Record) error) error {
		dec := json.NewDecoder(r)
		for n := 1; ; n++ {
			var rec model.Record
			err := dec.Decode(&rec)
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return fmt.Errorf("graph: JSONL record %d: %w", n, err)
			}
			if err := yield(rec); err != nil {
				return err
			}
		}
	}
}

// Slice returns the records of a slice, for tests and callers that hold them.
func Slice(recs []model.Record) Records {
	return func(yield func(model.Record) error) error {
		for _, r := range recs {
			if err := yield(r); err != nil {
				return err
			}
		}
		return nil
	}
}

// Documents wraps parsed documents as records with the given paths (paths[i]
// for docs[i]; "doc<i>" when paths is short).
func Documents(docs []*model.Document, paths []string) Records {
	return func(yield func(model.Record) error) error {
		for i, d := range docs {
			p := "doc" + strconv.Itoa(i)
			if i < len(paths) {
				p = paths[i]
			}
			if err := yield(model.Record{Path: p, Format: "text", Document: d}); err != nil {
				return err
			}
		}
		return nil
	}
}

// ---- building ----

// source is one record Build reads.
type source struct {
	path, sha string
	doc       *model.Document
}

type edgeKey struct{ from, to, rel string }

// Build reads every record and returns the citation graph. Records with an
// Error (no Document) are skipped; a record repeated with the same path and
// digest is read once. The error is the iterator's.
//
// It runs the steps of package steps in their order, the ones a distributed
// build (the Beam pipeline of the beam module) runs apart to get the same
// graph.
func Build(records Records) (*Graph, error) {
	var sources []source
	seen := map[[2]string]bool{}
	if records != nil {
		err := records(func(r model.Record) error {
			if r.Document == nil {
				return nil
			}
			k := [2]string{r.Path, r.SHA256}
			if seen[k] {
				return nil
			}
			seen[k] = true
			sources = append(sources, source{path: r.Path, sha: r.SHA256, doc: r.Document})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.SliceStable(sources, func(i, j int) bool {
		return steps.SourceBefore(sources[i].path, sources[i].sha, sources[j].path, sources[j].sha)
	})

	// node keys: the identity of each document, disambiguated by issuer
	// among the documents that share a base key
	docs := make([]steps.CorpusDoc, len(sources))
	issuers := map[string]map[string]bool{}
	for i, s := range sources {
		cd := steps.NewCorpusDoc(s.path, s.sha, s.doc)
		if s.path == "" && cd.Key.Base == "file:" {
			cd.Key.Base = "file:#" + strconv.Itoa(i)
		}
		docs[i] = cd
		if cd.Key.IssuerKey != "" {
			if issuers[cd.Key.Base] == nil {
				issuers[cd.Key.Base] = map[string]bool{}
			}
			issuers[cd.Key.Base][cd.Key.IssuerKey] = true
		}
	}
	keys := make([]string, len(docs))
	groups := map[string][]steps.CorpusDoc{}
	for i, cd := range docs {
		keys[i] = steps.NodeKey(cd.Key, len(issuers[cd.Key.Base]))
		groups[keys[i]] = append(groups[keys[i]], cd) // in corpus order
	}

	// corpus nodes and the index references are resolved against
	nodes := make(map[string]Node, len(groups))
	entries := make([]steps.Entry, 0, len(groups))
	for _, k := range sortedKeys(groups) {
		e, n := steps.MergeCorpus(k, groups[k])
		entries = append(entries, e)
		nodes[k] = n
	}
	ix := steps.NewIndex(entries)
	for i, s := range sources {
		for _, a := range ix.Aliases(docs[i].Citing(keys[i]), s.doc.References) {
			ix.AddAlias(a)
		}
	}

	// edges, and the citations of documents only cited (in corpus order)
	edges := map[edgeKey]*Edge{}
	external := map[string][]steps.Citation{}
	for i, s := range sources {
		from := docs[i].Citing(keys[i])
		for _, c := range ix.Citations(from, s.doc.References) {
			for _, m := range steps.EdgeMentions(&c.Ref) {
				ek := edgeKey{from.Key, c.To, m.Relation}
				e := edges[ek]
				if e == nil {
					e = &Edge{From: from.Key, To: c.To, Relation: m.Relation, Evidence: []string{}}
					edges[ek] = e
				}
				e.Count++
				e.Evidence = steps.AddEvidence(e.Evidence, m.Text)
			}
			if !ix.Has(c.To) {
				c.Ref.Mentions = nil // ExternalNode reads the reference fields only
				external[c.To] = append(external[c.To], c)
			}
		}
	}
	for k, cites := range external {
		nodes[k] = steps.ExternalNode(k, cites)
	}

	return assemble(nodes, edges), nil
}

// assemble returns the graph of the nodes and edges of a build, the nodes
// finished (steps.FinishNode) and given their degrees, in the order Build
// promises: nodes by ID, edges by From, To, Relation.
func assemble(nodes map[string]Node, edges map[edgeKey]*Edge) *Graph {
	g := &Graph{Nodes: make([]Node, 0, len(nodes)), Edges: make([]Edge, 0, len(edges))}
	for _, k := range sortedKeys(nodes) {
		g.Nodes = append(g.Nodes, steps.FinishNode(nodes[k]))
	}
	for _, e := range edges {
		g.Edges = append(g.Edges, *e)
	}
	sort.Slice(g.Edges, func(i, j int) bool { return edgeLess(&g.Edges[i], &g.Edges[j]) })
	g.reindex()
	return g
}

func edgeLess(a, b *Edge) bool {
	if a.From != b.From {
		return a.From < b.From
	}
	if a.To != b.To {
		return a.To < b.To
	}
	return a.Relation < b.Relation
}

// reindex rebuilds the lookup tables and the degrees from Nodes and Edges.
// Edges whose ends are not nodes are ignored by the queries.
func (g *Graph) reindex() {
	g.index = make(map[string]int, len(g.Nodes))
	for i := range g.Nodes {
		g.index[g.Nodes[i].ID] = i
	}
	g.out = make([][]int, len(g.Nodes))
	g.in = make([][]int, len(g.Nodes))
	outSet := make([]map[string]bool, len(g.Nodes))
	inSet := make([]map[string]bool, len(g.Nodes))
	for i, e := range g.Edges {
		f, okf := g.index[e.From]
		t, okt := g.index[e.To]
		if !okf || !okt {
			continue
		}
		g.out[f] = append(g.out[f], i)
		g.in[t] = append(g.in[t], i)
		if outSet[f] == nil {
			outSet[f] = map[string]bool{}
		}
		if inSet[t] == nil {
			inSet[t] = map[string]bool{}
		}
		outSet[f][e.To] = true
		inSet[t][e.From] = true
	}
	for i := range g.Nodes {
		g.Nodes[i].OutDegree = len(outSet[i])
		g.Nodes[i].InDegree = len(inSet[i])
	}
}

// ensureIndex builds the lookup tables of a Graph assembled by hand or decoded
// from JSON.
func (g *Graph) ensureIndex() {
	if g.index == nil || len(g.index) != len(g.Nodes) || len(g.out) != len(g.Nodes) {
		g.reindex()
	}
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
