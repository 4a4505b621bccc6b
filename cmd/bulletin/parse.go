package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"bulletin/parser"
	"bulletin/parser/decode"
)

// ParseOptions are the settings of one `bulletin parse` run.
type ParseOptions struct {
	IO       *IOStreams
	Inputs   []string
	Format   string
	Entities string
	Output   string
	Encoding string
	Jobs     int
	Include  []string
	Exclude  []string
	MaxSize  int64
	Quiet    bool
}

// exitInterrupted is the status of a run stopped by Ctrl-C (128 + SIGINT).
const exitInterrupted = 130

func newParseCmd(ios *IOStreams) *cobra.Command {
	opts := &ParseOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "parse FILE|DIR|- ...",
		Short: "Parse bulletins and notices into structured records",
		Long: `Parse reads each FILE (- for standard input, a folder for every *.txt and
*.md below it) and writes one record per document: its metadata, its items,
and per item the values found in it, each with the line of the file it came
from. Records come out in the order of the inputs, also with --jobs.

A file that cannot be parsed (missing, empty, binary, too large, no text) is
reported on standard error with the reason; the others are still written,
and in jsonl output an error record {"source":…,"error":…} keeps the stream
aligned with the inputs. -o writes atomically: a file is complete or absent.

Exit status: 0 all parsed, 1 some inputs failed, 2 usage error, 130 interrupted.`,
		Example: `  bulletin parse testdata/corpus/nanyang-2025-12-08-no39.txt
  bulletin parse --format json a.txt b.txt > records.json
  bulletin parse --format jsonl --jobs 4 archive/ > archive.jsonl
  bulletin parse -o out/ --format json archive/          # out/…/NAME.json per input
  bulletin parse --format csv --entities quantities archive/ > quantities.csv
  iconv -f utf-8 -t gbk issue.txt | bulletin parse -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			if _, ok := formats[opts.Format]; !ok {
				return usageError{fmt.Errorf("unknown format %q (want %s)", opts.Format, formatNames())}
			}
			if opts.Format == "csv" {
				if err := checkEntities(opts.Entities); err != nil {
					return usageError{err}
				}
			} else if cmd.Flags().Changed("entities") {
				return usageError{errors.New("--entities goes with --format csv")}
			}
			for _, g := range [][]string{opts.Include, opts.Exclude} {
				if err := validGlobs(g); err != nil {
					return usageError{err}
				}
			}
			if err := decode.Check(opts.Encoding); err != nil {
				return usageError{fmt.Errorf("--encoding: %w", err)}
			}
			if opts.MaxSize < 1 {
				return usageError{fmt.Errorf("--max-size must be at least 1 byte, not %d", opts.MaxSize)}
			}
			if opts.Jobs < 1 {
				return usageError{fmt.Errorf("--jobs must be at least 1, not %d", opts.Jobs)}
			}
			return runParse(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "yaml", "output format: "+formatNames())
	f.StringVar(&opts.Entities, "entities", "quantities", "with --format csv, the values to list a row each: "+entityNames())
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE`, or to a file per input under `DIR/` (an existing folder, or a path ending in /)")
	f.StringVar(&opts.Encoding, "encoding", "", "input encoding (utf-8, gbk, gb18030, utf-16le …); detected when not given; add :replace to read bytes invalid in it as U+FFFD (utf-8:replace)")
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "parse this many files at once")
	f.StringSliceVar(&opts.Include, "include", nil, "in folders, parse only files matching these `globs`")
	f.StringSliceVar(&opts.Exclude, "exclude", nil, "in folders, skip files matching these `globs`")
	f.Int64Var(&opts.MaxSize, "max-size", 16<<20, "refuse files larger than this many `bytes`")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar and no summary line")
	return cmd
}

func runParse(ctx context.Context, opts *ParseOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := pending.watch(ctx)
	defer stop()

	start := time.Now()
	inputs := expandInputs(opts.Inputs, opts.Include, opts.Exclude)
	errTerm := isTerminal(opts.IO.ErrOut)
	bar := newProgress(opts.IO.ErrOut, errTerm && !opts.Quiet && len(inputs) > 5, len(inputs))
	sink, err := newSink(opts, len(inputs))
	if err != nil {
		return err
	}
	var st stats
	emit := func(r result) error {
		bar.step()
		if r.in.Skipped {
			bar.clear()
			fmt.Fprintf(opts.IO.ErrOut, "bulletin: %s: %v\n", r.in.Path, r.in.Err)
			st.skipped++
			return nil
		}
		st.files++
		if r.err != nil {
			st.failed++
			bar.clear()
			fmt.Fprintf(opts.IO.ErrOut, "bulletin: %v\n", r.err)
			return sink.failure(r)
		}
		st.records++
		st.warnings += len(r.rec.Warnings)
		return sink.record(r)
	}
	err = parseOrdered(ctx, inputs, opts.Jobs, func(in input) result { return parseInput(ctx, in, opts) }, emit, sink.flush)
	if err == nil {
		err = sink.close()
	} else {
		sink.abort()
	}
	bar.clear()
	if !opts.Quiet && (errTerm || len(inputs) > 1) {
		skipped := ""
		if st.skipped > 0 {
			skipped = fmt.Sprintf(", %d skipped", st.skipped)
		}
		records := fmt.Sprintf("%d records", st.records)
		if err != nil && !errors.Is(err, context.Canceled) {
			records += " not written" // the output failed: none is kept
		}
		fmt.Fprintf(opts.IO.ErrOut, "bulletin: %d files, %s, %d warnings, %d failed%s, %s\n",
			st.files, records, st.warnings, st.failed, skipped, time.Since(start).Round(time.Millisecond))
	}
	switch {
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(opts.IO.ErrOut, "bulletin: interrupted; no partial output was kept")
		return exitError{pending.status()}
	case err != nil:
		return err
	case st.failed > 0:
		return exitError{exitFailed}
	}
	return nil
}

