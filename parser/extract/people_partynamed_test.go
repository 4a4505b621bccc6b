package extract

import "testing"

// TestPeoplePartyNamed: a dictionary word after a title of office is the
// holder's name where the document prints it again before 一行; without
// that, or where the word is a verb that leads the party (带领一行), it is
// none.
func TestPeoplePartyNamed(t *testing.T) {
	tests := []rowCase{
		{"6月18日,省民政厅党组书记、厅长庄重来我县调研民政工作。\n庄重一行先后到某街道养老服务中心。", "庄重 厅长 [厅长]"},
		{"6月18日,省民政厅厅长庄重来我县调研。", ""},
		{"局长带领一行人到村。\n带领一行人到村。", ""},
		{"县长高度重视此项工作。\n调研组一行到村。", ""},
		// Must not fire: a verb with a surname's character first (安排);
		// the word before 一行 where no name opens (会场庄重一行); a title
		// that is no office.
		{"局长安排一行人到村。\n安排一行人到村。", ""},
		{"厅长庄重来我县调研。\n会场庄重一行人到村。", ""},
		{"记者庄重来我县调研。\n庄重一行到村。", ""},
		{"县长向来重视此项工作。\n向来一行人到村。", ""},
		{"局长毕竟来过。\n毕竟一行人不多。", ""},
		{"局长常常来我县调研。\n常常一行人到村。", ""},
		{"厅长高峰来我县调研。\n高峰一行到村。", "高峰 厅长 [厅长]"},
		// A body's word (党组) the name rules refuse (checkName), printed
		// again before 一行: a body, no one.
		{"副局长党组来我县调研。\n党组一行到村。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
