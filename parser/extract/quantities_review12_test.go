package extract

import "testing"

// Quantities from reviewer 12: the longer measure word 场次, and
// multipliers that count nothing (亿万, "countless").
func TestQuantitiesReview12(t *testing.T) {
	tests := []rowCase{
		{"服务638场次、惠及8115人次", "638 场次; 8115 人次"},
		{"开展活动12场", "12 场"},
		{"关系亿万家庭的幸福安宁", ""},
		// Negatives: a hotline, a year, a code, a figure with its measure
		// word.
		{"拨打12345市民热线", ""},
		{"2023社区工作会议", ""},
		{"第1社区", ""},
		{"A12社区", ""},
		{"覆盖11个乡镇", "11 个"},
	}
	checkRows(t, tests, "quantities", amountRows)
}
