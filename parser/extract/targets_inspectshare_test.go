package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsInspectShare: a share of a base (总数的4%) that its clause goes
// on to inspect sets the part a round of inspection draws; a share with no
// base, no inspection after it, or a report's share reads as before. The
// test document is dated 2025-06-03.
func TestTargetsInspectShare(t *testing.T) {
	tests := []kindTargets{
		{"总数的N% 开展检查", "按照本区登记的社会组织总数的4%开展“双随机”检查。", "plan 4 % -", layout.Notice},
		{"抽检", "按全市养老机构总数的10%开展随机抽检。", "plan 10 % -", layout.Notice},

		// No share drawn.
		{"no base", "按照4%开展“双随机”检查。", "", layout.Notice},
		{"no inspection", "按照本区社会组织总数的4%确定评估名单。", "", layout.Notice},
		{"a report's share", "全区社会组织总数的4%接受了检查。", "achieved 4 % -", layout.Article},
	}
	checkKindTargets(t, tests)
}
