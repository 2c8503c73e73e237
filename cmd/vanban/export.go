package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vnlegal/vanban/archive"
)

// exportFlags are the flags of `vanban export`.
type exportFlags struct {
	format, output, fileCode, sep string
	set                           []string
	validate, quiet               bool
}

var exportFormats = []string{archive.FormatCSV, archive.FormatJSON, archive.FormatXML}

func newExportCommand(std streams) *cobra.Command {
	var ef exportFlags
	cmd := &cobra.Command{
		Use:   "export [flags] INPUT",
		Short: "the archival metadata record of every document of a batch output",
		Long: `Write the archival metadata record (Thông tư 02/2019/TT-BNV, 23 fields) of
every document of a batch output: INPUT is a JSON-lines file written by vanban
batch, a SQLite store written by vanban batch --db, or - (JSON lines on
standard input). CSV (for Excel: UTF-8 with BOM, Vietnamese headings, one row
per document after the source path) is the default; JSON and XML use the
fields' codes. Fields vanban cannot know stay empty unless --set or
--file-code supplies them. --validate prints, per document, the required
fields still empty, and a summary, to standard error.`,
		Example: `  vanban export corpus.jsonl -o records.csv
  vanban export corpus.sqlite -f archive-xml -o records.xml
  vanban export out.jsonl -o records.csv --set "Mã cơ quan lưu trữ=G09" \
      --set "Thời hạn bảo quản=01" --file-code "{hoso}/{stt}_*" --validate`,
		Args: exactlyOne("INPUT"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := oneOf("format", ef.format, exportFormats...); err != nil {
				return err
			}
			if len([]rune(ef.sep)) != 1 {
				return fmt.Errorf("--csv-sep %q: want one character", ef.sep)
			}
			set := map[string]string{}
			for _, kv := range ef.set {
				k, v, ok := strings.Cut(kv, "=")
				if !ok || strings.TrimSpace(k) == "" {
					return fmt.Errorf("--set %q: want FIELD=VALUE", kv)
				}
				set[strings.TrimSpace(k)] = v
			}
			return runExport(std, args[0], ef, set)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&ef.format, "format", "f", archive.FormatCSV, "output `FORMAT`: "+strings.Join(exportFormats, ", "))
	f.StringVarP(&ef.output, "output", "o", "", "write to `FILE` instead of standard output")
	f.StringArrayVar(&ef.set, "set", nil, "a constant for every record, `FIELD=VALUE` (field code or label, \"Mã cơ quan lưu trữ\", \"Mã hồ sơ\"); repeatable")
	f.StringVar(&ef.fileCode, "file-code", "", "`PATTERN` reading the mã hồ sơ and số thứ tự from each path, e.g. \"{hoso}/{stt}_*\"")
	f.BoolVar(&ef.validate, "validate", false, "print the required fields still empty per document, and a summary, to standard error")
	f.StringVar(&ef.sep, "csv-sep", ",", "CSV `SEPARATOR` (\",\" or \";\")")
	f.BoolVarP(&ef.quiet, "quiet", "q", false, "no summary line on standard error when writing to -o")
	_ = cmd.RegisterFlagCompletionFunc("format", completeWords(exportFormats...))
	return cmd
}

// runExport writes the records and, with --validate, the clerk's worklist.
func runExport(std streams, input string, ef exportFlags, set map[string]string) error {
	w, done, err := openOutput(ef.output, std.stdout)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	sum, err := archive.Export(ctx, input, w, archive.Options{
		Format: ef.format, Set: set, FileCode: ef.fileCode, Comma: []rune(ef.sep)[0], Stdin: std.stdin,
	})
	if cerr := done(); err == nil {
		err = cerr
	}
	if err != nil {
		return failf("%s", describe(input, err))
	}
	switch {
	case ef.validate:
		if err := sum.WriteReport(std.stderr); err != nil {
			return failf("%s", describe("standard error", err))
		}
	case ef.output != "" && ef.output != "-" && !ef.quiet:
		fmt.Fprintf(std.stderr, "%d records (%d complete) → %s\n", sum.Records, sum.Complete, ef.output)
	}
	return nil
}
