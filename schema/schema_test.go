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
