package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	pathpkg "path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"bulletin/cmd/bulletin/page"
	"bulletin/parser"
	"bulletin/parser/lexicon"
	"bulletin/schema"
)

// ReportOptions are the settings of one `bulletin report` run.
type ReportOptions struct {
	IO       *IOStreams
	Inputs   []string
	Output   string
	Title    string
	Encoding string
	Jobs     int
	Include  []string
	Exclude  []string
	MaxSize  byteSize
	Quiet    bool
}

func newReportCmd(ios *IOStreams) *cobra.Command {
	opts := &ReportOptions{IO: ios, MaxSize: newByteSize(16 << 20)}
	cmd := &cobra.Command{
		Use:   "report DIR|FILE|RECORDS...",
		Short: "Draw an overview of an archive as one HTML page",
		Long: `Report draws one self-contained HTML page (nothing fetched when it is opened)
over a folder of documents, parsed on the way, or over records that parse
wrote (.json, .jsonl, or a folder of them):

  - documents per month as a timeline, by kind and by issuer;
  - the agencies, people (with their roles) and places most named, with
    their counts and links to the documents;
  - the amounts stated, summed per month and per document by unit, and the
    targets with their deadlines, in the order they fall due;
  - the parser's warnings and the findings of the lint rules of
    validate --text, as a table to sort;
  - a table of the documents, to sort.

Charts are SVG drawn by bulletin. With -o DIR/ the page is DIR/index.html
and each document's view (see bulletin view) is written beside it under
DIR/view/, linked from the tables; for records, the view needs the document
they were read from, found at the record's path (or beside the records) and
checked against its SHA-256.

A file that cannot be read is listed in the report and on standard error;
the others are still counted. Exit status: 0 all read, 1 some inputs
failed (the report is still written), 2 usage error, 130 interrupted.`,
		Example: `  bulletin report archive/ > report.html
  bulletin report -o site/ archive/            # site/index.html and site/view/…
  bulletin parse -f jsonl archive/ > archive.jsonl && bulletin report archive.jsonl -o report.html`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			if err := checkDocumentFlags(opts.Encoding, opts.MaxSize, opts.Jobs, opts.Include, opts.Exclude); err != nil {
				return err
			}
			return runReport(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "", "write the report to `FILE`, or to DIR/index.html with a view of each document under DIR/view/ (a path ending in /)")
	f.StringVar(&opts.Title, "title", "", "the report's `title` (default: bulletin report)")
	addDocumentFlags(cmd, &opts.Encoding, &opts.Jobs, &opts.Include, &opts.Exclude, &opts.MaxSize, &opts.Quiet)
	return cmd
}

// recordExts are the names of files of records.
var recordExts = map[string]bool{".json": true, ".jsonl": true, ".ndjson": true}

func isRecordFile(p string) bool { return recordExts[strings.ToLower(filepath.Ext(p))] }

func runReport(ctx context.Context, opts *ReportOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := pending.watch(ctx)
	defer stop()

	dir := ""
	if opts.Output != "" && opts.Output != "-" && isDirTarget(opts.Output) {
		dir = opts.Output
	}
	docs, records := splitReportInputs(opts.Inputs)
	title := opts.Title
	if title == "" {
		title = "bulletin report"
	}
	rep := page.NewReport(page.ReportOptions{Title: title, Places: placesIn, Sources: opts.Inputs})
	failed := 0
	say := func(format string, args ...any) { fmt.Fprintf(opts.IO.ErrOut, format, args...) }
	fail := func(path string, err error) {
		failed++
		say("bulletin: %v\n", err)
		var pe *parser.Error
		if errors.As(err, &pe) {
			err = pe.Err
		}
		rep.Fail(path, err.Error())
	}
	names := &pageNames{taken: map[string]bool{}}
	viewName := func(path, rel string) string {
		return "view/" + names.claim(pagePath(path, rel)+".html")
	}

	// Documents: parsed on the jobs, each view written as it is drawn.
	if len(docs) > 0 {
		popts := &ParseOptions{IO: opts.IO, Encoding: opts.Encoding, MaxSize: opts.MaxSize}
		set := &inputSet{args: docs, include: opts.Include, exclude: opts.Exclude, sep: '\n'}
		var views sync.Map // input path → its view page, stored by the worker before emit reads it
		work := func(in input) result {
			r := result{in: in}
			if in.Err != nil {
				r.err = &parser.Error{Path: in.Path, Err: in.Err}
				return r
			}
			if dir == "" {
				return parseInput(ctx, in, popts)
			}
			name := viewName(in.Path, in.Rel)
			b, rec, err := drawView(ctx, in, popts, backLink(name))
			if err == nil {
				err = writeAtomic(filepath.Join(dir, filepath.FromSlash(name)), b)
			}
			r.rec, r.err = rec, err
			if err == nil {
				views.Store(in.Path, name)
			}
			return r
		}
		bar := batchProgress(ctx, opts.IO, opts.Quiet, &ParseOptions{Inputs: docs, Include: opts.Include, Exclude: opts.Exclude})
		say = bar.printf
		emit := func(r result) error {
			if r.in.Skipped {
				bar.printf("bulletin: %s: %v\n", r.in.Path, r.in.Err)
				return nil
			}
			bar.step()
			switch {
			case r.err != nil:
				fail(r.in.Path, r.err)
			default:
				tidyNumbers(r.rec)
				view := ""
				if v, ok := views.LoadAndDelete(r.in.Path); ok {
					view = v.(string)
				}
				rep.Add(r.rec, view, "")
			}
			return nil
		}
		err := parseOrdered(ctx, bar.counting(set.all()), opts.Jobs, work, emit, nil)
		bar.finish(errors.Is(err, context.Canceled))
		say = func(format string, args ...any) { fmt.Fprintf(opts.IO.ErrOut, format, args...) }
		if err != nil {
			if errors.Is(err, context.Canceled) {
				fmt.Fprintln(opts.IO.ErrOut, "bulletin: interrupted; no report was written")
				return exitError{pending.status()}
			}
			return err
		}
	}

	// Records, a file at a time, a record at a time.
	for _, path := range records {
		err := eachRecord(path, func(rec *schema.Record, at string, bad error) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if bad != nil {
				fail(at, bad)
				return nil
			}
			view, noView := "", ""
			if dir != "" {
				text, err := sourceText(ctx, rec, filepath.Dir(path))
				if err == nil {
					name := viewName(rec.Source.Path, "")
					var b bytes.Buffer
					err = page.WriteView(&b, page.Doc{Record: rec, Text: text, Back: backLink(name)})
					if err == nil {
						err = writeAtomic(filepath.Join(dir, filepath.FromSlash(name)), b.Bytes())
					}
					if err == nil {
						view = name
					}
				}
				if err != nil {
					noView = "no view: " + err.Error()
				}
			}
			rep.Add(rec, view, noView)
			return nil
		})
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(opts.IO.ErrOut, "bulletin: interrupted; no report was written")
			return exitError{pending.status()}
		}
		if err != nil {
			fail(path, &parser.Error{Path: path, Err: err})
		}
	}

	var b bytes.Buffer
	if err := rep.Write(&b); err != nil {
		return err
	}
	var err error
	switch {
	case dir != "":
		err = writeAtomic(filepath.Join(dir, "index.html"), b.Bytes())
	case opts.Output != "" && opts.Output != "-":
		err = writeAtomic(opts.Output, b.Bytes())
	default:
		_, err = opts.IO.Out.Write(b.Bytes())
	}
	if err != nil {
		return err
	}
	if !opts.Quiet {
		where := "standard output"
		switch {
		case dir != "":
			where = filepath.Join(dir, "index.html")
		case opts.Output != "" && opts.Output != "-":
			where = opts.Output
		}
		fmt.Fprintf(opts.IO.ErrOut, "bulletin: report of %d documents, %d failed, written to %s\n", rep.Docs(), failed, where)
	}
	if failed > 0 {
		return exitError{exitFailed}
	}
	return nil
}

