package extract

import "testing"

// TestQuantitiesUnits72: 起 counts cases and incidents; 人(次) is read whole
// with its bracketed 次. Not so: 起 after a date or a time (a start), 起 with
// no figure before it, and 人 with a bracket of other words.
func TestQuantitiesUnits72(t *testing.T) {
	tests := []rowCase{
		{"全年行政复议案件1起,结果维持。", "1 起"},
		{"发生安全生产事故2起。", "2 起"},
		{"积极开展临时救助工作,救助278人(次)。", "278 人(次)"},
		{"救助流浪乞讨人员35人（次）。", "35 人（次）"},
		{"本办法自2023年1月1日起施行。", ""},
		{"大家围坐在一起吃汤圆。", ""},
		{"共有3人(含1名儿童)。", "3 人; 1 名"},
	}
	checkRows(t, tests, "quantities", amountRows)
}
