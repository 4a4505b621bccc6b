package extract

import "testing"

// TestPeopleDescribedSpeaker: a bare name right after the 的 of the
// phrase that says who the person is, before a verb of saying and the mark
// that opens the quote, is a person with no role; a word of another kind
// there, a 说 that opens a word (说明), or no 的 before reads no one here.
func TestPeopleDescribedSpeaker(t *testing.T) {
	tests := []rowCase{
		{"古城区某街道新团社区的杨某芬说:“这里有很多人一起跳舞。”", "杨某芬 -"},
		{"家住某村的李秀英说,今年的补贴已经到账。", "李秀英 -"},
		{"来自某县的赵丽萍称:“谢谢救助站的帮助。”", "赵丽萍 -"},
		{"刚领证的孙小梅说:“今天的日子有纪念意义。”", "孙小梅 -"},

		// No name: a common word, a verb that opens a word, no quote after.
		{"前来登记的新人说:“今天的日子有纪念意义。”", ""},
		{"社区的负责人说:“我们会继续做好服务。”", ""},
		{"社区的王建国说明了情况。", ""},
		// 的 inside a word (目的) or opening one (的确), one character
		// before 说.
		{"为达到目的王小燕说:“这次活动很有意义。”", ""},
		{"效果的确明显,王小燕说:“这次活动很有意义。”", ""},
		{"社区的王说:“我们会继续做好服务。”", ""},
	}
	checkRows(t, tests, "people", personRows)
}
