package graph

import (
	"sort"
	"strconv"
	"strings"

	"github.com/vnlegal/vanban/internal/vndate"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
	"github.com/vnlegal/vanban/parser/symbol"
)

// The node-identity rules of the package documentation as pure functions.
// Build is written with them, and so can be a distributed implementation (the
// Apache Beam pipeline in the beam module): compute each document's CorpusDoc
// (KeyOf), count the distinct issuers per DocKey.Base and take NodeKey, group
// the documents by node key in corpus order (Before) and MergeCorpus them,
// make an Index of the corpus nodes' entries, add the Aliases of every
// document, then resolve each document's Citations. A graph built that way
// from the same records is the graph Build returns.

// DocKey is the identity of a corpus document before issuer disambiguation.
type DocKey struct {
	// Base is the node key before issuer disambiguation: the canonical number
	// (with "@YYYY" for a number without a year), a named key
	// ("luật:đất đai:2024"), "type:date:abstract", or "file:" + path.
	Base string `json:"base"`
	// Number is the canonical số, ký hiệu, "" when the document has none.
	Number string `json:"number"`
	// Year is the year of the key ("" when unknown).
	Year string `json:"year"`
	// IssuerKey is IssuerKey(Document.Issuer).
	IssuerKey string `json:"issuer_key"`
}

// KeyOf returns the identity of corpus document d read from path. The last
// resort key is "file:" + path; Build keys a document with an empty path
// "file:#i" by its position i in corpus order instead.
func KeyOf(d *model.Document, path string) DocKey {
	k := DocKey{IssuerKey: IssuerKey(d.Issuer)}
	dateYear := vndate.YearOf(d.Date)
	if d.Number != "" && !d.Symbol.Blank {
		sym, c, ok := symbol.ParseHint(d.Number, d.Type)
		if !ok {
			c = strings.Join(strings.Fields(d.Number), "")
			sym = d.Symbol
		}
		k.Number = c
		switch {
		case sym.Year != 0:
			k.Base, k.Year = c, strconv.Itoa(sym.Year)
		case dateYear != "":
			k.Base, k.Year = c+"@"+dateYear, dateYear
		default:
			k.Base = c
		}
		return k
	}
	k.Year = dateYear
	if k.Year == "" && d.Symbol.Year != 0 {
		k.Year = strconv.Itoa(d.Symbol.Year)
	}
	switch {
	case isNamedType(d.Type) && k.Year != "":
		k.Base = namedKey(d.Type, d.Abstract) + ":" + k.Year
	case d.Type != "" && d.Date != "" && strings.TrimSpace(d.Abstract) != "":
		k.Base = lexicon.Key(d.Type) + ":" + d.Date + ":" + clipRunes(lexicon.Key(d.Abstract), 80)
	default:
		k.Base = "file:" + path
	}
	return k
}

// NodeKey is the node key of a document with identity k when the corpus
// documents sharing k.Base name distinctIssuers different (non-empty) issuer
// keys: k.Base, or k.Base + "#" + k.IssuerKey when that base is ambiguous.
func NodeKey(k DocKey, distinctIssuers int) string {
	if distinctIssuers > 1 && k.IssuerKey != "" {
		return k.Base + "#" + k.IssuerKey
	}
	return k.Base
}

// IssuerKey is an issuer name lower-cased, tone-folded and with common
// abbreviations expanded, for comparing issuers.
func IssuerKey(s string) string { return issuerKey(s) }

// CorpusDoc is what the graph keeps of one corpus document for its node.
type CorpusDoc struct {
	Path     string `json:"path"`
	SHA256   string `json:"sha256"`
	Key      DocKey `json:"key"`
	Type     string `json:"type"`
	Abstract string `json:"abstract"`
	Date     string `json:"date"`
	Issuer   string `json:"issuer"`
}

// NewCorpusDoc returns the CorpusDoc of the document of a record.
func NewCorpusDoc(path, sha256 string, d *model.Document) CorpusDoc {
	return CorpusDoc{Path: path, SHA256: sha256, Key: KeyOf(d, path),
		Type: d.Type, Abstract: d.Abstract, Date: d.Date, Issuer: d.Issuer}
}

