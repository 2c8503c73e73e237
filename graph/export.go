package graph

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vnlegal/vanban/internal/vntext"
)

// RelationColors maps each relation to the colour the DOT and HTML exports
// draw its edges with.
var RelationColors = map[string]string{
	"basis":      "#1f6fd1",
	"implements": "#2e9e44",
	"guides":     "#13a3b5",
	"amends":     "#f08c00",
	"replaces":   "#8e44ad",
	"repeals":    "#d62828",
	"cites":      "#8a8f98",
}

func relColor(rel string) string {
	if c, ok := RelationColors[rel]; ok {
		return c
	}
	return "#444444"
}

// ---- JSON ----

// WriteJSON writes the graph as {"nodes": [...], "edges": [...]}, indented,
// with every key present and empty lists as [].
func WriteJSON(w io.Writer, g *Graph) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(jsonView(g))
}

// ReadJSON reads a graph written by WriteJSON.
func ReadJSON(r io.Reader) (*Graph, error) {
	g := &Graph{}
	if err := json.NewDecoder(r).Decode(g); err != nil {
		return nil, fmt.Errorf("graph: %w", err)
	}
	if g.Nodes == nil {
		g.Nodes = []Node{}
	}
	if g.Edges == nil {
		g.Edges = []Edge{}
	}
	g.reindex()
	return g, nil
}

// jsonView returns a copy of g whose nil slices are empty.
func jsonView(g *Graph) *Graph {
	v := &Graph{Nodes: make([]Node, len(g.Nodes)), Edges: make([]Edge, len(g.Edges))}
	copy(v.Nodes, g.Nodes)
	copy(v.Edges, g.Edges)
	for i := range v.Nodes {
		if v.Nodes[i].Paths == nil {
			v.Nodes[i].Paths = []string{}
		}
	}
	for i := range v.Edges {
		if v.Edges[i].Evidence == nil {
			v.Edges[i].Evidence = []string{}
		}
	}
	return v
}

// ---- CSV ----

// nodesCSVHeader is the header of nodes.csv. "Id" and "Label" are the columns
// Gephi's spreadsheet import requires; pandas and Neo4j LOAD CSV WITH HEADERS
// read every column by name.
var nodesCSVHeader = []string{"Id", "Label", "number", "type", "title", "date", "issuer", "year", "external", "in_degree", "out_degree", "path"}

// edgesCSVHeader is the header of edges.csv. "Source", "Target", "Type"
// (always "Directed"), "Label" (the relation) and "Weight" (the mention
// count) are the columns Gephi's spreadsheet import recognises.
var edgesCSVHeader = []string{"Source", "Target", "Type", "Label", "Weight", "relation", "count", "evidence"}

// evidenceSeparator joins an edge's evidence texts in one CSV cell.
const evidenceSeparator = " | "

// WriteNodesCSV writes the nodes table (UTF-8, comma-separated, one header
// row): g.Nodes as they are, in their order, degrees included, so that the
// nodes of a distributed build (assembled as a Graph by hand) are written as
// Build's would be.
func WriteNodesCSV(w io.Writer, g *Graph) error {
	return writeCSV(w, nodesCSVHeader, g.Nodes, nodeCSVRecord)
}

