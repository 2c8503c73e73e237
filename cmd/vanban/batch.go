package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"

	"github.com/schollz/progressbar/v3"

	"github.com/vnlegal/vanban/batch"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/store"
)

const batchUsage = `vanban batch [flags] PATH|GLOB|ZIP|- ...
vanban batch --db corpus.sqlite [flags] PATH|GLOB|ZIP|- ...

Parses every document (directories are walked, zip archives opened, "-" reads
paths from standard input) and writes one JSON line per input to standard
output or -o FILE: a document, or an error record (path, stage, error). No
input is dropped; the exit status is 0 unless --strict and an input failed.

Flags:
`

func cmdBatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, batchUsage)
		fs.PrintDefaults()
	}
	workers := fs.Int("j", 0, "number of parallel workers (default: one per core)")
	out := fs.String("o", "", "write JSON lines to this file instead of standard output")
	ordered := fs.Bool("ordered", false, "write records in input order")
	resume := fs.Bool("resume", false, "skip inputs whose content hash already has a record in the output (-o or --db)")
	db := fs.String("db", "", "also write documents, sections, references and mentions into this SQLite store (created if missing; re-running updates)")
	strict := fs.Bool("strict", false, "exit with status 1 when any input failed")
	quiet := fs.Bool("quiet", false, "no progress bar and no summary")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	if *resume && *out == "" && *db == "" {
		fmt.Fprintln(stderr, "vanban batch: --resume needs -o FILE or --db FILE")
		return 2
	}
	inputs, err := batch.Expand(fs.Args(), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "vanban batch: %v\n", err)
		return 1
	}

	var sinks []batch.Sink
	var skips []func(string) bool
	switch {
	case *out != "" && *resume:
		f, done, err := batch.OpenJSONLForResume(*out)
		if err != nil {
			fmt.Fprintf(stderr, "vanban batch: %v\n", err)
			return 1
		}
		defer f.Close()
		sinks = append(sinks, batch.NewJSONLWriter(f))
		skips = append(skips, func(sha string) bool { return done[sha] })
	case *out != "":
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "vanban batch: %v\n", err)
			return 1
		}
		defer f.Close()
		sinks = append(sinks, batch.NewJSONLWriter(f))
	case *db == "":
		sinks = append(sinks, batch.NewJSONLWriter(stdout))
	}
	var dbSink *storeSink
	if *db != "" {
		st, err := store.Open(*db)
		if err != nil {
			fmt.Fprintf(stderr, "vanban batch: %v\n", err)
			return 1
		}
		defer st.Close()
		dbSink = &storeSink{st: st}
		sinks = append(sinks, dbSink)
		if *resume {
			skips = append(skips, func(sha string) bool {
				ok, err := st.HasHash(sha)
				return err == nil && ok
			})
		}
	}
	sink := teeSink(sinks)
	var skip func(string) bool
	if len(skips) > 0 {
		// with both outputs, an input is skipped only when every output has it
		skip = func(sha string) bool {
			for _, s := range skips {
				if !s(sha) {
					return false
				}
			}
			return true
		}
	}

	opt := batch.Options{Workers: *workers, Ordered: *ordered, Skip: skip}
	if !*quiet && isTerminal(stderr) {
		bar := progressbar.NewOptions(len(inputs),
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("parsing"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100_000_000),
			progressbar.OptionClearOnFinish(),
		)
		opt.Progress = func(p batch.Progress) {
			mbps := float64(p.Bytes) / 1e6 / max(p.Elapsed.Seconds(), 1e-9)
			bar.Describe(fmt.Sprintf("parsing %.1f MB/s", mbps))
			_ = bar.Set(p.Done)
		}
		defer bar.Finish()
	}

	// Parsing allocates briskly and the documents in flight are few: a lazier
	// collector buys throughput for little memory.
	debug.SetGCPercent(400)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	sum, err := batch.Run(ctx, inputs, sink, opt)
	if dbSink != nil {
		if ferr := dbSink.flush(); ferr != nil && err == nil {
			err = ferr
		}
	}
	if !*quiet {
		fmt.Fprint(stderr, sum.String())
	}
	if err != nil {
		fmt.Fprintf(stderr, "vanban batch: %v\n", err)
		return 1
	}
	if *strict && sum.Failed > 0 {
		return 1
	}
	return 0
}

// isTerminal reports whether w is a character device (a terminal), where a
// progress bar belongs; pipes and files get only the summary.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// teeSink writes every record to each sink in turn.
type teeSink []batch.Sink

func (t teeSink) Write(rec model.Record) error {
	for _, s := range t {
		if err := s.Write(rec); err != nil {
			return err
		}
	}
	return nil
}

// WriteEncoded passes a line encoded on a worker to the sinks that take one.
func (t teeSink) WriteEncoded(rec model.Record, line []byte) error {
	for _, s := range t {
		var err error
		if es, ok := s.(batch.EncodedSink); ok {
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

// storeSink collects records and writes them to the store a hundred at a
// time, in one transaction each: SQLite is fast in batches and slow one row
// at a time.
type storeSink struct {
	st  *store.Store
	buf []model.Record
}

func (s *storeSink) Write(rec model.Record) error {
	s.buf = append(s.buf, rec)
	if len(s.buf) >= 100 {
		return s.flush()
	}
	return nil
}

func (s *storeSink) flush() error {
	if len(s.buf) == 0 {
		return nil
	}
	err := s.st.PutBatch(s.buf)
	s.buf = s.buf[:0]
	return err
}
