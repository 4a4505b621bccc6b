package extract

import "testing"

// TestQuantitySums: a figure right after a word of summing (共计, 合计,
// 总计) with no measure word after it is an amount with the unit ""; a
// colon's field, a code, a range, a year and a figure with its own unit
// are read as before.
func TestQuantitySums(t *testing.T) {
	tests := []rowCase{
		{"本月发放补贴共计3810,覆盖全镇。", "3810 "},
		{"补助资金合计 2640。", "2640 "},
		{"救助对象总计96,其中儿童12人。", "96 ; 12 人"},

		{"服务对象共计1507人次。", "1507 人次"},
		{"合计:300。", ""},
		{"编号共计A12。", ""},
		{"共计2025年。", ""},
		{"发放补贴3810,覆盖全镇。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
