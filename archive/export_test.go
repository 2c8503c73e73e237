package archive

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/batch"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/store"

	"github.com/vnlegal/vanban/internal/testshared"
)

// teeSink writes every batch record to a JSONL file and keeps it for the
// store, which takes them in one transaction (a transaction per record costs
// a sync each).
type teeSink struct {
	jsonl *batch.JSONLWriter
	recs  *[]model.Record
}

func (s teeSink) Write(rec model.Record) error {
	*s.recs = append(*s.recs, rec)
	return s.jsonl.Write(rec)
}

// batchCorpus runs a batch over the shared corpus into a JSONL file and a
// SQLite store, as `vanban batch -o out.jsonl --db out.db` does.
func batchCorpus(t *testing.T) (jsonlPath, dbPath string, sum batch.Summary) {
	t.Helper()
	corpusDir := testshared.CorpusDir(t)
	dir := t.TempDir()
	jsonlPath, dbPath = filepath.Join(dir, "corpus.jsonl"), filepath.Join(dir, "corpus.db")
	f, err := os.Create(jsonlPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := store.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	inputs, err := batch.Expand([]string{corpusDir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var recs []model.Record
	sum, err = batch.Run(context.Background(), inputs, teeSink{batch.NewJSONLWriter(f), &recs}, batch.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.PutBatch(recs); err != nil {
		t.Fatal(err)
	}
	return jsonlPath, dbPath, sum
}

// TestExportJSONLAndStoreAgree exports the corpus from its JSONL and from its
// store in every format: the outputs are byte for byte the same, with one
// record per parsed document, and the CSV read back with encoding/csv holds
// the values of the JSON.
func TestExportJSONLAndStoreAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a SQLite store of the whole corpus")
	}
	jsonlPath, dbPath, bsum := batchCorpus(t)
	opts := Options{Set: map[string]string{AgencyKey: "G09", "Thời hạn bảo quản": "01"}, FileCode: "{hoso}/{stt}_*"}
	outputs := map[string][]byte{}
	for _, format := range []string{FormatCSV, FormatJSON, FormatXML} {
		opts.Format = format
		var fromJSONL, fromStore bytes.Buffer
		s1, err := Export(context.Background(), jsonlPath, &fromJSONL, opts)
		if err != nil {
			t.Fatal(err)
		}
		s2, err := Export(context.Background(), dbPath, &fromStore, opts)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(fromJSONL.Bytes(), fromStore.Bytes()) {
			t.Errorf("%s: the JSONL and the store export differently", format)
		}
		if s1.Records != bsum.Parsed || s2.Records != bsum.Parsed || s1.Failed != bsum.Failed || s1.Complete != s2.Complete {
			t.Errorf("%s: %d and %d records for %d parsed documents", format, s1.Records, s2.Records, bsum.Parsed)
		}
		outputs[format] = fromJSONL.Bytes()
	}
	t.Logf("%d documents exported", bsum.Parsed)

	var recs []Record
	if err := json.Unmarshal(outputs[FormatJSON], &recs); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range recs {
		if seen[r.Path] {
			t.Errorf("two records for %s", r.Path)
		}
		seen[r.Path] = true
		if r.Get(Maintenance) != "01" {
			t.Errorf("%s: constant Thời hạn bảo quản lost", r.Path)
		}
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(outputs[FormatCSV], []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(recs)+1 {
		t.Fatalf("%d CSV rows for %d records", len(rows), len(recs))
	}
	for i, r := range recs {
		row := rows[i+1]
		if row[0] != r.Path {
			t.Fatalf("row %d is %s, record %s", i, row[0], r.Path)
		}
		for j := range Fields {
			code, _, _ := strings.Cut(row[j+1], ": ")
			if row[j+1] != r.Cell(j) || (Fields[j].ValueLabel(r.Values[j]) != "" && code != r.Values[j]) {
				t.Errorf("%s %s: CSV %q, JSON %q", r.Path, Fields[j].Code, row[j+1], r.Values[j])
			}
		}
	}
}

func TestExportErrors(t *testing.T) {
	var buf bytes.Buffer
	if _, err := Export(context.Background(), "missing.jsonl", &buf, Options{}); err == nil {
		t.Error("a missing input exported")
	}
	if _, err := Export(context.Background(), "-", &buf, Options{Format: "archive-pdf", Stdin: strings.NewReader("")}); err == nil {
		t.Error("an unknown format exported")
	}
	if _, err := Export(context.Background(), "-", &buf, Options{Set: map[string]string{"nope": "1"}, Stdin: strings.NewReader("")}); err == nil {
		t.Error("an unknown field was accepted")
	}
	// stdin: a failed record is counted, not exported; a document is
	line := `{"path":"bad.doc","sha256":"x","size":1,"format":"doc","encoding":"","error":{"stage":"decode","message":"encrypted"}}` + "\n" +
		`{"path":"ok.txt","sha256":"y","size":1,"format":"text","encoding":"utf-8","document":{"type":"Công văn","number":"12/UBND-VP","symbol":{"number":"12","code":"UBND-VP"}}}` + "\n"
	buf.Reset()
	sum, err := Export(context.Background(), "-", &buf, Options{Format: FormatJSON, Stdin: strings.NewReader(line)})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Records != 1 || sum.Failed != 1 || !strings.Contains(buf.String(), `"codeNotation": "UBND-VP"`) {
		t.Errorf("summary %+v output %s", sum, buf.String())
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Export(ctx, "-", &buf, Options{Stdin: strings.NewReader(line)}); err == nil {
		t.Error("a cancelled export ran")
	}
}
