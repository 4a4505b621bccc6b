package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"bulletin/parser"
	"bulletin/schema"
)

// encoder writes records in one output format. Begin is called once with
// the number of inputs: 1 for one file named, manyInputs when they could be
// several (a folder, a glob, a list: how many is known only at the end);
// Record for each parsed input in input order, Failure for each input that
// failed, End once.
type encoder interface {
	Begin(w io.Writer, inputs int) error
	Record(w io.Writer, rec *schema.Record) error
	Failure(w io.Writer, path string, err error) error
	End(w io.Writer) error
	Ext() string
}

// manyInputs is Begin's number of inputs when they could be several.
const manyInputs = -1

// formats is the table of output formats.
var formats = map[string]func(entities string) encoder{
	"yaml":  func(string) encoder { return &yamlEncoder{} },
	"json":  func(string) encoder { return &jsonEncoder{} },
	"jsonl": func(string) encoder { return &jsonlEncoder{} },
	"csv":   func(kind string) encoder { return &csvEncoder{kind: kind} },
	"html":  func(string) encoder { return &htmlEncoder{} },
}

func formatNames() string { return keyList(formats) }

// keyList is a map's keys, sorted, joined by | as flag help writes choices.
func keyList[V any](m map[string]V) string {
	return strings.Join(slices.Sorted(maps.Keys(m)), "|")
}

func marshalJSON(v any, indent bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// yamlEncoder writes YAML documents separated by ---.
type yamlEncoder struct{ n int }

func (e *yamlEncoder) Ext() string                            { return ".yaml" }
func (e *yamlEncoder) Begin(io.Writer, int) error             { return nil }
func (e *yamlEncoder) Failure(io.Writer, string, error) error { return nil }
func (e *yamlEncoder) End(io.Writer) error                    { return nil }
func (e *yamlEncoder) Record(w io.Writer, rec *schema.Record) error {
	if e.n > 0 {
		if _, err := io.WriteString(w, "---\n"); err != nil {
			return err
		}
	}
	e.n++
	doc, err := yamlNumbers(rec)
	if err != nil {
		return err
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return enc.Close()
}

// jsonEncoder writes one object for one input, an array for several.
type jsonEncoder struct {
	array bool
	n     int
}

func (e *jsonEncoder) Ext() string { return ".json" }
func (e *jsonEncoder) Begin(w io.Writer, inputs int) error {
	e.array = inputs != 1
	if e.array {
		_, err := io.WriteString(w, "[\n")
		return err
	}
	return nil
}
func (e *jsonEncoder) Failure(io.Writer, string, error) error { return nil }
func (e *jsonEncoder) Record(w io.Writer, rec *schema.Record) error {
	b, err := marshalJSON(rec, true)
	if err != nil {
		return err
	}
	if e.array && e.n > 0 {
		if _, err := io.WriteString(w, ",\n"); err != nil {
			return err
		}
	}
	e.n++
	if e.array {
		b = bytes.TrimRight(b, "\n")
	}
	_, err = w.Write(b)
	return err
}
func (e *jsonEncoder) End(w io.Writer) error {
	if e.array {
		_, err := io.WriteString(w, "\n]\n")
		return err
	}
	return nil
}

// jsonlEncoder writes one record a line; a failed input gets an error
// record, so the stream stays aligned with the inputs.
type jsonlEncoder struct{}

func (e *jsonlEncoder) Ext() string                { return ".jsonl" }
func (e *jsonlEncoder) Begin(io.Writer, int) error { return nil }
func (e *jsonlEncoder) End(io.Writer) error        { return nil }
func (e *jsonlEncoder) Record(w io.Writer, rec *schema.Record) error {
	b, err := marshalJSON(rec, false)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}
func (e *jsonlEncoder) Failure(w io.Writer, path string, err error) error {
	var pe *parser.Error
	if errors.As(err, &pe) {
		err = pe.Err // the record names the file already
	}
	b, merr := marshalJSON(struct {
		Source struct {
			Path string `json:"path"`
		} `json:"source"`
		Error string `json:"error"`
	}{Source: struct {
		Path string `json:"path"`
	}{path}, Error: err.Error()}, false)
	if merr != nil {
		return fmt.Errorf("writing error record: %w", merr)
	}
	_, werr := w.Write(b)
	return werr
}
