package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsProclaimedRound: under a notice's proclaiming formula 本次
// names the round the notice sets out, so its counts are the round's
// plan; with no formula, before it, or under a report's 通报如下, 本次
// takes up an event told. The test document is dated 2025-06-03.
func TestTargetsProclaimedRound(t *testing.T) {
	tests := []kindTargets{
		{"本次 under 通知如下", "现就2025年度抽查工作通知如下。\n本次共抽查社会组织115家。", "plan 115 家 -", layout.Notice},
		{"此次 under 通告如下", "现将有关事项通告如下：\n此次集中整治覆盖墓区12个。", "plan 12 个 -", layout.Notice},

		// An event told.
		{"no formula", "本次共抽查社会组织115家。", "", layout.Notice},
		{"before the formula", "本次共抽查社会组织115家。现将有关事项通知如下：\n请各单位做好准备。", "", layout.Notice},
		{"a report's 通报如下", "现将检查结果通报如下：\n本次共抽查社会组织115家。", "", layout.Notice},
	}
	checkKindTargets(t, tests)
}