// Before is the corpus order: by path, then by digest. Documents merged into
// one node, and the citations of a cited document, are read in this order.
func (c CorpusDoc) Before(o CorpusDoc) bool { return SourceBefore(c.Path, c.SHA256, o.Path, o.SHA256) }

// SourceBefore is the corpus order of two records given by path and digest.
func SourceBefore(pathA, shaA, pathB, shaB string) bool {
	if pathA != pathB {
		return pathA < pathB
	}
	return shaA < shaB
}

// Citing returns the document as the citing side of its references, keyed by
// its node key.
func (c CorpusDoc) Citing(nodeKey string) Citing {
	return Citing{Key: nodeKey, Date: c.Date, IssuerKey: c.Key.IssuerKey}
}

// Entry is what the Index knows of one corpus node.
type Entry struct {
	Key       string `json:"key"`
	Number    string `json:"number"`
	Year      string `json:"year"`
	Date      string `json:"date"`       // the first date of its documents
	IssuerKey string `json:"issuer_key"` // of its first document
	Type      string `json:"type"`       // of its first document
	Abstract  string `json:"abstract"`   // of its first document
}

// MergeCorpus returns the index entry and the node (without degrees and
// label, see FinishNode) of the corpus documents that share node key key,
// given in corpus order (Before).
func MergeCorpus(key string, docs []CorpusDoc) (Entry, Node) {
	if len(docs) == 0 {
		return Entry{Key: key}, Node{ID: key, Paths: []string{}}
	}
	f := docs[0]
	e := Entry{Key: key, Number: f.Key.Number, Year: f.Key.Year, IssuerKey: f.Key.IssuerKey,
		Type: f.Type, Abstract: f.Abstract}
	n := Node{ID: key, Number: f.Key.Number, Path: f.Path}
	for _, d := range docs {
		if e.Date == "" {
			e.Date = d.Date
		}
		n.Paths = append(n.Paths, d.Path)
		fillStr(&n.Type, d.Type)
		fillStr(&n.Title, strings.Join(strings.Fields(d.Abstract), " "))
		fillDate(&n.Date, d.Date)
		fillStr(&n.Issuer, strings.Join(strings.Fields(d.Issuer), " "))
		if n.Year == 0 {
			n.Year, _ = strconv.Atoi(d.Key.Year)
		}
	}
	return e, n
}

// FinishNode completes a node once all its parts are known: Paths sorted (and
// never nil), Path the first of them, and the Label.
func FinishNode(n Node) Node {
	if n.Paths == nil {
		n.Paths = []string{}
	}
	sort.Strings(n.Paths)
	if len(n.Paths) > 0 {
		n.Path = n.Paths[0]
	}
	n.Label = label(&n)
	return n
}

// Citing is a corpus document on the citing side of a reference.
type Citing struct {
	Key       string // its node key
	Date      string // its own date
	IssuerKey string // IssuerKey of its own issuer
}

// Alias says that named key Name ("luật:đất đai:2024") means node Key.
type Alias struct {
	Name string `json:"name"`
	Key  string `json:"key"`
}

// Index holds the corpus nodes that references are resolved against, and
// the aliases of named documents learnt from the corpus.
type Index struct {
	corpus  map[string]*Entry
	byNum   map[string][]*Entry // canonical number → corpus nodes
	named   map[string][]string // named key "type:name:year" → corpus node keys
	byName  map[string][]string // named key without the year, "type:name:" → corpus node keys
	aliases map[string]map[string]bool
}

// NewIndex indexes the corpus nodes' entries (one per node key).
func NewIndex(entries []Entry) *Index {
	ix := &Index{
		corpus:  make(map[string]*Entry, len(entries)),
		byNum:   map[string][]*Entry{},
		named:   map[string][]string{},
		byName:  map[string][]string{},
		aliases: map[string]map[string]bool{},
	}
	for i := range entries {
		e := &entries[i]
		if _, dup := ix.corpus[e.Key]; dup {
			continue
		}
		ix.corpus[e.Key] = e
		if e.Number != "" {
			ix.byNum[e.Number] = append(ix.byNum[e.Number], e)
		}
		// named aliases of corpus documents of named types
		if isNamedType(e.Type) && e.Year != "" {
			nk := namedKey(e.Type, e.Abstract) + ":"
			ix.named[nk+e.Year] = appendUnique(ix.named[nk+e.Year], e.Key)
			ix.byName[nk] = appendUnique(ix.byName[nk], e.Key)
		}
	}
	return ix
}

