package extract

import (
	"strings"

	"bulletin/parser/segment"
)

// A verb the segmenter tags as a verbal noun (突破/vn, 增长/vn, 投资/vn)
// right after 将 and right before a figure (将突破|40|个) is the verb the
// future's auxiliary governs: 将 as the preposition of disposal takes a
// noun as its object and a verb after it (将工作|落实到位), and no object
// of disposal is followed straight by a count, while a verb takes the
// count as its object (《现代汉语词典》 将 ④, 副词: 将要). Source: the 将突破…,
// 将增长… of news reports of bureaus' plans.

// verbalNounCounting reports whether the word at k is a verbal noun that
// takes the figure right after it as its object.
func verbalNounCounting(ts []segment.Token, k int) bool {
	return k+1 < len(ts) && ts[k].Tag == "vn" && ts[k+1].Tag == "m" && strings.ContainsAny(ts[k+1].Word, "0123456789")
}
