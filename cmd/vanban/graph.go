package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/vnlegal/vanban/graph"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/store"
)

const graphUsage = `vanban graph INPUT [--format json|csv|graphml|dot|html] [-o PATH]
vanban graph INPUT --most-cited N | --cited-by ID | --cites ID [--depth N] | --validity ID

INPUT is a JSON-lines file written by vanban batch, or a SQLite store written by
vanban batch --db. For csv, PATH is a folder that receives nodes.csv and
edges.csv. The queries print JSON.

Flags:
`

func cmdGraph(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("graph", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, graphUsage)
		fs.PrintDefaults()
	}
	format := fs.String("format", "json", "export format: json, csv, graphml, dot or html")
	out := fs.String("o", "", "output file (a folder for csv); standard output when empty")
	mostCited := fs.Int("most-cited", 0, "print the N most cited documents")
	citedBy := fs.String("cited-by", "", "print what cites this document (number or id)")
	cites := fs.String("cites", "", "print what this document cites")
	depth := fs.Int("depth", 1, "with --cites: follow citations this many steps")
	validity := fs.String("validity", "", "print what amends, replaces or repeals this document")
	// flags may follow INPUT: parse the input name off first
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		args = append(args[1:], args[0])
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	g, err := loadGraph(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "vanban graph: %v\n", err)
		return 1
	}

	query := func(v any) int {
		if err := writeJSON(stdout, v, true); err != nil {
			fmt.Fprintf(stderr, "vanban graph: %v\n", err)
			return 1
		}
		return 0
	}
	resolve := func(q string) (string, bool) {
		if _, ok := g.Node(q); ok {
			return q, true
		}
		found := g.Find(q)
		if len(found) == 0 {
			fmt.Fprintf(stderr, "vanban graph: no document %q in the graph\n", q)
			return "", false
		}
		if len(found) > 1 {
			fmt.Fprintf(stderr, "vanban graph: %q matches %d documents; using %s\n", q, len(found), found[0].ID)
		}
		return found[0].ID, true
	}
	switch {
	case *mostCited > 0:
		return query(g.MostCited(*mostCited))
	case *citedBy != "":
		id, ok := resolve(*citedBy)
		if !ok {
			return 1
		}
		return query(g.CitedBy(id))
	case *cites != "":
		id, ok := resolve(*cites)
		if !ok {
			return 1
		}
		return query(g.Cites(id, *depth))
	case *validity != "":
		id, ok := resolve(*validity)
		if !ok {
			return 1
		}
		return query(g.Validity(id))
	}

	if *format == "csv" {
		if *out == "" {
			fmt.Fprintln(stderr, "vanban graph: --format csv needs -o FOLDER")
			return 2
		}
		if err := graph.WriteCSV(*out, g); err != nil {
			fmt.Fprintf(stderr, "vanban graph: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "%d nodes, %d edges → %s\n", len(g.Nodes), len(g.Edges), filepath.Join(*out, "{nodes,edges}.csv"))
		return 0
	}
	var write func(io.Writer, *graph.Graph) error
	switch *format {
	case "json":
		write = graph.WriteJSON
	case "graphml":
		write = graph.WriteGraphML
	case "dot":
		write = graph.WriteDOT
	case "html":
		write = graph.WriteHTML
	default:
		fmt.Fprintf(stderr, "vanban graph: unknown format %q\n", *format)
		return 2
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "vanban graph: %v\n", err)
			return 1
		}
		defer f.Close()
		w = f
	}
	if err := write(w, g); err != nil {
		fmt.Fprintf(stderr, "vanban graph: %v\n", err)
		return 1
	}
	if *out != "" {
		fmt.Fprintf(stderr, "%d nodes, %d edges → %s\n", len(g.Nodes), len(g.Edges), *out)
	}
	return 0
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
