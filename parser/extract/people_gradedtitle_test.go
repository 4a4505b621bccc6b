package extract

import "testing"

// TestPeopleGradedTitle (rows list people in the order the rules find
// them): a numeral's grade before a profession's title is the holder's, so
// the name after it is read. Not so: a count of levels before a title of
// office, or 各级 and 多级 before any title.
func TestPeopleGradedTitle(t *testing.T) {
	tests := []rowCase{
		{"邀请了国家二级心理咨询师韩海燕授课。", "韩海燕 心理咨询师 [心理咨询师]"},
		{"邀请三级心理咨询师李明出席。", "李明 心理咨询师 [心理咨询师]"},
		{"特邀2级心理咨询师王芳讲解。", "王芳 心理咨询师 [心理咨询师]"},

		// No one read after the levels.
		{"推动县乡村三级书记抓养老服务。", ""},
		{"压实各级社工张贴宣传的责任。", ""},
		{"发挥多级律师参与调解的作用。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
