package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bulletin/parser"
	"bulletin/schema"
)

// TestSourceText reads a record's document again for its page: the text
// whose lines the record numbers, in the encoding it was read in; a file
// that changed, or standard input, cannot be.
func TestSourceText(t *testing.T) {
	dir := t.TempDir()
	gbk, err := os.ReadFile("../../testdata/encodings/no39.gbk.txt")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "no39.txt")
	if err := os.WriteFile(path, gbk, 0o644); err != nil {
		t.Fatal(err)
	}
	rec, err := parser.Parse(parser.Source{Path: path, Data: gbk})
	if err != nil {
		t.Fatal(err)
	}
	utf8, err := os.ReadFile("../../testdata/corpus/nanyang-2025-12-08-no39.txt")
	if err != nil {
		t.Fatal(err)
	}
	text, err := sourceText(context.Background(), rec, "")
	if err != nil {
		t.Fatal(err)
	}
	if text != string(utf8) {
		t.Errorf("the text of the GBK file is not that of the UTF-8 one")
	}
	lines := strings.Split(text, "\n")
	if ev := rec.Document.Evidence["issue"]; !strings.Contains(lines[ev.Line-1], "39") {
		t.Errorf("line %d, where the record reads the issue, is %q", ev.Line, lines[ev.Line-1])
	}

	// Found beside the records when the path is relative.
	rel := *rec
	rel.Source.Path = "no39.txt"
	if _, err := sourceText(context.Background(), &rel, dir); err != nil {
		t.Errorf("relative path beside the records: %v", err)
	}

	if err := os.WriteFile(path, append(gbk, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := sourceText(context.Background(), rec, ""); !errors.Is(err, errSourceGone) || !strings.Contains(err.Error(), "changed") {
		t.Errorf("a changed file: %v", err)
	}
	stdin := &schema.Record{Source: schema.Source{Path: "-"}}
	if _, err := sourceText(context.Background(), stdin, ""); !errors.Is(err, errSourceGone) {
		t.Errorf("standard input: %v", err)
	}
	missing := &schema.Record{Source: schema.Source{Path: filepath.Join(dir, "gone.txt")}}
	if _, err := sourceText(context.Background(), missing, ""); !errors.Is(err, errSourceGone) {
		t.Errorf("a missing file: %v", err)
	}
}

// TestSourceTextReplaced: a file read with bytes replaced is read again
// the same way, not refused.
func TestSourceTextReplaced(t *testing.T) {
	good, err := os.ReadFile("../../testdata/corpus/nanyang-2025-12-08-no39.txt")
	if err != nil {
		t.Fatal(err)
	}
	data := append(append(append([]byte(nil), good[:40]...), 0xFF, 0xFE), good[40:]...)
	path := filepath.Join(t.TempDir(), "invalid.txt")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	rec, err := parser.Parse(parser.Source{Path: path, Data: data, Encoding: "utf-8:replace"})
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	if rec.Source.SHA256 != hex.EncodeToString(sum[:]) {
		t.Fatal("the record's SHA-256 is not the file's")
	}
	text, err := sourceText(context.Background(), rec, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "\uFFFD") {
		t.Errorf("the replaced bytes are not in the text")
	}
}
