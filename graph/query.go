package graph

import (
	"sort"
	"strings"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/symbol"
)

// Event is a change to a document's validity: it was amended, replaced or
// repealed by another document.
type Event struct {
	// By is the ID of the amending, replacing or repealing document.
	By string `json:"by"`
	// Relation is amends, replaces or repeals.
	Relation string `json:"relation"`
	// Date is the date of By ("" when unknown).
	Date string `json:"date"`
}

// Node returns the node with the given ID.
func (g *Graph) Node(id string) (Node, bool) {
	g.ensureIndex()
	i, ok := g.index[id]
	if !ok {
		return Node{}, false
	}
	return g.Nodes[i], true
}

// Find returns the nodes a user's query names, best first: the node with that
// exact ID, then the nodes whose number is the canonical form of the query
// ("01/NQ-CP" finds "01/NQ-CP", "01/NQ-CP@2019" and "01/NQ-CP@2020"); when
// there are none, the nodes whose ID, number or title contains the query
// (case and diacritics ignored), most cited first.
func (g *Graph) Find(query string) []Node {
	g.ensureIndex()
	q := strings.TrimSpace(query)
	if q == "" {
		return nil
	}
	var out []Node
	if i, ok := g.index[q]; ok {
		out = append(out, g.Nodes[i])
	}
	num := strings.Join(strings.Fields(q), "")
	if _, c, ok := symbol.Parse(q); ok {
		num = c
	}
	for _, n := range g.Nodes {
		if n.Number != "" && strings.EqualFold(n.Number, num) && n.ID != q {
			out = append(out, n)
		}
	}
	if len(out) > 0 {
		return out
	}
	k := vntext.SearchKey(q)
	for _, n := range g.Nodes {
		if strings.Contains(vntext.SearchKey(n.ID), k) || strings.Contains(vntext.SearchKey(n.Number), k) ||
			strings.Contains(vntext.SearchKey(n.Title), k) {
			out = append(out, n)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].InDegree > out[j].InDegree })
	return out
}

// MostCited returns the n nodes cited by the most distinct documents, most
// cited first (ties by ID); nodes nobody cites are left out. n <= 0 returns
// every cited node.
func (g *Graph) MostCited(n int) []Node {
	g.ensureIndex()
	var out []Node
	for _, nd := range g.Nodes {
		if nd.InDegree > 0 {
			out = append(out, nd)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].InDegree > out[j].InDegree })
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// CitedBy returns the edges into id (what cites it), sorted by citing ID and
// relation.
func (g *Graph) CitedBy(id string) []Edge {
	g.ensureIndex()
	return g.edgesOf(id, g.in)
}

// edgesOf returns the edges that adj (g.in or g.out, built by ensureIndex)
// lists for the node id, in the order adj keeps them; nil for an unknown id.
func (g *Graph) edgesOf(id string, adj [][]int) []Edge {
	i, ok := g.index[id]
	if !ok {
		return nil
	}
	out := make([]Edge, 0, len(adj[i]))
	for _, ei := range adj[i] {
		out = append(out, g.Edges[ei])
	}
	return out
}

// CitesEdges returns the edges out of id (what it cites directly), sorted by
// cited ID and relation.
func (g *Graph) CitesEdges(id string) []Edge {
	g.ensureIndex()
	return g.edgesOf(id, g.out)
}

// Cites returns the documents id cites, directly and transitively up to depth
// hops (depth 1: direct citations only; depth <= 0: no limit), nearest first
// and by ID within a distance. id itself is not included.
func (g *Graph) Cites(id string, depth int) []Node {
	g.ensureIndex()
	start, ok := g.index[id]
	if !ok {
		return nil
	}
	seen := map[int]bool{start: true}
	frontier := []int{start}
	var out []Node
	for d := 1; len(frontier) > 0 && (depth <= 0 || d <= depth); d++ {
		var next []int
		for _, ni := range frontier {
			for _, ei := range g.out[ni] {
				t := g.index[g.Edges[ei].To]
				if !seen[t] {
					seen[t] = true
					next = append(next, t)
				}
			}
		}
		sort.Ints(next) // node indices follow ID order
		for _, t := range next {
			out = append(out, g.Nodes[t])
		}
		frontier = next
	}
	return out
}

// Validity lists what amends, replaces or repeals id — "id replaced by By on
// Date" — sorted by date (undated last), then by ID.
func (g *Graph) Validity(id string) []Event {
	g.ensureIndex()
	var out []Event
	for _, e := range g.CitedBy(id) {
		switch e.Relation {
		case model.RelationAmends, model.RelationReplaces, model.RelationRepeals:
			date := ""
			if n, ok := g.Node(e.From); ok {
				date = n.Date
			}
			out = append(out, Event{By: e.From, Relation: e.Relation, Date: date})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Date == "") != (b.Date == "") {
			return a.Date != ""
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.By != b.By {
			return a.By < b.By
		}
		return a.Relation < b.Relation
	})
	return out
}
