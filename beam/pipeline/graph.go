package pipeline

import (
	"context"
	"encoding/json"
	"reflect"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/filter"

	"github.com/vnlegal/vanban/graph"
	"github.com/vnlegal/vanban/graph/steps"
	"github.com/vnlegal/vanban/model"
)

func init() {
	// element types, nested ones included, for the coders of distributed runners
	for _, t := range []any{DocInfo{}, Ref{}, Mention{}, CitingDoc{}, Order{}, Evidence{}, EdgeAcc{}, ExtCite{}, Blob{},
		steps.CorpusDoc{}, steps.DocKey{}, steps.Entry{}, graph.Node{}, graph.Edge{}} {
		beam.RegisterType(reflect.TypeOf(t))
	}
	register.DoFn3x1[context.Context, string, func(string, DocInfo), error](&docInfoFn{})
	register.Function2x1[DocInfo, DocInfo, DocInfo](firstDoc)
	register.Function2x0[DocInfo, func(string)](issuerPairFn)
	register.Function2x0[string, func(string, int)](pairBaseFn)
	register.Function2x1[int, int, int](sumInts)
	register.Function3x0[string, int, func(string)](ambiguousFn)
	register.DoFn4x0[DocInfo, func(*string) bool, func(string, steps.CorpusDoc), func(CitingDoc)](&nodeKeyFn{})
	register.DoFn4x0[string, func(*steps.CorpusDoc) bool, func(steps.Entry), func(string, graph.Node)](&corpusNodeFn{})
	register.DoFn3x0[CitingDoc, func(*steps.Entry) bool, func(string)](&aliasFn{})
	register.DoFn5x0[CitingDoc, func(*steps.Entry) bool, func(*string) bool, func(string, EdgeAcc), func(string, ExtCite)](&citeFn{})
	register.Combiner1[EdgeAcc](&edgeCombineFn{})
	register.Function3x0[string, EdgeAcc, func(graph.Edge)](edgeFn)
	register.Function3x0[string, func(*ExtCite) bool, func(string, graph.Node)](externalNodeFn)
	register.Function2x0[graph.Edge, func(string)](edgePairFn)
	register.Function3x0[string, func(string, int), func(string, int)](degreeFn)
	register.Function5x0[string, func(*graph.Node) bool, func(*int) bool, func(*int) bool, func(graph.Node)](joinNodeFn)

	register.Emitter1[DocInfo]()
	register.Emitter2[string, DocInfo]()
	register.Emitter2[string, int]()
	register.Emitter2[string, steps.CorpusDoc]()
	register.Emitter1[CitingDoc]()
	register.Emitter1[steps.Entry]()
	register.Emitter2[string, graph.Node]()
	register.Emitter2[string, EdgeAcc]()
	register.Emitter2[string, ExtCite]()
	register.Emitter1[graph.Edge]()
	register.Emitter1[graph.Node]()
	register.Iter1[string]()
	register.Iter1[int]()
	register.Iter1[steps.CorpusDoc]()
	register.Iter1[steps.Entry]()
	register.Iter1[graph.Node]()
	register.Iter1[ExtCite]()
}

// DocInfo is what the graph needs of one record with a document: its node
// identity and fields (steps.CorpusDoc) and its references.
type DocInfo struct {
	Doc  steps.CorpusDoc
	Refs []Ref
}

// Ref is a model.Reference without what the graph does not read.
type Ref struct {
	ID, Number, Type, Title, Date, Issuer, Relation string
	Mentions                                        []Mention
}

// Mention is a model.Mention's text and relation.
type Mention struct {
	Text, Relation string
}

func refOf(r model.Reference) Ref {
	out := Ref{ID: r.ID, Number: r.Number, Type: r.Type, Title: r.Title, Date: r.Date,
		Issuer: r.Issuer, Relation: r.Relation}
	for _, m := range r.Mentions {
		out.Mentions = append(out.Mentions, Mention{Text: m.Text, Relation: m.Relation})
	}
	return out
}

