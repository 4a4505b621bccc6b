package extract

import "testing"

// TestPeopleCommission: the name of a leader inside 受…委托 (受…邀请)
// after a title is closed by the frame's verb, though the surname list
// lacks its first character. Not so: a known word after the title, a
// body's name, or a title with no name before the verb.
func TestPeopleCommission(t *testing.T) {
	tests := []rowCase{
		{"受市民政局局长淡利锋委托,市民政局副局长曾涛带队调研。", "淡利锋 局长 [局长] @市民政局; 曾涛 副局长 [副局长] @市民政局"},
		{"受县民政局局长淡利锋邀请,专家前来授课。", "淡利锋 局长 [局长] @县民政局"},
		{"受局长王明委托,副局长曾涛出席。", "王明 局长 [局长]; 曾涛 副局长 [副局长]"},

		// No name: the title alone, a known word, a body.
		{"受局长委托,副局长曾涛出席。", "曾涛 副局长 [副局长]"},
		{"受主任办公室委托,副局长曾涛出席。", "曾涛 副局长 [副局长]"},
		{"受市民政局委托,第三方机构开展评估。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
