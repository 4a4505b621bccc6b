package extract

import "testing"

// TestQuantityFundSums: a figure right after a noun of money (金额, 资金,
// 经费, 公益金, 慰问金) with no unit after it is a sum with the unit ""; a colon's field, a
// code, a figure with its own unit and a figure after another noun (a
// phone's, after its cue) are read as before.
func TestQuantityFundSums(t *testing.T) {
	tests := []rowCase{
		{"共发放金额121230,其中老人2001人。", "121230 ; 2001 人"},
		{"合计资金1929430(具体名单见附件)", "1929430 "},
		{"下拨救助经费 5600。", "5600 "},
		{"发放救助资金25380元。", "25380 元"},
		{"下达省级彩票公益金120", "120 "},
		{"发放慰问金3500,惠及100户。", "3500 ; 100 户"},

		{"金额:300。", ""},
		{"资金A12已拨付。", ""},
		{"项目资金12.3.1号文件。", ""},
		{"发放补贴121230,其中老人2001人。", "2001 人"},
		{"财政资金5条。", "5 条"},
		{"公益金A12已拨付。", ""},
		{"咨询电话1929430。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
