package pipeline

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/vnlegal/vanban/batch"
	"github.com/vnlegal/vanban/graph"
	"github.com/vnlegal/vanban/graph/steps"
	"github.com/vnlegal/vanban/internal/testshared"
	"github.com/vnlegal/vanban/model"
)

// TestMain runs the pipelines on Beam's local runner: Prism, which ptest
// starts in-process (no network, no service to install). Pass
// -args -runner=direct to use the legacy direct runner instead.
func TestMain(m *testing.M) { ptest.Main(m) }

// corpusDir is the shared corpus (../shared from the repository root), or the
// repository's testdata when it is absent.
func corpusDir(t *testing.T) string {
	for _, d := range []string{"../../../shared/corpus", "../../testdata"} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	t.Skip("no corpus: neither ../shared/corpus nor testdata")
	return ""
}

// TestPipelineMatchesBatchAndGraph runs the pipeline over the whole corpus
// (plus a zip archive of a few of its files, a glob that repeats some files,
// and a missing path) and checks that its records are `vanban batch`'s for
// the same inputs (the same JSON lines for every path) and that nodes.csv and
// edges.csv are byte for byte those of `vanban graph --format csv` over
// batch's records.
func TestPipelineMatchesBatchAndGraph(t *testing.T) {
	dir := corpusDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("corpus %s: %v", dir, err)
	}
	sort.Strings(files)
	var regular []string // the files a zip archive gets
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && st.Mode().IsRegular() && len(regular) < 3 {
			regular = append(regular, f)
		}
	}
	tmp := t.TempDir()
	zipPath := filepath.Join(tmp, "some.zip")
	writeZip(t, zipPath, regular)
	inputs := []string{
		dir,
		zipPath,
		filepath.Join(dir, "00*"), // the same files again: records twice, graph once
		filepath.Join(tmp, "missing.txt"),
	}
	out := filepath.Join(tmp, "beam")

	start := time.Now()
	p, s := beam.NewPipelineWithRoot()
	Construct(s, inputs, out)
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	t.Logf("pipeline over %s (%d files + zip + glob): %s", dir, len(files), time.Since(start).Round(time.Millisecond))

	// vanban batch on the same inputs
	ins, err := batch.Expand(inputs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if _, err := batch.Run(context.Background(), ins, batch.NewJSONLWriter(&want), batch.Options{}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(out, RecordsFile))
	if err != nil {
		t.Fatal(err)
	}
	wantByPath, gotByPath := linesByPath(t, want.String()), linesByPath(t, string(got))
	if len(gotByPath) != len(wantByPath) {
		t.Errorf("records for %d paths, batch has %d", len(gotByPath), len(wantByPath))
	}
	for p, w := range wantByPath {
		g := gotByPath[p]
		if strings.Join(g, "\n") != strings.Join(w, "\n") {
			t.Errorf("%s: pipeline records differ from batch's:\n got %.300q\nwant %.300q", p, g, w)
		}
	}
	for p := range gotByPath {
		if _, ok := wantByPath[p]; !ok {
			t.Errorf("%s: record batch does not have", p)
		}
	}
	if n := strings.Count(want.String(), "\n"); n != len(ins) || strings.Count(string(got), "\n") != n {
		t.Errorf("line counts: pipeline %d, batch %d, inputs %d", strings.Count(string(got), "\n"), n, len(ins))
	}
	for _, p := range []string{filepath.Join(tmp, "missing.txt"), zipPath + "!" + filepath.Base(regular[0])} {
		if _, ok := gotByPath[p]; !ok {
			t.Errorf("no record for %s", p)
		}
	}

	// vanban graph --format csv on batch's records
	g, err := graph.Build(graph.JSONL(bytes.NewReader(want.Bytes())))
	if err != nil {
		t.Fatal(err)
	}
	gdir := filepath.Join(tmp, "graph")
	if err := graph.WriteCSV(gdir, g); err != nil {
		t.Fatal(err)
	}
	external := 0
	for _, n := range g.Nodes {
		if n.External {
			external++
		}
	}
	t.Logf("graph: %d nodes (%d external), %d edges", len(g.Nodes), external, len(g.Edges))
	for _, f := range []struct {
		name string
		rows int
	}{{NodesFile, len(g.Nodes)}, {EdgesFile, len(g.Edges)}} {
		w, err := os.ReadFile(filepath.Join(gdir, f.name))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(out, f.name))
		if err != nil {
			t.Fatal(err)
		}
		if gotRows := csvRows(t, b); gotRows != f.rows {
			t.Errorf("%s: %d rows, vanban graph has %d", f.name, gotRows, f.rows)
		}
		if !bytes.Equal(b, w) {
			n, got, want := testshared.FirstLineDiff(string(b), string(w))
			t.Errorf("%s differs from vanban graph's at line %d:\n got %q\nwant %q", f.name, n, got, want)
		}
	}
	if len(g.Edges) == 0 && dir == "../../../shared/corpus" {
		t.Error("the shared corpus gives no edges")
	}
}

