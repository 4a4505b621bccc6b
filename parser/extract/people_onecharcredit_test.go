package extract

import "testing"

// TestPeopleOneCharCredit: in a block of credit lines (编辑：… / 美编：… /
// 校对：…) a value of one Han character that closes its line is the
// signature of the person credited; alone, or as a word of another kind,
// it is none.
func TestPeopleOneCharCredit(t *testing.T) {
	tests := []rowCase{
		{"编辑:王小明\n美编:昉\n校对:李华", "王小明 编辑 [编辑]; 昉 美编 [美编]; 李华 校对 [校对]"},
		{"主编:吕一彬\n编辑:琪", "吕一彬 主编 [主编]; 琪 编辑 [编辑]"},
		{"美编:婧\n校对:张伟", "婧 美编 [美编]; 张伟 校对 [校对]"},
		{"编辑：刘洋\n美编：燕", "刘洋 编辑 [编辑]; 燕 美编 [美编]"},

		// No credit line beside it, not closing its line, a verb, an
		// adverb, a pronoun, a body's ending.
		{"美编:昉", ""},
		{"美编:昉\n会议要求各地抓好落实。\n校对:李华", "李华 校对 [校对]"},
		{"编辑:无\n校对:李华", "李华 校对 [校对]"},
		{"编辑:略\n校对:李华", "李华 校对 [校对]"},
		{"编辑:本\n校对:李华", "李华 校对 [校对]"},
		{"资料:局\n校对:李华", "李华 校对 [校对]"},
	}
	checkRows(t, tests, "people", personRows)
}
