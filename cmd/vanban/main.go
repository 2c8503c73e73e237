// Command vanban turns Vietnamese official documents into structured data.
//
// Usage:
//
//	vanban parse [--with-text] [--compact] FILE|-
//	vanban refs [--format json|table] FILE|-
//	vanban text [--detect] FILE|-
//	vanban batch [-j N] [-o FILE] [--ordered] [--resume] [--strict] PATH|GLOB|ZIP|- ...
//	vanban graph INPUT [--format json|csv|graphml|dot|html] [-o PATH]
//	vanban export INPUT [--format archive-csv|archive-json|archive-xml] [-o FILE] [--set K=V] [--file-code PATTERN] [--validate]
//
// parse prints the document model as one JSON object (schema in README.md);
// refs prints only the documents it cites.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser"
)

const usage = `vanban turns Vietnamese official documents into structured data.

Usage:
  vanban parse [--with-text] [--compact] FILE|-   print the document model as JSON
  vanban refs [--format json|table] FILE|-        print the documents it cites
  vanban text [--detect] FILE|-                    print the recovered Unicode text (NFC)
  vanban batch [-j N] [-o FILE] [--ordered] [--resume] [--strict] PATH|GLOB|ZIP|- ...
                                                  convert many documents to JSON lines
  vanban graph INPUT [--format json|csv|graphml|dot|html] [-o PATH]
  vanban graph INPUT --most-cited N | --cited-by ID | --cites ID [--depth N] | --validity ID
                                                  the citation graph of a batch output
  vanban export INPUT [--format archive-csv|archive-json|archive-xml] [-o FILE]
               [--set "FIELD=VALUE" ...] [--file-code PATTERN] [--validate]
                                                  the archival metadata records (TT 02/2019/TT-BNV)

FILE "-" reads standard input.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit status, so tests can
// call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "parse":
		return cmdParse(args[1:], stdin, stdout, stderr)
	case "refs":
		return cmdRefs(args[1:], stdin, stdout, stderr)
	case "batch":
		return cmdBatch(args[1:], stdin, stdout, stderr)
	case "text":
		return cmdText(args[1:], stdin, stdout, stderr)
	case "graph":
		return cmdGraph(args[1:], stdin, stdout, stderr)
	case "export":
		return cmdExport(args[1:], stdin, stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "vanban: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
}

func cmdParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	withText := fs.Bool("with-text", false, "include the normalised text that spans point into")
	compact := fs.Bool("compact", false, "print JSON on one line")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprint(stderr, "vanban parse: want exactly one FILE (or - for standard input)\n")
		return 2
	}
	var opts []parser.Option
	if *withText {
		opts = append(opts, parser.WithText())
	}
	doc, err := parseArg(fs.Arg(0), stdin, opts...)
	if err != nil {
		fmt.Fprintf(stderr, "vanban parse: %v\n", err)
		return 1
	}
	if err := writeJSON(stdout, doc, !*compact); err != nil {
		fmt.Fprintf(stderr, "vanban parse: %v\n", err)
		return 1
	}
	return 0
}

// parseArg parses the file named by arg, or standard input for "-".
func parseArg(arg string, stdin io.Reader, opts ...parser.Option) (*model.Document, error) {
	if arg == "-" {
		return parser.ParseReader(stdin, opts...)
	}
	return parser.ParseFile(arg, opts...)
}

func writeJSON(w io.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}

// refsOutput is what `vanban refs` prints as JSON.
type refsOutput struct {
	Number         string            `json:"number"`
	Type           string            `json:"type"`
	References     []model.Reference `json:"references"`
	SelfReferences []model.Mention   `json:"self_references"`
}

func cmdRefs(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("refs", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output format: json or table")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 || (*format != "json" && *format != "table") {
		fmt.Fprint(stderr, "vanban refs: want [--format json|table] FILE (or - for standard input)\n")
		return 2
	}
	doc, err := parseArg(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "vanban refs: %v\n", err)
		return 1
	}
	if *format == "json" {
		out := refsOutput{Number: doc.Number, Type: doc.Type, References: doc.References, SelfReferences: doc.SelfReferences}
		if err := writeJSON(stdout, out, true); err != nil {
			fmt.Fprintf(stderr, "vanban refs: %v\n", err)
			return 1
		}
		return 0
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RELATION\tTYPE\tNUMBER / NAME\tDATE\tISSUER\tMENTIONS")
	for _, r := range doc.References {
		what := r.Number
		if what == "" {
			what = r.Title
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\n", r.Relation, r.Type, clip(what, 60), r.Date, clip(r.Issuer, 40), len(r.Mentions))
	}
	if err := tw.Flush(); err != nil {
		return 1
	}
	return 0
}

// clip shortens s to n runes for a table cell.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
