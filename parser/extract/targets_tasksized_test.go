package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsTaskSized: a count in the noun phrase 任务 heads is the
// task's size, a plan whatever the sentence reports done of it; a deed's
// count before its verb, a count told done and 任务 right after the
// measure are no target.
func TestTargetsTaskSized(t *testing.T) {
	tests := []kindTargets{
		{"…的任务", "目前,年初确定的提升建设20个标准化菜市场的任务进展顺利,已有10个投入使用。", "plan 20 个 -; achieved 10 个 -", layout.Article},
		{"progress beside it", "保障房建设方面,8万套保障房建设的任务已经开工4.55万套。", "plan 80000 套 -; achieved 45500 套 -", layout.Article},
		{"no 的", "中心城区480个旧楼区提升改造任务已完成88%。", "plan 480 个 -; achieved 88 % -", layout.Article},

		// No task's size: a deed's count, one told done, tasks counted.
		{"a verb after the count", "全区发售彩票380万元,超额280万元完成省民政厅下达的任务。", "achieved 3800000 元 -; achieved 2800000 元 -", layout.Article},
		{"told done", "人力社保方面,提高最低工资标准等3个子项已提前完成任务。", "achieved 3 个 -", layout.Article},
		{"done before the count", "完成了运通街、朝阳6个社区综合服务平台建设任务。", "achieved 6 个 -", layout.Article},
		{"tasks counted", "会议部署了3项任务。", "achieved 3 项 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
