package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsAttended: a plan word that is the object of a verb of taking
// part (参加|培训, 接受|培训) names the event, so the count of those who
// took part is no target. Not so: a plan word of the clause elsewhere (计划
// 培训), 将 before the verb, a requirement, or a plan word that is the
// verb of the task (培训干部300人次). The test document is dated
// 2025-06-03.
func TestTargetsAttended(t *testing.T) {
	tests := []kindTargets{
		{"参加培训", "4月29日,区民政局举办培训班,区社会救助局70余名干部参加培训。", "", layout.Article},
		{"接受培训", "全县200名社工接受培训。", "", layout.Article},
		{"列席 a training's meeting", "各村30名代表列席培训会。", "", layout.Article},

		// A plan word elsewhere, 将, a requirement, the task's verb.
		{"计划 before", "今年计划组织300名干部参加培训。", "plan 300 名 2025-12-31", layout.Article},
		{"将 before the verb", "下半年将有300名干部参加培训。", "plan 300 名 -", layout.Article},
		{"培训 the verb", "全年培训基层干部300人次。", "plan 300 人次 -", layout.Article},
		{"要 and 培训 the verb", "各县要培训社工200名。", "plan 200 名 -", layout.Notice},
	}
	checkKindTargets(t, tests)
}
