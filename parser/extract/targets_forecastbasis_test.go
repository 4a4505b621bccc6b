package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsForecastBasis: a figure after a forecast clause opened by a
// preposition of basis (根据预测，) is what the estimate tells, though a 将
// of an earlier clause governs the sentence. Not so: a clause that
// requires after the forecast, a basis clause with no forecast word, and
// a plan with none. The test document is dated 2025-06-03.
func TestTargetsForecastBasis(t *testing.T) {
	tests := []kindTargets{
		{"根据预测", "本周末全市将迎来祭扫高峰，根据预测，高峰日入馆人员将达到10万余人。", "", layout.Article},
		{"依据测算", "下月起全区将开展集中救助，依据测算，受助人数将达到3000人。", "", layout.Article},

		// A plan still.
		{"requires after", "全市将迎来祭扫高峰，根据预测，各馆要接待不少于5000人次。", "plan 5000 人次 -", layout.Article},
		{"basis, no forecast", "全市将推进养老服务，根据规划，新建养老床位500张。", "plan 500 张 -", layout.Article},
		{"no basis", "全市将新建养老床位500张。", "plan 500 张 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
