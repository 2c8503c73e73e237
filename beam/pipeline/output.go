package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/vnlegal/vanban/graph"
)

func init() {
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error](&writeLinesFn{})
	register.DoFn3x1[context.Context, []byte, func(*graph.Node) bool, error](&writeNodesFn{})
	register.DoFn3x1[context.Context, []byte, func(*graph.Edge) bool, error](&writeEdgesFn{})
	register.Iter1[graph.Edge]()
}

// Output file names, in the folder given to Construct.
const (
	RecordsFile = "records.jsonl"
	NodesFile   = "nodes.csv"
	EdgesFile   = "edges.csv"
)

// Construct adds the whole conversion to the pipeline's root scope: the
// records of the files named by patterns are written to
// outDir/records.jsonl (one JSON line per input, in no particular order, as
// `vanban batch` without --ordered), and their citation graph to
// outDir/nodes.csv and outDir/edges.csv (the layout and the order of
// `vanban graph --format csv`: nodes by ID, edges by from, to, relation).
// outDir is a local folder or a folder on any Beam file system.
func Construct(s beam.Scope, patterns []string, outDir string) {
	records := Records(s, patterns)
	nodes, edges := Graph(s, records)
	WriteLines(s, Join(outDir, RecordsFile), records)
	WriteNodesCSV(s, Join(outDir, NodesFile), nodes)
	WriteEdgesCSV(s, Join(outDir, EdgesFile), edges)
}

// Join appends a file name to a folder path or URL.
func Join(dir, name string) string {
	if dir == "" {
		return name
	}
	return strings.TrimSuffix(dir, "/") + "/" + name
}

// The writers run once (on an impulse) and read their PCollection as a side
// input, so that an empty collection still gives its file (an empty
// records.jsonl, CSV files with their header), as the CLI does. Each file is
// written by one worker; the CSV writers sort in memory.

// WriteLines writes a PCollection of strings to one file, one per line.
func WriteLines(s beam.Scope, path string, lines beam.PCollection) {
	s = s.Scope("vanban.WriteLines")
	filesystem.ValidateScheme(path)
	beam.ParDo0(s, &writeLinesFn{Path: path}, beam.Impulse(s), beam.SideInput{Input: lines})
}

// WriteNodesCSV writes graph.Node elements as nodes.csv, sorted by ID.
func WriteNodesCSV(s beam.Scope, path string, nodes beam.PCollection) {
	s = s.Scope("vanban.WriteNodesCSV")
	filesystem.ValidateScheme(path)
	beam.ParDo0(s, &writeNodesFn{Path: path}, beam.Impulse(s), beam.SideInput{Input: nodes})
}

// WriteEdgesCSV writes graph.Edge elements as edges.csv, sorted by from, to
// and relation.
func WriteEdgesCSV(s beam.Scope, path string, edges beam.PCollection) {
	s = s.Scope("vanban.WriteEdgesCSV")
	filesystem.ValidateScheme(path)
	beam.ParDo0(s, &writeEdgesFn{Path: path}, beam.Impulse(s), beam.SideInput{Input: edges})
}

type writeLinesFn struct {
	Path string `json:"path"`
}

func (f *writeLinesFn) ProcessElement(ctx context.Context, _ []byte, lines func(*string) bool) error {
	return writeFile(ctx, f.Path, func(w *bufio.Writer) error {
		var l string
		for lines(&l) {
			w.WriteString(l)
			if err := w.WriteByte('\n'); err != nil {
				return err
			}
		}
		return nil
	})
}

type writeNodesFn struct {
	Path string `json:"path"`
}

func (f *writeNodesFn) ProcessElement(ctx context.Context, _ []byte, nodes func(*graph.Node) bool) error {
	ns := collect(nodes)
	sort.Slice(ns, func(i, j int) bool { return ns[i].ID < ns[j].ID })
	return writeFile(ctx, f.Path, func(w *bufio.Writer) error {
		return graph.WriteNodesCSV(w, &graph.Graph{Nodes: ns})
	})
}

type writeEdgesFn struct {
	Path string `json:"path"`
}

func (f *writeEdgesFn) ProcessElement(ctx context.Context, _ []byte, edges func(*graph.Edge) bool) error {
	es := collect(edges)
	sort.Slice(es, func(i, j int) bool {
		a, b := &es[i], &es[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Relation < b.Relation
	})
	return writeFile(ctx, f.Path, func(w *bufio.Writer) error {
		return graph.WriteEdgesCSV(w, &graph.Graph{Edges: es})
	})
}

// writeFile writes one file on the Beam file system of its path.
func writeFile(ctx context.Context, path string, write func(w *bufio.Writer) error) error {
	return onFileSystem(ctx, path, func(fsys filesystem.Interface) error {
		fd, err := fsys.OpenWrite(ctx, path)
		if err != nil {
			return fmt.Errorf("vanban: %s: %w", path, err)
		}
		w := bufio.NewWriterSize(fd, 1<<20)
		if err := write(w); err != nil {
			fd.Close()
			return fmt.Errorf("vanban: writing %s: %w", path, err)
		}
		if err := w.Flush(); err != nil {
			fd.Close()
			return fmt.Errorf("vanban: writing %s: %w", path, err)
		}
		return fd.Close()
	})
}

// onFileSystem opens the Beam file system of path's scheme, hands it to use
// and closes it after.
func onFileSystem(ctx context.Context, path string, use func(fsys filesystem.Interface) error) error {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fsys.Close()
	return use(fsys)
}

// collect reads every element of a Beam iterator into a slice, each into a
// fresh value (the iterator decodes into the one it is given).
func collect[T any](next func(*T) bool) []T {
	var out []T
	for {
		var v T
		if !next(&v) {
			return out
		}
		out = append(out, v)
	}
}
