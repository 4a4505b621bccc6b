package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/decode"
	"bulletin/parser/extract"
	"bulletin/parser/layout"
	"bulletin/parser/segment"
)

func corpus(b *testing.B) map[string][]byte {
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	out := map[string][]byte{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".txt")] = data
	}
	return out
}

// BenchmarkParse is the whole parse of each corpus document (the
// segmenter loaded beforehand: its load is a cost of starting, not of
// parsing).
func BenchmarkParse(b *testing.B) {
	if _, err := segment.Shared(); err != nil {
		b.Fatal(err)
	}
	for name, data := range corpus(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				if _, err := Parse(Source{Path: name, Data: data}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkStages times each stage of the pipeline over the whole corpus,
// and gojieba's Tag alone over the same text as the yardstick.
func BenchmarkStages(b *testing.B) {
	docs := corpus(b)
	var all []byte
	for _, d := range docs {
		all = append(all, d...)
	}
	seg, err := segment.Shared()
	if err != nil {
		b.Fatal(err)
	}
	text, _, _ := decode.Text(all, "")
	lines := clean.Lines(text)
	var laid []*layout.Document
	for _, d := range docs {
		t, _, _ := decode.Text(d, "")
		laid = append(laid, layout.Analyze(clean.Lines(t)))
	}
	b.Run("decode", func(b *testing.B) {
		b.SetBytes(int64(len(all)))
		for i := 0; i < b.N; i++ {
			decode.Text(all, "")
		}
	})
	b.Run("clean", func(b *testing.B) {
		b.SetBytes(int64(len(all)))
		for i := 0; i < b.N; i++ {
			clean.Lines(text)
		}
	})
	b.Run("layout", func(b *testing.B) {
		b.SetBytes(int64(len(all)))
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				t, _, _ := decode.Text(d, "")
				layout.Analyze(clean.Lines(t))
			}
		}
	})
	_ = lines
	b.Run("jieba-tag", func(b *testing.B) {
		b.SetBytes(int64(len(all)))
		for i := 0; i < b.N; i++ {
			seg.Tag(text)
		}
	})
	for k, x := range extract.All {
		b.Run("extract/"+x.Name(), func(b *testing.B) {
			b.SetBytes(int64(len(all)))
			for i := 0; i < b.N; i++ {
				for _, doc := range laid {
					env := extract.NewEnv(doc, seg)
					for _, it := range doc.Items {
						in := &extract.Input{Text: it.Text(), Env: env}
						var out = extract.RunUpTo(in, k)
						_ = out
					}
				}
			}
		})
	}
}

// BenchmarkCorpus parses the five corpus documents per operation: one
// figure for the whole parse, in MB/s.
func BenchmarkCorpus(b *testing.B) {
	if _, err := segment.Shared(); err != nil {
		b.Fatal(err)
	}
	docs := corpus(b)
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for name, data := range docs {
			if _, err := Parse(Source{Path: name, Data: data}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
