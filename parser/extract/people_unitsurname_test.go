package extract

import "testing"

// TestPeopleUnitSurname: a one-character surname right after a body's
// ending (…处|杨|全恩|处长) takes the two characters after it as its given
// name, though they may open with a surname too; with no body before, a
// whole name of the segmenter, or no surname token, nothing changes.
func TestPeopleUnitSurname(t *testing.T) {
	tests := []rowCase{
		{"省民政厅社会福利处杨全恩处长参加了仪式。", "杨全恩 处长 [处长] @省民政厅社会福利处"},
		{"会上，省民政厅社会福利处杨全恩副处长讲话。", "杨全恩 副处长 [副处长] @省民政厅社会福利处"},
		// No surname before, a class word, a name read whole.
		{"市民政局全恩处长讲话。", "全恩 处长 [处长] @市民政局"},
		{"社会福利处全体处长出席会议。", ""},
		{"县民政局李国华局长讲话。", "李国华 局长 [局长] @县民政局"},
		{"福利处王明处长出席。", "王明 处长 [处长]"},
	}
	checkRows(t, tests, "people", personRows)
}
