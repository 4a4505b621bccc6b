package extract

import "testing"

// TestQuantitiesLimitDay: a figure before 日 is a count of days where a
// time limit's label and its colon or copula lead it, or 之 and a
// postposition of the limit close it. Not so: a day of the month after a
// month word, a figure after another label, and a figure before 之 and a
// word that is no limit's.
func TestQuantitiesLimitDay(t *testing.T) {
	tests := []rowCase{
		{"4、办理时限:30日之内", "30 日"},
		{"承诺时限：5日", "5 日"},
		{"法定办结时限为20日。", "20 日"},
		{"申请人应在收到通知后15日之内提交材料。", "15 日"},

		{"每月10日之内报送统计报表。", ""},
		{"请于次月5日之内上报。", ""},
		{"办理时间:每月10日", ""},
		{"受理日期:30日", ""},
		{"本月30日之后停止受理。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