// splitReportInputs tells documents from records: a file of records by its
// name (.json, .jsonl), a folder of documents if it holds any, else of the
// records below it. Anything else (a missing path, - ) goes to the
// documents, which report it as parse would.
func splitReportInputs(args []string) (docs, records []string) {
	for _, a := range args {
		st, err := os.Stat(a)
		switch {
		case err == nil && st.IsDir():
			if holdsDocuments(a) {
				docs = append(docs, a)
			} else if rs := recordFiles(a); len(rs) > 0 {
				records = append(records, rs...)
			} else {
				docs = append(docs, a) // reported as a folder with no documents
			}
		case err == nil && isRecordFile(a):
			records = append(records, a)
		default:
			docs = append(docs, a)
		}
	}
	return docs, records
}

// errFound stops a walk at the first document.
var errFound = errors.New("found")

func holdsDocuments(dir string) bool {
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && documentFile(p) {
			return errFound
		}
		return nil
	})
	return errors.Is(err, errFound)
}

func recordFiles(dir string) []string {
	var out []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && isRecordFile(p) {
			out = append(out, p)
		}
		return nil
	})
	slices.Sort(out)
	return out
}

// eachRecord reads the records of one file, one at a time: JSON lines, a
// JSON array, or one JSON object. A record that is not one (bad JSON, no
// schema_version, a jsonl error record) is passed as bad, naming where it
// stands; the others go on.
func eachRecord(path string, f func(rec *schema.Record, at string, bad error) error) error {
	file, err := os.Open(path)
	if err != nil {
		return pathError(err)
	}
	defer file.Close()
	rd := bufio.NewReaderSize(file, 256<<10)
	check := func(rec *schema.Record, raw []byte, at string) error {
		if rec.SchemaVersion == "" || rec.Source.Path == "" {
			var failed struct {
				Source struct{ Path string }
				Error  string
			}
			if json.Unmarshal(raw, &failed) == nil && failed.Error != "" {
				return f(nil, failed.Source.Path, &parser.Error{Path: failed.Source.Path, Err: errors.New(failed.Error)})
			}
			return f(nil, at, &parser.Error{Path: at, Err: errors.New("not a bulletin record (no schema_version or source path)")})
		}
		return f(rec, at, nil)
	}
	if strings.EqualFold(filepath.Ext(path), ".json") {
		dec := json.NewDecoder(rd)
		if first, _ := firstByte(rd); first == '[' {
			if _, err := dec.Token(); err != nil {
				return err
			}
			for i := 1; dec.More(); i++ {
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					return fmt.Errorf("record %d: %w", i, err)
				}
				if err := decodeRecord(raw, fmt.Sprintf("%s: record %d", path, i), check, f); err != nil {
					return err
				}
			}
			return nil
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fmt.Errorf("reading JSON: %w", err)
		}
		return decodeRecord(raw, path, check, f)
	}
	for n := 1; ; n++ {
		line, err := rd.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if err := decodeRecord(line, fmt.Sprintf("%s:%d", path, n), check, f); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func decodeRecord(raw []byte, at string, check func(*schema.Record, []byte, string) error, f func(*schema.Record, string, error) error) error {
	var rec schema.Record
	if err := json.Unmarshal(raw, &rec); err != nil {
		return f(nil, at, &parser.Error{Path: at, Err: fmt.Errorf("not a record: %v", err)})
	}
	return check(&rec, raw, at)
}

// firstByte is the first byte of rd that is not white space, left unread.
func firstByte(rd *bufio.Reader) (byte, error) {
	for {
		b, err := rd.Peek(1)
		if err != nil {
			return 0, err
		}
		if !strings.ContainsRune(" \t\r\n\uFEFF", rune(b[0])) && b[0] != 0xEF {
			return b[0], nil
		}
		if b[0] == 0xEF { // a UTF-8 byte-order mark
			rd.Discard(3)
			continue
		}
		rd.Discard(1)
	}
}

// pagePath is where a document's view goes below view/: the folder it was
// found in (the argument's last part) and its path below it, or for a
// record's file the file in its folder: corpus/2025/a.txt.
func pagePath(path, rel string) string {
	if path == "-" {
		return "stdin"
	}
	path = filepath.ToSlash(filepath.Clean(path))
	rel = filepath.ToSlash(rel)
	if rel == "" || !strings.HasSuffix(path, rel) {
		rel = pathpkg.Base(path)
	}
	root := strings.TrimSuffix(strings.TrimSuffix(path, rel), "/")
	name := rel
	if b := pathpkg.Base(root); root != "" && b != "." && b != "/" && b != ".." {
		name = b + "/" + rel
	}
	var parts []string
	for _, s := range strings.Split(name, "/") {
		if s != "" && s != "." && s != ".." {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return "stdin"
	}
	return strings.Join(parts, "/")
}

// backLink is the path from a view page back to the report's index.html.
func backLink(view string) string {
	return strings.Repeat("../", strings.Count(view, "/")) + "index.html"
}

// placesIn returns the divisions a text names in full (南阳市, 西峡县), as
// the gazetteer of the lexicon knows them: full names only, since short
// ones (新兴, 通道) are also words.
func placesIn(text string) []string {
	g := lexicon.Places()
	var out []string
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if r >= 0x4E00 && g.MayStart(r) {
			if name, ok := g.At(text, i); ok && fullPlaceName(g, name) {
				out = append(out, name)
				i += len(name)
				continue
			}
		}
		i += w
	}
	return out
}

func fullPlaceName(g *lexicon.Gazetteer, name string) bool {
	if utf8.RuneCountInString(name) < 3 {
		return false
	}
	for _, d := range g.Lookup(name) {
		if d.Name == name {
			return true
		}
	}
	return false
}
