package extract

import "testing"

// TestPeoplePartyNamed: a dictionary word after a title of office is the
// holder's name where the document prints it again before 一行; without
// that, or where the word is a verb that leads the party (带领一行), it is
// none.
func TestPeoplePartyNamed(t *testing.T) {
	tests := []rowCase{
		{"6月18日,省民政厅党组书记、厅长庄严来我县调研民政工作。\n庄严一行先后到界湖街道综合养老服务中心。", "庄严 厅长 [厅长]"},
		{"6月18日,省民政厅厅长庄严来我县调研。", ""},
		{"局长带领一行人到村。\n带领一行人到村。", ""},
		{"县长高度重视此项工作。\n调研组一行到村。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
