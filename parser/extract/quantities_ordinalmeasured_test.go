package extract

import "testing"

// TestQuantitiesOrdinalListedMeasured: numbers listed after one 第, each
// with the measure word, are ordinals the 第 counts. Not so: a list of
// counts with no 第 before it, a list whose items change their word, and a
// count after a 第 that closes its own phrase.
func TestQuantitiesOrdinalListedMeasured(t *testing.T) {
	tests := []rowCase{
		{"贯彻落实国务院第55次、56次、62次常务会议精神。", ""},
		{"依照第3条、5条规定处理。", ""},
		{"学习第十次、十一次会议精神，培训200人。", "200 人"},

		{"开展督查3次、5次、8次不等。", "3 次; 5 次; 8 次"},
		{"第一批评定后，新增2个、3家。", "2 个; 3 家"},
		{"第一季度共发放6次、救助20人次。", "6 次; 20 人次"},
		{"全年开展培训12次、16次。", "12 次; 16 次"},
	}
	checkRows(t, tests, "quantities", amountRows)
}
