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
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"bulletin/parser"
	"bulletin/parser/decode"
)

// ParseOptions are the settings of one `bulletin parse` run.
type ParseOptions struct {
	IO        *IOStreams
	Inputs    []string
	FilesFrom string // a file of paths, or - for standard input
	Null      bool   // the list's paths end with NUL, not newline
	Format    string
	Entities  string
	Output    string
	Encoding  string
	Jobs      int
	Include   []string
	Exclude   []string
	MaxSize   byteSize
	BOM       bool
	Quiet     bool
}

// exitInterrupted is the status of a run stopped by Ctrl-C (128 + SIGINT).
const exitInterrupted = 130

// outputExts give -o FILE its format when --format is not given.
var outputExts = map[string]string{
	".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
	".yaml": "yaml", ".yml": "yaml", ".csv": "csv", ".html": "html", ".htm": "html",
}

func newParseCmd(ios *IOStreams) *cobra.Command {
	opts := &ParseOptions{IO: ios, MaxSize: newByteSize(16 << 20)}
	cmd := &cobra.Command{
		Use:   "parse [FILE|DIR|GLOB|-]...",
		Short: "Parse bulletins and notices into structured records",
		Long: `Parse reads each FILE (- for standard input, read too when no file is named
and standard input is not a terminal), every document below each folder
(*.txt, *.md, *.pdf, *.docx, *.doc, *.html), what a quoted GLOB matches
(** for any depth of folders), and the paths listed in --files-from, and writes one
record per document: its metadata, its items, and per item the values found
in it, each with the line of the file it came from. A file is read by its
content (text, PDF, .docx, .doc, HTML); a *.md file is Markdown as converters
write it: its links, escapes and HTML tags are no text, and a paragraph's
wrapped lines are one. Records come out in the
order of the inputs, also with --jobs; folders and lists are read as the
parse goes, so memory does not grow with their size.

A file that cannot be parsed (missing, empty, binary, too large, no text) is
reported on standard error with the reason; the others are still written,
and in jsonl output an error record {"source":…,"error":…} keeps the stream
aligned with the inputs. -o writes atomically: a file is complete or absent;
its extension gives the format when --format is not given.

--format json writes an object for one file named, an array whenever the
inputs could be several (a folder, a glob, more than one argument, a list),
even if one document is found.

Exit status: 0 all parsed, 1 some inputs failed, 2 usage error, 130 interrupted.`,
		Example: `  bulletin parse testdata/corpus/nanyang-2025-12-08-no39.txt
  bulletin parse a.txt b.txt -o records.json             # the format from the extension
  bulletin parse --format jsonl --jobs 4 archive/ > archive.jsonl
  bulletin parse -o out/ --format json archive/          # out/…/NAME.json per input
  bulletin parse --format csv --bom --entities tables archive/ -o tables.csv
  find archive -name '*.pdf' -print0 | bulletin parse --files-from - -0 -f jsonl
  iconv -f utf-8 -t gbk issue.txt | bulletin parse`,
		ValidArgsFunction: cobra.FixedCompletions(nil, cobra.ShellCompDirectiveDefault),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			if err := opts.check(cmd); err != nil {
				return err
			}
			return runParse(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "yaml", "output `format`: "+formatNames()+"; by default the -o file's extension, else yaml")
	f.StringVar(&opts.Entities, "entities", "quantities", "with --format csv, the `kind` of values to list a row each: "+entityNames())
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (- for standard output; .json .jsonl .yaml .csv .html give the format), or a file per input under DIR/ (an existing folder, or a path ending in /)")
	f.StringVar(&opts.FilesFrom, "files-from", "", "also parse the paths listed in `FILE`, one a line (- for standard input)")
	f.BoolVarP(&opts.Null, "null", "0", false, "the --files-from paths end with NUL, as find -print0 writes them")
	f.StringVar(&opts.Encoding, "encoding", "", "input `encoding` (utf-8, gbk, gb18030, utf-16le …); detected when not given; add :replace to read bytes invalid in it as U+FFFD (utf-8:replace)")
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "parse this many files at once")
	f.StringSliceVar(&opts.Include, "include", nil, "in folders, parse only files matching these `globs` (** for any folders)")
	f.StringSliceVar(&opts.Exclude, "exclude", nil, "in folders, skip files and folders matching these `globs` (dir/ for folders only)")
	f.Var(&opts.MaxSize, "max-size", "refuse files larger than this `size` (500k, 16M, 1GiB)")
	f.BoolVar(&opts.BOM, "bom", false, "with --format csv, begin with a UTF-8 byte-order mark, for Excel and WPS")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar and no summary line")
	completeChoices(cmd, "format", formatNames())
	completeChoices(cmd, "entities", entityNames())
	completeChoices(cmd, "encoding", encodingNames)
	return cmd
}

