package extract

import "testing"

// TestQuantityScoreVerb: a bare 分 after a figure that a verb of scoring
// (计, 为, 得, 记) leads is a score's points. Not so: a clock time's
// minute, money's fen, a fraction, minutes (分钟), a band with no unit
// after 为, and a 分 that opens a word.
func TestQuantityScoreVerb(t *testing.T) {
	checkRows(t, []rowCase{
		{"普通信息计2分,简讯计1分。", "2 分; 1 分"},
		{"各科室年度考核指标为20分。", "20 分"},
		{"每条得5分。", "5 分"},
		{"被采用一条记1.5分。", "1.5 分"},
		// Must not fire.
		{"会议为8时30分开始。", ""},
		{"单价为5角3分。", ""},
		{"比例为三分之一。", ""},
		{"通话时长为20分钟。", "20 分钟"},
		{"人数为100以上。", ""},
		{"划为3分区管理。", ""},
		{"活动办得十分圆满。", ""},
		{"这项工作为十分。", ""},
	}, "quantities", amountRows)
}
