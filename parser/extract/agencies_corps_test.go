package extract

import "testing"

// TestAgencyCorpsDivision: a division of the 兵团 (第一师) before its
// city's party committee or government is part of that body's name (师市
// 合一); before an institution of the city, and any other ordinal (第三组),
// it is a label that opens no name.
func TestAgencyCorpsDivision(t *testing.T) {
	checkRows(t, []rowCase{
		{"近日,第一师阿拉尔市党委常委对辖区养老机构开展检查。", "第一师阿拉尔市党委"},
		{"会议由第八师石河子市人民政府主办。", "第八师石河子市人民政府"},
		// Must not fire.
		{"与会人员到第六师五家渠市吾家乐宝养老院观摩。", "五家渠市吾家乐宝养老院"},
		{"第三组阿拉尔市民政局负责检查。", "阿拉尔市民政局"},
	}, "agencies", agencyNames)
}
