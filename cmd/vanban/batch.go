package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/vnlegal/vanban/batch"
	"github.com/vnlegal/vanban/parser"
	"github.com/vnlegal/vanban/store"
)

func newBatchCommand(std streams) *cobra.Command {
	var (
		workers                        int
		output, db                     string
		ordered, resume, strict, quiet bool
	)
	cmd := &cobra.Command{
		Use:   "batch [flags] PATH|GLOB|ZIP|- ...",
		Short: "convert many documents to JSON lines (and a SQLite store)",
		Long: `Parse every document (directories are walked, globs expanded, zip archives
opened, "-" reads a list of paths from standard input) on a pool of workers
and write one JSON line per input to standard output or -o FILE: a document,
or an error record (path, stage, message). No input is dropped: a path that
names nothing or a glob that matches nothing is an error record too.

The exit status is 0 unless --strict and an input failed (1); the summary on
standard error counts the failures.`,
		Example: `  vanban batch ../shared/corpus -o corpus.jsonl
  vanban batch ../shared/corpus --db corpus.sqlite -o corpus.jsonl -j 2
  vanban batch 'archive/*.docx' letters.zip --strict -o out.jsonl
  find . -name '*.html' | vanban batch - > pages.jsonl
  vanban batch ../shared/corpus -o corpus.jsonl --resume`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return errors.New("batch wants at least one PATH, GLOB, ZIP or -")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if workers < 1 {
				return fmt.Errorf("-j %d: want at least 1 worker", workers)
			}
			if resume && output == "" && db == "" {
				return errors.New("--resume needs -o FILE or --db FILE")
			}
			inputs, err := batch.Expand(args, std.stdin)
			if err != nil {
				return failf("%s", explain(err))
			}
			opts := batch.OutputOptions{JSONL: output, Stdout: std.stdout, Resume: resume}
			if db != "" {
				st, err := store.Open(db)
				if err != nil {
					return failf("%s", describe(db, err))
				}
				defer st.Close()
				opts.Store = st
			}
			outs, err := batch.OpenOutputs(opts)
			if err != nil {
				return failf("%s", describe(output, err))
			}
			parser.SetPDFWorkers(workers)
			opt := batch.Options{Workers: workers, Ordered: ordered, Skip: outs.Skip}
			if !quiet && isTerminal(std.stderr) {
				bar := newProgressBar(std.stderr, len(inputs))
				opt.Progress = func(p batch.Progress) {
					mbps := float64(p.Bytes) / 1e6 / max(p.Elapsed.Seconds(), 1e-9)
					bar.Describe(fmt.Sprintf("parsing %.1f MB/s", mbps))
					_ = bar.Set(p.Done)
				}
				defer bar.Finish()
			}

			// Parsing allocates briskly and the documents in flight are few: a
			// lazier collector buys throughput for little memory.
			debug.SetGCPercent(400)
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
			defer stop()
			sum, err := batch.Run(ctx, inputs, outs.Sink, opt)
			if cerr := outs.Close(); cerr != nil && err == nil {
				err = cerr
			}
			if !quiet {
				fmt.Fprint(std.stderr, sum.String())
			}
			if err != nil {
				return failf("%s", explain(err))
			}
			if strict && sum.Failed > 0 {
				return silentFailure{}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVarP(&workers, "jobs", "j", runtime.GOMAXPROCS(0), "`N` parallel workers")
	f.StringVarP(&output, "output", "o", "", "write the JSON lines to `FILE` instead of standard output")
	f.StringVar(&db, "db", "", "also write documents, sections, references and mentions into the SQLite store `FILE`\n(created if missing; a re-run updates it); without -o, no JSON lines are written")
	f.BoolVar(&ordered, "ordered", false, "write the records in input order")
	f.BoolVar(&resume, "resume", false, "skip inputs whose content hash already has a record in the output (-o and/or --db)")
	f.BoolVar(&strict, "strict", false, "exit with status 1 when any input failed")
	f.BoolVarP(&quiet, "quiet", "q", false, "no progress bar and no summary")
	return cmd
}

func newProgressBar(w io.Writer, total int) *progressbar.ProgressBar {
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("parsing"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100_000_000),
		progressbar.OptionClearOnFinish(),
	)
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
