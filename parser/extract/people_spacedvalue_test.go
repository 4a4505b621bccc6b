package extract

import "testing"

// TestPeopleSpacedValue: a credit's name of two characters spaced to
// three whose characters the segmenter reads as words of another kind
// (向 a preposition) is the credit's name; a second field of more than one
// character, or a first character that is no surname, is none.
func TestPeopleSpacedValue(t *testing.T) {
	tests := []rowCase{
		{"会议强调。\n记 者:柳 帆\n编 辑:向 晴\n责 编:张某某", "柳帆 记者 [记者]; 向晴 编辑 [编辑]; 张某某 责编 [责编]"},
		{"会议强调。\n编辑:向 晴 审核:李明", "向晴 编辑 [编辑]; 李明 审核 [审核]"},
		{"会议强调。\n编辑:向 东方网", ""},
		{"会议强调。\n编辑:的 了", ""},
		{"会议强调。\n编辑:张 三 丰", "张三丰 编辑 [编辑]"},
		{"会议强调。\n编辑:向 晴 天 审核:李明", "李明 审核 [审核]"},
		{"会议强调。\n编辑:向 晴,审核:李明", "李明 审核 [审核]"},
		{"会议强调。\n编辑:向晴 审核:李明", "向晴 编辑 [编辑]; 李明 审核 [审核]"},
		{"会议强调。\n编辑:向 晴好", ""},
	}
	checkRows(t, tests, "people", personRows)
}
