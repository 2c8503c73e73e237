// Package pipeline is vanban's conversion as an Apache Beam pipeline: the
// records of `vanban batch` (one model.Record per input, as JSON lines) and
// the citation graph of `vanban graph --format csv` (nodes.csv, edges.csv),
// computed with Beam transforms so that it runs on any Beam runner (Prism
// locally, Google Cloud Dataflow, Apache Flink, Apache Spark).
//
// The records are byte-identical to batch's: every input is converted by
// batch.Run itself. The graph is the graph of graph.Build over those records:
// node keys, reference resolution and node fields come from the exported
// identity functions of package graph (KeyOf, NodeKey, MergeCorpus, Index,
// ExternalNode, FinishNode); the Beam transforms do the grouping and
// combining that Build does with maps.
package pipeline

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	// local paths; main adds the remote file systems (gs://, s3://)
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"

	"github.com/vnlegal/vanban/batch"
	"github.com/vnlegal/vanban/model"
)

func init() {
	register.DoFn4x1[context.Context, string, func(string), func(string), error](&expandFn{})
	register.DoFn4x0[context.Context, string, func(string), func(Blob)](&readFn{})
	register.DoFn3x0[context.Context, Blob, func(string)](&parseFn{})
	register.Emitter1[string]()
	register.Emitter1[Blob]()
}

// Blob is one zip archive entry to parse, read by the archive's reader and
// reshuffled so that the entries of a large archive are parsed in parallel.
type Blob struct {
	// Path is "archive.zip!inner/path", as batch names it.
	Path string
	Data []byte
}

var (
	parsedCount = beam.NewCounter("vanban", "records_parsed")
	failedCount = beam.NewCounter("vanban", "records_failed")
)

// Records reads the files named by patterns and returns a PCollection of
// strings: one JSON line (model.Record, without the trailing newline) per
// input, exactly as `vanban batch` writes it.
//
// A pattern is a local path, a local glob (filepath.Glob; a matched
// directory is walked and zip archives are opened, as batch does, dot files
// and dot directories skipped), or a path or glob on any Beam file system
// ("gs://bucket/corpus/*.docx"), each file of which is one input (a .zip
// archive: one input per entry). A local path that does not exist is an
// error record, as in batch.
func Records(s beam.Scope, patterns []string) beam.PCollection {
	s = s.Scope("vanban.Records")
	for _, p := range patterns {
		if isRemote(p) {
			filesystem.ValidateScheme(p)
		}
	}
	pats := beam.CreateList(s, patterns)
	paths, missing := beam.ParDo2(s, &expandFn{}, pats)
	paths = beam.Reshuffle(s, paths)
	recs, blobs := beam.ParDo2(s, &readFn{}, paths)
	blobs = beam.Reshuffle(s, blobs)
	fromZip := beam.ParDo(s, &parseFn{}, blobs)
	return beam.Flatten(s, missing, recs, fromZip)
}

// isRemote reports a path on a Beam file system other than the local one.
func isRemote(p string) bool { return strings.Contains(p, "://") }

// expandFn turns a pattern into the paths of its files (zip archives
// included), and a missing local path into its error record.
type expandFn struct{}

