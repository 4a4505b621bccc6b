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
	if e.array && e.n > 0 {
		if _, err := io.WriteString(w, ",\n"); err != nil {
			return err
		}
	}
	e.n++
	return writeRecordJSON(w, rec, true, e.array)
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
	return writeRecordJSON(w, rec, false, false)
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

// writeRecordJSON writes rec as marshalJSON(rec, indent) does, byte for
// byte, without its last newline if trim, but an item at a time, so that
// no copy of the whole JSON is ever held: a 16 MB document's 24,000 items
// marshalled whole took three copies of its 59 MB of JSON at once (the
// encoder's, the indented one, the buffer's), over a third of its peak.
// An error from an item leaves the record cut short; the output is then
// abandoned anyway.
func writeRecordJSON(w io.Writer, rec *schema.Record, indent, trim bool) error {
	head := rec
	if len(rec.Items) > 0 {
		h := *rec
		h.Items = []schema.Item{} // a placeholder "[]" where the items go
		head = &h
	}
	b, err := marshalJSON(head, indent)
	if err != nil {
		return err
	}
	if trim {
		b = bytes.TrimRight(b, "\n")
	}
	if head == rec {
		_, err = w.Write(b)
		return err
	}
	at := itemsAt(b)
	if at < 0 {
		return errors.New("writing JSON: no items in the record")
	}
	if _, err := w.Write(b[:at]); err != nil {
		return err
	}
	// Items are elements at depth 2 of the indented record: each on its
	// own line, four spaces in, its inner lines deeper still.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	open, sep, end := "[", ",", "]"
	if indent {
		enc.SetIndent("    ", "  ")
		open, sep, end = "[\n    ", ",\n    ", "\n  ]"
	}
	for i := range rec.Items {
		buf.Reset()
		if i == 0 {
			buf.WriteString(open)
		} else {
			buf.WriteString(sep)
		}
		if err := enc.Encode(&rec.Items[i]); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1) // Encode's newline
		if _, err := w.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	if _, err := io.WriteString(w, end); err != nil {
		return err
	}
	_, err = w.Write(b[at+len("[]"):])
	return err
}

// itemsAt is the offset of the value of the record's own "items" key in
// its JSON b: the key at depth 1, outside strings (a key is the one string
// followed by a colon), or -1.
func itemsAt(b []byte) int {
	depth, inString := 0, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case inString:
			if c == '\\' {
				i++
			} else if c == '"' {
				inString = false
			}
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
		case c == '"':
			if depth == 1 && bytes.HasPrefix(b[i:], []byte(`"items":`)) {
				j := i + len(`"items":`)
				for j < len(b) && b[j] == ' ' {
					j++
				}
				return j
			}
			inString = true
		}
	}
	return -1
}
