package extract

import "testing"

// TestPeopleCreditJoined: a name after a credit title that a conjunction
// joins to a body and the next person (总编某某和省民政厅…) is a person,
// not a piece of one body's name; a credit whose value is a body, or
// bodies joined, names no one.
func TestPeopleCreditJoined(t *testing.T) {
	tests := []rowCase{
		{"会议邀请某报社总编王正国和省民政厅副厅长杨明授课。", "王正国 总编 [总编]; 杨明 副厅长 [副厅长] @省民政厅"},
		{"电视台记者孙晓燕和市民政局副局长张伟到场。", "孙晓燕 记者 [记者]; 张伟 副局长 [副局长] @市民政局"},

		// The credit's value is a body, or two joined: no one named.
		{"责任编辑:区民政局", ""},
		{"责任编辑:区民政局和区财政局", ""},
	}
	checkRows(t, tests, "people", personRows)
}
