package extract

import "testing"

// TestPeopleEdges68Titles: the posts review 68 found missing from the
// titles: 副股长, the deputy head of a county bureau's 股, read whole
// rather than as 股长; 社长 and 副社长, the head of a newspaper or
// publishing house. At least a third are texts where no one is named.
func TestPeopleEdges68Titles(t *testing.T) {
	checkRows(t, []rowCase{
		{"县民政局社会福利和事务股副股长赵元凯说:", "赵元凯 副股长 [副股长] @县民政局社会福利和事务股"},
		{"湖州日报社党委书记、社长沈振建出席。", "沈振建 社长 [书记 社长] @湖州日报社党委"},
		{"出版社副社长李明出席仪式。", "李明 副社长 [副社长]"},

		// Where no one is named.
		{"各股室股长、副股长参加会议。", ""},
		{"由报社社长牵头,负责稿件审核。", ""},
		{"合作社长期开展互助养老服务。", ""},
	}, "people", personRows)
}
