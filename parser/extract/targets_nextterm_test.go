package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsNextTerm: a sentence with no figure of its own right after a
// target's, in its paragraph, that requires the task be completed by a
// time gives the target that term; a figure of its own, another
// paragraph, no demand, or a verb of another task leave the term unset.
// The test document is dated 2025-06-03.
func TestTargetsNextTerm(t *testing.T) {
	tests := []kindTargets{
		{"要在8月完成", "城市低保标准提高到800元/月，农村低保标准提高到600元/月。提标要在8月完成并补发差额。", "plan 800 元 2025-08-31; plan 600 元 2025-08-31", layout.Notice},
		{"a deadline of its own", "全年新增养老床位不少于500张。上述任务年底前完成。", "plan 500 张 2025-12-31", layout.Notice},
		{"须 and a day", "每个街道建成助餐点不少于2个。此项工作须在9月30日完成。", "plan 2 个 2025-09-30", layout.Notice},

		// No term.
		{"another task's verb", "城市低保标准提高到800元/月。材料统一于2025年8月5日前报送。", "plan 800 元 -", layout.Notice},
		{"a figure of its own", "城市低保标准提高到800元/月。要在8月完成其余200户的核查。", "plan 800 元 -; plan 200 户 2025-08-31", layout.Notice},
		{"another paragraph", "城市低保标准提高到800元/月。\n提标要在8月完成。", "plan 800 元 -", layout.Notice},
		{"no demand", "城市低保标准提高到800元/月。8月完成提标。", "plan 800 元 -", layout.Notice},
	}
	checkKindTargets(t, tests)
}
