package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsBoundHeld: a bound a requirement opens with a word of
// prohibition (不得超过, 严禁超过) is a limit to keep, a target, where a past
// date in the sentence would read a deed. Not so: a bound with no such word
// (控制在…以内, 未超过), and a deed with no requirement. The test document
// is dated 2025-06-03.
func TestTargetsBoundHeld(t *testing.T) {
	tests := []kindTargets{
		{"不得超过 after a past date", "2023年3月起，征集的地名名称应为中文名称，不得超过5个字。", "plan 5 个 -", layout.Article},
		{"不得低于 after a past date", "2023年3月起，各地救助站床位使用率不得低于80%。", "plan 80 % -", layout.Article},

		// No prohibition before the bound.
		{"控制在…以内", "2024年清明期间，各公墓要求每个墓位祭扫人员控制在3人以内。", "plan 3 人 -", layout.Article},
		{"未超过", "2024年清明期间，各公墓每个墓位祭扫人员均未超过3人。", "", layout.Article},
		{"超过 with no rule", "2023年3月起，征集的地名名称超过5个字。", "", layout.Article},
		{"a deed", "2024年3月，全县新建农村公益性公墓5个。", "achieved 5 个 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