// Has reports whether key is the key of a corpus node.
func (ix *Index) Has(key string) bool {
	_, ok := ix.corpus[key]
	return ok
}

// Aliases returns what the numbered references of a corpus document that
// also give a name ("Luật Đất đai số 31/2024/QH15") teach: which node a named
// reference ("luật:đất đai:2024") means. They are resolved without aliases,
// so they can be computed for every document before any is added.
func (ix *Index) Aliases(from Citing, refs []model.Reference) []Alias {
	var out []Alias
	for i := range refs {
		r := &refs[i]
		if !isNumbered(r) || r.Title == "" || !isNamedType(r.Type) {
			continue
		}
		target, _ := ix.resolveNumbered(from, r)
		y := ""
		if sym, _, ok := symbol.Parse(r.ID); ok && sym.Year != 0 {
			y = strconv.Itoa(sym.Year)
		} else {
			y = vndate.YearOf(r.Date)
		}
		if y == "" {
			continue
		}
		out = append(out, Alias{Name: namedKey(r.Type, r.Title) + ":" + y, Key: target})
	}
	return out
}

// AddAlias records an alias; a name with more than one target resolves to
// none of them.
func (ix *Index) AddAlias(a Alias) {
	if ix.aliases[a.Name] == nil {
		ix.aliases[a.Name] = map[string]bool{}
	}
	ix.aliases[a.Name][a.Key] = true
}

// Resolve returns the node key of reference r cited by from, and the year of
// that key ("" when unknown). r.ID must be set (see Citations).
func (ix *Index) Resolve(from Citing, r *model.Reference) (key, year string) {
	if isNumbered(r) {
		return ix.resolveNumbered(from, r)
	}
	key = ix.resolveNamed(from, r)
	return key, namedYear(key)
}

// Citation is one reference of a corpus document resolved to its node.
type Citation struct {
	// Index is the position of the reference in Document.References.
	Index int
	// To is the cited node's key, Year the year of that key.
	To, Year string
	// Ref is the reference, with ID set to its Number when it had no ID.
	Ref model.Reference
}

// Citations resolves the references of a corpus document, in document order;
// references with neither ID nor number, and references to the document's own
// node, are left out.
func (ix *Index) Citations(from Citing, refs []model.Reference) []Citation {
	var out []Citation
	for i := range refs {
		r := refs[i]
		if r.ID == "" && r.Number == "" {
			continue
		}
		if r.ID == "" {
			r.ID = r.Number
		}
		key, year := ix.Resolve(from, &r)
		if key == from.Key {
			continue // self-loop
		}
		out = append(out, Citation{Index: i, To: key, Year: year, Ref: r})
	}
	return out
}

// EdgeMention is one mention as an edge counts it.
type EdgeMention struct {
	// Relation is the mention's relation, else the reference's, else "cites".
	Relation string
	// Text is the mention text with runs of white space collapsed (evidence).
	Text string
}

// EdgeMentions returns the mentions of r as edges count them: one per
// mention, or a single one without text when r lists no mentions.
func EdgeMentions(r *model.Reference) []EdgeMention {
	ms := r.Mentions
	if len(ms) == 0 {
		ms = []model.Mention{{Relation: r.Relation}}
	}
	out := make([]EdgeMention, len(ms))
	for i, m := range ms {
		rel := m.Relation
		if rel == "" {
			rel = r.Relation
		}
		if rel == "" {
			rel = model.RelationCites
		}
		out[i] = EdgeMention{Relation: rel, Text: strings.Join(strings.Fields(m.Text), " ")}
	}
	return out
}