func (r Ref) model() model.Reference {
	out := model.Reference{ID: r.ID, Number: r.Number, Type: r.Type, Title: r.Title, Date: r.Date,
		Issuer: r.Issuer, Relation: r.Relation}
	for _, m := range r.Mentions {
		out.Mentions = append(out.Mentions, model.Mention{Text: m.Text, Relation: m.Relation})
	}
	return out
}

func modelRefs(rs []Ref) []model.Reference {
	out := make([]model.Reference, len(rs))
	for i, r := range rs {
		out[i] = r.model()
	}
	return out
}

// CitingDoc is a corpus document keyed by its node key, on the citing side.
type CitingDoc struct {
	Key, Path, SHA256, Date, IssuerKey string
	Refs                               []Ref
}

func (c CitingDoc) citing() steps.Citing {
	return steps.Citing{Key: c.Key, Date: c.Date, IssuerKey: c.IssuerKey}
}

// Order places a mention in corpus order: citing document (path, digest),
// reference, mention.
type Order struct {
	Path, SHA256 string
	Ref, Mention int
}

func (o Order) before(p Order) bool {
	if o.Path != p.Path || o.SHA256 != p.SHA256 {
		return steps.SourceBefore(o.Path, o.SHA256, p.Path, p.SHA256)
	}
	if o.Ref != p.Ref {
		return o.Ref < p.Ref
	}
	return o.Mention < p.Mention
}

// Evidence is a mention text with its place in corpus order.
type Evidence struct {
	Text  string
	Order Order
}

// EdgeAcc accumulates the mentions of one (from, to, relation): their count
// and the first steps.MaxEvidence distinct texts in corpus order.
type EdgeAcc struct {
	Count    int
	Evidence []Evidence
}

// ExtCite is one citation of a document outside the corpus.
type ExtCite struct {
	Order Order // Mention unused
	Year  string
	Ref   Ref // without mentions
}

// Graph computes the citation graph of the records (JSON lines as Records
// returns them) and returns the PCollections of its nodes (graph.Node, with
// degrees and labels) and edges (graph.Edge), unordered.
func Graph(s beam.Scope, records beam.PCollection) (nodes, edges beam.PCollection) {
	s = s.Scope("vanban.Graph")

	// documents, once per (path, digest) as graph.Build reads them
	keyed := beam.ParDo(s, &docInfoFn{}, records)
	docs := beam.DropKey(s, beam.CombinePerKey(s, firstDoc, keyed))

	// issuer disambiguation: the bases shared by documents of several issuers
	pairs := filter.Distinct(s, beam.ParDo(s, issuerPairFn, docs))
	issuers := beam.CombinePerKey(s, sumInts, beam.ParDo(s, pairBaseFn, pairs))
	ambiguous := beam.ParDo(s, ambiguousFn, issuers)

	// corpus nodes (and the index entries references resolve against)
	byKey, citing := beam.ParDo2(s, &nodeKeyFn{}, docs, beam.SideInput{Input: ambiguous})
	entries, corpusNodes := beam.ParDo2(s, &corpusNodeFn{}, beam.GroupByKey(s, byKey))

	// aliases of named documents learnt from numbered references
	aliases := filter.Distinct(s, beam.ParDo(s, &aliasFn{}, citing, beam.SideInput{Input: entries}))

	// citations: mentions per (from, to, relation), cited-only documents
	mentions, external := beam.ParDo2(s, &citeFn{}, citing,
		beam.SideInput{Input: entries}, beam.SideInput{Input: aliases})
	edges = beam.ParDo(s, edgeFn, beam.CombinePerKey(s, &edgeCombineFn{}, mentions))
	externalNodes := beam.ParDo(s, externalNodeFn, beam.GroupByKey(s, external))
	allNodes := beam.Flatten(s, corpusNodes, externalNodes)

	// degrees: distinct citing (cited) documents per node
	linked := filter.Distinct(s, beam.ParDo(s, edgePairFn, edges))
	in, out := beam.ParDo2(s, degreeFn, linked)
	inDeg := beam.CombinePerKey(s, sumInts, in)
	outDeg := beam.CombinePerKey(s, sumInts, out)

	nodes = beam.ParDo(s, joinNodeFn, beam.CoGroupByKey(s, allNodes, inDeg, outDeg))
	return nodes, edges
}

