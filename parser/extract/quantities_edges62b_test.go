package extract

import "testing"

// TestQuantitySizeBand: the count of a text's characters after 字数在 or
// 篇幅控制在, its 字 left off and a bound after it, is an amount with no
// unit, as a score's band is; with no bound after it, or no size word
// before it, the figure is none.
func TestQuantitySizeBand(t *testing.T) {
	checkRows(t, []rowCase{
		{"先进事迹材料字数在3000以内。", "3000 "},
		{"调研报告篇幅控制在5000以下。", "5000 "},
		{"推荐材料字数应在300个字以内。", "300 个"},

		// No bound, no size word.
		{"字数在3000左右的材料。", ""},
		{"请于本月在3000以内报送。", ""},
		{"材料数量在3000以内。", ""},
	}, "quantities", amountRows)
}
