package graph

import (
	"bytes"
	"math/rand"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser"
)

var (
	corpusOnce sync.Once
	corpusRecs []model.Record
)

// corpusRecords parses the text and markdown documents of the shared corpus
// (skipping the test when it is absent).
func corpusRecords(t *testing.T) []model.Record {
	t.Helper()
	corpusDir := testshared.CorpusDir(t)
	corpusOnce.Do(func() {
		files, _ := filepath.Glob(filepath.Join(corpusDir, "*"))
		sort.Strings(files)
		for _, f := range files {
			if ext := filepath.Ext(f); ext != ".txt" && ext != ".md" {
				continue
			}
			d, err := parser.ParseFile(f)
			rec := model.Record{Path: filepath.Base(f), Format: "text"}
			if err != nil {
				rec.Error = &model.RecordError{Stage: "parse", Message: err.Error()}
			} else {
				rec.Document = d
			}
			corpusRecs = append(corpusRecs, rec)
		}
	})
	if len(corpusRecs) == 0 {
		t.Skip("no text documents in the shared corpus")
	}
	return corpusRecs
}

func corpusGraph(t *testing.T) *Graph {
	t.Helper()
	g, err := Build(Slice(corpusRecords(t)))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestCorpusGraph builds the graph of the whole shared corpus, parsed through
// the full pipeline: a long test, run with VANBAN_LONG=1.
func TestCorpusGraph(t *testing.T) {
	testshared.Long(t)
	recs := corpusRecords(t)
	g := corpusGraph(t)
	corpus, internal := 0, 0
	for _, n := range g.Nodes {
		if !n.External {
			corpus++
		}
	}
	for _, e := range g.Edges {
		if n, _ := g.Node(e.To); !n.External {
			internal++
		}
		if e.From == e.To || e.Count < 1 {
			t.Errorf("bad edge %+v", e)
		}
	}
	t.Logf("%d records → %d nodes (%d in the corpus), %d edges (%d between corpus documents)",
		len(recs), len(g.Nodes), corpus, len(g.Edges), internal)
	if corpus < len(recs)/2 || internal == 0 {
		t.Errorf("too few corpus nodes (%d) or internal edges (%d)", corpus, internal)
	}
	for _, n := range g.MostCited(10) {
		t.Logf("cited by %3d: %s  %s", n.InDegree, n.ID, vntext.Clip(n.Title, 50))
	}
	// a shuffled corpus gives the same graph
	shuf := append([]model.Record(nil), recs...)
	rand.New(rand.NewSource(1)).Shuffle(len(shuf), func(i, j int) { shuf[i], shuf[j] = shuf[j], shuf[i] })
	g2, err := Build(Slice(shuf))
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	WriteJSON(&a, g)
	WriteJSON(&b, g2)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the graph depends on the order of the records")
	}
	// every export works on real data
	dir := t.TempDir()
	if err := WriteCSV(dir, g); err != nil {
		t.Fatal(err)
	}
	for _, w := range []func(*bytes.Buffer, *Graph) error{
		func(b *bytes.Buffer, g *Graph) error { return WriteGraphML(b, g) },
		func(b *bytes.Buffer, g *Graph) error { return WriteDOT(b, g) },
		func(b *bytes.Buffer, g *Graph) error { return WriteHTML(b, g) },
	} {
		var buf bytes.Buffer
		if err := w(&buf, g); err != nil {
			t.Fatal(err)
		}
	}
}
