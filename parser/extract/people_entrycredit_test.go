package extract

import "testing"

// TestPeopleEntryCredit: a bracket of bare names at a line's start right
// before the next entry's 【heading】 credits the entry above. Not so: a
// bracket of other words, a bracket with no heading after it, a heading
// with no bracket before it.
func TestPeopleEntryCredit(t *testing.T) {
	tests := []rowCase{
		{"全区发售社会福利彩票380万元。\n(李本真)【双拥活动】 1996年1月份重新调整了双拥工作领导小组。", "李本真 -"},
		{"全年救助困难群众3000人次。\n（王秀英 陈丽华）【社会救助】全年发放低保金。", "王秀英 -; 陈丽华 -"},
		{"全年救助困难群众3000人次。\n(刘桂芝)【救灾工作】全年发放救灾款。", "刘桂芝 -"},

		// No credit.
		{"全年救助困难群众3000人次。\n(试行)【救灾工作】全年发放救灾款。", ""},
		{"全年救助困难群众3000人次。\n(民政局办公室)【救灾工作】全年发放救灾款。", ""},
		{"全年救助困难群众3000人次。\n【救灾工作】全年发放救灾款。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
