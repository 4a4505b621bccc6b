package extract

import "testing"

// TestPeopleEdges66: a word of office right after an adverb of negation
// (不, 并不, 未) is the verb it also is, no title: a repost's disclaimer
// (本文来自网络,不代表某网立场) names no one. Each with what must stay: the
// same word as a title before a name, a negation inside a longer word.
func TestPeopleEdges66(t *testing.T) {
	checkRows(t, []rowCase{
		{"本文来自网络,不代表邵商网立场,转载请注明出处。", ""},
		{"文章仅代表作者本人观点,并不代表陈氏网立场。", ""},
		{"以上内容不代表李家网观点。", ""},

		// A title before a name stays a title.
		{"全国最美家庭代表张素霞发言。", "张素霞 代表 [代表]"},
		{"群众代表李明出席。", "李明 代表 [代表]"},
		{"局长张三不断强调安全。", "张三 局长 [局长]"},
	}, "people", personRows)
}
