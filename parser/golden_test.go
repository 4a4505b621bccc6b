package parser

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"bulletin/parser/read"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden parses every corpus document and compares the whole record
// with its golden file; and so for the documents in testdata/formats, the
// same texts as PDF, Word and HTML files.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus documents: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			checkGolden(t, f, "testdata/corpus/"+name+".txt", filepath.Join("..", "testdata", "golden", name+".json"))
		})
	}
	formats, _ := filepath.Glob("../testdata/formats/*.*")
	for _, f := range formats {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			checkGolden(t, f, "testdata/formats/"+name, filepath.Join("..", "testdata", "golden", "formats", name+".json"))
		})
	}
}

func checkGolden(t *testing.T, file, path, golden string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := Parse(Source{Path: path, Data: data})
	if errors.Is(err, read.ErrNeedsProgram) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rec); err != nil {
		t.Fatal(err)
	}
	if *update {
		os.MkdirAll(filepath.Dir(golden), 0o755)
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./... -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("record differs from %s; run go test ./... -update and review the diff\n%s", golden, firstDiff(string(want), buf.String()))
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want " + w + "\n   got " + g
		}
	}
	return ""
}
