package batch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser"
)

// Sink receives the records of a run, one per input. Write is called from one
// goroutine at a time.
type Sink interface {
	Write(rec model.Record) error
}

// EncodedSink is a Sink that can take a record already encoded as one JSON
// line. Run encodes on the workers, in parallel, so that the one goroutine
// that writes does not become the bottleneck. The line is Run's to reuse once
// WriteEncoded returns: a sink copies what it keeps.
type EncodedSink interface {
	Sink
	WriteEncoded(rec model.Record, line []byte) error
}

// Options configure Run. The zero value runs one worker per core, unordered.
type Options struct {
	// Workers is the number of parsing goroutines; 0 means one per core.
	Workers int
	// Ordered writes records in input order instead of completion order.
	Ordered bool
	// Skip reports inputs already converted (by content hash) for --resume:
	// they are read and hashed but neither parsed nor written.
	Skip func(sha256 string) bool
	// Progress is called after each input with the totals so far.
	Progress func(p Progress)
	// ParseOptions are passed to parser.Parse.
	ParseOptions []parser.Option
}

// Progress is a snapshot of a running batch.
type Progress struct {
	Done, Total int
	Bytes       int64
	Elapsed     time.Duration
}

// Summary reports a finished run.
type Summary struct {
	Inputs   int            `json:"inputs"`
	Parsed   int            `json:"parsed"`
	Failed   int            `json:"failed"`
	Skipped  int            `json:"skipped"`
	Bytes    int64          `json:"bytes"`
	ByType   map[string]int `json:"by_type"`
	ByFormat map[string]int `json:"by_format"`
	Elapsed  time.Duration  `json:"elapsed"`
}

type result struct {
	idx     int
	rec     model.Record
	line    *[]byte // the record as a JSON line from linePool, when the sink takes one
	skipped bool
	bytes   int64
}

