package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"bulletin/parser/decode"
	"bulletin/schema"
	"bulletin/schema/lint"
)

// ValidateOptions are the settings of one `bulletin validate` run.
type ValidateOptions struct {
	IO       *IOStreams
	Inputs   []string
	Text     bool
	Format   string
	Strict   bool
	Encoding string
	Jobs     int
	MaxSize  byteSize
}

var validateFormats = []string{"text", "json", "github"}

func newValidateCmd(ios *IOStreams) *cobra.Command {
	opts := &ValidateOptions{IO: ios, MaxSize: newByteSize(16 << 20)}
	cmd := &cobra.Command{
		Use:   "validate [RECORD|-]... | --text [FILE|DIR|-]...",
		Short: "Check records against the schema, or text files against lint rules",
		Long: `Validate checks records (.json, .yaml, .jsonl, as parse writes them) against
the record's JSON Schema and reports the file, the record and the JSON path of
each failing field.

With --text it parses text files (or every *.txt and *.md in folders) and
applies the rules an archived issue should pass, each with an id and a
severity: no-issue-date, no-issuer, item-no-source, date-unresolved,
date-after-issue, duplicate-item, table-ragged, and across the files of one
series issue-gap and issue-repeat.

- reads standard input (records as JSON, JSON lines or YAML, told by their
first character), as does no argument when standard input is not a terminal.

Findings print as FILE:LINE: SEVERITY RULE: MESSAGE, or as JSON, or as GitHub
Actions annotations. Exit status: 0 clean, 1 an error was found (or, with
--strict, a warning), 2 usage error.`,
		Example: `  bulletin parse --format jsonl archive/ > archive.jsonl && bulletin validate archive.jsonl
  bulletin validate --text archive/2025/
  bulletin validate --text --strict --format github archive/   # in a CI job
  bulletin parse -f jsonl archive/ | bulletin validate`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			if len(args) == 0 {
				if isTerminal(ios.In) {
					return usageError{err: errors.New("no input: name a RECORD file or - (standard input is a terminal)")}
				}
				opts.Inputs = []string{"-"}
			}
			ok := false
			for _, f := range validateFormats {
				ok = ok || f == opts.Format
			}
			if !ok {
				return usageError{err: fmt.Errorf("unknown format %q (want %s)", opts.Format, strings.Join(validateFormats, "|"))}
			}
			if err := decode.Check(opts.Encoding); err != nil {
				return usageError{err: fmt.Errorf("--encoding: %w", err)}
			}
			if opts.MaxSize.n < 1 {
				return usageError{err: fmt.Errorf("--max-size must be at least 1 byte, not %s", opts.MaxSize.String())}
			}
			return runValidate(opts)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opts.Text, "text", false, "parse text files and apply the lint rules")
	f.StringVarP(&opts.Format, "format", "f", "text", "output format: "+strings.Join(validateFormats, "|"))
	f.BoolVar(&opts.Strict, "strict", false, "fail on warnings too")
	f.StringVar(&opts.Encoding, "encoding", "", "with --text, the input encoding; detected when not given")
	f.Var(&opts.MaxSize, "max-size", "with --text, refuse files larger than this `size` (500k, 16M, 1GiB)")
	completeChoices(cmd, "format", strings.Join(validateFormats, "|"))
	completeChoices(cmd, "encoding", encodingNames)
	return cmd
}

func runValidate(opts *ValidateOptions) error {
	var findings []lint.Finding
	if opts.Text {
		findings = lintText(opts)
	} else {
		for _, path := range opts.Inputs {
			findings = append(findings, validateRecords(path, opts.IO.In)...)
		}
	}
	if err := report(opts.IO.Out, opts.Format, findings); err != nil {
		return err
	}
	for _, f := range findings {
		if f.Severity == lint.Error || opts.Strict {
			return exitError{exitFailed}
		}
	}
	return nil
}

// lintText parses the text files and runs the lint rules over their records;
// a file that does not parse is an error finding.
func lintText(opts *ValidateOptions) []lint.Finding {
	popts := &ParseOptions{IO: opts.IO, Encoding: opts.Encoding, MaxSize: opts.MaxSize}
	var recs []*schema.Record
	var out []lint.Finding
	set := &inputSet{args: opts.Inputs}
	for in := range set.all() {
		if in.Skipped {
			fmt.Fprintf(opts.IO.ErrOut, "bulletin: %s: %v\n", in.Path, in.Err)
			continue
		}
		r := parseInput(context.Background(), in, popts)
		if r.err != nil {
			out = append(out, lint.Finding{File: in.Path, Line: 0, Severity: lint.Error, Rule: "parse", Message: causeOf(r.err).Error()})
			continue
		}
		recs = append(recs, r.rec)
	}
	return append(out, lint.Check(recs)...)
}

