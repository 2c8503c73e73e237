package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
	"golang.org/x/text/unicode/norm"

	"github.com/vnlegal/vanban/parser"
	"github.com/vnlegal/vanban/parser/decode"
)

// decodeText is the one place the command reaches into the decode stage: its
// input comes through readInput, so text refuses what parse refuses, and its
// errors are the parser's, so they are worded alike.
// TODO(merge): call the parser's text function once package parser has one
// (issue 13); package parser was being split while this command was written.
func decodeText(src []byte) (*decode.Result, error) {
	res, err := decode.Decode(src)
	switch {
	case err == nil:
		return res, nil
	case decode.Sniff(src) == decode.FormatBinary:
		return nil, fmt.Errorf("%w: %w", parser.ErrNotText, err)
	case errors.Is(err, decode.ErrUnsupported):
		return nil, fmt.Errorf("%w: %w", parser.ErrUnsupportedFormat, err)
	case errors.Is(err, decode.ErrTooDeep):
		return nil, fmt.Errorf("%w: %w", parser.ErrLimit, err)
	}
	return nil, err
}

func newTextCommand(std streams) *cobra.Command {
	var in inputFlags
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
		Args: exactlyOne("FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := in.validate(); err != nil {
				return err
			}
			src, err := readInput(args[0], std.stdin, in.maxSize)
			if err != nil {
				return failf("%s", describe(args[0], err))
			}
			res, derr := decodeText(src)
			if derr != nil && !detect {
				return failf("%s", describe(args[0], derr))
			}
			werr := writeTo(in.output, std.stdout, func(w io.Writer) error {
				if detect {
					return writeDetect(w, src, res, derr)
				}
				if _, err := w.Write(norm.NFC.Bytes(res.Text)); err != nil {
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
				return failf("%s", describe(args[0], derr))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&detect, "detect", false, "print the detected format, encoding and confidence instead of the text")
	in.register(cmd)
	return cmd
}

// writeDetect prints what --detect reports: the format, encoding and
// confidence, the decoder's warnings, or the error when decoding failed.
func writeDetect(w io.Writer, src []byte, res *decode.Result, derr error) error {
	if derr != nil {
		_, err := fmt.Fprintf(w, "format: %s\nencoding: unknown\nconfidence: 0\nerror: %s\n", decode.Sniff(src), explain(derr))
		return err
	}
	if _, err := fmt.Fprintf(w, "format: %s\nencoding: %s\nconfidence: %.2f\n", res.Format, res.Encoding, res.Confidence); err != nil {
		return err
	}
	for _, warn := range res.Warnings {
		if _, err := fmt.Fprintf(w, "warning: %s\n", warn); err != nil {
			return err
		}
	}
	return nil
}
