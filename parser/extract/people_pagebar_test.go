package extract

import "testing"

// TestPeoplePageBar: a bracket of names that closes the body, followed on
// its line only by a lone bar of the page's chrome (… (李晓红 赵 明) |),
// credits its writers as one at the line's end does; a bracket in a row
// of a table, or one with more than the bar after it, credits no one.
func TestPeoplePageBar(t *testing.T) {
	tests := []rowCase{
		{"本报讯 近日,该镇组织开展冬季送温暖活动。 (李晓红 赵 明) |", "李晓红 -; 赵明 -"},
		{"本报讯 近日,该镇组织开展冬季送温暖活动。(李晓红) ｜", "李晓红 -"},
		{"本报讯 近日,该镇组织开展冬季送温暖活动。 (李晓红 赵 明)", "李晓红 -; 赵明 -"},

		// No credit: a table's row; more than the bar after the bracket, or
		// one character that is no bar.
		{"| 慰问对象 | (李晓红) |", ""},
		{"本报讯 近日,该镇组织开展冬季送温暖活动。 (李晓红 赵 明) | 返回首页", ""},
		{"本报讯 近日,该镇组织开展冬季送温暖活动。 (李晓红 赵 明) | |", ""},
		{"本报讯 近日,该镇组织开展冬季送温暖活动。 (李晓红 赵 明) 等", ""},
	}
	checkRows(t, tests, "people", personRows)
}
