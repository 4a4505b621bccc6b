package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsCommaList: a clause of counted objects alone that a comma
// opens after a plan's count that closes its clause lists further objects
// of the same verb, so its counts are the plan's too, a measure word after
// the count before (班次) as a nominal is; a clause with a verb, a verbal
// noun, a preposition or an adverb of its own, one that opens with a word
// or a semicolon opens, a count before it that a verb or a verbal noun
// follows, or one that is no plan's reads as before. The test document is dated 2025-06-03.
func TestTargetsCommaList(t *testing.T) {
	tests := []kindTargets{
		{"计划 A，B和C", "全省计划新建5个市级，30个县级和120个乡镇级养老服务设施。", "plan 5 个 -; plan 30 个 -; plan 120 个 -", layout.Article},
		{"an ASCII comma", "全省计划新建5个市级,30个县级和120个乡镇级养老服务设施。", "plan 5 个 -; plan 30 个 -; plan 120 个 -", layout.Article},
		{"将 A，B", "全区将新建5个城市社区食堂，12个农村幸福院。", "plan 5 个 -; plan 12 个 -", layout.Article},
		{"a measure word after the count before", "全省计划开设5个培训班次，12个农村讲座。", "plan 5 个 -; plan 12 个 -", layout.Article},

		// A clause of its own.
		{"a verb of its own", "全市计划建设3个县级公墓，2个位于城区。", "plan 3 个 -", layout.Article},
		{"a preposition of its own", "全市计划建设3个县级公墓，比去年多2个。", "plan 3 个 -", layout.Article},
		{"an adverb of its own", "全市计划建设5个县级公墓，3个正在选址。", "plan 5 个 -", layout.Article},
		{"a semicolon, no comma", "全市计划建设3个县级公墓；24个乡镇级公墓。", "plan 3 个 -", layout.Article},
		{"a part of the count before", "全市计划建设5个县级公墓，城区3个。", "plan 5 个 -", layout.Article},
		{"a verb after the count before", "全市计划建设3个县级公墓完成验收，24个乡镇级公墓。", "plan 3 个 -", layout.Article},
		{"a deed's count before", "去年全省建成5个市级，30个县级养老服务设施。", "achieved 5 个 -", layout.Article},
		{"a verbal noun after the count before", "全区将新建5个城市社区食堂建设，12个农村幸福院。", "plan 5 个 -", layout.Article},
		{"a verbal noun of its own", "全市计划建设3个县级公墓，24个统一规划。", "plan 3 个 -", layout.Article},
		{"an adverb (ad) of its own", "全市计划建设5个县级公墓，3个积极谋划。", "plan 5 个 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
