package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsTookPart: a count before a verb of taking part that closes
// its clause (参赛, 参培, 参训) is of those who came, whatever plan word a
// name between holds. Not so: a sentence that turns ahead (将有) or
// requires (要确保), a verb of taking part that does not close the clause,
// and a plan with no such verb. The test document is dated 2025-06-03.
func TestTargetsTookPart(t *testing.T) {
	tests := []kindTargets{
		{"参赛 after a name with 建设", "来自全国各省和新疆生产建设兵团32支参赛队的128名选手参赛。", "", layout.Article},
		{"参培 after a name with 培育", "150余名社会组织培育发展基地和社区社会组织的负责人参培。", "", layout.Article},
		{"参训", "全市各县区民政局、养老机构负责人共200余人参训。", "", layout.Article},

		// A plan still.
		{"将 before", "下半年将有300名干部参训。", "plan 300 名 -", layout.Article},
		{"要确保", "各县要确保100名社工参训。", "plan 100 名 -", layout.Notice},
		{"参赛 not closing", "全年培训参赛选手500人次。", "plan 500 人次 -", layout.Article},
		{"no such verb", "全区培育社会组织50家。", "plan 50 家 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
