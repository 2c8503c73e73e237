package main

import (
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser"
)

// defaultMaxSize is the parser's default size limit, and the default of
// --max-size for every command that reads one document.
const defaultMaxSize = 64 << 20

// inputFlags are the flags of the commands that read one document: parse,
// refs and text read it through the same size limit.
type inputFlags struct {
	maxSize int64
	output  string
}

// validate checks the flags' values, as a usage error.
func (f *inputFlags) validate() error {
	if f.maxSize < 1 {
		return fmt.Errorf("--max-size %d: want at least 1", f.maxSize)
	}
	return nil
}

// register adds the input flags to cmd.
func (f *inputFlags) register(cmd *cobra.Command) {
	cmd.Flags().Int64Var(&f.maxSize, "max-size", defaultMaxSize, "refuse inputs larger than `BYTES`")
	cmd.Flags().StringVarP(&f.output, "output", "o", "", "write to `FILE` instead of standard output")
}

// oneDocumentCommand completes cmd, which states its text and its own flags,
// as a command that reads one document: it takes exactly one FILE (or "-"),
// adds the input flags, checks them as a usage error and then calls run with
// them and the argument. A check of the command's own flags that must come
// first goes in cmd.PreRunE, which cobra calls before RunE.
func oneDocumentCommand(cmd *cobra.Command, run func(in inputFlags, arg string) error) *cobra.Command {
	var in inputFlags
	cmd.Args = exactlyOne("FILE")
	cmd.RunE = func(_ *cobra.Command, args []string) error {
		if err := in.validate(); err != nil {
			return err
		}
		return run(in, args[0])
	}
	in.register(cmd)
	return cmd
}

// readInput reads the file named by arg, or standard input for "-", refusing
// more than maxSize bytes: a file is refused before it is read, a stream as
// soon as it passes the limit.
func readInput(arg string, stdin io.Reader, maxSize int64) ([]byte, error) {
	var r io.Reader = stdin
	if arg != "-" {
		f, err := os.Open(arg)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > maxSize {
			return nil, tooLargeError{size: st.Size(), limit: maxSize}
		}
		r = f
	}
	src, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, err
	}
	if int64(len(src)) > maxSize {
		return nil, tooLargeError{size: int64(len(src)), limit: maxSize}
	}
	return src, nil
}

// parseInput reads and parses the document named by arg, with the error
// worded for the user.
func parseInput(arg string, stdin io.Reader, in inputFlags, opts ...parser.Option) (*model.Document, error) {
	src, err := readInput(arg, stdin, in.maxSize)
	if err == nil {
		var doc *model.Document
		doc, err = parser.Parse(src, append(opts, parser.WithMaxSize(in.maxSize))...)
		if err == nil {
			return doc, nil
		}
	}
	return nil, failf("%s", describe(arg, err))
}

func newParseCommand(std streams) *cobra.Command {
	var withText, compact bool
	cmd := &cobra.Command{
		Use:   "parse [flags] FILE|-",
		Short: "print the document model as JSON",
		Long: `Parse one document and print its model as one JSON object (the schema is in
README.md). The format (text, HTML, DOCX, .doc, RTF) and the encoding are
detected from the content. A readable document with problems still prints,
with warnings; an input that cannot be read or is not a document exits 1.`,
		Example: `  vanban parse testdata/000_7238115e741023af.txt
  vanban parse --compact -o doc.json kehoach.docx
  cat kehoach.txt | vanban parse -`,
	}
	cmd.Flags().BoolVar(&withText, "with-text", false, "include the normalised text that spans point into")
	cmd.Flags().BoolVar(&compact, "compact", false, "print the JSON on one line")
	return oneDocumentCommand(cmd, func(in inputFlags, arg string) error {
		var opts []parser.Option
		if withText {
			opts = append(opts, parser.WithText())
		}
		doc, err := parseInput(arg, std.stdin, in, opts...)
		if err != nil {
			return err
		}
		return writeTo(in.output, std.stdout, func(w io.Writer) error { return writeJSON(w, doc, !compact) })
	})
}

// writeTo opens -o (or standard output), writes with fn and closes, turning
// any failure into an input failure.
func writeTo(path string, stdout io.Writer, fn func(w io.Writer) error) error {
	w, done, err := openOutput(path, stdout)
	if err != nil {
		return err
	}
	werr := fn(w)
	derr := done()
	if werr != nil {
		return failf("%s", describe(outputName(path), werr))
	}
	return derr
}

// outputName names an output in messages.
func outputName(path string) string {
	if path == "" || path == "-" {
		return "standard output"
	}
	return path
}

// refsOutput is what `vanban refs` prints as JSON.
type refsOutput struct {
	Number         string            `json:"number"`
	Type           string            `json:"type"`
	References     []model.Reference `json:"references"`
	SelfReferences []model.Mention   `json:"self_references"`
}

func newRefsCommand(std streams) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "refs [flags] FILE|-",
		Short: "print the documents a document cites",
		Long: `Parse one document and print only the documents it cites: as JSON (number,
type, references, self_references) or as a table (relation, type, number or
name, date, issuer, mentions).`,
		Example: `  vanban refs testdata/000_7238115e741023af.txt -f table`,
		PreRunE: func(*cobra.Command, []string) error {
			return oneOf("format", format, "json", "table")
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "json", "output `FORMAT`: json or table")
	_ = cmd.RegisterFlagCompletionFunc("format", completeWords("json", "table"))
	return oneDocumentCommand(cmd, func(in inputFlags, arg string) error {
		doc, err := parseInput(arg, std.stdin, in)
		if err != nil {
			return err
		}
		return writeTo(in.output, std.stdout, func(w io.Writer) error {
			if format == "json" {
				return writeJSON(w, refsOutput{Number: doc.Number, Type: doc.Type, References: doc.References, SelfReferences: doc.SelfReferences}, true)
			}
			return writeRefsTable(w, doc.References)
		})
	})
}

func writeRefsTable(w io.Writer, refs []model.Reference) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RELATION\tTYPE\tNUMBER / NAME\tDATE\tISSUER\tMENTIONS")
	for _, r := range refs {
		what := r.Number
		if what == "" {
			what = r.Title
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\n", r.Relation, r.Type, clip(what, 60), r.Date, clip(r.Issuer, 40), len(r.Mentions))
	}
	return tw.Flush()
}

// clip shortens s to n runes for a table cell.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
