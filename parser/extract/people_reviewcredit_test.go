package extract

import "testing"

// TestPeopleSupervisingReview: 监审 (titles.tsv, credit act) labels a name
// in a credit block as 审核 does; in running text (价格监审, 成本监审工作)
// it is the price office's review, no label.
func TestPeopleSupervisingReview(t *testing.T) {
	tests := []rowCase{
		{"审核:孙明远\n\n监审:钱立新", "孙明远 审核 [审核]; 钱立新 监审 [监审]"},
		{"编辑:周小雨\n监审:郑海波", "周小雨 编辑 [编辑]; 郑海波 监审 [监审]"},
		{"监审 吴建国", "吴建国 监审 [监审]"},
		{"县发改局负责殡葬服务收费的价格监审,县民政局配合。", ""},
		{"成本监审工作由市发改委牵头。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
