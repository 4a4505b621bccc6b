package main

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"bulletin/cmd/bulletin/page"
	"bulletin/parser"
	"bulletin/parser/decode"
	"bulletin/schema"
)

// ViewOptions are the settings of one `bulletin view` run.
type ViewOptions struct {
	IO       *IOStreams
	Inputs   []string
	Output   string
	Encoding string
	Jobs     int
	Include  []string
	Exclude  []string
	MaxSize  byteSize
	Quiet    bool
}

func newViewCmd(ios *IOStreams) *cobra.Command {
	opts := &ViewOptions{IO: ios, MaxSize: newByteSize(16 << 20)}
	cmd := &cobra.Command{
		Use:   "view FILE|DIR|- ...",
		Short: "Draw a document as an HTML page with every extracted value highlighted",
		Long: `View parses a document and draws it as one self-contained HTML page (styles
and script inside, nothing fetched when it is opened): the document's lines
with their numbers, and pages for a PDF; every value the record holds
highlighted where it stands, a colour per kind (dates and periods,
quantities, agencies, people, contacts and phones, targets and
achievements, tables), hover or focus showing the value as recorded, its
rule and its line; the items, briefs, passages, headings, attributions,
header fields, footer and attachments set apart, so that a wrong cut is
seen at once; and a side panel with the metadata, the items, the warnings
and a filter per kind of value.

One document's page goes to standard output or -o FILE; several (a folder,
more than one file) need -o DIR/, which gets a page per document, named as
the document with .html added. parse --format html draws the same page.

Exit status: 0 all drawn, 1 some inputs failed, 2 usage error, 130 interrupted.`,
		Example: `  bulletin view testdata/corpus/yunfu-2022-01.txt > yunfu.html
  bulletin view -o issue.html issue-39.pdf
  bulletin view -o pages/ archive/          # pages/…/NAME.pdf.html for each document`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			if err := checkDocumentFlags(opts.Encoding, opts.MaxSize, opts.Jobs, opts.Include, opts.Exclude); err != nil {
				return err
			}
			return runView(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "", "write the page to `FILE`, or a page per document under DIR/ (a path ending in /)")
	addDocumentFlags(cmd, &opts.Encoding, &opts.Jobs, &opts.Include, &opts.Exclude, &opts.MaxSize, &opts.Quiet)
	return cmd
}

// addDocumentFlags adds the flags of commands that read documents as parse
// does.
func addDocumentFlags(cmd *cobra.Command, encoding *string, jobs *int, include, exclude *[]string, maxSize *byteSize, quiet *bool) {
	f := cmd.Flags()
	f.StringVar(encoding, "encoding", "", "input `encoding` of text files (utf-8, gbk, gb18030, utf-16le …); detected when not given")
	f.IntVarP(jobs, "jobs", "j", runtime.NumCPU(), "read this many files at once")
	f.StringSliceVar(include, "include", nil, "in folders, read only files matching these `globs`")
	f.StringSliceVar(exclude, "exclude", nil, "in folders, skip files matching these `globs`")
	f.Var(maxSize, "max-size", "refuse files larger than this `size` (500k, 16M, 1GiB)")
	f.BoolVarP(quiet, "quiet", "q", false, "no summary line")
}

func checkDocumentFlags(encoding string, maxSize byteSize, jobs int, globs ...[]string) error {
	for _, g := range globs {
		if err := validGlobs(g); err != nil {
			return usageError{err: err}
		}
	}
	if err := decode.Check(encoding); err != nil {
		return usageError{err: fmt.Errorf("--encoding: %w", err)}
	}
	if maxSize.n < 1 {
		return usageError{err: fmt.Errorf("--max-size must be at least 1 byte, not %s", maxSize.String())}
	}
	if jobs < 1 {
		return usageError{err: fmt.Errorf("--jobs must be at least 1, not %d", jobs)}
	}
	return nil
}

func runView(ctx context.Context, opts *ViewOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := pending.watch(ctx)
	defer stop()
	popts := &ParseOptions{IO: opts.IO, Encoding: opts.Encoding, MaxSize: opts.MaxSize}
	set := &inputSet{args: opts.Inputs, include: opts.Include, exclude: opts.Exclude, sep: '\n'}
	dir := ""
	if opts.Output != "" && opts.Output != "-" && isDirTarget(opts.Output) {
		dir = opts.Output
	}
	if dir == "" {
		if set.several() {
			return usageError{err: errors.New("several documents make several pages: write them with -o DIR/")}
		}
		for in := range set.all() {
			return viewOne(ctx, in, popts, opts)
		}
		return nil
	}

	var st stats
	names := &pageNames{taken: map[string]bool{}}
	work := func(in input) result {
		r := result{in: in}
		if in.Err != nil {
			r.err = &parser.Error{Path: in.Path, Err: in.Err}
			return r
		}
		b, rec, err := drawView(ctx, in, popts, "")
		if err == nil {
			err = writeAtomic(filepath.Join(dir, names.claim(in.Rel+".html")), b)
		}
		r.rec, r.err = rec, err
		return r
	}
	bar := batchProgress(ctx, opts.IO, opts.Quiet, &ParseOptions{Inputs: opts.Inputs, Include: opts.Include, Exclude: opts.Exclude})
	emit := func(r result) error {
		switch {
		case r.in.Skipped:
			bar.printf("bulletin: %s: %v\n", r.in.Path, r.in.Err)
			st.skipped++
			return nil
		case r.err != nil:
			bar.printf("bulletin: %v\n", r.err)
			st.failed++
		default:
			st.records++
		}
		st.files++
		bar.step()
		return nil
	}
	err := parseOrdered(ctx, bar.counting(set.all()), opts.Jobs, work, emit, nil)
	bar.finish(errors.Is(err, context.Canceled))
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(opts.IO.ErrOut, "bulletin: interrupted")
		return exitError{pending.status()}
	}
	if err != nil {
		return err
	}
	if !opts.Quiet {
		fmt.Fprintf(opts.IO.ErrOut, "bulletin: %d files, %d pages written to %s, %d failed\n", st.files, st.records, dir, st.failed)
	}
	if st.failed > 0 {
		return exitError{exitFailed}
	}
	return nil
}

