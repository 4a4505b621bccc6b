package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"bulletin/parser"
	"bulletin/parser/layout/cue"
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
	doc, ok := yamlRecord(rec)
	if !ok {
		var err error
		if doc, err = yamlNumbers(rec); err != nil {
			return err
		}
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return enc.Close()
}

// yamlRecord is the node that yamlNumbers gives for rec, built from the
// record's fields. yamlNumbers has yaml's encoder write the record as text
// and its parser read that back into nodes, and the node is then written
// again: three passes where one does. For the 8 KB corpus bulletin the YAML
// took 10.7 ms of a cold parse (median of 31 traced runs) and takes 5.1;
// warm, 4.4 ms and 2.2 (a benchmark of yamlEncoder.Record, half the bytes
// allocated). The node is what the parser would read: each value with the
// tag and the style that make the encoder write it as it wrote the record.
// A record holds structs, pointers, slices, maps, strings, integers,
// float64s and booleans; on anything else (a type with its own marshaller,
// invalid UTF-8 that yaml writes as base64) ok is false, and yamlNumbers
// is the way.
func yamlRecord(rec *schema.Record) (n *yaml.Node, ok bool) {
	return yamlValue(reflect.ValueOf(rec))
}

var (
	yamlMarshaler = reflect.TypeFor[yaml.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	yamlZeroer    = reflect.TypeFor[yaml.IsZeroer]()
)

func yamlValue(v reflect.Value) (*yaml.Node, bool) {
	if !v.IsValid() {
		return yamlScalar("!!null", "null"), true
	}
	t := v.Type()
	if t.Implements(yamlMarshaler) || t.Implements(textMarshaler) {
		return nil, false
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return yamlScalar("!!null", "null"), true
		}
		return yamlValue(v.Elem())
	case reflect.Struct:
		fields, ok := yamlFieldsOf(t)
		if !ok {
			return nil, false
		}
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		for _, f := range fields {
			fv := v.FieldByIndex(f.index)
			if f.omitEmpty && yamlZero(fv) {
				continue
			}
			val, ok := yamlValue(fv)
			if !ok {
				return nil, false
			}
			n.Content = append(n.Content, yamlString(f.key), val)
		}
		return yamlFlowIfEmpty(n), true
	case reflect.Map:
		if v.Len() == 0 {
			return yamlFlowIfEmpty(&yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}), true
		}
		// yaml orders a map's keys its own way; the map goes through its
		// encoder, numbers written as yamlNumbers writes them. A record
		// has one small map (the document's evidence).
		var n yaml.Node
		if err := n.Encode(v.Interface()); err != nil {
			return nil, false
		}
		yamlDecimals(&n)
		return &n, true
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return nil, false
		}
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for i := range v.Len() {
			e, ok := yamlValue(v.Index(i))
			if !ok {
				return nil, false
			}
			n.Content = append(n.Content, e)
		}
		return yamlFlowIfEmpty(n), true
	case reflect.String:
		s := v.String()
		if !utf8.ValidString(s) || yamlIndicatedBlock(s) {
			return nil, false
		}
		return yamlString(s), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return yamlScalar("!!int", strconv.FormatInt(v.Int(), 10)), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return yamlScalar("!!int", strconv.FormatUint(v.Uint(), 10)), true
	case reflect.Float64:
		return yamlFloat(v.Float()), true
	case reflect.Bool:
		return yamlScalar("!!bool", strconv.FormatBool(v.Bool())), true
	}
	return nil, false
}

func yamlScalar(tag, value string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value}
}

