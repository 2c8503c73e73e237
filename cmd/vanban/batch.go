package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/schollz/progressbar/v3"

	"github.com/vnlegal/vanban/batch"
)

const batchUsage = `vanban batch [flags] PATH|GLOB|ZIP|- ...

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
	strict := fs.Bool("strict", false, "exit with status 1 when any input failed")
	quiet := fs.Bool("quiet", false, "no progress bar and no summary")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	if *resume && *out == "" {
		fmt.Fprintln(stderr, "vanban batch: --resume needs -o FILE")
		return 2
	}
	inputs, err := batch.Expand(fs.Args(), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "vanban batch: %v\n", err)
		return 1
	}

	var sink batch.Sink
	var skip func(string) bool
	switch {
	case *out != "" && *resume:
		f, done, err := batch.OpenJSONLForResume(*out)
		if err != nil {
			fmt.Fprintf(stderr, "vanban batch: %v\n", err)
			return 1
		}
		defer f.Close()
		sink = batch.NewJSONLWriter(f)
		skip = func(sha string) bool { return done[sha] }
	case *out != "":
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "vanban batch: %v\n", err)
			return 1
		}
		defer f.Close()
		sink = batch.NewJSONLWriter(f)
	default:
		sink = batch.NewJSONLWriter(stdout)
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

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	sum, err := batch.Run(ctx, inputs, sink, opt)
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
