package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/segment"
)

// guessedTownOpens reports whether the name [i, …) opens with a township
// the gazetteer does not hold but the segmenter read as one proper name
// ending in the township's level (段家镇/x, 某某乡/x: 《地名管理条例》
// names a township by its proper name and 镇 or 乡): the name opens with
// its place as one the gazetteer holds does, so a verb after it is the
// field's (某某镇应对|…疫情工作领导小组办公室), no act on the body.
func guessedTownOpens(ts []segment.Token, i int) bool {
	k := tokenAt(ts, i)
	if k < 0 || ts[k].Tag != "x" && ts[k].Tag != "ns" {
		return false
	}
	w := ts[k].Word
	return utf8.RuneCountInString(w) >= 3 && (strings.HasSuffix(w, "镇") || strings.HasSuffix(w, "乡"))
}
