package extract

import "bulletin/parser/segment"

// formerMark is the word printed before a title of office that says its
// holder held it once and holds it no more (原副市长, 原副理事长).
const formerMark = "原"

// formerPost reports whether the title chain that opens at i is printed
// after 原 as a word of its own (市人民政府|原|副市长|某某): the post is
// the former one, and the role is the title as printed with its mark
// (原副市长), as the chain's qualifiers (常务, 分管) are part of it. A 原
// that closes a place's name (太原, 中原区, 草原) is read into that word
// by the segmenter and marks nothing.
func formerPost(ts []segment.Token, i int) bool {
	k := tokenEndingAt(ts, i)
	return k >= 0 && ts[k].Word == formerMark
}