// validateRecords checks every record in one file (- for stdin) against
// the schema.
func validateRecords(path string, stdin io.Reader) []lint.Finding {
	fail := func(line int, msg string) []lint.Finding {
		return []lint.Finding{{File: path, Line: line, Severity: lint.Error, Rule: "schema", Message: msg}}
	}
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return fail(0, pathError(err).Error())
	}
	docs, err := recordsOf(path, data)
	if err != nil {
		return fail(0, err.Error())
	}
	if len(docs) == 0 {
		return fail(0, "no records")
	}
	var out []lint.Finding
	for _, d := range docs {
		vs, err := schema.ValidateJSON(d.json)
		if err != nil {
			out = append(out, fail(d.line, fmt.Sprintf("record %d: %v", d.index, err))...)
			continue
		}
		for _, v := range vs {
			p := v.Path
			if p == "" {
				p = "/"
			}
			out = append(out, lint.Finding{File: path, Line: d.line, Severity: lint.Error, Rule: "schema",
				Message: fmt.Sprintf("record %d: %s: %s", d.index, p, v.Message)})
		}
	}
	return out
}

// recordDoc is one record of a file, as JSON, with where it starts.
type recordDoc struct {
	index int // 1-based
	line  int
	json  []byte
}

// recordsOf splits a file into its records: a JSON object or array, JSON
// lines, or YAML documents, told by the file's extension, or for standard
// input by its first character.
func recordsOf(path string, data []byte) ([]recordDoc, error) {
	ext := strings.ToLower(filepath.Ext(path))
	if path == "-" {
		ext = sniffRecords(data)
	}
	switch ext {
	case ".jsonl", ".ndjson":
		var out []recordDoc
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for n := 1; sc.Scan(); n++ {
			line := bytes.TrimSpace(sc.Bytes())
			if len(line) == 0 {
				continue
			}
			out = append(out, recordDoc{len(out) + 1, n, append([]byte(nil), line...)})
		}
		return out, sc.Err()
	case ".yaml", ".yml":
		var out []recordDoc
		dec := yaml.NewDecoder(bytes.NewReader(data))
		for {
			var node yaml.Node
			if err := dec.Decode(&node); errors.Is(err, io.EOF) {
				return out, nil
			} else if err != nil {
				return out, fmt.Errorf("reading YAML: %w", err)
			}
			var v any
			if err := node.Decode(&v); err != nil {
				return out, err
			}
			b, err := json.Marshal(v)
			if err != nil {
				return out, err
			}
			out = append(out, recordDoc{len(out) + 1, node.Line, b})
		}
	default:
		trimmed := bytes.TrimSpace(data)
		if bytes.HasPrefix(trimmed, []byte("[")) {
			var arr []json.RawMessage
			if err := json.Unmarshal(trimmed, &arr); err != nil {
				return nil, fmt.Errorf("reading JSON: %w", err)
			}
			var out []recordDoc
			for i, r := range arr {
				out = append(out, recordDoc{i + 1, 1, r})
			}
			return out, nil
		}
		if !json.Valid(trimmed) {
			return nil, errors.New("reading JSON: not valid JSON")
		}
		return []recordDoc{{1, 1, trimmed}}, nil
	}
}

// report writes the findings in the chosen format.
func report(w io.Writer, format string, fs []lint.Finding) error {
	switch format {
	case "json":
		if fs == nil {
			fs = []lint.Finding{}
		}
		b, err := marshalJSON(fs, true)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	case "github":
		for _, f := range fs {
			level := "warning"
			if f.Severity == lint.Error {
				level = "error"
			}
			line := ""
			if f.Line > 0 {
				line = fmt.Sprintf(",line=%d", f.Line)
			}
			fmt.Fprintf(w, "::%s file=%s%s,title=%s::%s\n", level, f.File, line, f.Rule, ghEscape(f.Message))
		}
		return nil
	default:
		for _, f := range fs {
			fmt.Fprintln(w, f.String())
		}
		return nil
	}
}

// ghEscape escapes a message for a GitHub Actions workflow command.
func ghEscape(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// causeOf drops the file name a parser.Error carries: the finding names it.
func causeOf(err error) error {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return err
		}
		err = u
	}
}

// sniffRecords names the kind of records a stream holds, as an extension:
// a JSON array or a single object, JSON lines (objects, one a line), or
// else YAML.
func sniffRecords(data []byte) string {
	t := bytes.TrimSpace(data)
	switch {
	case bytes.HasPrefix(t, []byte("[")):
		return ".json"
	case bytes.HasPrefix(t, []byte("{")):
		if json.Valid(t) {
			return ".json"
		}
		return ".jsonl"
	}
	return ".yaml"
}
