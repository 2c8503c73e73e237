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
	"github.com/vnlegal/vanban/parser/symbol"
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

// source is what Build keeps of one record.
type source struct {
	path, sha string
	doc       *model.Document
	key       string // node key, set in assignKeys
	issuerKey string
	number    string // canonical number, "" when none
	base      string // key before issuer disambiguation
	year      string // "YYYY" of the key (number year or date year)
}

// corpusNode is a node being built from corpus documents.
type corpusNode struct {
	key     string
	number  string // canonical number
	year    string
	date    string
	issuer  string
	issKey  string
	sources []*source
}

type builder struct {
	sources []*source
	nodes   map[string]*Node
	corpus  map[string]*corpusNode
	byNum   map[string][]*corpusNode // canonical number → corpus nodes
	named   map[string][]string      // named key "type:name:year" → corpus node keys
	byName  map[string][]string      // named key without the year, "type:name:" → corpus node keys
	aliases map[string]map[string]bool
	edges   map[edgeKey]*Edge
}

type edgeKey struct{ from, to, rel string }

// Build reads every record and returns the citation graph. Records with an
// Error (no Document) are skipped; a record repeated with the same path and
// digest is read once. The error is the iterator's.
func Build(records Records) (*Graph, error) {
	b := &builder{
		nodes:   map[string]*Node{},
		corpus:  map[string]*corpusNode{},
		byNum:   map[string][]*corpusNode{},
		named:   map[string][]string{},
		byName:  map[string][]string{},
		aliases: map[string]map[string]bool{},
		edges:   map[edgeKey]*Edge{},
	}
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
			b.sources = append(b.sources, &source{path: r.Path, sha: r.SHA256, doc: r.Document})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.SliceStable(b.sources, func(i, j int) bool {
		if b.sources[i].path != b.sources[j].path {
			return b.sources[i].path < b.sources[j].path
		}
		return b.sources[i].sha < b.sources[j].sha
	})
	b.assignKeys()
	b.learnAliases()
	for _, s := range b.sources {
		b.addCitations(s)
	}
	return b.finish(), nil
}

// assignKeys gives every corpus document its node key.
func (b *builder) assignKeys() {
	groups := map[string][]*source{}
	var order []string
	for i, s := range b.sources {
		d := s.doc
		s.issuerKey = issuerKey(d.Issuer)
		dateYear := yearOf(d.Date)
		if d.Number != "" && !d.Symbol.Blank {
			sym, c, ok := symbol.ParseHint(d.Number, d.Type)
			if !ok {
				c = strings.Join(strings.Fields(d.Number), "")
				sym = d.Symbol
			}
			s.number = c
			switch {
			case sym.Year != 0:
				s.base, s.year = c, strconv.Itoa(sym.Year)
			case dateYear != "":
				s.base, s.year = c+"@"+dateYear, dateYear
			default:
				s.base = c
			}
		} else {
			s.year = dateYear
			if s.year == "" && d.Symbol.Year != 0 {
				s.year = strconv.Itoa(d.Symbol.Year)
			}
			switch {
			case isNamedType(d.Type) && s.year != "":
				s.base = namedKey(d.Type, d.Abstract) + ":" + s.year
			case d.Type != "" && d.Date != "" && strings.TrimSpace(d.Abstract) != "":
				s.base = lexicon.Key(d.Type) + ":" + d.Date + ":" + clipRunes(lexicon.Key(d.Abstract), 80)
			default:
				s.base = "file:" + s.path
				if s.path == "" {
					s.base = "file:#" + strconv.Itoa(i)
				}
			}
		}
		if _, ok := groups[s.base]; !ok {
			order = append(order, s.base)
		}
		groups[s.base] = append(groups[s.base], s)
	}
	for _, base := range order {
		ss := groups[base]
		issuers := map[string]bool{}
		for _, s := range ss {
			if s.issuerKey != "" {
				issuers[s.issuerKey] = true
			}
		}
		for _, s := range ss {
			s.key = base
			if len(issuers) > 1 && s.issuerKey != "" {
				s.key = base + "#" + s.issuerKey
			}
			cn := b.corpus[s.key]
			if cn == nil {
				cn = &corpusNode{key: s.key, number: s.number, year: s.year, issKey: s.issuerKey}
				b.corpus[s.key] = cn
				if s.number != "" {
					b.byNum[s.number] = append(b.byNum[s.number], cn)
				}
			}
			if cn.date == "" {
				cn.date = s.doc.Date
			}
			if cn.issuer == "" {
				cn.issuer = s.doc.Issuer
			}
			cn.sources = append(cn.sources, s)
			b.mergeCorpusNode(s)
		}
	}
	// named aliases of corpus documents of named types
	for _, key := range sortedKeys(b.corpus) {
		cn := b.corpus[key]
		d := cn.sources[0].doc
		if isNamedType(d.Type) && cn.year != "" {
			nk := namedKey(d.Type, d.Abstract) + ":"
			b.named[nk+cn.year] = appendUnique(b.named[nk+cn.year], key)
			b.byName[nk] = appendUnique(b.byName[nk], key)
		}
	}
}

