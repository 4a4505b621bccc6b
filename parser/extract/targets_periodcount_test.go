package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsPeriodCount: a count a statistics report gives for the period
// it covers (本月新增, 当月新增) tells what was added, done, not a plan. A
// 新增 with no such period, one the period's deadline governs (本月底前新增)
// or one a plan word opens stays a plan.
func TestTargetsPeriodCount(t *testing.T) {
	tests := []kindTargets{
		{"本月新增", "（一）城市本月新增特困供养人员6人，退出特困供养人员1人。", "achieved 6 人 -; achieved 1 人 -", layout.Notice},
		{"当月新增", "全区当月新增低保对象12户。", "achieved 12 户 -", layout.Article},
		{"上月新增", "上月新增临时救助对象30人。", "achieved 30 人 -", layout.Article},

		// A plan.
		{"新增 alone", "新增养老床位300张。", "plan 300 张 -", layout.Notice},
		{"本月底前", "本月底前新增养老床位30张。", "plan 30 张 -", layout.Notice},
		{"计划新增", "计划新增助餐点5个。", "plan 5 个 -", layout.Notice},
	}
	checkKindTargets(t, tests)
}
