package batch

import (
	"errors"
	"io"
	"os"

	"github.com/vnlegal/vanban/model"
)

// Tee writes every record to each of its sinks in turn.
type Tee []Sink

// Write passes rec to every sink, stopping at the first error.
func (t Tee) Write(rec model.Record) error {
	for _, s := range t {
		if err := s.Write(rec); err != nil {
			return err
		}
	}
	return nil
}

// WriteEncoded passes a line encoded on a worker to the sinks that take one,
// and the record to the others.
func (t Tee) WriteEncoded(rec model.Record, line []byte) error {
	for _, s := range t {
		var err error
		if es, ok := s.(EncodedSink); ok {
			err = es.WriteEncoded(rec, line)
		} else {
			err = s.Write(rec)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// RecordStore is a database of records, such as a *store.Store: batch needs
// only these two methods, so that it does not depend on SQLite.
type RecordStore interface {
	// PutBatch writes records in one transaction.
	PutBatch(recs []model.Record) error
	// HasHash reports whether a record with this content hash is stored.
	HasHash(sha256 string) (bool, error)
}

// DefaultStoreBatch is how many records a StoreSink writes per transaction.
const DefaultStoreBatch = 100

// StoreSink collects records and writes them to a RecordStore a batch at a
// time, one transaction each: SQLite is fast in batches and slow one row at a
// time. Call Flush after the run for the last, partial batch.
type StoreSink struct {
	st   RecordStore
	size int
	buf  []model.Record
}

// NewStoreSink writes to st in batches of size records (DefaultStoreBatch
// when size < 1).
func NewStoreSink(st RecordStore, size int) *StoreSink {
	if size < 1 {
		size = DefaultStoreBatch
	}
	return &StoreSink{st: st, size: size}
}

// Write adds rec to the batch, writing the batch when it is full.
func (s *StoreSink) Write(rec model.Record) error {
	s.buf = append(s.buf, rec)
	if len(s.buf) >= s.size {
		return s.Flush()
	}
	return nil
}

// Flush writes the records collected so far.
func (s *StoreSink) Flush() error {
	if len(s.buf) == 0 {
		return nil
	}
	err := s.st.PutBatch(s.buf)
	s.buf = s.buf[:0]
	return err
}

// OutputOptions say where the records of a run go.
type OutputOptions struct {
	// JSONL is the path of a JSON-lines file to write ("" for none).
	JSONL string
	// Store receives the records too, when not nil.
	Store RecordStore
	// Stdout receives the JSON lines when there is neither a JSONL file nor
	// a store.
	Stdout io.Writer
	// Resume appends to the JSONL file instead of truncating it (repairing a
	// partial last line), and skips inputs whose content hash every output
	// already holds.
	Resume bool
}

// ErrResumeNeedsOutput is returned by OpenOutputs for Resume without a JSONL
// file or a store to resume from.
var ErrResumeNeedsOutput = errors.New("batch: resume needs a JSON-lines file or a store")

// Outputs are the opened destinations of a run: pass Sink and Skip to Run,
// then Close.
type Outputs struct {
	// Sink writes every record to every output.
	Sink Sink
	// Skip reports inputs already converted (nil unless resuming); put it in
	// Options.Skip.
	Skip func(sha256 string) bool

	file  *os.File
	store *StoreSink
}

// OpenOutputs opens the outputs o names. With both a JSONL file and a store,
// a resumed run skips an input only when both hold it.
func OpenOutputs(o OutputOptions) (*Outputs, error) {
	if o.Resume && o.JSONL == "" && o.Store == nil {
		return nil, ErrResumeNeedsOutput
	}
	out := &Outputs{}
	var sinks Tee
	var skips []func(string) bool
	switch {
	case o.JSONL != "" && o.Resume:
		f, done, err := OpenJSONLForResume(o.JSONL)
		if err != nil {
			return nil, err
		}
		out.file = f
		sinks = append(sinks, NewJSONLWriter(f))
		skips = append(skips, func(sha string) bool { return done[sha] })
	case o.JSONL != "":
		f, err := os.Create(o.JSONL)
		if err != nil {
			return nil, err
		}
		out.file = f
		sinks = append(sinks, NewJSONLWriter(f))
	case o.Store == nil && o.Stdout != nil:
		sinks = append(sinks, NewJSONLWriter(o.Stdout))
	}
	if o.Store != nil {
		out.store = NewStoreSink(o.Store, DefaultStoreBatch)
		sinks = append(sinks, out.store)
		if o.Resume {
			st := o.Store
			skips = append(skips, func(sha string) bool {
				ok, err := st.HasHash(sha)
				return err == nil && ok
			})
		}
	}
	out.Sink = sinks
	if len(skips) > 0 {
		out.Skip = func(sha string) bool {
			for _, s := range skips {
				if !s(sha) {
					return false
				}
			}
			return true
		}
	}
	return out, nil
}

// Close writes the store's last batch and closes the JSONL file; it returns
// the first error. The store itself belongs to the caller.
func (o *Outputs) Close() error {
	var err error
	if o.store != nil {
		err = o.store.Flush()
	}
	if o.file != nil {
		if cerr := o.file.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}
	return err
}