// batchProgress is the bar of a run over many documents, drawn as parse
// draws it: on a terminal, unless quiet.
func batchProgress(ctx context.Context, ios *IOStreams, quiet bool, inputs *ParseOptions) *progress {
	bar := newProgress(ios.ErrOut, isTerminal(ios.ErrOut) && !quiet)
	if bar.on {
		go bar.count(ctx, inputs)
	}
	return bar
}

// viewOne draws one document's page to standard output or -o FILE; the
// file is written whole or not at all.
func viewOne(ctx context.Context, in input, popts *ParseOptions, opts *ViewOptions) error {
	if in.Err != nil {
		return fileFailed(opts.IO, &parser.Error{Path: in.Path, Err: in.Err})
	}
	b, _, err := drawView(ctx, in, popts, "")
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(opts.IO.ErrOut, "bulletin: interrupted; no partial output was kept")
		return exitError{pending.status()}
	}
	if err != nil {
		return fileFailed(opts.IO, err)
	}
	if opts.Output == "" || opts.Output == "-" {
		_, err = opts.IO.Out.Write(b)
		return err
	}
	return writeAtomic(opts.Output, b)
}

func fileFailed(ios *IOStreams, err error) error {
	fmt.Fprintf(ios.ErrOut, "bulletin: %v\n", err)
	return exitError{exitFailed}
}

