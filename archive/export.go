package archive

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/store"
)

// The formats of Export.
const (
	FormatCSV  = "archive-csv"
	FormatJSON = "archive-json"
	FormatXML  = "archive-xml"
)

// Options configure Export.
type Options struct {
	// Format is FormatCSV, FormatJSON or FormatXML ("csv", "json" and "xml"
	// are accepted too); FormatCSV when empty.
	Format string
	// Set holds constants for every record, keyed by field code or label, or
	// by AgencyKey / FileKey (see NewFiller): {"Mã cơ quan lưu trữ": "G09",
	// "Thời hạn bảo quản": "01"}.
	Set map[string]string
	// FileCode is the pattern that reads the mã hồ sơ ({hoso}) and số thứ tự
	// ({stt}) from the last segments of each path: "{hoso}/{stt}_*".
	FileCode string
	// Comma is the CSV separator, ',' when 0.
	Comma rune
	// Stdin is read when the input is "-".
	Stdin io.Reader
}

// Export reads the batch output at input (a JSONL file of model.Record, a
// SQLite store written by `vanban batch --db`, or "-" for JSONL on
// opts.Stdin), turns every parsed document into its archival record, and
// writes the records to w in opts.Format, sorted by path so that the JSONL
// and the store of one run give the same bytes. The Summary counts the
// records and holds the validation worklist (Summary.WriteReport).
func Export(ctx context.Context, input string, w io.Writer, opts Options) (Summary, error) {
	write, err := writerFor(opts)
	if err != nil {
		return Summary{}, err
	}
	filler, err := NewFiller(opts.Set, opts.FileCode)
	if err != nil {
		return Summary{}, err
	}
	records, closeInput, err := store.OpenInput(input, opts.Stdin)
	if err != nil {
		return Summary{}, err
	}
	defer closeInput()

	var sum Summary
	var recs []Record
	err = records(func(rec model.Record) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if rec.Document == nil {
			sum.Failed++
			return nil
		}
		r := FromDocument(rec.Document, rec.Path)
		filler.Fill(&r)
		recs = append(recs, r)
		return nil
	})
	if err != nil {
		return sum, err
	}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Path < recs[j].Path })
	for i := range recs {
		sum.Add(&recs[i])
	}
	return sum, write(w, recs)
}

// writerFor picks the writer of opts.Format.
func writerFor(opts Options) (func(io.Writer, []Record) error, error) {
	switch opts.Format {
	case FormatCSV, "csv", "":
		return func(w io.Writer, recs []Record) error { return WriteCSV(w, recs, opts.Comma) }, nil
	case FormatJSON, "json":
		return WriteJSON, nil
	case FormatXML, "xml":
		return WriteXML, nil
	}
	return nil, fmt.Errorf("archive: unknown format %q; use %s, %s or %s", opts.Format, FormatCSV, FormatJSON, FormatXML)
}
