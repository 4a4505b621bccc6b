package extract

import "testing"

// TestQuantitiesEffectStart: a figure before 起 that opens a phrase of
// taking effect (起施行, 起实行) is the start's date, no count of cases;
// 起 counting cases or incidents keeps its figure.
func TestQuantitiesEffectStart(t *testing.T) {
	tests := []rowCase{
		{"三、实施时间\n202541起实行", ""},
		{"本办法自20250601起施行。", ""},
		{"本通知自2024101起执行。", ""},

		{"全年共受理行政复议案件3起。", "3 起"},
		{"发生安全事故0起,整改隐患12处。", "0 起; 12 处"},
		{"查处违规案件5起,实行挂牌督办。", "5 起"},
	}
	checkRows(t, tests, "quantities", amountRows)
}
