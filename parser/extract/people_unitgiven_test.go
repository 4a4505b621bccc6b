package extract

import "testing"

// TestPeopleUnitGiven: a surname before two characters that each close a
// body's name (关|处室) or a numeral before one (三|室) is a unit's word,
// no name; a given name of a body's character and another (张|科平), or a
// surname that is a financial numeral (陆|军), is a name.
func TestPeopleUnitGiven(t *testing.T) {
	tests := []rowCase{
		{"要求一同参与上线的相关处室负责人作进一步的解答。", ""},
		{"研究一室主任许某某,研究三室副研究员、博士周某到某县。", "许某某 主任 [主任] @研究一室; 周某 博士 [副研究员 博士] @研究三室"},
		{"县民政局张科平副局长出席。", "张科平 副局长 [副局长] @县民政局"},
		{"陆军主任出席会议。", "陆军 主任 [主任]"},
	}
	checkRows(t, tests, "people", personRows)
}
