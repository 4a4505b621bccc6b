package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsWillNounVerb: 将 before a verb the segmenter tags as a
// verbal noun and a figure right after it (将突破40个) is the future's
// auxiliary, and the count a plan; a deed, a verbal noun with no figure
// after it, and 将 before a noun keep their reading.
func TestTargetsWillNounVerb(t *testing.T) {
	tests := []kindTargets{
		{"将突破", "年底前,新区老年助餐点位将突破40个。", "plan 40 个 2025-12-31", layout.Article},
		{"a subject before", "新区老年助餐点位将突破40个,街道覆盖率将达到75%。", "plan 40 个 -; plan 75 % -", layout.Article},

		// No plan: the deed, no figure after the verbal noun, a noun.
		{"a deed", "新区老年助餐点位已突破40个。", "achieved 40 个 -", layout.Article},
		{"no 将", "新区老年助餐点位突破了40个。", "achieved 40 个 -", layout.Article},
		{"将 before a noun", "区民政局将资金300万元拨付各街道。", "", layout.Article},
	}
	checkKindTargets(t, tests)
}
