package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsSharedVerb: a clause of a noun and its count alone after a
// clause its plan word opens and its count closes shares that verb; a
// clause with a verb or a preposition of its own, a first clause that
// opens with other words, a count before the clause's end, or a first
// count that is no plan's read as before. The test document is dated
// 2025-06-03.
func TestTargetsSharedVerb(t *testing.T) {
	tests := []kindTargets{
		{"新建 A 1所，B 2个", "二、新建老年日间服务中心1所，社区老年人助餐服务点2个", "plan 1 所 -; plan 2 个 -", layout.Notice},
		{"新增 A，B", "新增养老床位300张，护理型床位120张。", "plan 300 张 -; plan 120 张 -", layout.Notice},
		{"a clause of three", "新建社区食堂5个，助餐点20个，老年活动室7个。", "plan 5 个 -; plan 20 个 -; plan 7 个 -", layout.Notice},

		// No verb shared.
		{"a copula of its own", "最终表彰名额为150个，为上一届的3倍。", "plan 150 个 -", layout.Article},
		{"a preposition of its own", "新建社区食堂5个，比去年多2个。", "plan 5 个 -", layout.Notice},
		{"the first clause opens with other words", "全年新增养老床位300张，护理型床位120张。", "plan 300 张 -", layout.Notice},
		{"a deed's count", "去年已新建社区食堂5个，助餐点20个。", "achieved 5 个 -; achieved 20 个 -", layout.Notice},
	}
	checkKindTargets(t, tests)
}
