package extract

import "testing"

// TestPeopleCreditRelabel: a person credited on two lines of one block of
// credit lines holds the label printed last; a byline at the head, a line
// of text between the credits, or a title of office keeps the first.
func TestPeopleCreditRelabel(t *testing.T) {
	tests := []rowCase{
		{"会议召开。\n撰稿:孔德林\n校对:孙雅婷\n一审:孔德林\n二审:孙雅婷\n三审:钱立新", "孔德林 一审 [一审]; 孙雅婷 二审 [二审]; 钱立新 三审 [三审]"},
		{"会议召开。\n责任编辑:孙雅婷\n编审:孙雅婷", "孙雅婷 编审 [编审]"},
		{"会议召开。\n初审:孔德林\n复审:孔德林\n终审:孔德林", "孔德林 终审 [终审]"},
		{"会议召开。\n校对：孙雅婷\n审核：孔德林\n终审：孙雅婷", "孙雅婷 终审 [终审]; 孔德林 审核 [审核]"},
		// The first label stays.
		{"会议召开。\n撰稿:孔德林\n会议要求各地落实。\n一审:孔德林", "孔德林 撰稿 [撰稿]"},
		{"(记者 孔德林)会议召开。\n编辑:孔德林", "孔德林 记者 [记者]"},
		{"副局长孔德林出席会议。\n审核:孔德林", "孔德林 副局长 [副局长]"},
	}
	checkRows(t, tests, "people", personRows)
}
