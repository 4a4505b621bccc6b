package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsPlanFrameBasis: a frame a preposition of basis opens (按照
// 《…方案》要求，…) names the plan as the basis of what the paragraph tells,
// no plan's tasks; a frame with no such preposition still sets them out,
// and a requirement of the paragraph's own keeps its plan. The test
// document is dated 2025-06-03.
func TestTargetsPlanFrameBasis(t *testing.T) {
	tests := []kindTargets{
		{"按照…方案要求, a deed", "按照《专项摸排工作实施方案》要求，近日，某县组织专人对全县28个乡镇进行摸排。", "", layout.Article},
		{"根据…规划提出", "根据《养老服务设施布局规划》提出，某县撤并12个农村幸福院。", "", layout.Article},

		// A plan's frame or a requirement still.
		{"方案明确", "方案明确，盘活闲置校舍，增加25个左右社区助餐点。", "plan 25 个 -", layout.Article},
		{"《…规划》提出", "《某县养老服务设施布局规划》提出，撤并12个农村幸福院。", "plan 12 个 -", layout.Article},
		{"a requirement of its own", "按照《实施方案》要求，各县要新建助餐点20个。", "plan 20 个 -", layout.Notice},
	}
	checkKindTargets(t, tests)
}
