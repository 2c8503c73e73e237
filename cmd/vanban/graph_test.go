package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/internal/testshared"
)

// corpusOrTestdata is ../shared/corpus under VANBAN_LONG=1 when it is
// there, else the repository's own testdata (a quick run).
func corpusOrTestdata(t *testing.T) string {
	if corpus, ok := testshared.LongCorpus(); ok {
		return corpus
	}
	return "../../testdata"
}

// TestGraphFromJSONLAndSQLite converts the corpus once into JSON lines and a
// SQLite store, builds the citation graph from each, and checks that they are
// identical and that every export parses back to the same counts.
func TestGraphFromJSONLAndSQLite(t *testing.T) {
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "corpus.jsonl")
	db := filepath.Join(dir, "corpus.sqlite")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"batch", "--quiet", "-o", jsonl, "--db", db, corpusOrTestdata(t)}, nil, &stdout, &stderr), stderr.String())

	fromJSONL := filepath.Join(dir, "a.json")
	fromDB := filepath.Join(dir, "b.json")
	require.Equal(t, 0, run([]string{"graph", jsonl, "--format", "json", "-o", fromJSONL}, nil, &stdout, &stderr), stderr.String())
	require.Equal(t, 0, run([]string{"graph", db, "--format", "json", "-o", fromDB}, nil, &stdout, &stderr), stderr.String())
	a, err := os.ReadFile(fromJSONL)
	require.NoError(t, err)
	b, err := os.ReadFile(fromDB)
	require.NoError(t, err)
	require.Equal(t, string(a), string(b), "the graph from JSON lines and from SQLite are identical")

	var g struct {
		Nodes []graphNode `json:"nodes"`
		Edges []struct{ From, To string }
	}
	require.NoError(t, jsonUnmarshal(a, &g))
	nodes, edges := len(g.Nodes), len(g.Edges)
	require.Greater(t, nodes, 0)
	t.Logf("graph: %d nodes, %d edges", nodes, edges)

	// CSV: nodes.csv and edges.csv parse back to the same counts
	csvDir := filepath.Join(dir, "csv")
	require.Equal(t, 0, run([]string{"graph", db, "--format", "csv", "-o", csvDir}, nil, &stdout, &stderr), stderr.String())
	assert.Equal(t, nodes, csvRows(t, filepath.Join(csvDir, "nodes.csv")))
	assert.Equal(t, edges, csvRows(t, filepath.Join(csvDir, "edges.csv")))

	// GraphML parses as XML with the same counts
	gml := filepath.Join(dir, "g.graphml")
	require.Equal(t, 0, run([]string{"graph", jsonl, "--format", "graphml", "-o", gml}, nil, &stdout, &stderr), stderr.String())
	f, err := os.Open(gml)
	require.NoError(t, err)
	defer f.Close()
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	require.NoError(t, xml.NewDecoder(f).Decode(&doc))
	assert.Equal(t, nodes, len(doc.Graph.Nodes))
	assert.Equal(t, edges, len(doc.Graph.Edges))

	// DOT and HTML are written too
	for _, format := range []string{"dot", "html"} {
		p := filepath.Join(dir, "g."+format)
		require.Equal(t, 0, run([]string{"graph", jsonl, "--format", format, "-o", p}, nil, &stdout, &stderr), stderr.String())
		body, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.NotEmpty(t, body)
	}
	dot, _ := os.ReadFile(filepath.Join(dir, "g.dot"))
	assert.True(t, strings.HasPrefix(strings.TrimSpace(string(dot)), "digraph"))

	// queries answer in JSON
	stdout.Reset()
	require.Equal(t, 0, run([]string{"graph", db, "--most-cited", "3"}, nil, &stdout, &stderr), stderr.String())
	var most []map[string]any
	require.NoError(t, jsonUnmarshal(stdout.Bytes(), &most))
	assert.Len(t, most, min(3, cited(g.Nodes)))
}

// graphNode is the part of a node of the JSON graph the test reads.
type graphNode struct {
	ID       string
	InDegree int `json:"in_degree"`
}

// cited counts the nodes someone cites.
func cited(nodes []graphNode) int {
	n := 0
	for _, nd := range nodes {
		if nd.InDegree > 0 {
			n++
		}
	}
	return n
}

func csvRows(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, rows)
	return len(rows) - 1 // header
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }
