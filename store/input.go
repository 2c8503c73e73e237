package store

import (
	"bytes"
	"io"
	"os"

	"github.com/vnlegal/vanban/graph"
	"github.com/vnlegal/vanban/model"
)

// sqliteHeader is the first 16 bytes of every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// OpenInput opens what a batch run writes, for the stages that read it back
// (graph, export): a SQLite store written by `vanban batch --db`, told apart
// by its file header, or else a JSON Lines file of model.Record. The path "-"
// reads JSON Lines from stdin.
//
// It returns the records as an iterator of the shape graph.Build consumes
// (a store yields them in path order, a JSONL file in file order) and a
// function that releases the input; call it when done with the records.
func OpenInput(path string, stdin io.Reader) (records func(yield func(model.Record) error) error, closeInput func() error, err error) {
	if path == "-" {
		return graph.JSONL(stdin), func() error { return nil }, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	head := make([]byte, len(sqliteHeader))
	n, _ := io.ReadFull(f, head)
	if bytes.Equal(head[:n], sqliteHeader) {
		f.Close()
		s, err := Open(path)
		if err != nil {
			return nil, nil, err
		}
		return s.Records, s.Close, nil
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		f.Close()
		return nil, nil, err
	}
	return graph.JSONL(f), f.Close, nil
}
