package extract

import "testing"

// TestPeopleLeaderLines covers a post's line of a leadership list: every
// holder named after the colon takes the post, a name of two spaced out to
// three is one name, and a line with any word that is no name after the
// colon is left to the title rule (people_leaderlist.go).
func TestPeopleLeaderLines(t *testing.T) {
	checkRows(t, []rowCase{
		// A post's line: every name after the colon, spaced names joined.
		{"局 长:张建国 王志强", "张建国 局长 [局长]; 王志强 局长 [局长]"},
		{"副 局 长:赵海波 孙 明 吴 刚 郑卫东", "赵海波 副局长 [副局长]; 孙明 副局长 [副局长]; 吴刚 副局长 [副局长]; 郑卫东 副局长 [副局长]"},
		{"副主任：钱立新* 冯 涛", "钱立新 副主任 [副主任]; 冯涛 副主任 [副主任]"},
		// A duty, a body or a word after the name; a credit label; one holder.
		{"副局长：赵海波 分管民政", "赵海波 副局长 [副局长]"},
		{"局长：赵海波 市民政局", "赵海波 局长 [局长]"},
		{"副局长：高 度 重视", ""},
		{"名称：张家港 江山", ""},
	}, "people", personRows)
}
