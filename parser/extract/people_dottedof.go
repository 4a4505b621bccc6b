package extract

import "bulletin/parser/segment"

// possessiveAfter reports whether ts[k] is the structural particle 的 (uj)
// right after the last part of a dotted name (古丽苏木·吐尔地|的|家中): 的
// closes an attributive, the name of whose home or family the clause
// speaks; the segmenter cut it off as a word of its own, so the name ends
// before it as it ends before a mark. Source: 《现代汉语词典》 (7th ed.), 的
// (de), the particle after an attributive.
func possessiveAfter(ts []segment.Token, k int) bool {
	return k >= 0 && k < len(ts) && ts[k].Word == "的" && ts[k].Tag == "uj"
}
