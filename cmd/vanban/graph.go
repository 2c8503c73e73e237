package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/vnlegal/vanban/graph"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/store"
)

// graphFlags are the flags of `vanban graph`.
type graphFlags struct {
	format, output           string
	quiet                    bool
	mostCited, depth         int
	citedBy, cites, validity string
	mostCitedSet, depthSet   bool
}

// The formats of `vanban graph`: the whole graph is written in any of them,
// the answer of a query in the first two.
var (
	graphFormats = []string{"json", "csv", "graphml", "dot", "html"}
	queryFormats = []string{"json", "csv"}
)

func newGraphCommand(std streams) *cobra.Command {
	var gf graphFlags
	cmd := &cobra.Command{
		Use:   "graph [flags] INPUT",
		Short: "the citation graph of a batch output, or a query on it",
		Long: `Build the citation graph of a batch output: INPUT is a JSON-lines file written
by vanban batch (or - for standard input), or a SQLite store written by vanban
batch --db. Without a query, write the whole graph: json, graphml, dot or a
self-contained html page to standard output or -o FILE; csv to the folder -o
names (nodes.csv and edges.csv).

With a query (--most-cited, --cited-by, --cites, --validity), print its
answer as json or csv (one table), to standard output or -o FILE. An ID is a
node id or a number as printed ("366/QĐ-TTg"); a word finds the documents
whose number or title contains it.`,
		Example: `  vanban graph corpus.sqlite --format html -o graph.html
  vanban graph corpus.jsonl --format csv -o graph/
  vanban graph corpus.sqlite --most-cited 10
  vanban graph corpus.sqlite --cited-by 1052/QĐ-TTg --format csv -o cited-by.csv
  vanban graph corpus.sqlite --cites 101/2025/NĐ-CP --depth 2`,
		Args: exactlyOne("INPUT"),
		RunE: func(cmd *cobra.Command, args []string) error {
			gf.mostCitedSet = cmd.Flags().Changed("most-cited")
			gf.depthSet = cmd.Flags().Changed("depth")
			query, err := gf.query()
			if err != nil {
				return err
			}
			g, err := loadGraph(args[0], std.stdin)
			if err != nil {
				return failf("%s", describe(args[0], err))
			}
			if query != "" {
				return runQuery(std, g, gf)
			}
			return exportGraph(std, g, gf)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&gf.format, "format", "f", "json", "output `FORMAT`: json, csv, graphml, dot or html (a query: json or csv)")
	f.StringVarP(&gf.output, "output", "o", "", "write to `PATH` (a folder for csv of the whole graph) instead of standard output")
	f.BoolVarP(&gf.quiet, "quiet", "q", false, "no summary line on standard error when writing to -o")
	f.IntVar(&gf.mostCited, "most-cited", 0, "query: the `N` most cited documents")
	f.StringVar(&gf.citedBy, "cited-by", "", "query: the citations of the document `ID` (what cites it)")
	f.StringVar(&gf.cites, "cites", "", "query: the documents `ID` cites")
	f.IntVar(&gf.depth, "depth", 1, "with --cites: follow citations `N` steps (0: no limit)")
	f.StringVar(&gf.validity, "validity", "", "query: what amends, replaces or repeals the document `ID`")
	_ = cmd.RegisterFlagCompletionFunc("format", completeWords(graphFormats...))
	return cmd
}

// query checks the flags and names the query asked for ("" for none).
func (gf *graphFlags) query() (string, error) {
	var asked []string
	if gf.mostCitedSet {
		if gf.mostCited < 1 {
			return "", fmt.Errorf("--most-cited %d: want at least 1", gf.mostCited)
		}
		asked = append(asked, "most-cited")
	}
	for _, q := range []struct{ name, value string }{{"cited-by", gf.citedBy}, {"cites", gf.cites}, {"validity", gf.validity}} {
		if q.value != "" {
			asked = append(asked, q.name)
		}
	}
	if len(asked) > 1 {
		return "", fmt.Errorf("one query at a time: --%s and --%s", asked[0], asked[1])
	}
	if gf.depthSet && (len(asked) == 0 || asked[0] != "cites") {
		return "", errors.New("--depth goes with --cites")
	}
	if gf.depth < 0 {
		return "", fmt.Errorf("--depth %d: want 0 (no limit) or more", gf.depth)
	}
	if len(asked) == 0 {
		if gf.format == "csv" && (gf.output == "" || gf.output == "-") {
			return "", errors.New("--format csv writes two files: give the folder with -o FOLDER")
		}
		return "", oneOf("format", gf.format, graphFormats...)
	}
	if err := oneOf("format", gf.format, queryFormats...); err != nil {
		return "", fmt.Errorf("--format %q draws the whole graph; a query prints json or csv", gf.format)
	}
	return asked[0], nil
}

// runQuery answers the query of gf and writes the answer in its format.
func runQuery(std streams, g *graph.Graph, gf graphFlags) error {
	var answer any
	switch {
	case gf.mostCitedSet:
		answer = nodesOut(g.MostCited(gf.mostCited))
	default:
		q := gf.citedBy + gf.cites + gf.validity // exactly one is set
		id, err := resolve(std, g, q)
		if err != nil {
			return err
		}
		switch {
		case gf.citedBy != "":
			answer = edgesOut(g.CitedBy(id))
		case gf.cites != "":
			answer = nodesOut(g.Cites(id, gf.depth))
		default:
			answer = eventsOut(g.Validity(id))
		}
	}
	err := writeTo(gf.output, std.stdout, func(w io.Writer) error {
		if gf.format == "csv" {
			return writeAnswerCSV(w, answer)
		}
		return writeJSON(w, answer, true)
	})
	if err == nil && !gf.quiet && gf.output != "" && gf.output != "-" {
		fmt.Fprintf(std.stderr, "%d rows → %s\n", answerLen(answer), gf.output)
	}
	return err
}

// answerLen is the number of rows of a query's answer.
func answerLen(answer any) int {
	switch a := answer.(type) {
	case []graph.Node:
		return len(a)
	case []graph.Edge:
		return len(a)
	case []graph.Event:
		return len(a)
	}
	return 0
}

// resolve finds the node a query names; a query that names several says
// which one it takes.
func resolve(std streams, g *graph.Graph, q string) (string, error) {
	if _, ok := g.Node(q); ok {
		return q, nil
	}
	found := g.Find(q)
	if len(found) == 0 {
		return "", failf("no document %q in the graph", q)
	}
	if len(found) > 1 {
		fmt.Fprintf(std.stderr, "vanban: %q matches %d documents; using %s\n", q, len(found), found[0].ID)
	}
	return found[0].ID, nil
}

// nodesOut, edgesOut and eventsOut give an answer whose slices are all
// empty rather than nil, so that its JSON holds [] and never null.
func nodesOut(ns []graph.Node) []graph.Node {
	return emptyNotNull(ns, func(n *graph.Node) { n.Paths = emptyIfNil(n.Paths) })
}

func edgesOut(es []graph.Edge) []graph.Edge {
	return emptyNotNull(es, func(e *graph.Edge) { e.Evidence = emptyIfNil(e.Evidence) })
}

func eventsOut(ev []graph.Event) []graph.Event {
	return emptyNotNull(ev, func(*graph.Event) {})
}

// emptyNotNull copies xs into a slice that is never nil, with fix applied to
// each element's own slices.
func emptyNotNull[T any](xs []T, fix func(*T)) []T {
	out := make([]T, len(xs))
	for i := range xs {
		out[i] = xs[i]
		fix(&out[i])
	}
	return out
}

// emptyIfNil is ss, or an empty slice where ss is nil.
func emptyIfNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

// writeAnswerCSV writes a query's answer as one CSV table: nodes and edges
// with the columns of nodes.csv and edges.csv, events as by, relation, date.
func writeAnswerCSV(w io.Writer, answer any) error {
	switch a := answer.(type) {
	case []graph.Node:
		return graph.WriteNodesCSV(w, &graph.Graph{Nodes: a})
	case []graph.Edge:
		return graph.WriteEdgesCSV(w, &graph.Graph{Edges: a})
	}
	cw := csv.NewWriter(w)
	if ev, ok := answer.([]graph.Event); ok {
		_ = cw.Write([]string{"by", "relation", "date"})
		for _, e := range ev {
			_ = cw.Write([]string{e.By, e.Relation, e.Date})
		}
	}
	cw.Flush()
	return cw.Error()
}

// exportGraph writes the whole graph in the format of gf.
func exportGraph(std streams, g *graph.Graph, gf graphFlags) error {
	summary := func(dest string) {
		if !gf.quiet {
			fmt.Fprintf(std.stderr, "%d nodes, %d edges → %s\n", len(g.Nodes), len(g.Edges), dest)
		}
	}
	if gf.format == "csv" {
		if err := graph.WriteCSV(gf.output, g); err != nil {
			return failf("%s", describe(gf.output, err))
		}
		summary(filepath.Join(gf.output, "{nodes,edges}.csv"))
		return nil
	}
	write := map[string]func(io.Writer, *graph.Graph) error{
		"json":    graph.WriteJSON,
		"graphml": graph.WriteGraphML,
		"dot":     graph.WriteDOT,
		"html":    graph.WriteHTML,
	}[gf.format]
	if err := writeTo(gf.output, std.stdout, func(w io.Writer) error { return write(w, g) }); err != nil {
		return err
	}
	if gf.output != "" && gf.output != "-" {
		summary(gf.output)
	}
	return nil
}

// loadGraph builds the graph from a JSONL file (or standard input) or a
// SQLite store, told apart by the SQLite file header.
func loadGraph(input string, stdin io.Reader) (*graph.Graph, error) {
	if input == "-" {
		return graph.Build(graph.JSONL(stdin))
	}
	f, err := os.Open(input)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := io.ReadFull(f, head)
	if bytes.Equal(head[:n], []byte("SQLite format 3\x00")) {
		f.Close()
		s, err := store.Open(input)
		if err != nil {
			return nil, err
		}
		defer s.Close()
		return graph.Build(func(yield func(model.Record) error) error { return s.Records(yield) })
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return graph.Build(graph.JSONL(f))
}
