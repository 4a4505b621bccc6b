package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"bulletin/schema"
)

// viaYAMLEncoder is the YAML of rec the way yamlEncoder wrote it before
// yamlRecord: yaml's encoder and parser make the node, yamlNumbers writes
// its numbers.
func viaYAMLEncoder(rec *schema.Record) ([]byte, error) {
	doc, err := yamlNumbers(rec)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	err = enc.Close()
	return b.Bytes(), err
}

// sameYAML checks that yamlEncoder writes rec byte for byte as before (or
// fails as it did), and whether it took yamlRecord's way.
func sameYAML(t *testing.T, name string, rec *schema.Record, fast bool) {
	t.Helper()
	if _, ok := yamlRecord(rec); ok != fast {
		t.Errorf("%s: yamlRecord handled it: %v, want %v", name, ok, fast)
	}
	var got bytes.Buffer
	err := (&yamlEncoder{}).Record(&got, rec)
	want, werr := viaYAMLEncoder(rec)
	switch {
	case err != nil || werr != nil:
		if err == nil || werr == nil || err.Error() != werr.Error() {
			t.Errorf("%s: error %v, want %v", name, err, werr)
		}
	case !bytes.Equal(got.Bytes(), want):
		t.Errorf("%s: YAML differs\n got: %s\nwant: %s", name, got.Bytes(), want)
	}
}

// TestYAMLRecordGolden holds the golden records' YAML to what yaml's
// encoder wrote.
func TestYAMLRecordGolden(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/golden/*.json")
	if len(files) == 0 {
		t.Fatal("no golden records")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var rec schema.Record
		if err := json.Unmarshal(b, &rec); err != nil {
			t.Fatal(err)
		}
		sameYAML(t, filepath.Base(f), &rec, true)
	}
}

// TestYAMLRecordEdges holds values that YAML quotes, blocks or writes as
// numbers its own way.
func TestYAMLRecordEdges(t *testing.T) {
	strs := []string{"", " ", "true", "True", "yes", "y", "N", "off", "null", "~", "1:30", "-12:30:45.5",
		"190:20:30", "0x1F", "0o17", "0b101", "1e3", ".5", "+1", "-0", "1_000", ".inf", ".NaN", "2025-12-08",
		"2025-12-08T10:00:00Z", "2025-12-08 10:00:00", " lead", "trail ", "a: b", "a:b", "- x", "-", "---", "...",
		"#x", "x #y", "x# y", "multi\nline", "multi\nline\n", "two\n\n", "sp \nline", "x\n\tlead", "x\n lead", "tab\tx",
		"\u00a0nbsp", "'quote", `"dq`, `back\slash`, "[x]", "{x}", "*a", "&a", "!t", "%p", "@a", "`b", "|", ">", "?",
		"? x", ",", "a, b", "中文：冒号", "中文: 冒号", "a\r\nb", "bell\a", "\x7f", "\u2028", "\ufeffbom",
		"https://x.y/z?a=b#c", strings.Repeat("长文本 long words ", 12), strings.Repeat("字", 200)}
	nums := []float64{0, math.Copysign(0, -1), 1, -3, 0.5, 1e-7, 104.04e4, 123456, 1234567, 1e6, 1e21, 1 << 53,
		1<<53 + 2, -(1 << 60), 123456789.125, 0.1 + 0.2, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.Inf(1), math.Inf(-1), math.NaN()}
	for _, s := range strs {
		rec := &schema.Record{Items: []schema.Item{{Text: s, Sources: []string{s}}}, Document: schema.Document{Evidence: map[string]schema.Evidence{s: {Text: s}}}}
		sameYAML(t, fmt.Sprintf("%q", s), rec, true)
	}
	// yaml cannot read back some of its literal blocks: these records are
	// written, or fail, as they were.
	for _, s := range []string{"\nlead", " \nlead", "\tlead\nx", "\r\nlead", "\u2028\nlead", "\n"} {
		rec := &schema.Record{Items: []schema.Item{{Text: s, Sources: []string{s}}}}
		sameYAML(t, fmt.Sprintf("%q", s), rec, false)
	}
	var rows [][]any
	for _, s := range strs {
		rows = append(rows, []any{s, nil, true, 7})
	}
	for _, f := range nums {
		rows = append(rows, []any{f, false})
	}
	ev := map[string]schema.Evidence{}
	for i, k := range []string{"title", "10", "2", "a10", "a2", "a1", "B", "_x", "yes", "1:30", "date"} {
		ev[k] = schema.Evidence{Text: strs[i%len(strs)], Span: schema.Span{Line: i}, Rule: "r"}
	}
	rec := &schema.Record{
		SchemaVersion: schema.Version,
		Source:        schema.Source{Path: "-", Bytes: 1 << 40},
		Document:      schema.Document{Kind: "notice", Evidence: ev, Recipients: strs},
		Warnings:      []schema.Warning{},
	}
	for i, s := range strs {
		title := s
		rec.Items = append(rec.Items, schema.Item{Index: i + 1, Kind: "item", Title: &title, Text: s, Sources: []string{s}})
	}
	for _, f := range nums {
		to := f
		rec.Document.Quantities = append(rec.Document.Quantities, schema.Quantity{Value: f, To: &to, Unit: "元"})
		rec.Document.Targets = append(rec.Document.Targets, schema.Target{Value: f})
	}
	rec.Document.Tables = []schema.Table{{Rows: rows, Columns: []schema.Column{}}, {}}
	rec.Document.Dates = []schema.Date{{Value: "2025-12", Fuzzy: true}, {}}
	sameYAML(t, "edges", rec, true)
	sameYAML(t, "empty", &schema.Record{}, true)

	// Bytes not UTF-8 yaml writes as base64: yamlNumbers' way.
	rec.Items[0].Text = "bad \xff byte"
	sameYAML(t, "invalid UTF-8", rec, false)
}

// TestYAMLRecordLines holds every string with a line break of two of
// these characters, and a third of some, to what yaml's encoder and parser
// wrote, as a mapping's value and in a sequence.
func TestYAMLRecordLines(t *testing.T) {
	alphabet := []string{"a", "中", " ", "\t", "\n", "\r", "\u2028", "\u0085", "#", ":", "-", "\ufeff", "\u3000", "'", `"`}
	for _, c := range alphabet {
		for _, d := range alphabet {
			for _, e := range []string{"", "a", " ", "\t", "\n"} {
				s := c + d + e
				if !strings.ContainsAny(s, "\n\r\u2028\u0085") {
					continue
				}
				rec := &schema.Record{Items: []schema.Item{{Text: s, Sources: []string{s}}}}
				_, fast := yamlRecord(rec)
				sameYAML(t, fmt.Sprintf("%q", s), rec, fast)
			}
		}
	}
}
