package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"

	"bulletin/schema"
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// the module version recorded by the Go toolchain is used.
var version = ""

func newVersionCmd(ios *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the version of bulletin and of its record schema",
		Example: "  bulletin version",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v := version
			if v == "" {
				v = "(devel)"
				if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
					v = bi.Main.Version
				}
			}
			fmt.Fprintf(ios.Out, "bulletin %s (record schema %s)\n", v, schema.Version)
			return nil
		},
	}
}