// check settles the options that depend on each other and refuses wrong
// ones before any file is read.
func (opts *ParseOptions) check(cmd *cobra.Command) error {
	flags := cmd.Flags()
	if !flags.Changed("format") && opts.Output != "" && opts.Output != "-" && !isDirTarget(opts.Output) {
		if f, ok := outputExts[strings.ToLower(filepath.Ext(opts.Output))]; ok {
			if _, known := formats[f]; known {
				opts.Format = f
			}
		}
	}
	if _, ok := formats[opts.Format]; !ok {
		return usageError{err: fmt.Errorf("unknown format %q (want %s)", opts.Format, formatNames())}
	}
	if opts.Format == "csv" {
		if err := checkEntities(opts.Entities); err != nil {
			return usageError{err: err}
		}
	} else if flags.Changed("entities") {
		return usageError{err: errors.New("--entities goes with --format csv")}
	} else if opts.BOM {
		return usageError{err: errors.New("--bom goes with --format csv")}
	}
	for _, g := range [][]string{opts.Include, opts.Exclude} {
		if err := validGlobs(g); err != nil {
			return usageError{err: err}
		}
	}
	if err := decode.Check(opts.Encoding); err != nil {
		return usageError{err: fmt.Errorf("--encoding: %w", err)}
	}
	if opts.MaxSize.n < 1 {
		return usageError{err: fmt.Errorf("--max-size must be at least 1 byte, not %s", opts.MaxSize.String())}
	}
	if opts.Jobs < 1 {
		return usageError{err: fmt.Errorf("--jobs must be at least 1, not %d", opts.Jobs)}
	}
	if opts.Null && opts.FilesFrom == "" {
		return usageError{err: errors.New("-0 goes with --files-from")}
	}
	if opts.FilesFrom == "-" && slices.Contains(opts.Inputs, "-") {
		return usageError{err: errors.New("standard input cannot be both the --files-from list and a document (-)")}
	}
	if len(opts.Inputs) == 0 && opts.FilesFrom == "" {
		if isTerminal(opts.IO.In) {
			return usageError{err: errors.New("no input: name a FILE, a DIR or - (standard input is a terminal)")}
		}
		opts.Inputs = []string{"-"}
	}
	return nil
}

// inputSet opens the --files-from list, if any, and returns the inputs of
// the run and a function that closes the list.
func (opts *ParseOptions) inputSet() (*inputSet, func(), error) {
	set := &inputSet{args: opts.Inputs, include: opts.Include, exclude: opts.Exclude, sep: '\n'}
	if opts.Null {
		set.sep = 0
	}
	closeList := func() {}
	switch opts.FilesFrom {
	case "":
	case "-":
		set.filesFrom, set.listName = opts.IO.In, "-"
	default:
		f, err := os.Open(opts.FilesFrom)
		if err != nil {
			return nil, nil, fmt.Errorf("--files-from %s: %w", opts.FilesFrom, pathError(err))
		}
		set.filesFrom, set.listName = f, opts.FilesFrom
		closeList = func() { f.Close() }
	}
	return set, closeList, nil
}

