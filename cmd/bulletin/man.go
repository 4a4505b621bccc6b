package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

func newManCmd(ios *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "man DIR",
		Short: "Write the manual pages of bulletin and its commands into DIR",
		Long: `Man writes a manual page per command (bulletin.1, bulletin-parse.1, …) into
DIR, generated from the commands' own help, so they never fall behind it.`,
		Example: `  bulletin man /usr/local/share/man/man1 && man bulletin-parse
  bulletin man man1 && MANPATH=$PWD man bulletin`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := args[0]
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			header := &doc.GenManHeader{Title: "BULLETIN", Section: "1", Source: "bulletin " + moduleVersion(), Manual: "bulletin manual"}
			if when, ok := buildTime(); ok {
				header.Date = &when
			}
			if err := doc.GenManTree(cmd.Root(), header, dir); err != nil {
				return err
			}
			fmt.Fprintf(ios.ErrOut, "bulletin: manual pages written to %s\n", dir)
			return nil
		},
	}
}