// docInfoFn decodes a record and keys its document by path and digest;
// error records have no document and are left out.
type docInfoFn struct{}

func (f *docInfoFn) ProcessElement(ctx context.Context, line string, emit func(string, DocInfo)) error {
	var rec model.Record
	if err := json.Unmarshal([]byte(line), &rec); err != nil {
		return err
	}
	if rec.Document == nil {
		return nil
	}
	info := DocInfo{Doc: steps.NewCorpusDoc(rec.Path, rec.SHA256, rec.Document)}
	for _, r := range rec.Document.References {
		info.Refs = append(info.Refs, refOf(r))
	}
	emit(rec.Path+"\x00"+rec.SHA256, info)
	return nil
}

// firstDoc keeps one of two records of the same path and digest (the same
// bytes, so the same document).
func firstDoc(a, b DocInfo) DocInfo { return a }

func issuerPairFn(d DocInfo, emit func(string)) {
	if d.Doc.Key.IssuerKey != "" {
		emit(d.Doc.Key.Base + "\x00" + d.Doc.Key.IssuerKey)
	}
}

func pairBaseFn(pair string, emit func(string, int)) {
	base, _, _ := strings.Cut(pair, "\x00")
	emit(base, 1)
}

func sumInts(a, b int) int { return a + b }

func ambiguousFn(base string, issuers int, emit func(string)) {
	if issuers > 1 {
		emit(base)
	}
}

// nodeKeyFn gives each document its node key (steps.NodeKey).
type nodeKeyFn struct {
	ambiguous map[string]bool // the side input, read once per instance
}

func (f *nodeKeyFn) ProcessElement(d DocInfo, ambiguous func(*string) bool, emitDoc func(string, steps.CorpusDoc), emitCiting func(CitingDoc)) {
	if f.ambiguous == nil {
		f.ambiguous = map[string]bool{}
		var b string
		for ambiguous(&b) {
			f.ambiguous[b] = true
		}
	}
	n := 1
	if f.ambiguous[d.Doc.Key.Base] {
		n = 2
	}
	key := steps.NodeKey(d.Doc.Key, n)
	emitDoc(key, d.Doc)
	c := d.Doc.Citing(key)
	emitCiting(CitingDoc{Key: key, Path: d.Doc.Path, SHA256: d.Doc.SHA256, Date: c.Date,
		IssuerKey: c.IssuerKey, Refs: d.Refs})
}

// corpusNodeFn merges the documents of one node key in corpus order.
type corpusNodeFn struct{}

func (f *corpusNodeFn) ProcessElement(key string, docs func(*steps.CorpusDoc) bool, emitEntry func(steps.Entry), emitNode func(string, graph.Node)) {
	var ds []steps.CorpusDoc
	var d steps.CorpusDoc
	for docs(&d) {
		ds = append(ds, d)
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].Before(ds[j]) })
	e, n := steps.MergeCorpus(key, ds)
	emitEntry(e)
	emitNode(key, n)
}

// indexOf builds the index of the corpus entries, plus aliases
// ("name\x00key") when given.
func indexOf(entries func(*steps.Entry) bool, aliases func(*string) bool) *steps.Index {
	var es []steps.Entry
	var e steps.Entry
	for entries(&e) {
		es = append(es, e)
	}
	ix := steps.NewIndex(es)
	if aliases != nil {
		var a string
		for aliases(&a) {
			name, key, _ := strings.Cut(a, "\x00")
			ix.AddAlias(steps.Alias{Name: name, Key: key})
		}
	}
	return ix
}

// aliasFn emits what a document's numbered references teach about named
// ones, as "name\x00key".
type aliasFn struct {
	ix *steps.Index
}

func (f *aliasFn) ProcessElement(c CitingDoc, entries func(*steps.Entry) bool, emit func(string)) {
	if f.ix == nil {
		f.ix = indexOf(entries, nil)
	}
	for _, a := range f.ix.Aliases(c.citing(), modelRefs(c.Refs)) {
		emit(a.Name + "\x00" + a.Key)
	}
}

// citeFn resolves a document's references: one EdgeAcc per mention keyed
// "from\x00to\x00relation", and one ExtCite per citation of a document
// outside the corpus, keyed by its node key.
type citeFn struct {
	ix *steps.Index
}

