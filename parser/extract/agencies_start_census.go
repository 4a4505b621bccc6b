package extract

import (
	"strings"

	"bulletin/parser/numeral"
)

// censusOrdinalBefore reports whether an ordinal of rounds (第二次, 第七次)
// ends at p of s, opening at a place or level's end: a national census or
// survey is named by its round and 全国 (第七次全国人口普查, 第二次全国地名
// 普查, as 《全国人口普查条例》 (2010) and 《全国污染源普查条例》 name the
// 普查 the State Council orders every ten years), and the body a place sets
// up for it is named after the census (省第二次全国地名普查领导小组: the
// 普查机构 of 《全国人口普查条例》 §7), so the 全国 after the round is a
// word of that body's name, no whole area that opens a class.
func censusOrdinalBefore(s string, p int) bool {
	q := strings.LastIndex(s[:p], "第")
	if q < 0 || p-q > len("第一百零一次") {
		return false
	}
	_, m, end, ok := numeral.Ordinal(s[q:p])
	return ok && m == "次" && q+end == p
}
