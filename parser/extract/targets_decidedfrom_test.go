package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsDecidedFrom: a decision that raises or bounds a standard from
// a past day on (决定从…起，…提高到…) sets a level to keep, whatever the
// notice's date; no decision word, no level word or a day not framed 从…起
// leave the past day a deed's. The test document is dated 2025-06-03.
func TestTargetsDecidedFrom(t *testing.T) {
	tests := []kindTargets{
		{"决定从…起 raises", "决定从2025年1月1日起，城市低保标准提高到800元/月，月人均救助水平不低于500元。", "plan 800 元 -; plan 500 元 -", layout.Notice},
		{"决定自…起", "经研究，决定自2025年3月起，特困人员基本生活标准提高到1200元/月。", "plan 1200 元 -", layout.Notice},
		{"a bound only", "决定从2025年4月1日起，月人均救助水平不低于300元。", "plan 300 元 -", layout.Notice},

		// A deed still.
		{"no decision", "从2025年1月1日起，城市低保标准提高到800元/月。", "achieved 800 元 -", layout.Notice},
		{"no 起", "2025年1月1日，决定将城市低保标准提高到800元/月。", "achieved 800 元 -", layout.Notice},
		{"no level", "决定从2025年1月1日起，新增低保对象20户。", "achieved 20 户 -", layout.Notice},
	}
	checkKindTargets(t, tests)
}
