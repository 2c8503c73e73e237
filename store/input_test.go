package store

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/model"
)

// collect reads every record OpenInput yields for path.
func collect(t *testing.T, path string, stdin string) []model.Record {
	t.Helper()
	recs, closeInput, err := OpenInput(path, strings.NewReader(stdin))
	if err != nil {
		t.Fatal(err)
	}
	defer closeInput()
	var out []model.Record
	if err := recs(func(r model.Record) error { out = append(out, r); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestOpenInputStoreAndJSONL(t *testing.T) {
	dir := t.TempDir()
	want := []model.Record{planRecord("a/plan.txt", "aa"), errorRecord("b/broken.doc", "bb")}

	db := filepath.Join(dir, "out.db")
	s, err := Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutBatch(want); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	var jsonl strings.Builder
	for _, r := range want {
		b, err := encodeJSON(&r)
		if err != nil {
			t.Fatal(err)
		}
		jsonl.Write(b)
		jsonl.WriteByte('\n')
	}
	file := filepath.Join(dir, "out.jsonl")
	if err := os.WriteFile(file, []byte(jsonl.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	fromStore := collect(t, db, "")
	fromFile := collect(t, file, "")
	fromStdin := collect(t, "-", jsonl.String())
	if len(fromStore) != 2 || !reflect.DeepEqual(fromStore, fromFile) || !reflect.DeepEqual(fromFile, fromStdin) {
		t.Fatalf("store, file and stdin disagree:\n%+v\n%+v\n%+v", fromStore, fromFile, fromStdin)
	}
	if fromStore[0].Document == nil || fromStore[0].Document.Number != want[0].Document.Number {
		t.Errorf("first record lost its document: %+v", fromStore[0])
	}

	if _, _, err := OpenInput(filepath.Join(dir, "missing"), nil); err == nil {
		t.Error("a missing input opened without error")
	}
}
