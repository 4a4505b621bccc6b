package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsLimitHeld: a time limit counted from an event that a modal
// after it binds someone to act in holds in a paragraph that reports a
// deed (本机关已…送达); a limit no modal binds, a modal inside a known word
// (相应, 应急) or a span not counted from an event read as before. The test
// document is dated 2025-06-03.
func TestTargetsLimitHeld(t *testing.T) {
	tests := []kindTargets{
		{"应 run into its verb", "本机关已通过邮寄方式送达决定书。自本公告发布之日起30日内，你单位应到我局领取决定书，逾期视为送达。", "plan 30 日 -", layout.Notice},
		{"须", "本局已作出处理决定。自公告之日起15日内，当事人须到窗口办理手续。", "plan 15 日 -", layout.Notice},
		{"应当", "我局已完成审查。自收到本通知之日起10个工作日内，申请人应当补齐材料。", "plan 10 个工作日 -", layout.Notice},

		// A deed's paragraph still.
		{"no modal", "本机关已完成审查。自受理之日起5个工作日内完成调查。", "achieved 5 个工作日 -", layout.Notice},
		{"相应, a known word", "本机关已完成审查。自受理之日起5个工作日内作出相应处理。", "achieved 5 个工作日 -", layout.Notice},
		{"not counted from an event", "本机关已完成审查。30日内，你单位应到我局领取决定书。", "", layout.Notice},
	}
	checkKindTargets(t, tests)
}
