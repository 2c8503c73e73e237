package steps

import (
	"slices"
	"strconv"
	"strings"

	"github.com/vnlegal/vanban/internal/vndate"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/symbol"
)

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

func appendUnique(ss []string, s string) []string {
	if slices.Contains(ss, s) {
		return ss
	}
	return append(ss, s)
}
