package extract

import "testing"

// TestPeopleUnknownCut: a full name before a title that the segmenter,
// knowing none of its words, cut with the character before it
// (以习|近平|总书记) is read whole; a word it knows before the title, a
// given name opening with a stop or a name read whole keep their reading.
func TestPeopleUnknownCut(t *testing.T) {
	tests := []rowCase{
		{"要以习近平总书记重要讲话为遵循。", "习近平 总书记 [总书记]"},
		{"全市民政部门要以习近平总书记对民政工作重要指示为根本遵循。", "习近平 总书记 [总书记]"},
		// Read as before: a known word, no name, a name read whole.
		{"会议强调,要认真落实习近平总书记重要指示。", "习近平 总书记 [总书记]"},
		{"各社区专职书记参加培训。", ""},
		{"由社区党支部书记主持。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
