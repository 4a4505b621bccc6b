package extract

import "testing"

// TestPeopleTitleGiven: two characters between a title of office and 同志
// name the person, the title the role, though the surname list lacks the
// first. Not so: a function word between (等, 及), a title there, and a
// status word before the two characters.
func TestPeopleTitleGiven(t *testing.T) {
	tests := []rowCase{
		{"市政府副市长日新同志6月2日检查工作。", "日新 副市长 [副市长]"},
		{"县委书记晓东同志出席会议。", "晓东 书记 [书记]"},
		{"局长何群标同志出席。", "何群标 局长 [局长]"},
		{"副市长等同志出席。", ""},
		{"局长及各位同志出席。", ""},
		{"副局长主任同志出席。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
