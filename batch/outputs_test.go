package batch

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/model"
)

// fakeStore is a RecordStore in memory that counts its transactions.
type fakeStore struct {
	recs    []model.Record
	batches int
}

func (f *fakeStore) PutBatch(recs []model.Record) error {
	f.batches++
	f.recs = append(f.recs, recs...)
	return nil
}

func (f *fakeStore) HasHash(sha string) (bool, error) {
	for _, r := range f.recs {
		if r.SHA256 == sha {
			return true, nil
		}
	}
	return false, nil
}

func TestStoreSinkBatches(t *testing.T) {
	var st fakeStore
	s := NewStoreSink(&st, 3)
	for i := 0; i < 7; i++ {
		require.NoError(t, s.Write(model.Record{Path: string(rune('a' + i))}))
	}
	assert.Equal(t, 2, st.batches, "two full batches written as they fill")
	require.NoError(t, s.Flush())
	assert.Equal(t, 3, st.batches, "the partial last batch on Flush")
	assert.Len(t, st.recs, 7)
	require.NoError(t, s.Flush())
	assert.Equal(t, 3, st.batches, "nothing left to flush")
}

func TestOpenOutputsJSONLAndStoreResume(t *testing.T) {
	dir := writeCorpus(t, 6)
	inputs, err := Expand([]string{dir}, nil)
	require.NoError(t, err)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	var st fakeStore
	var stdout bytes.Buffer

	outs, err := OpenOutputs(OutputOptions{JSONL: out, Store: &st, Stdout: &stdout})
	require.NoError(t, err)
	assert.Nil(t, outs.Skip, "no resume, no skip")
	_, err = Run(context.Background(), inputs, outs.Sink, Options{Workers: 2})
	require.NoError(t, err)
	require.NoError(t, outs.Close())
	assert.Empty(t, stdout.String(), "standard output only without a file or a store")
	assert.Len(t, st.recs, len(inputs), "the store's last batch is written on Close")
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, len(inputs), bytes.Count(b, []byte("\n")))

	// resume with both outputs: an input is skipped only when both hold it
	// (the store loses one document whose content no other input shares:
	// the two zip entries of writeCorpus have one hash)
	kept := st.recs[:0]
	for _, r := range st.recs {
		if filepath.Base(r.Path) != "doc000.txt" {
			kept = append(kept, r)
		}
	}
	require.Len(t, kept, len(inputs)-1)
	st.recs = kept
	outs, err = OpenOutputs(OutputOptions{JSONL: out, Store: &st, Resume: true})
	require.NoError(t, err)
	sum, err := Run(context.Background(), inputs, outs.Sink, Options{Skip: outs.Skip})
	require.NoError(t, err)
	require.NoError(t, outs.Close())
	assert.Equal(t, len(inputs)-1, sum.Skipped)
	assert.Equal(t, 1, sum.Parsed+sum.Failed, "the input the store lacked is converted again")

	_, err = OpenOutputs(OutputOptions{Stdout: &stdout, Resume: true})
	assert.True(t, errors.Is(err, ErrResumeNeedsOutput))
}

func TestOpenOutputsStdout(t *testing.T) {
	var stdout bytes.Buffer
	outs, err := OpenOutputs(OutputOptions{Stdout: &stdout})
	require.NoError(t, err)
	_, err = Run(context.Background(), []Input{BytesInput("a.txt", []byte("KẾ HOẠCH\nVề việc thử\n"))}, outs.Sink, Options{})
	require.NoError(t, err)
	require.NoError(t, outs.Close())
	assert.Contains(t, stdout.String(), `"path":"a.txt"`)
}

func TestGlobWithoutMatchIsRecorded(t *testing.T) {
	dir := t.TempDir()
	inputs, err := Expand([]string{filepath.Join(dir, "*.pdf")}, nil)
	require.NoError(t, err)
	require.Len(t, inputs, 1, "a glob that matches nothing is one failing input")
	_, err = inputs[0].Read()
	assert.True(t, errors.Is(err, ErrNoMatch))
	assert.Equal(t, filepath.Join(dir, "*.pdf"), inputs[0].Path)
}
