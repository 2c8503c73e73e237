package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// versionString is the module version and the VCS revision the binary was
// built from, as the Go toolchain recorded them: "(devel)" for a build from
// a checkout, the tag for `go install …@v1.2.3`; the revision is missing
// when the build did not stamp it (-buildvcs=false, or no git).
func versionString() string {
	version, revision, modified, when := "(devel)", "unknown", false, ""
	if info, ok := debug.ReadBuildInfo(); ok {
		if info.Main.Version != "" {
			version = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			case "vcs.time":
				when = s.Value
			}
		}
	}
	s := fmt.Sprintf("vanban %s\nrevision: %s", version, revision)
	if modified {
		s += " (modified)"
	}
	if when != "" {
		s += "\ncommitted: " + when
	}
	return s + "\ngo: " + runtime.Version()
}

func newVersionCommand(std streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "print the version, the VCS revision and the Go version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintln(std.stdout, versionString())
			return err
		},
	}
}
