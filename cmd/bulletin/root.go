package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// Exit statuses, the one place they are named.
const (
	exitOK     = 0 // every input parsed (or validated clean)
	exitFailed = 1 // some input failed, or validation found errors
	exitUsage  = 2 // the command line was wrong
)

// IOStreams are the streams a command reads and writes.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
}

// exitError carries an exit status out of a command.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// usageError marks an error in how the command was called.
type usageError struct {
	err error
	cmd string // the command whose help to point to, when known
}

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// run runs the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ios := &IOStreams{In: stdin, Out: stdout, ErrOut: stderr}
	root := newRootCmd(ios)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteC()
	var ee exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ee):
		return ee.code
	default:
		fmt.Fprintf(stderr, "bulletin: %v\n", err)
		var ue usageError
		if errors.As(err, &ue) || isFlagError(err) {
			// The help of the command that was called, where it was found:
			// `bulletin parse --fromat` points to `bulletin parse --help`.
			path := ue.cmd
			if path == "" && cmd != nil {
				path = cmd.CommandPath()
			}
			if path == "" {
				path = root.Name()
			}
			fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", path)
			return exitUsage
		}
		return exitFailed
	}
}

func newRootCmd(ios *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "bulletin",
		Short: "Turn Chinese civil-affairs bulletins and notices into structured records",
		Long: `bulletin reads civil-affairs work bulletins (民政工作动态, 简报) and official
notices (公文) as text, often extracted from PDF, and writes one structured
record per document: metadata, items, and per item the dates, quantities,
agencies, people, contacts, phones, tables and targets, each with its source line.`,
		Example: `  bulletin parse issue-39.txt
  bulletin parse --format json notice.txt -o notice.json
  cat issue.txt | bulletin parse -`,
		SilenceUsage:  true,
		SilenceErrors: true,
		// `bulletin --version`, as jq and rg answer it.
		Version:           versionText(),
		DisableAutoGenTag: true, // man pages the same from build to build
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{err: suggestFlag(c, err), cmd: c.CommandPath()}
	})
	root.AddCommand(newParseCmd(ios), newValidateCmd(ios), newSchemaCmd(ios), newVersionCmd(ios))
	root.AddCommand(newManCmd(ios), newRecordHelp())
	root.AddCommand(newViewCmd(ios), newReportCmd(ios))
	return root
}

// isFlagError recognises cobra's own argument errors (unknown command,
// wrong number of arguments), which are usage errors too.
func isFlagError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "accepts ", "requires at least", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
