package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsStandingLevel: a level reached (达到, 提高到) that the sentence
// dates to the time of speaking (目前) or, in an article, compares with a
// time before (较2021年提高, 同比增长) is the level in force, the state
// reached; a turn ahead, a requirement, a notice's comparison, or a
// reached level with neither time keeps the plan. The test document is
// dated 2025-06-03.
func TestTargetsStandingLevel(t *testing.T) {
	tests := []kindTargets{
		{"目前 and a level reached", "大家表示，今后要把培训成果转化为具体措施。目前，全省社区社会组织总数达到17.45万个，逐步成为基层治理的新生力量。", "achieved 174500 个 -", layout.Article},
		{"a comparison with a year before", "某市城市低保统一提高到每月705元，农村低保统一提高到每年5316元，较2021年分别提高2.9%、15.4%。", "achieved 705 元 -; achieved 5316 元 -", layout.Article},
		{"同比", "全市养老床位总数提高到5000张，同比增长8%。", "achieved 5000 张 -", layout.Article},
		{"a portion of more than one word", "全市养老床位提高到每千名老年人拥有40张，同比增长5%。", "achieved 40 张 -", layout.Article},

		// The plan.
		{"目前 and then a turn ahead", "目前，全市将社区社会组织总数提高到2万个。", "plan 20000 个 -", layout.Article},
		{"目前 and then a forward word", "目前全市社区社会组织1.5万个，明年总数达到2万个。", "plan 20000 个 2026-12-31", layout.Article},
		{"a comparison with another place", "全市养老床位总数提高到5000张，比邻县增加1000张。", "plan 5000 张 -", layout.Article},
		{"a reach-by year", "到2027年，全市养老床位总数提高到5000张，较2024年提高20%。", "plan 5000 张 2027-12-31", layout.Article},
		{"a notice's comparison", "城市低保标准提高到每月705元，较2021年提高2.9%。", "plan 705 元 -", layout.Notice},
		{"neither time", "某市城市低保统一提高到每月705元。", "plan 705 元 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
