package graph

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestJSONRoundTrip(t *testing.T) {
	g := buildTest(t)
	var b bytes.Buffer
	if err := WriteJSON(&b, g); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"evidence": [`) || strings.Contains(b.String(), "null") {
		t.Errorf("JSON should have every list present:\n%s", b.String())
	}
	g2, err := ReadJSON(&b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(jsonView(g).Nodes, g2.Nodes) || !reflect.DeepEqual(jsonView(g).Edges, g2.Edges) {
		t.Error("JSON round trip changed the graph")
	}
	if got := ids(g2.MostCited(1)); len(got) != 1 {
		t.Errorf("queries on a decoded graph: %q", got)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func TestCSVRoundTrip(t *testing.T) {
	g := buildTest(t)
	dir := filepath.Join(t.TempDir(), "out")
	if err := WriteCSV(dir, g); err != nil {
		t.Fatal(err)
	}
	nodes := readCSV(t, filepath.Join(dir, "nodes.csv"))
	edges := readCSV(t, filepath.Join(dir, "edges.csv"))
	if len(nodes) != len(g.Nodes)+1 || len(edges) != len(g.Edges)+1 {
		t.Fatalf("csv rows: %d nodes, %d edges; graph %d, %d", len(nodes)-1, len(edges)-1, len(g.Nodes), len(g.Edges))
	}
	if !reflect.DeepEqual(nodes[0], nodesCSVHeader) || !reflect.DeepEqual(edges[0], edgesCSVHeader) {
		t.Errorf("headers %q %q", nodes[0], edges[0])
	}
	// Gephi's spreadsheet import needs Id/Label and Source/Target; pandas and
	// Neo4j need unique, non-empty names.
	for _, h := range [][]string{nodes[0], edges[0]} {
		seen := map[string]bool{}
		for _, c := range h {
			if c == "" || seen[c] {
				t.Errorf("bad header %q", h)
			}
			seen[c] = true
		}
	}
	if nodes[0][0] != "Id" || nodes[0][1] != "Label" || edges[0][0] != "Source" || edges[0][1] != "Target" {
		t.Errorf("Gephi columns missing: %q %q", nodes[0], edges[0])
	}
	ids := map[string]bool{}
	for _, r := range nodes[1:] {
		if len(r) != len(nodesCSVHeader) {
			t.Fatalf("node row %q", r)
		}
		ids[r[0]] = true
	}
	if len(ids) != len(g.Nodes) {
		t.Errorf("%d distinct node IDs, want %d", len(ids), len(g.Nodes))
	}
	for _, r := range edges[1:] {
		if !ids[r[0]] || !ids[r[1]] || r[2] != "Directed" {
			t.Errorf("edge row %q", r)
		}
		if n, err := strconv.Atoi(r[4]); err != nil || n < 1 {
			t.Errorf("weight %q", r[4])
		}
	}
	// evidence survives quoting
	found := false
	for _, r := range edges[1:] {
		if r[0] == "15/KH-UBND@2020" && r[5] == "implements" {
			found = r[7] == "Nghị định số 30/2020/NĐ-CP | Nghị định 30/2020/NĐ-CP"
		}
	}
	if !found {
		t.Error("evidence cell not found or wrong")
	}
}

func TestGraphMLRoundTrip(t *testing.T) {
	g := buildTest(t)
	// a title with XML specials and a control character
	g.Nodes[0].Title = `<Quy định> "A" & 'B'` + "\x01"
	var b bytes.Buffer
	if err := WriteGraphML(&b, g); err != nil {
		t.Fatal(err)
	}
	var doc GraphML
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("GraphML is not valid XML: %v\n%s", err, b.String())
	}
	if doc.XMLName.Space != "http://graphml.graphdrawing.org/xmlns" || doc.Graph.EdgeDefault != "directed" {
		t.Errorf("root %v, edgedefault %q", doc.XMLName, doc.Graph.EdgeDefault)
	}
	if len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Edges) {
		t.Fatalf("%d nodes, %d edges; want %d, %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes), len(g.Edges))
	}
	keys := map[string]string{}
	for _, k := range doc.Keys {
		keys[k.ID] = k.For
	}
	nodeIDs := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		nodeIDs[n.ID] = true
		for _, d := range n.Data {
			if keys[d.Key] != "node" {
				t.Errorf("node data key %q not declared for nodes", d.Key)
			}
		}
	}
	for _, e := range doc.Graph.Edges {
		if !nodeIDs[e.Source] || !nodeIDs[e.Target] {
			t.Errorf("edge %s → %s has an unknown end", e.Source, e.Target)
		}
		for _, d := range e.Data {
			if keys[d.Key] != "edge" {
				t.Errorf("edge data key %q not declared for edges", d.Key)
			}
		}
	}
	if !strings.Contains(b.String(), "&lt;Quy định&gt;") {
		t.Error("title not escaped")
	}
}

func TestDOT(t *testing.T) {
	g := buildTest(t)
	g.Nodes[0].Title = `tên "có ngoặc" \ và` + "\nxuống dòng"
	var b bytes.Buffer
	if err := WriteDOT(&b, g); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{
		`digraph vanban {`,
		`"30/2020/NĐ-CP" -> "15/KH-UBND@2020" [color="#8a8f98"`,
		`"45/2025/NĐ-CP" -> "30/2020/NĐ-CP" [color="#8e44ad"`,
		`\"có ngoặc\" \\ và\nxuống dòng`,
		`style="rounded,dashed"`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("DOT lacks %q", want)
		}
	}
	if n := strings.Count(s, " -> "); n != len(g.Edges) {
		t.Errorf("%d edges in DOT, want %d", n, len(g.Edges))
	}
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Log("Graphviz dot not installed: syntax not checked")
		return
	}
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin = &b
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("dot rejects the file: %v\n%s", err, out)
	}
}

func TestHTMLPage(t *testing.T) {
	g := buildTest(t)
	g.Nodes[0].Title = `</script><script>alert(1)</script>`
	var b bytes.Buffer
	if err := WriteHTMLTitle(&b, g, "Đồ thị <trích dẫn>"); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	if strings.Contains(s, "{{") || strings.Contains(s, "</script><script>alert") {
		t.Error("placeholder left or script not escaped")
	}
	if !strings.Contains(s, "<title>Đồ thị &lt;trích dẫn&gt;</title>") {
		t.Error("title not escaped")
	}
	for _, bad := range []string{"http://", "https://", "src=\"//"} {
		for _, line := range strings.Split(s, "\n") {
			if strings.Contains(line, bad) && !strings.Contains(line, "www.w3.org/2000/svg") {
				t.Errorf("page refers to the network: %s", strings.TrimSpace(line))
			}
		}
	}
}