// TestEmptyInput checks that a glob matching nothing still writes the three
// files: one error record for the glob in records.jsonl and the CSV headers,
// as the CLI does.
func TestEmptyInput(t *testing.T) {
	tmp := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	Construct(s, []string{filepath.Join(tmp, "*.none")}, tmp)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	g, _ := graph.Build(nil)
	want := filepath.Join(tmp, "want")
	if err := graph.WriteCSV(want, g); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{RecordsFile, NodesFile, EdgesFile} {
		b, err := os.ReadFile(filepath.Join(tmp, f))
		if err != nil {
			t.Fatal(err)
		}
		var w []byte
		if f == RecordsFile {
			pattern := filepath.Join(tmp, "*.none")
			w, _ = batch.EncodeRecord(model.Record{Path: pattern, Error: &model.RecordError{Stage: "read", Message: pattern + ": no file matches"}})
		} else {
			w, _ = os.ReadFile(filepath.Join(want, f))
		}
		if !bytes.Equal(b, w) {
			t.Errorf("%s = %q, want %q", f, b, w)
		}
	}
}

// TestEdgeCombine checks that combining mentions in any grouping keeps the
// count and the first steps.MaxEvidence distinct texts in corpus order.
func TestEdgeCombine(t *testing.T) {
	var accs []EdgeAcc
	texts := []string{"a", "b", "a", "c", "d", "b", "e", "f", "g"}
	for i, tx := range texts {
		accs = append(accs, EdgeAcc{Count: 1, Evidence: []Evidence{{Text: tx, Order: Order{Path: "p", Ref: i / 3, Mention: i % 3}}}})
	}
	accs = append(accs, EdgeAcc{Count: 1}) // a mention without text
	want := []string{}
	for _, tx := range texts {
		want = steps.AddEvidence(want, tx)
	}
	fn := &edgeCombineFn{}
	// merge in reverse and in pairs: the order of merging must not matter
	for _, order := range [][]int{{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {1, 3, 5, 7, 9, 0, 2, 4, 6, 8}} {
		var acc EdgeAcc
		for _, i := range order {
			acc = fn.MergeAccumulators(acc, accs[i])
		}
		var got []string
		for _, ev := range acc.Evidence {
			got = append(got, ev.Text)
		}
		if acc.Count != len(accs) || strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("order %v: count %d evidence %q, want %d %q", order, acc.Count, got, len(accs), want)
		}
	}
}

func linesByPath(t *testing.T, s string) map[string][]string {
	t.Helper()
	m := map[string][]string{}
	for _, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		if l == "" {
			continue
		}
		var rec struct {
			Path string `json:"path"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("bad record line %.200q: %v", l, err)
		}
		m[rec.Path] = append(m[rec.Path], l)
	}
	for _, ls := range m {
		sort.Strings(ls)
	}
	return m
}

func csvRows(t *testing.T, b []byte) int {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return len(recs) - 1
}

func writeZip(t *testing.T, path string, files []string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, name := range files {
		src, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.Create(filepath.Base(name))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, src); err != nil {
			t.Fatal(err)
		}
		src.Close()
	}
	if _, err := zw.Create(".hidden"); err != nil { // skipped, as batch does
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
