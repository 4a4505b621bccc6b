package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsPastYear: a year before the document's, opening its clause,
// opens a report of that year: the plan words after it in the paragraph
// (建成, 新建) tell deeds. Not so: the document's own year, a year inside
// a clause, a clause that turns ahead (下一步), a span's first year, a
// demand (要) and a clause opened by the document's own year after the
// past one. The test document is dated 2025-06-03.
func TestTargetsPastYear(t *testing.T) {
	tests := []kindTargets{
		{"a speech's review", "会上指出，2024年我们扎实奋进，工作取得阶段性成效。全年建成老年食堂16家；建成慈善超市5个。", "achieved 16 家 -; achieved 5 个 -", layout.Article},
		{"the year alone", "2024年，全区新建养老服务站12个。", "achieved 12 个 -", layout.Article},

		// The rule must not fire.
		{"the document's year", "2025年，全区新建养老服务站12个。", "plan 12 个 2025-12-31", layout.Article},
		{"a year inside the clause", "全区按照2024年规划新建养老服务站12个。", "plan 12 个 -", layout.Article},
		{"turned ahead", "2024年，全区工作取得成效。下一步，全区新建养老服务站12个。", "plan 12 个 -", layout.Article},
		{"a span's first year", "2024年到2026年底，全县建成村级互助点30个。", "plan 30 个 -", layout.Article},
		{"what the year required", "2024年，各地要新建养老服务站12个。", "plan 12 个 -", layout.Article},
		{"closed by the document's year", "2024年，全区工作取得成效。2025年，全区新建养老服务站12个。", "plan 12 个 2025-12-31", layout.Article},
	}
	checkKindTargets(t, tests)
}
