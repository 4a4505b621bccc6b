package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsOnlyThen: a number that an adverb of a sufficient condition
// (方能, 方可, 才能) follows in its clause is a threshold, no target. Not
// so: the adverb in another clause, its first character ending a noun
// (人才|能力, 地方|可以), and a plan with no such adverb. The test document
// is dated 2025-06-03.
func TestTargetsOnlyThen(t *testing.T) {
	tests := []kindTargets{
		{"方能", "申请对象的得票率超过70%以上方能通过。", "", layout.Article},
		{"方可", "入住满6个月方可申请转院。", "", layout.Notice},
		{"才能", "评估得分达到60分以上才能入住。", "", layout.Notice},

		// A plan still.
		{"adverb in another clause", "全年新建养老床位不少于500张，经验收合格方可投入使用。", "plan 500 张 -", layout.Notice},
		{"人才能力 after", "要举办不少于20期养老服务人才能力提升培训班。", "plan 20 期 -", layout.Notice},
		{"地方可 after", "要建成不少于10个各地方可推广的示范点。", "plan 10 个 -", layout.Notice},
		{"no adverb", "到2025年底，全区建成社区食堂50个。", "plan 50 个 2025-12-31", layout.Notice},
	}
	checkKindTargets(t, tests)
}