func (f *expandFn) ProcessElement(ctx context.Context, pattern string, emitPath func(string), emitRec func(string)) error {
	if strings.TrimSpace(pattern) == "" {
		return nil
	}
	if isRemote(pattern) {
		var files []string
		err := onFileSystem(ctx, pattern, func(fsys filesystem.Interface) (err error) {
			if files, err = fsys.List(ctx, pattern); err != nil {
				return fmt.Errorf("vanban: listing %q: %w", pattern, err)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if len(files) == 0 {
			// nothing found is an error record, never a silent empty run
			// (batch.WalkPattern does the same for local patterns)
			msg := fmt.Sprintf("%s: no such file", pattern)
			if strings.ContainsAny(pattern, "*?[") {
				msg = fmt.Sprintf("%s: %v", pattern, batch.ErrNoMatch)
			}
			failedCount.Inc(ctx, 1)
			emitRec(errorRecord(pattern, "read", msg))
		}
		sort.Strings(files)
		for _, p := range files {
			emitPath(p)
		}
		return nil
	}
	// local: batch's own expansion, so that both find the same inputs
	return batch.WalkPattern(pattern, func(path string, _ int64) {
		emitPath(path)
	}, func(path string, err error) {
		failedCount.Inc(ctx, 1)
		emitRec(errorRecord(path, "read", err.Error()))
	})
}

// readFn reads one file and parses it, or, for a zip archive, emits its
// entries as Blobs to be parsed after a reshuffle.
type readFn struct{}

func (f *readFn) ProcessElement(ctx context.Context, path string, emitRec func(string), emitBlob func(Blob)) {
	if batch.IsZip(path) {
		readZip(ctx, path, emitRec, emitBlob)
		return
	}
	data, err := readAll(ctx, path)
	if err != nil {
		failedCount.Inc(ctx, 1)
		emitRec(errorRecord(path, "read", err.Error()))
		return
	}
	emitRec(convert(ctx, path, data))
}

// parseFn parses one zip entry.
type parseFn struct{}

func (f *parseFn) ProcessElement(ctx context.Context, b Blob, emitRec func(string)) {
	emitRec(convert(ctx, b.Path, b.Data))
}

// readAll reads a file: with the os package for local paths (the errors
// batch reports), with the Beam file system of its scheme otherwise.
func readAll(ctx context.Context, path string) ([]byte, error) {
	if !isRemote(path) {
		return os.ReadFile(path)
	}
	var data []byte
	err := onFileSystem(ctx, path, func(fsys filesystem.Interface) error {
		rc, err := fsys.OpenRead(ctx, path)
		if err != nil {
			return err
		}
		defer rc.Close()
		data, err = io.ReadAll(rc)
		return err
	})
	return data, err
}

// readZip emits the entries of a zip archive, named "archive.zip!inner/path";
// a damaged archive is one error record, an unreadable entry an error record
// of that entry, with batch's messages.
func readZip(ctx context.Context, path string, emitRec func(string), emitBlob func(Blob)) {
	var zr *zip.Reader
	if isRemote(path) {
		data, err := readAll(ctx, path)
		if err == nil {
			zr, err = zip.NewReader(bytes.NewReader(data), int64(len(data)))
		}
		if err != nil {
			failedCount.Inc(ctx, 1)
			emitRec(errorRecord(path, "read", fmt.Errorf("zip: %w", err).Error()))
			return
		}
	} else {
		rc, err := zip.OpenReader(path)
		if err != nil {
			failedCount.Inc(ctx, 1)
			emitRec(errorRecord(path, "read", fmt.Errorf("zip: %w", err).Error()))
			return
		}
		defer rc.Close()
		zr = &rc.Reader
	}
	// batch's listing and limits: the same entries, the same errors
	for _, f := range batch.ZipDocuments(zr) {
		name := path + "!" + f.Name
		data, err := batch.ReadZipEntry(f)
		if err != nil {
			failedCount.Inc(ctx, 1)
			emitRec(errorRecord(name, "read", err.Error()))
			continue
		}
		emitBlob(Blob{Path: name, Data: data})
	}
}

// recordSink keeps the one record of a single-input batch run.
type recordSink struct{ rec *model.Record }

func (s *recordSink) Write(rec model.Record) error {
	s.rec = &rec
	return nil
}

// convert runs batch.Run on one input held in memory, so that the record is
// the one `vanban batch` writes (digest, size, format, encoding, document or
// error with its stage), and encodes it as batch's JSONL writer does.
func convert(ctx context.Context, path string, data []byte) string {
	sink := &recordSink{}
	if _, err := batch.Run(context.Background(), []batch.Input{batch.BytesInput(path, data)}, sink, batch.Options{Workers: 1}); err != nil || sink.rec == nil {
		msg := "no record"
		if err != nil {
			msg = err.Error()
		}
		failedCount.Inc(ctx, 1)
		return errorRecord(path, "parse", msg)
	}
	if sink.rec.Error != nil {
		failedCount.Inc(ctx, 1)
	} else {
		parsedCount.Inc(ctx, 1)
	}
	return encodeRecord(*sink.rec)
}

func errorRecord(path, stage, msg string) string {
	return encodeRecord(model.Record{Path: path, Error: &model.RecordError{Stage: stage, Message: msg}})
}

// encodeRecord is rec as batch.JSONLWriter writes it, without the newline.
func encodeRecord(rec model.Record) string {
	var buf bytes.Buffer
	if err := batch.NewJSONLWriter(&buf).Write(rec); err != nil {
		// a model.Record always encodes; keep the input anyway
		return encodeRecord(model.Record{Path: rec.Path, Error: &model.RecordError{Stage: "parse", Message: err.Error()}})
	}
	return strings.TrimSuffix(buf.String(), "\n")
}
