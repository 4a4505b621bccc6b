package extract

import (
	"strconv"
	"strings"
	"testing"

	"bulletin/schema"
)

// BenchmarkLongLists times the extractors over long lists of the shapes
// that once made them walk back over the whole list from each member: a
// hotline label over a run of numbers, a 、-list of bodies opened by 各.
// At twice the members a linear walk takes twice the time.
func BenchmarkLongLists(b *testing.B) {
	for _, tc := range []struct{ name, unit string }{
		{"phones", "1234567 "},
		{"bodies", "甲市民政局、"},
	} {
		for _, n := range []int{400, 800} {
			text := "举报电话：" + strings.Repeat(tc.unit, n)
			if tc.name == "bodies" {
				text = "各" + strings.Repeat(tc.unit, n)
			}
			b.Run(tc.name+"/"+strconv.Itoa(n), func(b *testing.B) {
				in := input(b, text)
				b.SetBytes(int64(len(text)))
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					in.results = nil
					var out schema.Entities
					for _, x := range All {
						in.extract(x, &out)
					}
				}
			})
		}
	}
}