// Run parses every input on a pool of workers and writes one record per input
// to sink. A failing input yields an error record; only a failing sink (or a
// cancelled context) stops the run. Memory stays bounded: each worker holds
// one document, and at most a few results wait to be written.
func Run(ctx context.Context, inputs []Input, sink Sink, opt Options) (Summary, error) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	start := time.Now()
	sum := Summary{Inputs: len(inputs), ByType: map[string]int{}, ByFormat: map[string]int{}}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// window bounds the inputs in flight, so that ordered output cannot pile up
	// behind one slow document
	window := make(chan struct{}, workers*4)
	jobs := make(chan job, workers)
	results := make(chan result, workers*2)

	// With fewer workers than cores, a core would idle: the goroutine that
	// feeds the workers reads and hashes the inputs ahead of them, and the
	// one that writes encodes, so that the workers only parse. With a worker
	// per core, each worker does it all, which spreads the work evenly.
	spare := workers < runtime.GOMAXPROCS(0)
	go func() {
		defer close(jobs)
		for i := range inputs {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			j := job{idx: i}
			if spare {
				j.loaded = true
				j.rec, j.src = load(inputs[i])
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	es, encoded := sink.(EncodedSink)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if !j.loaded {
					j.rec, j.src = load(inputs[j.idx])
				}
				r := parse(j.rec, j.src, opt)
				r.idx = j.idx
				if encoded && !r.skipped && !spare {
					r.line = encodeLine(&r.rec)
				}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var werr error
	pending := map[int]result{}
	next := 0
	done := 0
	emit := func(r result) {
		<-window
		done++
		sum.Bytes += r.bytes
		switch {
		case r.skipped:
			sum.Skipped++
		case r.rec.Error != nil:
			sum.Failed++
		default:
			sum.Parsed++
			sum.ByType[r.rec.Document.Type]++
		}
		if !r.skipped {
			sum.ByFormat[r.rec.Format]++
			if werr == nil {
				var err error
				if encoded && r.line == nil {
					r.line = encodeLine(&r.rec)
				}
				if encoded && r.line != nil {
					err = es.WriteEncoded(r.rec, *r.line)
				} else {
					err = sink.Write(r.rec)
				}
				if err != nil {
					werr = fmt.Errorf("batch: writing %s: %w", r.rec.Path, err)
					cancel()
				}
			}
		}
		if r.line != nil {
			linePool.Put(r.line)
		}
		if opt.Progress != nil {
			opt.Progress(Progress{Done: done, Total: len(inputs), Bytes: sum.Bytes, Elapsed: time.Since(start)})
		}
	}
	for r := range results {
		if !opt.Ordered {
			emit(r)
			continue
		}
		pending[r.idx] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			emit(p)
		}
	}
	sum.Elapsed = time.Since(start)
	if werr != nil {
		return sum, werr
	}
	if err := ctx.Err(); err != nil && !errors.Is(err, context.Canceled) {
		return sum, err
	}
	return sum, nil
}

// job is one input on its way to a worker, read and hashed already when
// loaded is set.
type job struct {
	idx    int
	loaded bool
	rec    model.Record // path, hash and size, or the read error
	src    []byte
}

// convert reads, hashes and parses one input. It never panics: parser.Parse
// recovers internally, and reading errors become error records.
func convert(in Input, opt Options) result {
	rec, src := load(in)
	return parse(rec, src, opt)
}

// load reads and hashes one input: a record with its path, hash and size, or
// with the read error.
func load(in Input) (model.Record, []byte) {
	rec := model.Record{Path: in.Path}
	src, err := in.Read()
	if err != nil {
		rec.Error = &model.RecordError{Stage: "read", Message: err.Error()}
		return rec, nil
	}
	sum := sha256.Sum256(src)
	rec.SHA256 = hex.EncodeToString(sum[:])
	rec.Size = int64(len(src))
	return rec, src
}

// parse completes the record load began: skipped, parsed, or failed.
func parse(rec model.Record, src []byte, opt Options) result {
	if rec.Error != nil {
		return result{rec: rec}
	}
	if opt.Skip != nil && opt.Skip(rec.SHA256) {
		return result{rec: rec, skipped: true, bytes: rec.Size}
	}
	doc, err := parser.Parse(src, opt.ParseOptions...)
	if err != nil {
		// the decode stage names the format it recognised; an input too large
		// to read is refused before it has one
		stage, format := "parse", "unknown"
		var pe *parser.ParseError
		if errors.As(err, &pe) && pe.Format != "" {
			stage, format = "decode", pe.Format
		} else if errors.Is(err, parser.ErrTooLarge) {
			stage = "decode"
		}
		rec.Error = &model.RecordError{Stage: stage, Message: err.Error()}
		rec.Format = format
		return result{rec: rec, bytes: rec.Size}
	}
	rec.Format = doc.Source.Format
	rec.Encoding = doc.Source.Encoding
	rec.Document = doc
	return result{rec: rec, bytes: rec.Size}
}

// String renders the summary for a terminal: counts, failures, speed, and the
// counts by type and format.
func (s Summary) String() string {
	var b strings.Builder
	secs := s.Elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	fmt.Fprintf(&b, "%d inputs: %d parsed, %d failed, %d skipped (already converted) in %s — %.1f documents/s, %.1f MB/s\n",
		s.Inputs, s.Parsed, s.Failed, s.Skipped, s.Elapsed.Round(time.Millisecond),
		float64(s.Parsed+s.Failed)/secs, float64(s.Bytes)/1e6/secs)
	writeCounts(&b, "by format", s.ByFormat)
	writeCounts(&b, "by type", s.ByType)
	return b.String()
}

func writeCounts(b *strings.Builder, title string, m map[string]int) {
	if len(m) == 0 {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Fprintf(b, "%s:", title)
	for _, k := range keys {
		name := k
		if name == "" {
			name = "(none)"
		}
		fmt.Fprintf(b, " %s %d;", name, m[k])
	}
	b.WriteString("\n")
}