// yamlString is a string as the parser reads back what yaml's encoder
// wrote: tagged !!str, and double-quoted where the encoder quotes what YAML
// 1.1 would read as a number or a boolean (1:30, yes). What else the
// encoder quotes, it quotes again when writing the node (a string that
// would read as a number, a date or null; one a plain scalar cannot hold),
// and a string of several lines it writes as a literal block.
func yamlString(s string) *yaml.Node {
	n := yamlScalar("!!str", s)
	if !strings.Contains(s, "\n") && (yamlBase60Float(s) || yamlOldBool(s)) {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// yamlIndicatedBlock reports whether s is a string of several lines that
// opens with a space, a tab or a line break. yaml writes it as a literal
// block that its own parser does not always read back (an indentation
// indicator in a sequence, a tab where indentation is read: "did not find
// expected '-' indicator"); yamlNumbers, which reads it back, fails, and a
// record holding one takes its way, to be written, or fail, as it was.
// Every string of up to five of " \t\n\r\u2028\u0085\ufeff\u3000#:-'\"a中"
// with a line break was checked against yamlNumbers: these are the ones
// that differ.
func yamlIndicatedBlock(s string) bool {
	if !strings.Contains(s, "\n") {
		return false
	}
	for _, open := range []string{" ", "\t", "\n", "\r", "\u0085", "\u2028", "\u2029"} {
		if strings.HasPrefix(s, open) {
			return true
		}
	}
	return false
}

// yamlBase60Float and yamlOldBool are yaml's isBase60Float and isOldBool.
var yamlBase60 = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`)
})

func yamlBase60Float(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	if !(c == '+' || c == '-' || c >= '0' && c <= '9') || strings.IndexByte(s, ':') < 0 {
		return false
	}
	return yamlBase60().MatchString(s)
}

func yamlOldBool(s string) bool {
	switch s {
	case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON",
		"n", "N", "no", "No", "NO", "off", "Off", "OFF":
		return true
	}
	return false
}

// yamlFloat is a number as yamlNumbers writes it: a decimal, and an
// integer where it has no fraction.
func yamlFloat(f float64) *yaml.Node {
	switch {
	case math.IsInf(f, 1):
		return yamlScalar("!!float", ".inf")
	case math.IsInf(f, -1):
		return yamlScalar("!!float", "-.inf")
	case math.IsNaN(f):
		return yamlScalar("!!float", ".nan")
	}
	tag := "!!float"
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		tag = "!!int"
	}
	return yamlScalar(tag, strconv.FormatFloat(f, 'f', -1, 64))
}

// yamlFlowIfEmpty marks an empty sequence or mapping as the parser reads
// the [] or {} the encoder writes for it.
func yamlFlowIfEmpty(n *yaml.Node) *yaml.Node {
	if len(n.Content) == 0 {
		n.Style = yaml.FlowStyle
	}
	return n
}

// yamlDecimals rewrites the numbers of a node read back from yaml's
// encoder as yamlNumbers does.
func yamlDecimals(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!float" {
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			*n = *yamlFloat(f)
		}
		return
	}
	for _, c := range n.Content {
		yamlDecimals(c)
	}
}

// yamlZero is yaml's isZero, for omitempty.
func yamlZero(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		return v.Len() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	case reflect.Slice, reflect.Map:
		return v.Len() == 0
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Struct:
		t := v.Type()
		for i := range v.NumField() {
			if t.Field(i).IsExported() && !yamlZero(v.Field(i)) {
				return false
			}
		}
		return true
	}
	return false
}

// yamlField is a field as yaml's encoder writes it: its key, where it is
// (inline structs flattened), whether omitempty drops its zero.
type yamlField struct {
	key       string
	index     []int
	omitEmpty bool
}

var yamlFields sync.Map // reflect.Type → []yamlField, nil if not handled

// yamlFieldsOf lists a struct's fields by yaml's rules (getStructInfo) for
// the tags a record uses: a name, omitempty, inline structs.
func yamlFieldsOf(t reflect.Type) ([]yamlField, bool) {
	if fs, ok := yamlFields.Load(t); ok {
		return fs.([]yamlField), fs.([]yamlField) != nil
	}
	var fs []yamlField
	ok := true
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			if f.Anonymous {
				ok = false
			}
			continue
		}
		tag := f.Tag.Get("yaml")
		if tag == "" && !strings.Contains(string(f.Tag), ":") {
			tag = string(f.Tag)
		}
		if tag == "-" {
			continue
		}
		name, flags, _ := strings.Cut(tag, ",")
		var omit, inline bool
		for flag := range strings.SplitSeq(flags, ",") {
			switch flag {
			case "":
			case "omitempty":
				omit = true
			case "inline":
				inline = true
			default:
				ok = false
			}
		}
		if inline {
			if f.Type.Kind() != reflect.Struct {
				ok = false
				continue
			}
			inner, iok := yamlFieldsOf(f.Type)
			if !iok {
				ok = false
				continue
			}
			for _, g := range inner {
				g.index = append([]int{i}, g.index...)
				fs = append(fs, g)
			}
			continue
		}
		if omit && (f.Type.Kind() == reflect.Interface || f.Type.Implements(yamlZeroer)) {
			ok = false // yaml asks the value itself whether it is zero
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		fs = append(fs, yamlField{key: name, index: []int{i}, omitEmpty: omit})
	}
	seen := map[string]bool{}
	for _, f := range fs {
		ok = ok && !seen[f.key]
		seen[f.key] = true
	}
	if !ok {
		fs = nil
	}
	yamlFields.Store(t, fs)
	return fs, ok
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
	if len(rec.Items) > 0 || len(rec.Passages) > 0 {
		h := *rec
		h.Items = []schema.Item{} // a placeholder "[]" where the items go
		h.Passages = nil          // omitted: written before "warnings"
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
	at := keyAt(b, "items")
	if at < 0 {
		return errors.New("writing JSON: no items in the record")
	}
	if _, err := w.Write(b[:at]); err != nil {
		return err
	}
	end := "]"
	if indent {
		end = "\n  ]"
	}
	workers := 1
	if rec.Source.Bytes >= cue.SharedFrom {
		workers = runtime.GOMAXPROCS(0)
	}
	if len(rec.Items) == 0 {
		if _, err := io.WriteString(w, "[]"); err != nil {
			return err
		}
	} else {
		if err := writeItemsJSON(w, rec.Items, indent, workers); err != nil {
			return err
		}
		if _, err := io.WriteString(w, end); err != nil {
			return err
		}
	}
	rest := b[at+len("[]"):]
	if len(rec.Passages) > 0 {
		wa := keyAt(b, "warnings") - (at + len("[]"))
		if wa < 0 {
			return errors.New("writing JSON: no warnings in the record")
		}
		key := bytes.LastIndexByte(rest[:wa], '"')
		key = bytes.LastIndexByte(rest[:key], '"') // the opening quote of "warnings"
		if _, err := w.Write(rest[:key]); err != nil {
			return err
		}
		open := `"passages":`
		if indent {
			open += " "
		}
		if _, err := io.WriteString(w, open); err != nil {
			return err
		}
		if err := writeItemsJSON(w, rec.Passages, indent, workers); err != nil {
			return err
		}
		sep := "],"
		if indent {
			sep = "\n  ],\n  "
		}
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		rest = rest[key:]
	}
	_, err = w.Write(rest)
	return err
}

// itemsBlock is how many items a worker of writeItemsJSON encodes at a
// time: a 16 MB document's 24,000 items in 375 blocks of about 150 KB,
// so that a round holds a few MB. Not tuned: the bytes are the same for
// any size, and a block's encoding takes milliseconds against a
// goroutine's microseconds.
const itemsBlock = 64

// writeItemsJSON writes the elements of the record's items array, from
// its "[" on. Items are elements at depth 2 of the indented record: each
// on its own line, four spaces in, its inner lines deeper still. With
// several workers, blocks of items are encoded side by side, a round of
// four a worker at a time, and written in order: each item is encoded
// alone, so the bytes are those of one worker (TestItemsJSONSameShared),
// and no more than a round is held.
func writeItemsJSON[T any](w io.Writer, items []T, indent bool, workers int) error {
	open, sep := "[", ","
	if indent {
		open, sep = "[\n    ", ",\n    "
	}
	encode := func(buf *bytes.Buffer, from, to int) error {
		enc := json.NewEncoder(buf)
		enc.SetEscapeHTML(false)
		if indent {
			enc.SetIndent("    ", "  ")
		}
		for i := from; i < to; i++ {
			if i == 0 {
				buf.WriteString(open)
			} else {
				buf.WriteString(sep)
			}
			if err := enc.Encode(&items[i]); err != nil {
				return err
			}
			buf.Truncate(buf.Len() - 1) // Encode's newline
		}
		return nil
	}
	if workers < 2 {
		var buf bytes.Buffer
		for from := 0; from < len(items); from += itemsBlock {
			buf.Reset()
			if err := encode(&buf, from, min(from+itemsBlock, len(items))); err != nil {
				return err
			}
			if _, err := w.Write(buf.Bytes()); err != nil {
				return err
			}
		}
		return nil
	}
	round := 4 * workers
	bufs := make([]bytes.Buffer, round)
	errs := make([]error, round)
	for start := 0; start < len(items); start += round * itemsBlock {
		var wg sync.WaitGroup
		for k := range round {
			from := start + k*itemsBlock
			if from >= len(items) {
				break
			}
			bufs[k].Reset()
			wg.Go(func() { errs[k] = encode(&bufs[k], from, min(from+itemsBlock, len(items))) })
		}
		wg.Wait()
		for k := range round {
			if start+k*itemsBlock >= len(items) {
				break
			}
			if errs[k] != nil {
				return errs[k]
			}
			if _, err := w.Write(bufs[k].Bytes()); err != nil {
				return err
			}
		}
	}
	return nil
}

// itemsAt is the offset of the value of the record's own "items" key in
// its JSON b: the key at depth 1, outside strings (a key is the one string
// followed by a colon), or -1.
func itemsAt(b []byte) int { return keyAt(b, "items") }

// keyAt is the offset of the value of the record's own key in its JSON b
// (at depth 1, outside strings), or -1.
func keyAt(b []byte, key string) int {
	pat := []byte(`"` + key + `":`)
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
			if depth == 1 && bytes.HasPrefix(b[i:], pat) {
				j := i + len(pat)
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
