package batch

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/model"
)

const seed = "../testdata/000_7238115e741023af.txt"

type memSink struct{ recs []model.Record }

func (m *memSink) Write(r model.Record) error { m.recs = append(m.recs, r); return nil }

// writeCorpus makes a directory of n small documents (variants of the seed),
// a binary file and a zip with two documents.
func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	seedText, err := os.ReadFile(seed)
	require.NoError(t, err)
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		doc := bytes.Replace(seedText, []byte("Kon Tum, ngày 17"), []byte(fmt.Sprintf("Kon Tum, ngày %d", 1+i%28)), 1)
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("doc%03d.txt", i)), doc, 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "broken.bin"), []byte{0, 1, 2, 3, 0, 0, 7}, 0o644))
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	for _, name := range []string{"a/one.txt", "two.txt"} {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write(seedText)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "pack.zip"), zb.Bytes(), 0o644))
	return dir
}

func TestRunOneRecordPerInput(t *testing.T) {
	dir := writeCorpus(t, 20)
	inputs, err := Expand([]string{dir, filepath.Join(dir, "missing.txt")}, nil)
	require.NoError(t, err)
	require.Len(t, inputs, 20+1+2+1, "20 documents, the binary, two zip entries, the missing path")
	var sink memSink
	sum, err := Run(context.Background(), inputs, &sink, Options{Workers: 3})
	require.NoError(t, err)
	assert.Len(t, sink.recs, len(inputs))
	assert.Equal(t, 22, sum.Parsed)
	assert.Equal(t, 2, sum.Failed)
	seen := map[string]bool{}
	for _, r := range sink.recs {
		assert.False(t, seen[r.Path], "one record per input: %s", r.Path)
		seen[r.Path] = true
		assert.True(t, (r.Document == nil) != (r.Error == nil), "exactly one of document and error: %s", r.Path)
	}
	assert.True(t, seen[filepath.Join(dir, "pack.zip")+"!a/one.txt"])
	for _, r := range sink.recs {
		switch filepath.Base(r.Path) {
		case "broken.bin":
			assert.Equal(t, "decode", r.Error.Stage)
			assert.Equal(t, "binary", r.Format)
		case "missing.txt":
			assert.Equal(t, "read", r.Error.Stage)
		}
	}
}

// An input the decode stage recognises but cannot read is recorded with the
// stage and the format it failed in: a PDF fails in decode, as a PDF.
func TestRunRecordsDecodeFailure(t *testing.T) {
	pdf := []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
	var sink memSink
	sum, err := Run(context.Background(), []Input{BytesInput("scan.pdf", pdf)}, &sink, Options{Workers: 1})
	require.NoError(t, err)
	assert.Equal(t, 1, sum.Failed)
	require.Len(t, sink.recs, 1)
	r := sink.recs[0]
	require.NotNil(t, r.Error)
	assert.Equal(t, "decode", r.Error.Stage)
	assert.Equal(t, "pdf", r.Format)
}

func TestRunOrdered(t *testing.T) {
	dir := writeCorpus(t, 30)
	inputs, err := Expand([]string{dir}, nil)
	require.NoError(t, err)
	var sink memSink
	_, err = Run(context.Background(), inputs, &sink, Options{Workers: 4, Ordered: true})
	require.NoError(t, err)
	require.Len(t, sink.recs, len(inputs))
	for i := range inputs {
		assert.Equal(t, inputs[i].Path, sink.recs[i].Path)
	}
}