// mergeCorpusNode adds corpus document s to its node.
func (b *builder) mergeCorpusNode(s *source) {
	d := s.doc
	n := b.nodes[s.key]
	if n == nil {
		n = &Node{ID: s.key, Number: s.number, Path: s.path}
		b.nodes[s.key] = n
	}
	n.Paths = append(n.Paths, s.path)
	fillStr(&n.Type, d.Type)
	fillStr(&n.Title, strings.Join(strings.Fields(d.Abstract), " "))
	fillDate(&n.Date, d.Date)
	fillStr(&n.Issuer, strings.Join(strings.Fields(d.Issuer), " "))
	if n.Year == 0 {
		n.Year, _ = strconv.Atoi(s.year)
	}
}

// learnAliases records, from numbered references that also give a name
// ("Luật Đất đai số 31/2024/QH15"), which node a named reference
// ("luật:đất đai:2024") means.
func (b *builder) learnAliases() {
	for _, s := range b.sources {
		for i := range s.doc.References {
			r := &s.doc.References[i]
			if !isNumbered(r) || r.Title == "" || !isNamedType(r.Type) {
				continue
			}
			target, _ := b.resolveNumbered(s, r)
			y := ""
			if sym, _, ok := symbol.Parse(r.ID); ok && sym.Year != 0 {
				y = strconv.Itoa(sym.Year)
			} else {
				y = yearOf(r.Date)
			}
			if y == "" {
				continue
			}
			nk := namedKey(r.Type, r.Title) + ":" + y
			if b.aliases[nk] == nil {
				b.aliases[nk] = map[string]bool{}
			}
			b.aliases[nk][target] = true
		}
	}
}

// isNumbered reports a reference keyed by its number (its ID is the number).
func isNumbered(r *model.Reference) bool {
	return r.Number != "" && r.ID == r.Number
}

// resolveNumbered returns the node key of numbered reference r cited by s and
// the year of that key ("" when unknown).
func (b *builder) resolveNumbered(s *source, r *model.Reference) (key, year string) {
	n := r.ID
	sym, _, ok := symbol.Parse(n)
	ry := yearOf(r.Date)
	var def string
	cands := b.byNum[n]
	switch {
	case ok && sym.Year != 0:
		def, year = n, strconv.Itoa(sym.Year)
	case ry != "":
		def, year = n+"@"+ry, ry
		cands = filter(cands, func(c *corpusNode) bool { return c.year == ry })
	default:
		def = n
		cands = filter(cands, func(c *corpusNode) bool { return notAfter(c.date, s.doc.Date) })
	}
	if c := b.pick(cands, r.Issuer, s); c != nil {
		return c.key, c.year
	}
	return def, year
}

// pick chooses among candidate corpus nodes: the only one, else the one whose
// issuer matches the reference's issuer, else the one with the citing
// document's issuer; nil when that does not settle it.
func (b *builder) pick(cands []*corpusNode, refIssuer string, s *source) *corpusNode {
	if len(cands) == 1 {
		return cands[0]
	}
	if len(cands) == 0 {
		return nil
	}
	if ri := issuerKey(refIssuer); ri != "" {
		var hit []*corpusNode
		for _, c := range cands {
			if c.issKey != "" && (strings.Contains(c.issKey, ri) || strings.Contains(ri, c.issKey)) {
				hit = append(hit, c)
			}
		}
		if len(hit) == 1 {
			return hit[0]
		}
		if len(hit) > 1 {
			cands = hit
		}
	}
	if s.issuerKey != "" {
		var hit []*corpusNode
		for _, c := range cands {
			if c.issKey == s.issuerKey {
				hit = append(hit, c)
			}
		}
		if len(hit) == 1 {
			return hit[0]
		}
	}
	return nil
}

