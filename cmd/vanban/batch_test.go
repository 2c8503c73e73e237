package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/batch"
	"github.com/vnlegal/vanban/model"

	"github.com/vnlegal/vanban/internal/testshared"
)

// manyDocuments writes n variants of the seed so that a run takes long enough
// to be killed midway.
func manyDocuments(t *testing.T, n int) string {
	t.Helper()
	seedText, err := os.ReadFile(seed)
	require.NoError(t, err)
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		// repeat the body to make each document larger and slower to parse
		doc := bytes.Repeat(seedText, 4)
		doc = append(doc, []byte(fmt.Sprintf("\nBản số %d\n", i))...)
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("d%04d.txt", i)), doc, 0o644))
	}
	return dir
}

func recordSet(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	set := map[string]string{}
	for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if line == "" {
			continue
		}
		var rec struct {
			Path string `json:"path"`
		}
		require.NoError(t, json.Unmarshal([]byte(line), &rec), line)
		_, dup := set[rec.Path]
		require.False(t, dup, "duplicate record for %s", rec.Path)
		set[rec.Path] = line
	}
	return set
}

// TestBatchKillAndResume kills a batch run midway with SIGKILL, resumes it,
// and checks that the records equal those of one uninterrupted run.
func TestBatchKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the command")
	}
	// enough documents that the run is still going when its output passes
	// 200 kB, few enough to keep the test quick
	const docs = 120
	bin := vanbanBin
	dir := manyDocuments(t, docs)
	full := filepath.Join(t.TempDir(), "full.jsonl")
	out, err := exec.Command(bin, "batch", "-j", "2", "-o", full, dir).CombinedOutput()
	require.NoError(t, err, string(out))
	want := recordSet(t, full)
	require.Len(t, want, docs)

	part := filepath.Join(t.TempDir(), "part.jsonl")
	cmd := exec.Command(bin, "batch", "-j", "1", "-o", part, dir)
	require.NoError(t, cmd.Start())
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if st, err := os.Stat(part); err == nil && st.Size() > 200_000 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Kill())
	_ = cmd.Wait()
	before := recordSet(t, partWithoutTail(t, part))
	require.Greater(t, len(before), 0)
	require.Less(t, len(before), docs, "the run was killed midway")
	t.Logf("killed after %d of %d records", len(before), docs)

	out, err = exec.Command(bin, "batch", "--resume", "-o", part, dir).CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Contains(t, string(out), fmt.Sprintf("%d skipped", len(before)))
	got := recordSet(t, part)
	assert.Equal(t, want, got)

	// a second resume parses nothing
	out, err = exec.Command(bin, "batch", "--resume", "-o", part, dir).CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Contains(t, string(out), "0 parsed")
	assert.Contains(t, string(out), fmt.Sprintf("%d skipped", docs))
}

// partWithoutTail copies the interrupted output without a partial last line,
// to count the complete records before resuming.
func partWithoutTail(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
		b = b[:i+1]
	} else {
		b = nil
	}
	p := filepath.Join(t.TempDir(), "complete.jsonl")
	require.NoError(t, os.WriteFile(p, b, 0o644))
	return p
}

func TestBatchCorpus(t *testing.T) {
	testshared.Long(t)
	corpus := testshared.CorpusDir(t)
	entries, err := os.ReadDir(corpus)
	require.NoError(t, err)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	var stdout, stderr bytes.Buffer
	code := run([]string{"batch", "--quiet", "-o", out, corpus}, nil, &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	set := recordSet(t, out)
	assert.Len(t, set, len(entries), "exactly one record per input")
	failed := 0
	for _, line := range set {
		if strings.Contains(line, `"error":{`) {
			failed++
		}
	}
	t.Logf("%d records, %d error records", len(set), failed)
	assert.Equal(t, 1, run([]string{"batch", "--quiet", "--strict", "-o", out, filepath.Join(corpus, "*.doc*"), "nonexistent-file"}, nil, &stdout, &stderr), "--strict fails on error records")
	assert.Equal(t, 1, run([]string{"batch", "--quiet", "--strict", "-o", out, filepath.Join(corpus, "*.pdf")}, nil, &stdout, &stderr), "--strict fails on a glob that matches nothing")
}

// TestKindsAndCodesAreDocumented converts the testdata (and, under
// VANBAN_LONG=1, the corpus) and finds every section kind and warning code
// among model's constants, which the README lists.
func TestKindsAndCodesAreDocumented(t *testing.T) {
	inputs := []string{"../../testdata"}
	if corpus, ok := testshared.LongCorpus(); ok {
		inputs = append(inputs, corpus)
	}
	out := filepath.Join(t.TempDir(), "out.jsonl")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(append([]string{"batch", "-q", "-o", out}, inputs...), nil, &stdout, &stderr), stderr.String())
	kinds, codes := map[string]bool{}, map[string]bool{}
	for _, k := range model.SectionKinds() {
		kinds[k] = true
	}
	for _, c := range model.WarningCodes() {
		codes[c] = true
	}
	f, err := os.Open(out)
	require.NoError(t, err)
	defer f.Close()
	seen := map[string]bool{}
	var walk func(ss []model.Section)
	walk = func(ss []model.Section) {
		for _, s := range ss {
			assert.True(t, kinds[s.Kind], "section kind %q is not a model.Kind* constant", s.Kind)
			seen[s.Kind] = true
			walk(s.Children)
		}
	}
	require.NoError(t, batch.ReadJSONL(f, func(r model.Record) error {
		if r.Document == nil {
			return nil
		}
		walk(r.Document.Sections)
		for _, a := range r.Document.Annexes {
			walk(a.Sections)
		}
		for _, w := range r.Document.Warnings {
			assert.True(t, codes[w.Code], "warning code %q is not a model.Warn* constant", w.Code)
		}
		return nil
	}))
	assert.True(t, seen[model.KindDieu], "the decision has articles")
}
