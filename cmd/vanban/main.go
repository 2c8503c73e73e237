// Command vanban turns Vietnamese official documents into structured data.
//
// Usage:
//
//	vanban parse [--with-text] [--compact] [--max-size N] [-o FILE] FILE|-
//	vanban refs [-f json|table] [--max-size N] [-o FILE] FILE|-
//	vanban text [--detect] [--max-size N] [-o FILE] FILE|-
//	vanban batch [-j N] [-o FILE] [--db FILE] [--ordered] [--resume] [--strict] [-q] PATH|GLOB|ZIP|- ...
//	vanban graph [-f json|csv|graphml|dot|html] [-o PATH] [-q] INPUT
//	vanban graph [-f json|csv] [-o FILE] INPUT --most-cited N | --cited-by ID | --cites ID [--depth N] | --validity ID
//	vanban version
//	vanban completion bash|zsh|fish|powershell
//
// Flags go before or after the arguments, "--" ends the flags, and -h or
// --help prints a command's help. A flag means the same in every command:
// -o/--output names the file written instead of standard output,
// -f/--format the output format, -j/--jobs the parallel workers, -q/--quiet
// silences progress and summaries on standard error.
//
// Exit status: 0 when everything worked, 1 when an input failed (a file that
// cannot be read or is not a document; with batch only under --strict), 2 for
// a usage error (unknown command or flag, wrong arguments).
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Exit statuses, as documented in the package comment and the README.
const (
	exitOK          = 0
	exitInputFailed = 1
	exitUsage       = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// streams are the standard files of one run, so that tests can call run.
type streams struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// run is main without the process: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	root := newRootCommand(streams{stdin: stdin, stdout: stdout, stderr: stderr})
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}
	if errors.As(err, new(silentFailure)) {
		return exitInputFailed
	}
	var failed inputError
	if errors.As(err, &failed) {
		fmt.Fprintf(stderr, "vanban: %s\n", failed.msg)
		return exitInputFailed
	}
	fmt.Fprintf(stderr, "vanban: %s\nRun '%s --help' for usage.\n", err, cmd.CommandPath())
	return exitUsage
}

// inputError is a failure of an input or an output (exit status 1), already
// worded as one line. Every other error of a command is a usage error
// (status 2).
type inputError struct{ msg string }

func (e inputError) Error() string { return e.msg }

// failf reports an input failure.
func failf(format string, a ...any) error { return inputError{msg: fmt.Sprintf(format, a...)} }

// silentFailure ends a command with status 1 when it has already said why
// (batch --strict with failed inputs: the records and the summary say it).
type silentFailure struct{}

func (silentFailure) Error() string { return "" }

// newRootCommand builds the command tree. Each command is one newXCommand
// added below, with the shared flags of inputFlags or the -o/-f/-q names.
func newRootCommand(std streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "vanban",
		Short: "vanban turns Vietnamese official documents into structured data",
		Long: `vanban turns Vietnamese official documents (administrative, legal and Party
documents) into structured data: header fields, body outline, signers,
recipients, annexes and the documents each one cites.

FILE "-" reads standard input. Flags go before or after the arguments; "--"
ends the flags. Exit status: 0 ok, 1 an input failed, 2 usage error.`,
		Version:       versionString(),
		SilenceErrors: true,
		SilenceUsage:  true,
		// no arguments print the help; an unknown word is a usage error
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("unknown command %q", args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			cmd.SetOut(std.stderr)
			_ = cmd.Help()
			return errors.New("a command is needed")
		},
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.AddCommand(
		newParseCommand(std),
		newRefsCommand(std),
		newTextCommand(std),
		newBatchCommand(std),
		newGraphCommand(std),
		newExportCommand(std),
		newVersionCommand(std),
	)
	return root
}

// exactlyOne is the argument rule of the commands that read one input.
func exactlyOne(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != 1 {
			return fmt.Errorf("%s wants exactly one %s, got %d", cmd.Name(), what, len(args))
		}
		return nil
	}
}

// oneOf checks a flag's value against its choices, as a usage error.
func oneOf(flag, value string, choices ...string) error {
	for _, c := range choices {
		if value == c {
			return nil
		}
	}
	return fmt.Errorf("--%s %q: want %s", flag, value, strings.Join(choices, ", "))
}

// completeWords offers fixed values for a flag in shell completion.
func completeWords(words ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return words, cobra.ShellCompDirectiveNoFileComp
	}
}

// openOutput returns where a command writes: the file named by -o, or
// standard output for "" and "-". The caller calls done, whose error (a
// full disk) is an input failure.
func openOutput(path string, stdout io.Writer) (w io.Writer, done func() error, err error) {
	if path == "" || path == "-" {
		return stdout, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, failf("%s", describe(path, err))
	}
	return f, func() error {
		if err := f.Close(); err != nil {
			return failf("%s", describe(path, err))
		}
		return nil
	}, nil
}

// writeJSON writes v as JSON, indented unless compact, without HTML escapes
// (Vietnamese text and "<" stay readable).
func writeJSON(w io.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}