// writeCSV writes the header row, then one row a value of rows as record
// gives it.
func writeCSV[T any](w io.Writer, header []string, rows []T, record func(T) []string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range rows {
		if err := cw.Write(record(r)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteEdgesCSV writes the edges table (UTF-8, comma-separated, one header
// row): g.Edges as they are, in their order.
func WriteEdgesCSV(w io.Writer, g *Graph) error {
	return writeCSV(w, edgesCSVHeader, g.Edges, edgeCSVRecord)
}

// nodeCSVRecord is the row of node n in nodes.csv (columns nodesCSVHeader).
func nodeCSVRecord(n Node) []string {
	return []string{n.ID, n.Label, n.Number, n.Type, n.Title, n.Date, n.Issuer,
		itoaOrEmpty(n.Year), strconv.FormatBool(n.External), strconv.Itoa(n.InDegree),
		strconv.Itoa(n.OutDegree), n.Path}
}

// edgeCSVRecord is the row of edge e in edges.csv (columns edgesCSVHeader).
func edgeCSVRecord(e Edge) []string {
	c := strconv.Itoa(e.Count)
	return []string{e.From, e.To, "Directed", e.Relation, c, e.Relation, c,
		strings.Join(e.Evidence, evidenceSeparator)}
}

// WriteCSV writes nodes.csv and edges.csv into dir, creating it when needed.
func WriteCSV(dir string, g *Graph) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer, *Graph) error
	}{{"nodes.csv", WriteNodesCSV}, {"edges.csv", WriteEdgesCSV}} {
		if err := writeFile(filepath.Join(dir, f.name), g, f.write); err != nil {
			return err
		}
	}
	return nil
}

func writeFile(path string, g *Graph, write func(io.Writer, *Graph) error) error {
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(fh)
	if err := write(bw, g); err != nil {
		fh.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
}

func itoaOrEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// ---- GraphML ----

// GraphML is the document WriteGraphML writes; exported so that callers can
// read a file back with encoding/xml.
type GraphML struct {
	XMLName xml.Name     `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []GraphMLKey `xml:"key"`
	Graph   struct {
		ID          string        `xml:"id,attr"`
		EdgeDefault string        `xml:"edgedefault,attr"`
		Nodes       []GraphMLItem `xml:"node"`
		Edges       []GraphMLItem `xml:"edge"`
	} `xml:"graph"`
}

// GraphMLKey declares one attribute of nodes or edges.
type GraphMLKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

// GraphMLItem is a node (ID) or an edge (ID, Source, Target) with its data.
type GraphMLItem struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr,omitempty"`
	Target string        `xml:"target,attr,omitempty"`
	Data   []GraphMLData `xml:"data"`
}

// GraphMLData is one attribute value.
type GraphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

var graphMLKeys = []GraphMLKey{
	{"label", "node", "label", "string"},
	{"number", "node", "number", "string"},
	{"type", "node", "type", "string"},
	{"title", "node", "title", "string"},
	{"date", "node", "date", "string"},
	{"issuer", "node", "issuer", "string"},
	{"year", "node", "year", "int"},
	{"external", "node", "external", "boolean"},
	{"in_degree", "node", "in_degree", "int"},
	{"out_degree", "node", "out_degree", "int"},
	{"path", "node", "path", "string"},
	{"e_label", "edge", "label", "string"},
	{"relation", "edge", "relation", "string"},
	{"count", "edge", "count", "int"},
	{"weight", "edge", "weight", "double"},
	{"evidence", "edge", "evidence", "string"},
}

// WriteGraphML writes the graph as GraphML (directed; node and edge attributes
// declared with <key>, readable by Gephi, yEd, networkx and igraph). Evidence
// texts are joined with " | ", as in edges.csv.
func WriteGraphML(w io.Writer, g *Graph) error {
	doc := GraphML{Keys: graphMLKeys}
	doc.Graph.ID = "vanban"
	doc.Graph.EdgeDefault = "directed"
	for _, n := range g.Nodes {
		it := GraphMLItem{ID: n.ID}
		add := func(k, v string) {
			if v != "" {
				it.Data = append(it.Data, GraphMLData{k, v})
			}
		}
		add("label", n.Label)
		add("number", n.Number)
		add("type", n.Type)
		add("title", n.Title)
		add("date", n.Date)
		add("issuer", n.Issuer)
		add("year", itoaOrEmpty(n.Year))
		add("external", strconv.FormatBool(n.External))
		add("in_degree", strconv.Itoa(n.InDegree))
		add("out_degree", strconv.Itoa(n.OutDegree))
		add("path", n.Path)
		doc.Graph.Nodes = append(doc.Graph.Nodes, it)
	}
	for i, e := range g.Edges {
		it := GraphMLItem{ID: "e" + strconv.Itoa(i), Source: e.From, Target: e.To}
		it.Data = []GraphMLData{
			{"e_label", e.Relation},
			{"relation", e.Relation},
			{"count", strconv.Itoa(e.Count)},
			{"weight", strconv.Itoa(e.Count)},
		}
		if len(e.Evidence) > 0 {
			it.Data = append(it.Data, GraphMLData{"evidence", strings.Join(e.Evidence, evidenceSeparator)})
		}
		doc.Graph.Edges = append(doc.Graph.Edges, it)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// ---- DOT ----

// WriteDOT writes the graph in Graphviz DOT: IDs quoted, corpus documents as
// filled boxes, cited-only documents dashed, edges coloured by relation (width
// growing with the mention count), and a colour legend as the graph label.
func WriteDOT(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	p := func(format string, a ...any) { fmt.Fprintf(bw, format, a...) }
	p("digraph vanban {\n")
	p("  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\", labelloc=b, label=<%s>];\n", dotLegend())
	p("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#dbe7f6\", color=\"#3b5b85\", fontname=\"Helvetica\", fontsize=10];\n")
	p("  edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.7];\n")
	for _, n := range g.Nodes {
		lbl := n.Label
		if n.Title != "" && n.Number != "" {
			lbl += "\n" + vntext.Clip(n.Title, 40)
		}
		attrs := fmt.Sprintf("label=%s, tooltip=%s", dotQuote(lbl), dotQuote(tooltip(n)))
		if n.External {
			attrs += ", style=\"rounded,dashed\", fillcolor=\"#ffffff\", color=\"#8a8f98\""
		}
		p("  %s [%s];\n", dotQuote(n.ID), attrs)
	}
	for _, e := range g.Edges {
		width := 1.0
		if e.Count > 1 {
			width = 1 + float64(min(e.Count, 10))/4
		}
		p("  %s -> %s [color=%s, penwidth=%.2f, tooltip=%s];\n", dotQuote(e.From), dotQuote(e.To),
			dotQuote(relColor(e.Relation)), width, dotQuote(fmt.Sprintf("%s ×%d", e.Relation, e.Count)))
	}
	p("}\n")
	return bw.Flush()
}

func tooltip(n Node) string {
	var parts []string
	for _, s := range []string{n.Type, n.Number, n.Date, n.Issuer, n.Title} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return n.ID
	}
	return strings.Join(parts, " · ")
}

// dotQuote quotes s as a DOT string: backslashes and quotes escaped, line
// breaks as \n (a centred line in labels), other control characters dropped.
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// dotLegend is an HTML-like label naming each relation in its colour.
func dotLegend() string {
	var b strings.Builder
	b.WriteString(`<table border="0" cellspacing="4"><tr>`)
	for _, rel := range Relations {
		fmt.Fprintf(&b, `<td><font color="%s">&#9473;&#9473; %s</font></td>`, relColor(rel), rel)
	}
	b.WriteString(`<td>dashed box: cited only</td></tr></table>`)
	return b.String()
}
