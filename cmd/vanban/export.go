package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/vnlegal/vanban/archive"
)

const exportUsage = `vanban export INPUT [--format archive-csv|archive-json|archive-xml] [-o FILE]
              [--set "FIELD=VALUE" ...] [--file-code PATTERN] [--validate]

Writes the archival metadata record (Thông tư 02/2019/TT-BNV, 23 fields) of
every document of a batch output: INPUT is a JSON-lines file written by
vanban batch, a SQLite store written by vanban batch --db, or - (JSON lines on
standard input). CSV (for Excel: UTF-8 with BOM, Vietnamese headings) is the
default; JSON and XML use the fields' codes. Fields vanban cannot know stay
empty unless --set or --file-code supplies them. --validate prints, per
document, the required fields still empty, and a summary, to standard error.

Examples:
  vanban export out.jsonl -o records.csv --set "Mã cơ quan lưu trữ=G09" \
      --set "Thời hạn bảo quản=01" --file-code "{hoso}/{stt}_*" --validate

Flags:
`

// setFlags collects repeated --set FIELD=VALUE flags.
type setFlags map[string]string

func (s setFlags) String() string { return "" }

func (s setFlags) Set(v string) error {
	k, val, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(k) == "" {
		return fmt.Errorf("want FIELD=VALUE, got %q", v)
	}
	s[strings.TrimSpace(k)] = val
	return nil
}

func cmdExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, exportUsage)
		fs.PrintDefaults()
	}
	format := fs.String("format", archive.FormatCSV, "archive-csv, archive-json or archive-xml")
	out := fs.String("o", "", "output file; standard output when empty")
	set := setFlags{}
	fs.Var(set, "set", `a constant for every record, "FIELD=VALUE" (field code or label, "Mã cơ quan lưu trữ", "Mã hồ sơ"); repeatable`)
	fileCode := fs.String("file-code", "", `pattern reading the mã hồ sơ and số thứ tự from each path, e.g. "{hoso}/{stt}_*"`)
	validate := fs.Bool("validate", false, "print the required fields still empty per document, and a summary, to standard error")
	sep := fs.String("csv-sep", ",", `CSV separator ("," or ";")`)
	// flags may follow INPUT: parse the input name off first
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		args = append(args[1:], args[0])
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 || len([]rune(*sep)) != 1 {
		fs.Usage()
		return 2
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "vanban export: %v\n", err)
			return 1
		}
		defer f.Close()
		w = f
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	sum, err := archive.Export(ctx, fs.Arg(0), w, archive.Options{
		Format: *format, Set: set, FileCode: *fileCode, Comma: []rune(*sep)[0], Stdin: stdin,
	})
	if err != nil {
		fmt.Fprintf(stderr, "vanban export: %v\n", err)
		return 1
	}
	if *validate {
		if err := sum.WriteReport(stderr); err != nil {
			return 1
		}
	} else if *out != "" {
		fmt.Fprintf(stderr, "%d records (%d complete) → %s\n", sum.Records, sum.Complete, *out)
	}
	return 0
}
