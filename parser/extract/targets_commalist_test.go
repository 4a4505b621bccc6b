package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsCommaList: a clause of counted objects alone that a comma
// opens after a plan's count that closes its clause lists further objects
// of the same verb, so its counts are the plan's too; a clause with a
// verb, a preposition or an adverb of its own, one that opens with a word
// or a semicolon opens, a count before it that a verb follows, or one
// that is no plan's reads as before. The test document is dated 2025-06-03.
func TestTargetsCommaList(t *testing.T) {
	tests := []kindTargets{
		{"计划 A，B和C", "全市计划建设3个县级，24个乡镇级和96个村级公益性公墓。", "plan 3 个 -; plan 24 个 -; plan 96 个 -", layout.Article},
		{"an ASCII comma", "全市计划建设3个县级,24个乡镇级和96个村级公益性公墓。", "plan 3 个 -; plan 24 个 -; plan 96 个 -", layout.Article},
		{"将 A，B", "全区将新建5个城市社区食堂，12个农村幸福院。", "plan 5 个 -; plan 12 个 -", layout.Article},

		// A clause of its own.
		{"a verb of its own", "全市计划建设3个县级公墓，2个位于城区。", "plan 3 个 -", layout.Article},
		{"a preposition of its own", "全市计划建设3个县级公墓，比去年多2个。", "plan 3 个 -", layout.Article},
		{"an adverb of its own", "全市计划建设5个县级公墓，3个正在选址。", "plan 5 个 -", layout.Article},
		{"a semicolon, no comma", "全市计划建设3个县级公墓；24个乡镇级公墓。", "plan 3 个 -", layout.Article},
		{"a part of the count before", "全市计划建设5个县级公墓，城区3个。", "plan 5 个 -", layout.Article},
		{"a verb after the count before", "全市计划建设3个县级公墓完成验收，24个乡镇级公墓。", "plan 3 个 -", layout.Article},
		{"a deed's count before", "去年全市建成3个县级，24个乡镇级公益性公墓。", "achieved 3 个 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
