package extract

import "testing"

// TestPeopleWordNamed: a name of three characters whose surname and first
// given character make a word of the dictionary (高新, 高度, 严格, 高速),
// between a title of office and a verb a report prints after a name, is
// the holder's. A word there with a function word, a stop of names or a
// leading verb after it, or with no verb of acting after the character,
// names no one.
func TestPeopleWordNamed(t *testing.T) {
	tests := []rowCase{
		{"某市副市长高新文通报有关情况。", "高新文 副市长 [副市长]"},
		{"会上，副县长高新民讲话。", "高新民 副县长 [副县长]"},
		{"副主任高度明陪同调研。", "高度明 副主任 [副主任]"},
		{"县长严格亮出席会议。", "严格亮 县长 [县长]"},
		{"副局长高速杰出席开幕式。", "高速杰 副局长 [副局长]"},
		// Not a name.
		{"局长亲自主持会议。", ""},
		{"局长高兴地表示，要抓好落实。", ""},
		{"局长亲自带队看望困难群众。", ""},
		{"局长亲自会出席。", ""},
		{"局长高新区出席仪式。", ""},
		{"书记全程陪同。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
