package parser

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"bulletin/schema"
)

// FuzzParse feeds raw bytes, seeded with the corpus, to the whole parse. It
// must never panic, and every item and value must point at lines of the
// input.
func FuzzParse(f *testing.F) {
	// Real documents, in pieces of about 2 KB cut at line ends: whole
	// documents are too large for the fuzzer to mutate quickly.
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		for len(b) > 0 {
			n := min(len(b), 2048)
			if k := bytes.LastIndexByte(b[:n], '\n'); k > 0 && n < len(b) {
				n = k + 1
			}
			f.Add(b[:n])
			b = b[n:]
		}
	}
	f.Add([]byte("\xff\xfe1\x002\x00"))
	f.Add([]byte("\xc4\xcf\xd1\xf4\xca\xd0")) // GBK
	// Grids in bars under a caption of each numbering, and one broken a
	// cell a line: the table readers index rows by what they find.
	for _, caption := range []string{"（一）基本情况", "1.基本情况", "①基本情况", "第二条", "一、综合"} {
		f.Add([]byte("| " + caption + " | | |\n| 项目 | 单位 | 数量 |\n| 养老机构 | 家 | 12 |\n| 床位 | 张 | 860 |\n"))
	}
	f.Add([]byte("| 第一部分\n|\n||||\n| 事项\n|\n新增 |\n|\n| 规章\n|\n0\n|\n|\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rec, n := parseFuzzed(t, "fuzz", data)
		if rec == nil {
			return
		}
		for _, it := range rec.Items {
			if it.Line < 0 || it.Line > n || it.EndLine > n {
				t.Fatalf("item %d at lines %d-%d of %d", it.Index, it.Line, it.EndLine, n)
			}
			for _, d := range it.Dates {
				if d.Line < it.Line || d.Line > max(it.EndLine, it.Line) {
					t.Fatalf("date %q at line %d outside its item %d-%d", d.Text, d.Line, it.Line, it.EndLine)
				}
			}
		}
	})
}

// FuzzParseMarkdown is FuzzParse for a file named as Markdown, whose
// paragraphs' lines join and whose leading HTML fragment is no page: line
// numbers stay those of the file.
func FuzzParseMarkdown(f *testing.F) {
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	for _, name := range files[:min(len(files), 5)] {
		b, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		f.Add(append([]byte("<div class=\"article\">\n\n"), b[:min(len(b), 2048)]...))
	}
	f.Add([]byte("<div class=\"col\">\n\n# 某县民政局开展走访慰问\n\n来源：[某县民政局](http://x.example.cn/) \\| 2024-05-07\n\n5月7日，某县民政局局长\n张某某一行来到敬老院。\\\n（某县民政局）\n\n| 项目 | 数量 |\n|---|---|\n| 慰问金 | 3万元 |\n\n</div>\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rec, n := parseFuzzed(t, "fuzz.md", data)
		if rec == nil {
			return
		}
		for _, it := range rec.Items {
			if it.Line < 0 || it.Line > n || it.EndLine > n {
				t.Fatalf("item %d at lines %d-%d of %d", it.Index, it.Line, it.EndLine, n)
			}
		}
		for _, p := range rec.Passages {
			if p.Line < 0 || p.Line > n {
				t.Fatalf("passage at line %d of %d", p.Line, n)
			}
		}
	})
}

// parseFuzzed parses data as the file path and returns its record, nil
// when the file holds no document, and an upper bound on its line count:
// CR, LF and CRLF all end a line, and decoded text may differ in length. A
// fault of the parser's own fails the test.
func parseFuzzed(t *testing.T, path string, data []byte) (*schema.Record, int) {
	rec, err := Parse(Source{Path: path, Data: data})
	if errors.Is(err, ErrInternal) {
		t.Fatal(err)
	}
	if err != nil {
		return nil, 0
	}
	n := strings.Count(string(data), "\n") + strings.Count(string(data), "\r") + 1
	if !utf8.Valid(data) {
		n = len(data) + 1
	}
	return rec, n
}
