package extract

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
	"bulletin/schema"
)

// flattenedPages joins the first n pages of testdata/unfitted into one
// line, their line breaks dropped, as a copy that lost a page's breaks
// prints it.
func flattenedPages(b *testing.B, n int) string {
	files, _ := filepath.Glob("../../testdata/unfitted/*.txt")
	if len(files) < n {
		b.Skipf("%d pages in testdata/unfitted, want %d", len(files), n)
	}
	var sb strings.Builder
	for _, f := range files[:n] {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			// A page's chrome (当前位置:首页 > …) would make the one
			// line chrome, and every name on it dropped unread.
			if !cue.IsBreadcrumb(span.SqueezeString(l)) && !linkRow(l) && !copyrightLine(l) {
				sb.WriteString(l)
			}
		}
	}
	return sb.String()
}

// BenchmarkAgenciesFlattened times Agencies over pages run into one line
// (40 pages, some 65 KB, and 150, some 240 KB): a pass that reads back
// from each name to its line's start reads the whole page for each, so
// the time per byte grows with the line; read back to the sentence, or
// over an index made once, it holds. The extractors it requires run
// once, before the timing.
func BenchmarkAgenciesFlattened(b *testing.B) {
	for _, n := range []int{40, 150} {
		text := flattenedPages(b, n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			in := input(b, text)
			var out schema.Entities
			for _, x := range All {
				if x.Name() == "agencies" {
					break
				}
				in.extract(x, &out)
			}
			b.SetBytes(int64(len(text)))
			b.ResetTimer()
			for b.Loop() {
				var out schema.Entities
				Agencies{}.Extract(in, &out)
			}
		})
	}
}
