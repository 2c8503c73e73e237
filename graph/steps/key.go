package steps

import (
	"strconv"
	"strings"

	"github.com/vnlegal/vanban/internal/vndate"
	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
	"github.com/vnlegal/vanban/parser/symbol"
)

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
		k.Base = lexicon.Key(d.Type) + ":" + d.Date + ":" + vntext.Clip(lexicon.Key(d.Abstract), 80)
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

// ---- keys of named documents and issuers ----

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
	if len(y) == 4 && vndate.YearOf(y) != "" {
		return y
	}
	return ""
}

// label is the name a node is shown by: its number (with the year of a
// "number@YYYY" key), else its type, title and year, else the words of its
// key. It reads the keys KeyOf writes, so it lives beside them.
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
		return vntext.Clip(t, 60)
	}
	// a named key without a title: "luật:tổ chức chính phủ:2015" → "Luật tổ chức chính phủ 2015"
	if f := strings.Split(n.ID, ":"); len(f) == 3 && n.Type != "" && lexicon.Key(n.Type) == f[0] {
		return strings.TrimSpace(strings.Join(strings.Fields(n.Type+" "+f[1]+" "+f[2]), " "))
	}
	return n.ID
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
