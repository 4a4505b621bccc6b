package extract

import "bulletin/parser/segment"

// adverbialOpens reports whether ts[k] opens an adverbial, the word the
// structural particle 地 (uv) follows right after it (高兴|地, 认真|地): an
// adverbial stands between the subject and its predicate (努尔沙曼·瓦斯力
// 高兴地向…介绍), so the name, the subject, ends before it as it ends
// before a predicate. Source: 《现代汉语词典》 (7th ed.), 地 (de), the
// particle that marks the word before it as modifying a verb.
func adverbialOpens(ts []segment.Token, k int) bool {
	if k+1 >= len(ts) {
		return false
	}
	next := ts[k+1]
	return next.Start == ts[k].End && next.Word == "地" && next.Tag == "uv" && allHan(ts[k].Word)
}
