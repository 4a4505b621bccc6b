package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsBoundReference: a bound of an upper or lower limit with the
// noun it is measured from before the number (不得超过地面0.8米) sets the
// level a requirement keeps, as one right before the number does; a bound
// that 的 closes, words other than nouns between, an 以上 after a noun, a
// bound of more than, an age, or a sentence that requires nothing set none.
// The test document is dated 2025-06-03.
func TestTargetsBoundReference(t *testing.T) {
	tests := []kindTargets{
		{"不得超过 + noun + number", "墓碑高度不得超过地面0.8米。", "plan 0.8 米 -", layout.Notice},
		{"a lower bound", "围墙高度不得低于地面2米。", "plan 2 米 -", layout.Notice},
		{"in a report's text", "征求意见稿要求，严格限制墓碑高度。墓碑高度不得超过地面0.8米。", "plan 0.8 米 -", layout.Article},

		// None.
		{"的 after the number", "墓碑高度不得超过地面0.8米的，应当拆除。", "", layout.Notice},
		{"a verb between", "每次祭扫不得超过规定使用30分钟。", "", layout.Notice},
		{"以上 after a noun", "每个站点须配备大专以上学历人员2名。", "", layout.Notice},
		{"a bound of more than", "墓碑高度须超过地面0.3米。", "", layout.Notice},
		{"an age", "入住老人年龄不得低于本市户籍60周岁。", "", layout.Notice},
		{"no requirement", "去年墓碑高度不超过地面0.8米。", "", layout.Article},
	}
	checkKindTargets(t, tests)
}
