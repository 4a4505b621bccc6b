package extract

import "testing"

// TestQuantitiesLostYear: a lone 0 before 年 is a year whose leading
// digits the copy lost, no span of time. Not so: a count of nothing in
// another unit, a span of years that holds a 0, and half a year.
func TestQuantitiesLostYear(t *testing.T) {
	tests := []rowCase{
		{"拟命名个社区为0年全国示范性老年友好型社区。", ""},
		{"关于开展0年全国示范性社区创建工作的通知", ""},
		{"根据0年有关要求，共评选社区10个。", "10 个"},

		{"收到申请0件，办结0件。", "0 件; 0 件"},
		{"连续10年开展慰问活动。", "10 年"},
		{"服务期限为0.5年。", "0.5 年"},
		{"已运营20年，服务老人300人。", "20 年; 300 人"},
	}
	checkRows(t, tests, "quantities", amountRows)
}
