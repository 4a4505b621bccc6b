package extract

import "testing"

// TestQuantitiesReview30Units covers review 28's units as written: a
// currency other than the 元 (港元) keeps its name with 万 folded into the
// value, and 千伏 is a unit whose 千 is the SI prefix, no multiplier (only
// 万 and 亿 fold: GOLD quantities).
func TestQuantitiesReview30Units(t *testing.T) {
	tests := []rowCase{
		{"合资格的长者可获发每月2200港元津贴。", "2200 港元"},
		{"立法会同时通过拨款2300万港元。", "23000000 港元"},
		{"前往220千伏铁佛智能变电站。", "220 千伏"},
		{"新建10千伏线路3条。", "10 千伏; 3 条"},
		{"捐赠善款5万欧元。", "50000 欧元"},
		// Negatives: 千 before a count still scales the figure; 万 folds
		// before 元; a date's 日 before 元旦 gives no currency.
		{"发放2千个口罩。", "2000 个"},
		{"拨付资金10万元。", "100000 元"},
		{"1月1日元旦期间暂停办理。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
