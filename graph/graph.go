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
// same.
package graph

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
)

// MaxEvidence is the number of mention texts kept on an edge as evidence.
const MaxEvidence = 5

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

// Node is one document: a document of the corpus or a document it cites.
type Node struct {
	// ID is the node key (see the package documentation): "30/2020/NĐ-CP",
	// "01/NQ-CP@2020", "luật:đất đai:2024".
	ID string `json:"id"`
	// Label is a short display name: the number, else the title, else the ID.
	Label string `json:"label"`
	// Number is the canonical số, ký hiệu, "" for named documents without one.
	Number string `json:"number"`
	// Type is the canonical type name ("Nghị định").
	Type string `json:"type"`
	// Title is the trích yếu of a corpus document, or the name or abstract a
	// citing text gives for a cited one.
	Title string `json:"title"`
	// Date is the issue date "YYYY-MM-DD" ("YYYY" when only the year is known).
	Date string `json:"date"`
	// Issuer is the issuing body as printed (corpus) or as cited ("Thủ tướng Chính phủ").
	Issuer string `json:"issuer"`
	// Year is the year of the number, else of the date; 0 when unknown.
	Year int `json:"year"`
	// External is true for documents that are only cited, not in the corpus.
	External bool `json:"external"`
	// Path is the corpus file of the document ("" when External); the first of Paths.
	Path string `json:"path"`
	// Paths lists every corpus file merged into this node (one document stored
	// in several files or formats), sorted.
	Paths []string `json:"paths"`
	// InDegree is the number of distinct documents citing this one.
	InDegree int `json:"in_degree"`
	// OutDegree is the number of distinct documents this one cites.
	OutDegree int `json:"out_degree"`
}