// AddEvidence appends mention text t to an edge's evidence unless it is
// empty, already there, or the edge has MaxEvidence texts.
func AddEvidence(ev []string, t string) []string {
	if t != "" && len(ev) < MaxEvidence && !contains(ev, t) {
		ev = append(ev, t)
	}
	return ev
}

// ExternalNode returns the node of a document that is only cited (key is not
// a corpus node), from its citations in corpus order: the citing documents
// in the order Before, each one's references in document order. Only the
// reference fields (not the mentions) are read. Degrees and label are left
// to FinishNode.
func ExternalNode(key string, cites []Citation) Node {
	n := Node{ID: key, External: true}
	for i := range cites {
		r := &cites[i].Ref
		if i == 0 {
			if isNumbered(r) {
				n.Number = r.ID
			}
			n.Year, _ = strconv.Atoi(cites[i].Year)
		}
		fillExternal(&n, r)
	}
	return n
}

// fillExternal completes the node of a cited-only document from one reference.
func fillExternal(n *Node, r *model.Reference) {
	if n.Number == "" && isNumbered(r) {
		n.Number = r.ID
	}
	fillStr(&n.Type, r.Type)
	fillStr(&n.Title, strings.Join(strings.Fields(r.Title), " "))
	fillDate(&n.Date, r.Date)
	fillStr(&n.Issuer, strings.Join(strings.Fields(r.Issuer), " "))
	if n.Year == 0 {
		n.Year, _ = strconv.Atoi(vndate.YearOf(n.Date))
	}
}

// isNumbered reports a reference keyed by its number (its ID is the number).
func isNumbered(r *model.Reference) bool {
	return r.Number != "" && r.ID == r.Number
}

// resolveNumbered returns the node key of numbered reference r cited by from
// and the year of that key ("" when unknown).
func (ix *Index) resolveNumbered(from Citing, r *model.Reference) (key, year string) {
	n := r.ID
	sym, _, ok := symbol.Parse(n)
	ry := vndate.YearOf(r.Date)
	var def string
	cands := ix.byNum[n]
	switch {
	case ok && sym.Year != 0:
		def, year = n, strconv.Itoa(sym.Year)
	case ry != "":
		def, year = n+"@"+ry, ry
		cands = filter(cands, func(c *Entry) bool { return c.Year == ry })
	default:
		def = n
		cands = filter(cands, func(c *Entry) bool { return notAfter(c.Date, from.Date) })
	}
	if c := pick(cands, r.Issuer, from); c != nil {
		return c.Key, c.Year
	}
	return def, year
}

// pick chooses among candidate corpus nodes: the only one, else the one whose
// issuer matches the reference's issuer, else the one with the citing
// document's issuer; nil when that does not settle it.
func pick(cands []*Entry, refIssuer string, from Citing) *Entry {
	if len(cands) == 1 {
		return cands[0]
	}
	if len(cands) == 0 {
		return nil
	}
	if ri := issuerKey(refIssuer); ri != "" {
		var hit []*Entry
		for _, c := range cands {
			if c.IssuerKey != "" && (strings.Contains(c.IssuerKey, ri) || strings.Contains(ri, c.IssuerKey)) {
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
	if from.IssuerKey != "" {
		var hit []*Entry
		for _, c := range cands {
			if c.IssuerKey == from.IssuerKey {
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
func (ix *Index) resolveNamed(from Citing, r *model.Reference) string {
	id := r.ID
	if strings.HasSuffix(id, ":") {
		// no year: the unique corpus document of that name not dated after the citing one
		var hit []string
		for _, k := range ix.byName[id] {
			if notAfter(ix.corpus[k].Date, from.Date) {
				hit = append(hit, k)
			}
		}
		if len(hit) == 1 {
			return hit[0]
		}
		return id
	}
	if keys := ix.named[id]; len(keys) == 1 {
		return keys[0]
	}
	if t := ix.aliases[id]; len(t) == 1 {
		for k := range t {
			return k
		}
	}
	return id
}

func filter(cs []*Entry, keep func(*Entry) bool) []*Entry {
	var out []*Entry
	for _, c := range cs {
		if keep(c) {
			out = append(out, c)
		}
	}
	return out
}