type stats struct{ files, records, warnings, failed, skipped int }

// parseInput reads and parses one input, naming it in any error.
func parseInput(ctx context.Context, in input, opts *ParseOptions) result {
	r := result{in: in}
	fail := func(err error) result {
		r.err = &parser.Error{Path: in.Path, Err: err}
		return r
	}
	if in.Err != nil {
		return fail(in.Err)
	}
	data, err := readInput(in.Path, opts)
	if err != nil {
		return fail(err)
	}
	rec, err := parser.ParseContext(ctx, parser.Source{Path: in.Path, Data: data, Encoding: opts.Encoding})
	if err != nil {
		return fail(err)
	}
	r.rec = rec
	return r
}

// readInput reads a file or standard input, refusing more than --max-size.
func readInput(path string, opts *ParseOptions) ([]byte, error) {
	var rd io.Reader
	size := int64(0) // the file's size where known: read into one buffer
	if path == "-" {
		rd = opts.IO.In
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, pathError(err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil {
			if st.IsDir() {
				return nil, errors.New("is a folder")
			}
			if st.Size() > opts.MaxSize {
				return nil, fmt.Errorf("file of %d bytes is larger than --max-size %d", st.Size(), opts.MaxSize)
			}
			size = st.Size()
		}
		rd = f
	}
	// Room for the whole file and the read that finds its end (ReadFrom
	// wants MinRead bytes free), as os.ReadFile sizes it.
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(rd, opts.MaxSize+1)); err != nil {
		return nil, pathError(err)
	}
	data := buf.Bytes()
	if int64(len(data)) > opts.MaxSize {
		return nil, fmt.Errorf("input is larger than --max-size %d", opts.MaxSize)
	}
	return data, nil
}

// sink is where records go: one stream (standard output or -o FILE), or a
// file per input under -o DIR.
type sink struct {
	opts   *ParseOptions
	enc    encoder
	w      *bufio.Writer
	file   *atomicFile // -o FILE
	dir    string      // -o DIR
	wrote  int
	failed int
}

func newSink(opts *ParseOptions, inputs int) (*sink, error) {
	s := &sink{opts: opts, enc: formats[opts.Format](opts.Entities)}
	if opts.Output != "" && isDirTarget(opts.Output) {
		s.dir = opts.Output
		return s, os.MkdirAll(s.dir, 0o755)
	}
	var out io.Writer = opts.IO.Out
	if opts.Output != "" {
		f, err := createAtomic(opts.Output)
		if err != nil {
			return nil, err
		}
		s.file, out = f, f
	}
	// Records run to tens of KB; a buffer that holds several lets a batch
	// be written in a few large blocks (see flush).
	s.w = bufio.NewWriterSize(out, 256<<10)
	return s, s.enc.Begin(s.w, inputs)
}

// isDirTarget reports whether -o names a folder: one that exists, or a path
// ending in a separator.
func isDirTarget(p string) bool {
	if strings.HasSuffix(p, "/") || strings.HasSuffix(p, string(filepath.Separator)) {
		return true
	}
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func (s *sink) record(r result) error {
	s.wrote++
	if s.dir != "" {
		return s.writeOne(r)
	}
	return s.enc.Record(s.w, r.rec)
}

// flush writes out a jsonl stream's records so far; the parse loop calls it
// whenever it waits for the next record, so a reader sees each record as
// soon as nothing follows it at once, and a batch is written in large
// blocks.
func (s *sink) flush() error {
	if s.dir != "" || s.opts.Format != "jsonl" {
		return nil
	}
	return s.w.Flush()
}

func (s *sink) failure(r result) error {
	s.failed++
	if s.dir != "" {
		return nil
	}
	return s.enc.Failure(s.w, r.in.Path, r.err)
}

// writeOne writes one record to its own file under -o DIR, mirroring where
// the input stood below the folder it was found in.
func (s *sink) writeOne(r result) error {
	enc := formats[s.opts.Format](s.opts.Entities)
	ext := enc.Ext()
	if ext == ".jsonl" {
		ext = ".json"
	}
	name := strings.TrimSuffix(r.in.Rel, filepath.Ext(r.in.Rel)) + ext
	f, err := createAtomic(filepath.Join(s.dir, name))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	err = enc.Begin(w, 1)
	if err == nil {
		err = enc.Record(w, r.rec)
	}
	if err == nil {
		err = enc.End(w)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// close finishes the stream; an -o FILE that would hold no record is not
// created.
func (s *sink) close() error {
	if s.dir != "" {
		return nil
	}
	err := s.enc.End(s.w)
	if err == nil {
		err = s.w.Flush()
	}
	if s.file == nil {
		return err
	}
	if err != nil || s.wrote == 0 && s.failed > 0 {
		s.file.Abort()
		return err
	}
	return s.file.Commit()
}

// abort drops a half-written -o FILE.
func (s *sink) abort() {
	if s.file != nil {
		s.file.Abort()
	} else if s.w != nil {
		s.w.Flush()
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
