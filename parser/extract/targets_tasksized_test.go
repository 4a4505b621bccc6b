package extract

import (
	"strings"
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

// TestTaskSizedGuards asks taskSized of one count at a time, so that each
// guard of it has a row that fails without it (the end-to-end rows above
// read other rules too): a count in the task's noun phrase sizes it; a
// figure between, a deed's verb or a preposition right after the count, a
// deed told before 任务 or after it, and a copula's class do not.
func TestTaskSizedGuards(t *testing.T) {
	tests := []struct {
		text, count string
		want        bool
	}{
		{"年初确定的提升建设20个标准化菜市场的任务进展顺利", "20个", true},
		{"中心城区480个旧楼区提升改造任务进展顺利", "480个", true},
		// Not so.
		{"建设20个菜市场和10个公园的任务进展顺利", "20个", false},
		{"超额280万元完成省民政厅下达的任务", "280万元", false},
		{"投入资金500万元推进社区养老服务任务", "500万元", false},
		{"连续10年将养老服务任务列入民生实事", "10年", false},
		{"提高最低工资标准等3个子项已提前完成任务", "3个", false},
		{"提升改造300张床位的年度任务圆满完成", "300张", false},
		{"提升改造300张床位的年度任务已经完成", "300张", false},
		{"这是10件民生实事必须完成的一项任务", "10件", false},
	}
	for _, tc := range tests {
		in := input(t, tc.text)
		s := tc.text
		k := strings.Index(s, tc.count)
		if k < 0 {
			t.Fatalf("%q not in %q", tc.count, s)
		}
		r := byteRange{k, k + len(tc.count)}
		if got := taskSized(in, s, byteRange{0, len(s)}, r); got != tc.want {
			t.Errorf("taskSized(%q at %q) = %v, want %v", s, tc.count, got, tc.want)
		}
	}
}
