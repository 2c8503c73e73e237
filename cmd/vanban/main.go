// Command vanban turns Vietnamese official documents into structured data.
//
// Usage:
//
//	vanban parse [--with-text] [--compact] FILE|-
//
// parse prints the document model as one JSON object (schema in README.md).
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser"
)

const usage = `vanban turns Vietnamese official documents into structured data.

Usage:
  vanban parse [--with-text] [--compact] FILE|-   print the document model as JSON

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
	var doc *model.Document
	var err error
	if fs.Arg(0) == "-" {
		doc, err = parser.ParseReader(stdin, opts...)
	} else {
		doc, err = parser.ParseFile(fs.Arg(0), opts...)
	}
	if err != nil {
		fmt.Fprintf(stderr, "vanban parse: %v\n", err)
		var pe *parser.ParseError
		if errors.As(err, &pe) {
			return 1
		}
		return 1
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if !*compact {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(doc); err != nil {
		fmt.Fprintf(stderr, "vanban parse: %v\n", err)
		return 1
	}
	return 0
}
