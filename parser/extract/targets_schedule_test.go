package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsSchedule: a notice's section headed with a schedule word
// that gives a time alone sets, by its end, the term of the targets that
// name none; a target with its own term, an article, a section that tells
// more than a time, or a heading of another matter set none. The test
// document is dated 2025-06-03.
func TestTargetsSchedule(t *testing.T) {
	tests := []kindTargets{
		{"the next line", "一、抽查时间\n2025年7月-11月。\n二、工作任务\n全市新建助餐点不少于20个。", "plan 20 个 2025-11-30", layout.Notice},
		{"after the colon", "一、时间安排：2025年7月1日至9月30日。\n二、工作任务\n全市新建助餐点不少于20个。", "plan 20 个 2025-09-30", layout.Notice},

		// No schedule's term.
		{"a term of its own", "一、抽查时间\n2025年7月-11月。\n二、工作任务\n年底前新建助餐点不少于20个。", "plan 20 个 2025-12-31", layout.Notice},
		{"an article", "一、抽查时间\n2025年7月-11月。\n二、工作任务\n全市新建助餐点不少于20个。", "plan 20 个 -", layout.Article},
		{"more than a time", "一、活动时间\n2025年7月1日，地点在市民广场。\n二、工作任务\n全市新建助餐点不少于20个。", "plan 20 个 -", layout.Notice},
		{"another matter", "一、工作目标\n2025年11月。\n二、工作任务\n全市新建助餐点不少于20个。", "plan 20 个 -", layout.Notice},
	}
	checkKindTargets(t, tests)
}
