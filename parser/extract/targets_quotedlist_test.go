package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsQuotedList: a count right after a quotation that lists as
// many items (“…；…；…”3项重点工作) sums up the plan's tasks, no target; a
// count that is not the number of the items, a quoted name, or a count
// with no quotation before it keeps its plan. The test document is dated
// 2025-06-03.
func TestTargetsQuotedList(t *testing.T) {
	tests := []kindTargets{
		{"；-parted items", "今年将围绕“强化基本民生保障；加快发展养老服务；推动福彩转型发展”3项重点工作展开。", "", layout.Article},
		{"、-parted items", "今年将重点推进“养老服务、社会救助、殡葬改革、区划管理”4项工作。", "", layout.Article},

		// A plan's count still.
		{"not the number of the items", "今年将围绕“强化基本民生保障；加快发展养老服务”新建10项工程。", "plan 10 项 -", layout.Article},
		{"a quoted name", "今年将新建“幸福院”30所。", "plan 30 所 2025-12-31", layout.Article},
		{"no quotation", "今年将抓好养老服务4项工作。", "plan 4 项 2025-12-31", layout.Article},
	}
	checkKindTargets(t, tests)
}
