package extract

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"bulletin/schema"
)

// BenchmarkTargetsLongLine times Targets over pages of testdata/unfitted
// run into one line, as a copy that lost its line breaks prints a flattened
// page: every number's sentence, clause and bracket lies somewhere in one
// passage, so a test that scans back over the passage from each number
// takes time as the square of its length. The extractors Targets requires
// run once, before the timing; at twice the pages a bounded scan takes
// about twice the time.
func BenchmarkTargetsLongLine(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/unfitted/*.txt")
	if len(files) == 0 {
		b.Fatal("no testdata/unfitted")
	}
	for _, n := range []int{40, 80, 150} {
		var pages []string
		for _, f := range files[:min(n, len(files))] {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			pages = append(pages, strings.ReplaceAll(string(data), "\n", ""))
		}
		text := strings.Join(pages, "")
		b.Run(strconv.Itoa(n)+"pages", func(b *testing.B) {
			in := input(b, text)
			var out schema.Entities
			for _, x := range All {
				in.extract(x, &out)
			}
			b.SetBytes(int64(len(text)))
			b.ResetTimer()
			for b.Loop() {
				o := out
				o.Targets, o.Achievements = nil, nil
				in.extract(Targets{}, &o)
			}
		})
	}
}
