package schema

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var _ = flag.Bool("update", false, "rewrite golden files")

// TestGoldenRecordsValidate holds every golden record against the schema
// generated from the Go types.
func TestGoldenRecordsValidate(t *testing.T) {
	files, _ := filepath.Glob("../testdata/golden/*.json")
	if len(files) == 0 {
		t.Fatal("no golden records")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		vs, err := ValidateJSON(b)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range vs {
			t.Errorf("%s: %s: %s", filepath.Base(f), v.Path, v.Message)
		}
	}
}

// TestSchemaRejects checks that the schema catches broken records.
func TestSchemaRejects(t *testing.T) {
	b, err := os.ReadFile("../testdata/golden/pingdingshan-2021-54.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec map[string]any
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		breakit func(map[string]any)
		path    string
	}{
		{"unknown kind", func(r map[string]any) { r["document"].(map[string]any)["kind"] = "memo" }, "/document/kind"},
		{"missing items", func(r map[string]any) { delete(r, "items") }, ""},
		{"item index zero", func(r map[string]any) { r["items"].([]any)[0].(map[string]any)["index"] = 0 }, "/items/0/index"},
		{"extra field", func(r map[string]any) { r["document"].(map[string]any)["colour"] = "red" }, "/document"},
		{"date not a date", func(r map[string]any) { r["document"].(map[string]any)["date"] = "29 July" }, "/document/date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r map[string]any
			json.Unmarshal(b, &r)
			tc.breakit(r)
			nb, _ := json.Marshal(r)
			vs, err := ValidateJSON(nb)
			if err != nil {
				t.Fatal(err)
			}
			if len(vs) == 0 {
				t.Fatal("broken record validated")
			}
			found := false
			for _, v := range vs {
				if v.Path == tc.path || strings.HasPrefix(v.Path, tc.path) && tc.path != "" {
					found = true
				}
			}
			if !found {
				t.Errorf("no violation at %q: %+v", tc.path, vs)
			}
		})
	}
	_ = rec
}

// TestViolationPaths checks the places violations are given at: a key with
// / and ~ escaped as a JSON pointer escapes them, and a missing property
// named once, by the record that lacks it.
func TestViolationPaths(t *testing.T) {
	b, err := os.ReadFile("../testdata/golden/pingdingshan-2021-54.json")
	if err != nil {
		t.Fatal(err)
	}
	var r map[string]any
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	r["document"].(map[string]any)["evidence"].(map[string]any)["a/b~c"] = map[string]any{"text": 5, "line": 1, "rule": "r"}
	delete(r, "items")
	nb, _ := json.Marshal(r)
	vs, err := ValidateJSON(nb)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, v := range vs {
		paths = append(paths, v.Path)
	}
	if want := []string{"", "/document/evidence/a~1b~0c/text"}; strings.Join(paths, " ") != strings.Join(want, " ") {
		t.Errorf("violations at %q, want %q: %+v", paths, want, vs)
	}
}
