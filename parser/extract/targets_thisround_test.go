package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsThisRound: an event demonstrative with a modal of necessity
// right after it (此次需…) requires the counts its verb takes of the round,
// over a list's 、; a demonstrative that takes up an event told, a modal
// further on, 需要 or a condition keep their reading.
func TestTargetsThisRound(t *testing.T) {
	tests := []kindTargets{
		{"此次需", "此次需命名道路3条。", "plan 3 条 -", layout.Article},
		{"a list of tasks", "此次需命名道路3条、更名道路2条、规范名称道路1条。各相关部门要尽快完成。", "plan 3 条 -; plan 2 条 -; plan 1 条 -", layout.Article},
		{"本次须 in a notice", "本次须调整墓位4个。", "plan 4 个 -", layout.Notice},

		// No plan: an event told, a modal further on, 需要, a condition.
		{"an event told", "此次命名道路3条。", "", layout.Article},
		{"no demonstrative", "需命名道路3条。", "", layout.Article},
		{"needs, a verb", "此次需要命名道路3条。", "", layout.Article},
		{"a modal further on", "此次活动命名道路3条,各单位需配合。", "", layout.Article},
		{"a condition", "此次需符合条件的家庭3户。", "", layout.Article},
	}
	checkKindTargets(t, tests)
}
