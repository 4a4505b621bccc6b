package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/numeral"
)

// ordinalListedMeasured reports whether the number at [i, j) goes on a
// list of ordinals that one 第 opens where each keeps the measure word
// (国务院第55次、56次、62次常务会议, 第3条、5条): the 第 counts each, as
// ordinalListed reads the list with the word printed once at its end.
func ordinalListedMeasured(s string, i, j int) bool {
	u, ok := unitAt(s, j)
	if !ok || u == "" {
		return false
	}
	for k := i; strings.HasSuffix(s[:k], u+"、"); {
		k -= len(u + "、")
		d := k
		for d > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:d])
			if !(r >= '0' && r <= '9') && !numeral.IsChinese(r) {
				break
			}
			d -= w
		}
		if d == k {
			return false
		}
		if strings.HasSuffix(s[:d], "第") {
			return true
		}
		k = d
	}
	return false
}
