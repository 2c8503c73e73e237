package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/unicode/norm"

	"github.com/vnlegal/vanban/parser/decode"
)

func cmdText(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("text", flag.ContinueOnError)
	fs.SetOutput(stderr)
	detect := fs.Bool("detect", false, "print the detected format and encoding instead of the text")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprint(stderr, "vanban text: want [--detect] FILE (or - for standard input)\n")
		return 2
	}
	var src []byte
	var err error
	if fs.Arg(0) == "-" {
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(fs.Arg(0))
	}
	if err != nil {
		fmt.Fprintf(stderr, "vanban text: %v\n", err)
		return 1
	}
	res, err := decode.Decode(src)
	if err != nil {
		if *detect {
			fmt.Fprintf(stdout, "format: %s\nencoding: unknown\nconfidence: 0\nerror: %v\n", decode.Sniff(src), err)
			return 1
		}
		fmt.Fprintf(stderr, "vanban text: %v\n", err)
		return 1
	}
	if *detect {
		fmt.Fprintf(stdout, "format: %s\nencoding: %s\nconfidence: %.2f\n", res.Format, res.Encoding, res.Confidence)
		for _, w := range res.Warnings {
			fmt.Fprintf(stdout, "warning: %s\n", w)
		}
		return 0
	}
	if _, err := stdout.Write(norm.NFC.Bytes(res.Text)); err != nil {
		return 1
	}
	if n := len(res.Text); n > 0 && res.Text[n-1] != '\n' {
		fmt.Fprintln(stdout)
	}
	return 0
}
