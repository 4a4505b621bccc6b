package parser

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"bulletin/parser/segment"
)

// shapes are texts of the kinds that made the parser quadratic before
// (every scan of a sentence, a clause or a list of words from each
// candidate): no punctuation, all 第…期, a mix of every mark, a body's
// head again and again (市民政局局长, with no punctuation or as a list). Each is
// built from the corpus to about the given size.
func shapes(b *testing.B, size int) map[string]string {
	var han []rune
	for _, d := range corpus(b) {
		for _, r := range string(d) {
			if unicode.Is(unicode.Han, r) {
				han = append(han, r)
			}
		}
	}
	var nopunct, qi, mixed, heads, headList strings.Builder
	marks := []string{"民政局", "2025年6月3日", "（市民政局）", "第3期", "5万元", "、", "联系人：张三", "《关于", "》", "“", "”"}
	for i := 0; nopunct.Len() < size; i++ {
		nopunct.WriteRune(han[i%len(han)])
	}
	for i := 0; qi.Len() < size; i++ {
		fmt.Fprintf(&qi, "第%d期", i)
	}
	for i := 0; mixed.Len() < size; i++ {
		mixed.WriteString(marks[(i*7)%len(marks)])
		mixed.WriteRune(han[i%len(han)])
	}
	for heads.Len() < size {
		heads.WriteString("市民政局局长")
	}
	for headList.Len() < size {
		headList.WriteString("市民政局局长、")
	}
	return map[string]string{"no-punctuation": nopunct.String(), "issue-numbers": qi.String(), "mixed": mixed.String(), "heads": heads.String(), "head-list": headList.String()}
}

// lines breaks s every width runes, as a text extracted from a page is.
func lines(s string, width int) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		b.WriteRune(r)
		if n++; n%width == 0 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// BenchmarkShapes parses each shape as one line and as lines: the two must
// stay within a small factor of each other, and each size four times the
// other within about four times the time (compare with benchstat).
func BenchmarkShapes(b *testing.B) {
	if _, err := segment.Shared(); err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{64 << 10, 256 << 10} {
		for name, text := range shapes(b, size) {
			for _, layout := range []string{"one-line", "lines"} {
				data := []byte(text)
				if layout == "lines" {
					data = []byte(lines(text, 40))
				}
				b.Run(fmt.Sprintf("%s/%s/%dKB", name, layout, size>>10), func(b *testing.B) {
					b.SetBytes(int64(len(data)))
					for i := 0; i < b.N; i++ {
						Parse(Source{Path: name, Data: data})
					}
				})
			}
		}
	}
}