func (f *citeFn) ProcessElement(c CitingDoc, entries func(*steps.Entry) bool, aliases func(*string) bool, emitMention func(string, EdgeAcc), emitExt func(string, ExtCite)) {
	if f.ix == nil {
		f.ix = indexOf(entries, aliases)
	}
	from := c.citing()
	for _, ct := range f.ix.Citations(from, modelRefs(c.Refs)) {
		o := Order{Path: c.Path, SHA256: c.SHA256, Ref: ct.Index}
		if !f.ix.Has(ct.To) {
			r := ct.Ref
			r.Mentions = nil
			emitExt(ct.To, ExtCite{Order: o, Year: ct.Year, Ref: refOf(r)})
		}
		for i, m := range steps.EdgeMentions(&ct.Ref) {
			acc := EdgeAcc{Count: 1}
			if m.Text != "" {
				o.Mention = i
				acc.Evidence = []Evidence{{Text: m.Text, Order: o}}
			}
			emitMention(from.Key+"\x00"+ct.To+"\x00"+m.Relation, acc)
		}
	}
}

// edgeCombineFn adds up the mentions of an edge and keeps, of each distinct
// text, its first place; then the steps.MaxEvidence first texts. Keeping
// only those in every partial accumulator is exact: a text among the first
// MaxEvidence overall is among the first MaxEvidence of the part holding its
// first mention.
type edgeCombineFn struct{}

func (f *edgeCombineFn) MergeAccumulators(a, b EdgeAcc) EdgeAcc {
	out := EdgeAcc{Count: a.Count + b.Count}
	first := map[string]Order{}
	for _, ev := range append(append([]Evidence(nil), a.Evidence...), b.Evidence...) {
		if o, ok := first[ev.Text]; !ok || ev.Order.before(o) {
			first[ev.Text] = ev.Order
		}
	}
	for t, o := range first {
		out.Evidence = append(out.Evidence, Evidence{Text: t, Order: o})
	}
	sort.Slice(out.Evidence, func(i, j int) bool {
		return out.Evidence[i].Order.before(out.Evidence[j].Order)
	})
	if len(out.Evidence) > steps.MaxEvidence {
		out.Evidence = out.Evidence[:steps.MaxEvidence]
	}
	return out
}

func edgeFn(key string, acc EdgeAcc, emit func(graph.Edge)) {
	f := strings.SplitN(key, "\x00", 3)
	e := graph.Edge{From: f[0], To: f[1], Relation: f[2], Count: acc.Count, Evidence: []string{}}
	for _, ev := range acc.Evidence {
		e.Evidence = append(e.Evidence, ev.Text)
	}
	emit(e)
}

// externalNodeFn folds the citations of a cited-only document in corpus order.
func externalNodeFn(key string, cites func(*ExtCite) bool, emit func(string, graph.Node)) {
	var cs []ExtCite
	var c ExtCite
	for cites(&c) {
		cs = append(cs, c)
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Order.before(cs[j].Order) })
	gc := make([]steps.Citation, len(cs))
	for i, c := range cs {
		gc[i] = steps.Citation{Index: c.Order.Ref, To: key, Year: c.Year, Ref: c.Ref.model()}
	}
	emit(key, steps.ExternalNode(key, gc))
}

func edgePairFn(e graph.Edge, emit func(string)) {
	emit(e.From + "\x00" + e.To)
}

// degreeFn counts a linked pair once for the cited node's in-degree and
// once for the citing node's out-degree.
func degreeFn(pair string, in func(string, int), out func(string, int)) {
	from, to, _ := strings.Cut(pair, "\x00")
	in(to, 1)
	out(from, 1)
}

func joinNodeFn(key string, nodes func(*graph.Node) bool, in func(*int) bool, out func(*int) bool, emit func(graph.Node)) {
	var n graph.Node
	if !nodes(&n) {
		return // a degree without a node: cannot happen, every end of an edge is a node
	}
	var d int
	for in(&d) {
		n.InDegree += d
	}
	for out(&d) {
		n.OutDegree += d
	}
	emit(steps.FinishNode(n))
}
