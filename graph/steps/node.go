package steps

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/vnlegal/vanban/internal/vndate"
	"github.com/vnlegal/vanban/model"
)

// MaxEvidence is the number of mention texts kept on an edge as evidence.
const MaxEvidence = 5

// Node is one document: a document of the corpus or a document it cites.
type Node struct {
	// ID is the node key (see the documentation of package graph):
	// "30/2020/NĐ-CP", "01/NQ-CP@2020", "luật:đất đai:2024".
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
		n.describe(d.Type, d.Abstract, d.Date, d.Issuer)
		if n.Year == 0 {
			n.Year, _ = strconv.Atoi(d.Key.Year)
		}
	}
	return e, n
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
	n.describe(r.Type, r.Title, r.Date, r.Issuer)
	if n.Year == 0 {
		n.Year, _ = strconv.Atoi(vndate.YearOf(n.Date))
	}
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
	if t != "" && len(ev) < MaxEvidence && !slices.Contains(ev, t) {
		ev = append(ev, t)
	}
	return ev
}

// describe completes the node's description from one source of it, a corpus
// document or a reference citing it, sources read in corpus order: the first
// type, title and issuer given (runs of white space collapsed), and the first
// date, completed by a fuller one of the same year.
func (n *Node) describe(typ, title, date, issuer string) {
	fillStr(&n.Type, typ)
	fillStr(&n.Title, strings.Join(strings.Fields(title), " "))
	fillDate(&n.Date, date)
	fillStr(&n.Issuer, strings.Join(strings.Fields(issuer), " "))
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
