package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"bulletin/parser"
	"bulletin/schema"
)

// ParseOptions are the settings of one `bulletin parse` run.
type ParseOptions struct {
	IO       *IOStreams
	Inputs   []string
	Format   string
	Output   string
	Encoding string
}

func newParseCmd(ios *IOStreams) *cobra.Command {
	opts := &ParseOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "parse FILE...",
		Short: "Parse bulletins and notices into structured records",
		Long: `Parse reads each FILE (- for standard input) and writes one record per
document: its metadata, its items, and per item the values found in it, each
with the line of the file it came from. A file that cannot be parsed is
reported on standard error; the others are still written.

Exit status: 0 all parsed, 1 some inputs failed, 2 usage error.`,
		Example: `  bulletin parse testdata/corpus/nanyang-2025-12-08-no39.txt
  bulletin parse --format json a.txt b.txt > records.json
  bulletin parse --format jsonl -o records.jsonl *.txt
  iconv -f gbk -t utf-8 old.txt | bulletin parse -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			if _, ok := formats[opts.Format]; !ok {
				return usageError{fmt.Errorf("unknown format %q (want %s)", opts.Format, formatNames())}
			}
			return runParse(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "yaml", "output format: "+formatNames())
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	cmd.Flags().StringVar(&opts.Encoding, "encoding", "", "input encoding (utf-8, gbk, gb18030, utf-16le …); detected when not given")
	return cmd
}

func runParse(opts *ParseOptions) error {
	enc := formats[opts.Format]()
	var out io.Writer = opts.IO.Out
	var file *atomicFile
	if opts.Output != "" {
		f, err := createAtomic(opts.Output)
		if err != nil {
			return err
		}
		file = f
		out = f
	}
	bw := bufio.NewWriter(out)
	failed, written := 0, 0
	err := func() error {
		if err := enc.Begin(bw, len(opts.Inputs)); err != nil {
			return err
		}
		for _, path := range opts.Inputs {
			rec, err := parseInput(path, opts)
			if err != nil {
				failed++
				fmt.Fprintf(opts.IO.ErrOut, "bulletin: %v\n", err)
				if err := enc.Failure(bw, path, err); err != nil {
					return err
				}
				continue
			}
			if err := enc.Record(bw, rec); err != nil {
				return err
			}
			written++
		}
		if err := enc.End(bw); err != nil {
			return err
		}
		return bw.Flush()
	}()
	if file != nil {
		if err != nil || written == 0 && failed > 0 {
			file.Abort()
		} else if cerr := file.Commit(); cerr != nil {
			err = cerr
		}
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return exitError{exitFailed}
	}
	return nil
}

// parseInput reads and parses one input, naming it in any error.
func parseInput(path string, opts *ParseOptions) (*schema.Record, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(opts.IO.In)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		if pe, ok := err.(*os.PathError); ok {
			err = pe.Err
		}
		return nil, &parser.Error{Path: path, Err: err}
	}
	rec, err := parser.Parse(parser.Source{Path: path, Data: data, Encoding: opts.Encoding})
	if err != nil {
		return nil, &parser.Error{Path: path, Err: err}
	}
	return rec, nil
}