// resolveNamed returns the node key of a reference keyed by name (or by a
// short form such as "quyết định:366:").
func (b *builder) resolveNamed(s *source, r *model.Reference) string {
	id := r.ID
	if strings.HasSuffix(id, ":") {
		// no year: the unique corpus document of that name not dated after the citing one
		var hit []string
		for _, k := range b.byName[id] {
			if notAfter(b.corpus[k].date, s.doc.Date) {
				hit = append(hit, k)
			}
		}
		if len(hit) == 1 {
			return hit[0]
		}
		return id
	}
	if keys := b.named[id]; len(keys) == 1 {
		return keys[0]
	}
	if t := b.aliases[id]; len(t) == 1 {
		for k := range t {
			return k
		}
	}
	return id
}

// addCitations adds the edges of corpus document s.
func (b *builder) addCitations(s *source) {
	for i := range s.doc.References {
		r := &s.doc.References[i]
		if r.ID == "" && r.Number == "" {
			continue
		}
		if r.ID == "" {
			r2 := *r
			r2.ID = r.Number
			r = &r2
		}
		var key, year string
		if isNumbered(r) {
			key, year = b.resolveNumbered(s, r)
		} else {
			key = b.resolveNamed(s, r)
			year = namedYear(key)
		}
		if key == s.key {
			continue // self-loop
		}
		b.external(key, year, r)
		ms := r.Mentions
		if len(ms) == 0 {
			ms = []model.Mention{{Relation: r.Relation}}
		}
		for _, m := range ms {
			rel := m.Relation
			if rel == "" {
				rel = r.Relation
			}
			if rel == "" {
				rel = model.RelationCites
			}
			ek := edgeKey{s.key, key, rel}
			e := b.edges[ek]
			if e == nil {
				e = &Edge{From: s.key, To: key, Relation: rel, Evidence: []string{}}
				b.edges[ek] = e
			}
			e.Count++
			t := strings.Join(strings.Fields(m.Text), " ")
			if t != "" && len(e.Evidence) < MaxEvidence && !contains(e.Evidence, t) {
				e.Evidence = append(e.Evidence, t)
			}
		}
	}
}

// external creates or completes the node of a cited document.
func (b *builder) external(key, year string, r *model.Reference) {
	n := b.nodes[key]
	if n == nil {
		n = &Node{ID: key, External: true}
		if isNumbered(r) {
			n.Number = r.ID
		}
		n.Year, _ = strconv.Atoi(year)
		b.nodes[key] = n
	}
	if !n.External {
		return // corpus documents keep their own fields
	}
	if n.Number == "" && isNumbered(r) {
		n.Number = r.ID
	}
	fillStr(&n.Type, r.Type)
	fillStr(&n.Title, strings.Join(strings.Fields(r.Title), " "))
	fillDate(&n.Date, r.Date)
	fillStr(&n.Issuer, strings.Join(strings.Fields(r.Issuer), " "))
	if n.Year == 0 {
		n.Year, _ = strconv.Atoi(yearOf(n.Date))
	}
}

func (b *builder) finish() *Graph {
	g := &Graph{Nodes: make([]Node, 0, len(b.nodes)), Edges: make([]Edge, 0, len(b.edges))}
	for _, k := range sortedKeys(b.nodes) {
		n := b.nodes[k]
		if n.Paths == nil {
			n.Paths = []string{}
		}
		sort.Strings(n.Paths)
		if len(n.Paths) > 0 {
			n.Path = n.Paths[0]
		}
		n.Label = label(n)
		g.Nodes = append(g.Nodes, *n)
	}
	for _, e := range b.edges {
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

func yearOf(date string) string {
	if len(date) >= 4 && allDigits(date[:4]) {
		return date[:4]
	}
	return ""
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

func filter(cs []*corpusNode, keep func(*corpusNode) bool) []*corpusNode {
	var out []*corpusNode
	for _, c := range cs {
		if keep(c) {
			out = append(out, c)
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
