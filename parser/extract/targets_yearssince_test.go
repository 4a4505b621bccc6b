package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsYearsSince: a count of years before 来 (五年来, 二十年来:
// a numeral and target_cues.tsv yearssince; 多年来: stance.tsv since) opens a review of what was done over the span,
// as 以来 does, so the plan words after it in its paragraph tell deeds; a
// span still to come (今后五年, 未来五年), a paragraph it does not open, or
// a sentence that turns ahead after it keeps its plan. The test document
// is dated 2025-06-03.
func TestTargetsYearsSince(t *testing.T) {
	tests := []kindTargets{
		{"五年来 then a sentence", "五年来，民政公共服务设施建设实现大跨越。新增护理型床位2800张。", "achieved 2800 张 -", layout.Article},
		{"一年来 in the sentence", "一年来，全省新建社区老年食堂120个。", "achieved 120 个 -", layout.Article},
		{"多年来", "多年来，全县新建农村互助幸福院36所。", "achieved 36 所 -", layout.Article},
		{"a numeral no row lists: 六年来", "六年来，全县新建农村互助幸福院36所。", "achieved 36 所 -", layout.Article},
		{"二十年来", "二十年来，全县新建农村互助幸福院36所。", "achieved 36 所 -", layout.Article},
		{"十几年来", "十几年来，全县新建农村互助幸福院36所。", "achieved 36 所 -", layout.Article},
		{"a count in digits: 8年来", "8年来，全县新建农村互助幸福院36所。", "achieved 36 所 -", layout.Article},

		// Plans that stand.
		{"今后五年", "今后五年，全市新增护理型床位2800张。", "plan 2800 张 -", layout.Article},
		{"未来五年", "未来五年，全市新增护理型床位2800张。", "plan 2800 张 -", layout.Article},
		{"a sentence that turns ahead", "五年来，民政公共服务设施建设实现大跨越。下一步，新增护理型床位2800张。", "plan 2800 张 -", layout.Article},
		{"another paragraph", "五年来，民政公共服务设施建设实现大跨越。\n新增护理型床位2800张。", "plan 2800 张 -", layout.Article},
		{"a count of years after 来", "未来八年，全市新增护理型床位2800张。", "plan 2800 张 -", layout.Article},
		{"年 and 来 apart", "五年内，全市新增护理型床位2800张，来年验收。", "plan 2800 张 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
