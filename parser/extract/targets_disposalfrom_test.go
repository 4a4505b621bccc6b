package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsDisposalFrom: 将 before a standard that 由 follows (某县将城市
// 低保标准由500元/月提高到560元/月) is the 将 of disposal, 把's: a report
// of the year's work reads the change it tells as done (the old level is
// no target either way: fromLevel). 将 before a verb (将新建), 将 before a change that a forward
// word dates (明年, 下一步) and a change with no 将 keep their reading.
func TestTargetsDisposalFrom(t *testing.T) {
	tests := []kindTargets{
		{"a raise in a report", "全年工作目标任务圆满完成。\n今年5月起,某县将城市低保标准由500元/月提高到560元/月。", "achieved 560 元 -", layout.Article},
		{"two standards", "全年工作目标任务圆满完成。\n今年5月起,某县将城市低保标准由500元/月提高到560元/月,将农村特困人员供养标准由年人均6100元提高到7300元。", "achieved 560 元 -; achieved 6100 元 -; achieved 7300 元 -", layout.Article},
		{"a place name object", "全年工作目标任务圆满完成。\n今年3月起,某县将甲乡敬老院床位由40张增加到65张。", "achieved 65 张 -", layout.Article},
		{"an adjective object", "全年工作目标任务圆满完成。\n今年3月起,某县将高龄津贴由每月100元提高到每月150元。", "achieved 150 元 -", layout.Article},

		// No disposal of a change: 将 before a verb, a forward word, no 由.
		{"将 before a verb", "全年工作目标任务圆满完成。\n下一步,某县将新建老年食堂12个。", "plan 12 个 -", layout.Article},
		{"由 right after 将", "全年工作目标任务圆满完成。\n下一步,某县将由民政局牵头新建老年食堂12个。", "plan 12 个 -", layout.Article},
		{"a verb before 由", "全年工作目标任务圆满完成。\n下一步,某县将建成由社区运营的老年食堂12个。", "plan 12 个 -", layout.Article},
		// A news report (记者) reads a figure after its first turn ahead
		// (firstAhead) as a plan: a verbal noun after 将 is the future's
		// verb, and a 将 of disposal turns nothing, so the figures after it
		// are deeds.
		{"a verbal noun before 由, in a news report", "记者从某县民政局获悉,某县将建设由社区运营的老年食堂12个。", "plan 12 个 -", layout.Article},
		{"a change in a news report", "记者从某县民政局获悉,某县将城市低保标准由500元/月提高到560元/月,新建老年食堂12个。", "achieved 560 元 -; achieved 12 个 -", layout.Article},
		{"a forward word", "全年工作目标任务圆满完成。\n明年,某县将城市低保标准由560元/月提高到600元/月。", "plan 600 元 2026-12-31", layout.Article},
	}
	checkKindTargets(t, tests)
}