// Edge is the citations of one document by another under one relation.
type Edge struct {
	// From is the citing node's ID.
	From string `json:"from"`
	// To is the cited node's ID.
	To string `json:"to"`
	// Relation is basis, implements, guides, amends, replaces, repeals or cites
	// (the relation of each mention, see model.Mention.Relation).
	Relation string `json:"relation"`
	// Count is the number of mentions.
	Count int `json:"count"`
	// Evidence holds up to MaxEvidence distinct mention texts, in document order.
	Evidence []string `json:"evidence"`
}

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
// It is written with the exported identity functions (KeyOf, NodeKey,
// MergeCorpus, Index, ExternalNode, FinishNode), which a distributed build
// uses to get the same graph.
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
		return SourceBefore(sources[i].path, sources[i].sha, sources[j].path, sources[j].sha)
	})

	// node keys: the identity of each document, disambiguated by issuer
	// among the documents that share a base key
	docs := make([]CorpusDoc, len(sources))
	issuers := map[string]map[string]bool{}
	for i, s := range sources {
		cd := NewCorpusDoc(s.path, s.sha, s.doc)
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
	groups := map[string][]CorpusDoc{}
	for i, cd := range docs {
		keys[i] = NodeKey(cd.Key, len(issuers[cd.Key.Base]))
		groups[keys[i]] = append(groups[keys[i]], cd) // in corpus order
	}

	// corpus nodes and the index references are resolved against
	nodes := make(map[string]*Node, len(groups))
	entries := make([]Entry, 0, len(groups))
	for _, k := range sortedKeys(groups) {
		e, n := MergeCorpus(k, groups[k])
		entries = append(entries, e)
		nodes[k] = &n
	}
	ix := NewIndex(entries)
	for i, s := range sources {
		for _, a := range ix.Aliases(docs[i].Citing(keys[i]), s.doc.References) {
			ix.AddAlias(a)
		}
	}

	// edges, and the nodes of documents only cited
	edges := map[edgeKey]*Edge{}
	for i, s := range sources {
		from := docs[i].Citing(keys[i])
		for _, c := range ix.Citations(from, s.doc.References) {
			n := nodes[c.To]
			if n == nil {
				ext := ExternalNode(c.To, []Citation{c})
				n = &ext
				nodes[c.To] = n
			} else if n.External {
				fillExternal(n, &c.Ref)
			}
			for _, m := range EdgeMentions(&c.Ref) {
				ek := edgeKey{from.Key, c.To, m.Relation}
				e := edges[ek]
				if e == nil {
					e = &Edge{From: from.Key, To: c.To, Relation: m.Relation, Evidence: []string{}}
					edges[ek] = e
				}
				e.Count++
				e.Evidence = AddEvidence(e.Evidence, m.Text)
			}
		}
	}

	g := &Graph{Nodes: make([]Node, 0, len(nodes)), Edges: make([]Edge, 0, len(edges))}
	for _, k := range sortedKeys(nodes) {
		g.Nodes = append(g.Nodes, FinishNode(*nodes[k]))
	}
	for _, e := range edges {
		g.Edges = append(g.Edges, *e)
	}
	sort.Slice(g.Edges, func(i, j int) bool { return edgeLess(&g.Edges[i], &g.Edges[j]) })
	g.reindex()
	return g, nil
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

// ---- keys and small helpers ----

// namedTypes are the types cited by name (and year) rather than by number.
var namedTypes = map[string]bool{
	"hiến pháp": true, "bộ luật": true, "luật": true, "pháp lệnh": true,
}

func isNamedType(t string) bool { return namedTypes[lexicon.Key(t)] }

// namedKey is "type:name" in the form of the reference IDs of named
// documents: lower case, tone marks folded, the type word dropped from the
// name, trailing "số …" / "ngày …" cut ("luật:đất đai").
func namedKey(typ, name string) string {
	tk := lexicon.Key(typ)
	if tk == "hiến pháp" {
		return tk + ":"
	}
	nk := lexicon.Key(name)
	if strings.HasPrefix(nk, tk+" ") {
		nk = nk[len(tk)+1:]
	}
	for _, cut := range []string{" số ", " ngày "} {
		if i := strings.Index(nk, cut); i > 0 {
			nk = nk[:i]
		}
	}
	return tk + ":" + strings.TrimSpace(nk)
}

// namedYear is the year at the end of a named key ("luật:đất đai:2024"), or
// the year of a "number@YYYY" key.
func namedYear(key string) string {
	i := strings.LastIndexAny(key, ":@")
	if i < 0 {
		return ""
	}
	y := key[i+1:]
	if len(y) == 4 && allDigits(y) {
		return y
	}
	return ""
}

// issuerAbbrev expands the abbreviations of issuer names so that printed and
// cited forms compare equal.
var issuerAbbrev = map[string]string{
	"ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "tp": "thành phố",
	"tp.": "thành phố", "ttg": "thủ tướng chính phủ", "cp": "chính phủ",
}

// issuerKey is an issuer name lower-cased, tone-folded and with common
// abbreviations expanded, for comparing issuers.
func issuerKey(s string) string {
	k := lexicon.Key(s)
	if k == "" {
		return ""
	}
	ws := strings.Fields(k)
	for i, w := range ws {
		if x, ok := issuerAbbrev[w]; ok {
			ws[i] = x
		}
	}
	return strings.Join(ws, " ")
}

// notAfter reports that date a is not later than date b (unknown dates pass).
func notAfter(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	return a[:n] <= b[:n]
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func fillStr(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

// fillDate keeps the first date, completed when a fuller date of the same year comes.
func fillDate(dst *string, v string) {
	if *dst == "" || (len(*dst) < len(v) && strings.HasPrefix(v, *dst)) {
		*dst = v
	}
}

func label(n *Node) string {
	switch {
	case n.Number != "" && strings.HasPrefix(n.ID, n.Number+"@"):
		// a number without a year segment: the year tells the documents apart
		return n.Number + " (" + strings.SplitN(n.ID[len(n.Number)+1:], "#", 2)[0] + ")"
	case n.Number != "":
		return n.Number
	case n.Title != "":
		t := n.Title
		if n.Type != "" && !strings.HasPrefix(lexicon.Key(t), lexicon.Key(n.Type)) {
			t = n.Type + " " + t
		}
		if y := namedYear(n.ID); y != "" && !strings.Contains(t, y) {
			t += " " + y
		}
		return clipRunes(t, 60)
	}
	// a named key without a title: "luật:tổ chức chính phủ:2015" → "Luật tổ chức chính phủ 2015"
	if f := strings.Split(n.ID, ":"); len(f) == 3 && n.Type != "" && lexicon.Key(n.Type) == f[0] {
		return strings.TrimSpace(strings.Join(strings.Fields(n.Type+" "+f[1]+" "+f[2]), " "))
	}
	return n.ID
}

func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n])) + "…"
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func appendUnique(ss []string, s string) []string {
	if contains(ss, s) {
		return ss
	}
	return append(ss, s)
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
