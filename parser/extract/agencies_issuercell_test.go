package extract

import "testing"

// TestAgencyIssuerCell: a page's record grid prints a field's label and
// its value in cells of their own, with no colon; the value of an issuer
// field names the page's body, its short name included. A label inside a
// word, a value that runs on into a clause, a value that names no body,
// two bars (an empty cell between) or a class of bodies name none.
func TestAgencyIssuerCell(t *testing.T) {
	checkRows(t, []rowCase{
		{"发布机构 民政局 发布日期 2022-08-03 16:15", "民政局"},
		{"来        源 民政局", "民政局"},
		{"发布机构 | 民政局 | 文 号 | |", "民政局"},
		{"索 引 号 000-2023-01 发文机关 民政局", "民政局"},
		{"组配分类 计划总结 发布机构 区民政局", "区民政局"},
		{"信息来源 | 社会事务科 |", "社会事务科"},
		// Must not fire.
		{"资金来源 民政局拨付", ""},
		{"来源 民政局拨付资金", ""},
		{"来源 | 法定本级行使", ""},
		{"发布机构 | | 民政局 |", ""},
		{"来源 各县民政局", ""},
	}, "agencies", agencyNames)
}

// TestAgencyIssuerCellGuards: more rows, one a guard of issuerCells the
// rows above leave to other rules: a label inside a word (资金来源), a
// value glued to its label with no part between, a value that runs on
// past its cell into a clause, and a cell parted by a bar with no space.
func TestAgencyIssuerCellGuards(t *testing.T) {
	checkRows(t, []rowCase{
		{"发布机构|民政局|文号|", "民政局"},
		// Must not fire.
		{"资金来源 民政局", ""},
		{"发布机构民政局", ""},
		{"来源 民政局2023年下拨资金", ""},
	}, "agencies", agencyNames)
}