// drawView reads, parses and draws one document; back links the page to a
// report. Errors name the file.
func drawView(ctx context.Context, in input, popts *ParseOptions, back string) ([]byte, *schema.Record, error) {
	fail := func(err error) ([]byte, *schema.Record, error) {
		if errors.Is(err, context.Canceled) {
			return nil, nil, err
		}
		return nil, nil, &parser.Error{Path: in.Path, Err: err}
	}
	data, err := readInput(in.Path, popts)
	if err != nil {
		return fail(err)
	}
	src := parser.Source{Path: in.Path, Data: data, Encoding: popts.Encoding}
	rec, text, err := parser.ParseWithText(ctx, src)
	if err != nil {
		return fail(err)
	}
	tidyNumbers(rec)
	var b bytes.Buffer
	if err := page.WriteView(&b, page.Doc{Record: rec, Text: text, Back: back}); err != nil {
		return fail(err)
	}
	return b.Bytes(), rec, nil
}

// writeAtomic writes a whole file, or nothing.
func writeAtomic(path string, b []byte) error {
	f, err := createAtomic(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// pageNames hands out the names of pages under one folder, each once: a
// second document that would get a name already given gets -2, -3 ….
type pageNames struct {
	mu    sync.Mutex
	taken map[string]bool
}

func (p *pageNames) claim(name string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	try := name
	for n := 2; p.taken[try]; n++ {
		try = strings.TrimSuffix(name, ".html") + fmt.Sprintf("-%d.html", n)
	}
	p.taken[try] = true
	return try
}

// htmlEncoder is parse --format html: the view page of each record. The
// page needs the document's text, read again from the record's file (and
// checked to be the bytes that were parsed), so standard input cannot be
// drawn this way: bulletin view - can.
type htmlEncoder struct{}

func (e *htmlEncoder) Ext() string                            { return ".html" }
func (e *htmlEncoder) Failure(io.Writer, string, error) error { return nil }
func (e *htmlEncoder) End(io.Writer) error                    { return nil }
func (e *htmlEncoder) Begin(_ io.Writer, inputs int) error {
	if inputs != 1 {
		return usageError{err: errors.New("--format html draws a page per document: name one file, or write a page each with -o DIR/")}
	}
	return nil
}

func (e *htmlEncoder) Record(w io.Writer, rec *schema.Record) error {
	text, err := sourceText(context.Background(), rec, "")
	if err != nil {
		return &parser.Error{Path: rec.Source.Path, Err: err}
	}
	return page.WriteView(w, page.Doc{Record: rec, Text: text})
}

// errSourceGone is why a record's page cannot show its document.
var errSourceGone = errors.New("the document's text cannot be read again")

// sourceText reads the text of the file a record was parsed from, again:
// its path as the record gives it, or, when that is relative and not found,
// beside the records (under dir). The bytes must be those the record was
// read from (its size and SHA-256).
func sourceText(ctx context.Context, rec *schema.Record, dir string) (string, error) {
	s := &rec.Source
	if s.Path == "-" || s.Path == "" {
		return "", fmt.Errorf("%w: it came from standard input (bulletin view - draws it)", errSourceGone)
	}
	path := s.Path
	if _, err := os.Stat(path); err != nil && dir != "" && !filepath.IsAbs(path) {
		path = filepath.Join(dir, path)
	}
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("%w: %v", errSourceGone, pathError(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, s.Bytes+1))
	if err != nil {
		return "", fmt.Errorf("%w: %v", errSourceGone, pathError(err))
	}
	sum := sha256.Sum256(data)
	if int64(len(data)) != s.Bytes || (s.SHA256 != "" && hex.EncodeToString(sum[:]) != s.SHA256) {
		return "", fmt.Errorf("%w: the file changed since it was parsed", errSourceGone)
	}
	enc := ""
	if decode.Check(s.Encoding) == nil {
		enc = s.Encoding
	}
	for _, w := range rec.Warnings {
		if w.Code == "bytes-replaced" {
			enc = strings.TrimSuffix(cmp.Or(enc, decode.UTF8), decode.Replace) + decode.Replace
		}
	}
	return parser.Text(ctx, parser.Source{Path: s.Path, Data: data, Encoding: enc})
}