func runParse(ctx context.Context, opts *ParseOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := pending.watch(ctx)
	defer stop()

	start := time.Now()
	set, closeList, err := opts.inputSet()
	if err != nil {
		return err
	}
	defer closeList()
	several := set.several()
	errTerm := isTerminal(opts.IO.ErrOut)
	// No bar where the records themselves scroll past on the terminal.
	toTerm := (opts.Output == "" || opts.Output == "-") && isTerminal(opts.IO.Out)
	bar := newProgress(opts.IO.ErrOut, errTerm && !opts.Quiet && several && !toTerm)
	if bar.on {
		go bar.count(ctx, opts)
	}
	sink, err := newSink(opts, several)
	if err != nil {
		return err
	}
	var st stats
	emit := func(r result) error {
		if r.in.Skipped {
			bar.printf("bulletin: %s: %v\n", r.in.Path, r.in.Err)
			st.skipped++
			return nil
		}
		bar.step()
		st.files++
		if r.err != nil {
			st.failed++
			bar.printf("bulletin: %v\n", r.err)
			return sink.failure(r)
		}
		st.records++
		st.warnings += len(r.rec.Warnings)
		return sink.record(r)
	}
	err = parseOrdered(ctx, bar.counting(set.all()), opts.Jobs, func(in input) result { return parseInput(ctx, in, opts) }, emit, sink.flush)
	if err == nil {
		err = sink.close()
	} else {
		sink.abort()
	}
	interrupted := errors.Is(err, context.Canceled)
	total := bar.finish(interrupted)
	if !opts.Quiet && (errTerm || several || st.files+st.skipped > 1) {
		skipped := ""
		if st.skipped > 0 {
			skipped = fmt.Sprintf(", %d skipped", st.skipped)
		}
		files := fmt.Sprintf("%d files", st.files)
		if interrupted && total > st.files {
			files = fmt.Sprintf("%d of %d files", st.files, total)
		}
		records := fmt.Sprintf("%d records", st.records)
		if err != nil && !interrupted {
			records += " not written" // the output failed: none is kept
		}
		fmt.Fprintf(opts.IO.ErrOut, "bulletin: %s, %s, %d warnings, %d failed%s, %s\n",
			files, records, st.warnings, st.failed, skipped, time.Since(start).Round(time.Millisecond))
	}
	switch {
	case interrupted:
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
			if st.Size() > opts.MaxSize.n {
				return nil, fmt.Errorf("file of %d bytes is larger than --max-size %s", st.Size(), opts.MaxSize.String())
			}
			size = st.Size()
		}
		rd = f
	}
	// Room for the whole file and the read that finds its end (ReadFrom
	// wants MinRead bytes free), as os.ReadFile sizes it.
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(rd, opts.MaxSize.n+1)); err != nil {
		return nil, pathError(err)
	}
	data := buf.Bytes()
	if int64(len(data)) > opts.MaxSize.n {
		return nil, fmt.Errorf("input is larger than --max-size %s", opts.MaxSize.String())
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

// newSink opens the output. several says whether the inputs could be
// more than one document (a JSON array then, whatever their number).
func newSink(opts *ParseOptions, several bool) (*sink, error) {
	s := &sink{opts: opts, enc: formats[opts.Format](opts.Entities)}
	if opts.Output != "" && opts.Output != "-" && isDirTarget(opts.Output) {
		s.dir = opts.Output
		return s, os.MkdirAll(s.dir, 0o755)
	}
	var out io.Writer = opts.IO.Out
	if opts.Output != "" && opts.Output != "-" {
		f, err := createAtomic(opts.Output)
		if err != nil {
			return nil, err
		}
		s.file, out = f, f
	}
	// Records run to tens of KB; a buffer that holds several lets a batch
	// be written in a few large blocks (see flush).
	s.w = bufio.NewWriterSize(out, 256<<10)
	if err := s.bom(s.w); err != nil {
		return nil, err
	}
	inputs := 1
	if several {
		inputs = manyInputs
	}
	return s, s.enc.Begin(s.w, inputs)
}

// bom begins a CSV file with the UTF-8 byte-order mark when asked: Excel
// and WPS on Chinese Windows read a CSV without it as GBK.
func (s *sink) bom(w io.Writer) error {
	if !s.opts.BOM {
		return nil
	}
	_, err := io.WriteString(w, "\uFEFF")
	return err
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
	tidyNumbers(r.rec)
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
	err = s.bom(w)
	if err == nil {
		err = enc.Begin(w, 1)
	}
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

// isTerminal reports whether a stream (an io.Reader or io.Writer) is a
// terminal.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
