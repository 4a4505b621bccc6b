package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsFoundCount: a count in the object of a verb of finding
// (排查出, 查出, 发现) tells what a check found, whatever plan word
// describes the thing; a relative clause the verb opens, which a 的
// closes before the number, a modal before the verb, a sentence that
// requires, or no such verb keeps the plan. The
// test document is dated 2025-06-03.
func TestTargetsFoundCount(t *testing.T) {
	tests := []kindTargets{
		{"排查出 a plan word's object", "某县组织人员开展摸排，排查出违规建设殡葬设施4处。", "achieved 4 处 -", layout.Article},
		{"a plan's frame's 要求", "按照《某某专项整治工作方案》要求，近日，某县组织人员开展摸排，排查出违规建设殡葬设施4处。", "achieved 4 处 -", layout.Article},
		{"查出", "经过检查，查出违规新建墓地5处。", "achieved 5 处 -", layout.Article},
		{"发现", "检查组发现违规新建墓地5处。", "achieved 5 处 -", layout.Article},

		// The plan stands.
		{"的 closes the found verb", "对排查出的问题100%完成整改。", "plan 100 % -", layout.Notice},
		{"a modal before the verb", "各地要排查出违规新建墓地30处。", "plan 30 处 -", layout.Notice},
		{"a sentence that requires", "各地必须全部查出违规新建墓地30处。", "plan 30 处 -", layout.Notice},
		{"no found verb", "全县新建公益性公墓3处。", "plan 3 处 -", layout.Notice},
	}
	checkKindTargets(t, tests)
}