func TestResumeSkipsConverted(t *testing.T) {
	dir := writeCorpus(t, 10)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	inputs, err := Expand([]string{dir}, nil)
	require.NoError(t, err)

	f, done, err := OpenJSONLForResume(out)
	require.NoError(t, err)
	require.Empty(t, done)
	_, err = Run(context.Background(), inputs, NewJSONLWriter(f), Options{})
	require.NoError(t, err)
	require.NoError(t, f.Close())

	// a killed run leaves a partial last line: resume repairs it
	fa, err := os.OpenFile(out, os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = fa.WriteString(`{"path":"half`)
	require.NoError(t, err)
	require.NoError(t, fa.Close())

	f, done, err = OpenJSONLForResume(out)
	require.NoError(t, err)
	assert.Len(t, done, 12, "10 documents, the binary and a zip entry twice with one hash")
	sum, err := Run(context.Background(), inputs, NewJSONLWriter(f), Options{Skip: func(s string) bool { return done[s] }})
	require.NoError(t, err)
	require.NoError(t, f.Close())
	assert.Equal(t, 0, sum.Parsed, "a second run parses nothing")
	assert.Equal(t, len(inputs), sum.Skipped)

	var paths []string
	rf, err := os.Open(out)
	require.NoError(t, err)
	defer rf.Close()
	require.NoError(t, ReadJSONL(rf, func(r model.Record) error { paths = append(paths, r.Path); return nil }))
	assert.Len(t, paths, len(inputs))
	sort.Strings(paths)
	for i := 1; i < len(paths); i++ {
		assert.NotEqual(t, paths[i-1], paths[i])
	}
}

func TestExpandStdinList(t *testing.T) {
	dir := writeCorpus(t, 3)
	list := filepath.Join(dir, "doc000.txt") + "\n\n" + filepath.Join(dir, "doc002.txt") + "\n"
	inputs, err := Expand([]string{"-"}, bytes.NewBufferString(list))
	require.NoError(t, err)
	require.Len(t, inputs, 2)
	assert.Equal(t, filepath.Join(dir, "doc002.txt"), inputs[1].Path)
}

func TestWalkPattern(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b.txt", "a.txt", ".hidden.txt", "sub/c.txt", ".git/d.txt", "pack.zip"} {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644))
	}
	var files, failed []string
	file := func(p string, size int64) {
		files = append(files, filepath.ToSlash(p[len(dir)+1:]))
		assert.Equal(t, int64(1), size)
	}
	fail := func(p string, err error) { failed = append(failed, filepath.Base(p)) }
	require.NoError(t, WalkPattern(dir, file, fail))
	assert.Equal(t, []string{"a.txt", "b.txt", "pack.zip", "sub/c.txt"}, files)

	files = nil
	require.NoError(t, WalkPattern(filepath.Join(dir, "*.txt"), file, fail))
	// Go's globs, unlike a shell's, match dot files; a named file is taken as named
	assert.Equal(t, []string{".hidden.txt", "a.txt", "b.txt"}, files)

	require.NoError(t, WalkPattern(filepath.Join(dir, "missing.txt"), file, fail))
	assert.Equal(t, []string{"missing.txt"}, failed)
	assert.Error(t, WalkPattern(filepath.Join(dir, "[x"), file, fail))
}

func TestZipDocuments(t *testing.T) {
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	for _, e := range []struct{ name, body string }{{"dir/", ""}, {"one.txt", "first"}, {".DS_Store", "junk"}, {"dir/two.txt", "2"}, {"one.txt", "second"}} {
		w, err := zw.Create(e.name)
		require.NoError(t, err)
		_, err = w.Write([]byte(e.body))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	zr, err := zip.NewReader(bytes.NewReader(zb.Bytes()), int64(zb.Len()))
	require.NoError(t, err)
	var got []string
	for _, f := range ZipDocuments(zr) {
		data, err := ReadZipEntry(f)
		require.NoError(t, err)
		got = append(got, f.Name+"="+string(data))
	}
	// a repeated name reads its first entry, as batch's lazy reader finds it
	assert.Equal(t, []string{"one.txt=first", "dir/two.txt=2", "one.txt=first"}, got)
}

// TestRunSameLinesWithSpareCores: with fewer workers than cores the feeder
// reads and the writer encodes; with a worker per core each worker does it
// all. Both give the same lines, in input order with Ordered, read errors and
// refused inputs included.
func TestRunSameLinesWithSpareCores(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	dir := writeCorpus(t, 25)
	inputs, err := Expand([]string{dir, filepath.Join(dir, "missing.txt")}, nil)
	require.NoError(t, err)
	run := func(workers int) string {
		var out bytes.Buffer
		_, err := Run(context.Background(), inputs, NewJSONLWriter(&out), Options{Workers: workers, Ordered: true})
		require.NoError(t, err)
		return out.String()
	}
	allWork := run(4) // a worker per core
	require.Equal(t, len(inputs), strings.Count(allWork, "\n"))
	for _, workers := range []int{1, 3} {
		assert.Equal(t, allWork, run(workers), "%d workers on 4 cores", workers)
	}
}
