package extract

import (
	"strings"
	"testing"
)

// TestLineStart: lineStart gives the offset just after the last line break
// before an offset, or 0, as a backward search does, for every offset of
// a passage with several breaks (one at its start, two in a row, one at
// its end); the breaks read once serve the same text asked again, and a
// different text, even of the same length, is read anew. A nil Input
// searches back itself.
func TestLineStart(t *testing.T) {
	texts := []string{
		"\n一、工作目标\n\n到2025年，建成100个站点。\n",
		"第一行\n第二行\n第三行",
		"第一行第二行\n第三\n行", // the same length as the one before, other breaks
		"一行而已，没有换行。",
	}
	in := &Input{}
	for _, pass := range []string{"first", "again"} {
		for _, s := range texts {
			for at := 0; at <= len(s); at++ {
				want := strings.LastIndexByte(s[:at], '\n') + 1
				if got := in.lineStart(s, at); got != want {
					t.Errorf("%s: lineStart(%q, %d) = %d, want %d", pass, s, at, got, want)
				}
				var none *Input
				if got := none.lineStart(s, at); got != want {
					t.Errorf("nil Input: lineStart(%q, %d) = %d, want %d", s, at, got, want)
				}
			}
		}
	}
}
