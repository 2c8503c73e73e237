package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/vnlegal/vanban/parser"
)

func newTextCommand(std streams) *cobra.Command {
	var detect bool
	cmd := &cobra.Command{
		Use:   "text [flags] FILE|-",
		Short: "print the recovered Unicode text (NFC)",
		Long: `Decode one document and print its text as Unicode (NFC): web pages, Word
files and RTF lose their markup, legacy encodings (TCVN3, VNI, Windows-1258,
VIQR) are converted. --detect prints the detected format, encoding and
confidence instead.`,
		Example: `  vanban text old-decision.doc
  vanban text --detect page.html`,
	}
	cmd.Flags().BoolVar(&detect, "detect", false, "print the detected format, encoding and confidence instead of the text")
	return oneDocumentCommand(cmd, func(in inputFlags, arg string) error {
		src, err := readInput(arg, std.stdin, in.maxSize)
		if err != nil {
			return failf("%s", describe(arg, err))
		}
		res, derr := parser.Decode(src, parser.WithMaxSize(in.maxSize))
		if derr != nil && !detect {
			return failf("%s", describe(arg, derr))
		}
		werr := writeTo(in.output, std.stdout, func(w io.Writer) error {
			if detect {
				return writeDetect(w, res, derr)
			}
			if _, err := io.WriteString(w, res.Text); err != nil {
				return err
			}
			if n := len(res.Text); n > 0 && res.Text[n-1] != '\n' {
				_, err := fmt.Fprintln(w)
				return err
			}
			return nil
		})
		if werr != nil {
			return werr
		}
		if derr != nil {
			return failf("%s", describe(arg, derr))
		}
		return nil
	})
}

// writeDetect prints what --detect reports: the format, encoding and
// confidence, the decoder's warnings, or the error when decoding failed.
func writeDetect(w io.Writer, res *parser.Decoded, derr error) error {
	if derr != nil {
		format := "unknown"
		var pe *parser.ParseError
		if errors.As(derr, &pe) && pe.Format != "" {
			format = pe.Format
		}
		_, err := fmt.Fprintf(w, "format: %s\nencoding: unknown\nconfidence: 0\nerror: %s\n", format, explain(derr))
		return err
	}
	if _, err := fmt.Fprintf(w, "format: %s\nencoding: %s\nconfidence: %.2f\n", res.Source.Format, res.Source.Encoding, res.Source.Confidence); err != nil {
		return err
	}
	for _, warn := range res.Warnings {
		if _, err := fmt.Fprintf(w, "warning: %s\n", warn); err != nil {
			return err
		}
	}
	return nil
}
