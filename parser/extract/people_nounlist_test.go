package extract

import "testing"

// TestPeopleNounList: a common word after a title that heads a list (、)
// is the list's topic, no given name, when a name stands right before the
// title; a name after the title, or no name before it, is read as ever.
func TestPeopleNounList(t *testing.T) {
	tests := []rowCase{
		{"学习习近平总书记家庭、家教、家风的重要论述。", "习近平 总书记 [总书记]"},
		// Must not fire: a name after the title; no name before it.
		{"张某局长李强、王伟出席会议。", "李强 局长 [局长]; 王伟 局长 [局长]"},
		{"局长高峰、副局长王伟出席。", "高峰 局长 [局长]; 王伟 副局长 [副局长]"},
		// A name the segmenter reads as a common word (方向, n) heading the
		// list with no name before the title: the name after it holds it.
		{"局长方向、副局长王伟出席。", "方向 局长 [局长]; 王伟 副局长 [副局长]"},
		// A name after the title heads the list: the rule keeps out.
		// Known limit: the second name is given the first one's title,
		// as a list of names after one title shares it (sharingTitle); a
		// report that names two leaders of different posts this way is
		// not told apart. What is right is the second name alone (no
		// title); the row pins what the parser does today.
		{"总书记王建国、李强出席。", "王建国 总书记 [总书记]; 李强 总书记 [总书记]"},
	}
	checkRows(t, tests, "people", personRows)
}
