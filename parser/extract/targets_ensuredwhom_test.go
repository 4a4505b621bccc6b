package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsEnsuredWhom: a count of people or households right after 确保
// and a whole jurisdiction names whom the requirement covers, no target.
// Not so: a count after the verb 确保 requires, a count of things, a
// count with no jurisdiction it is all of, and a bound set on a count.
func TestTargetsEnsuredWhom(t *testing.T) {
	tests := []kindTargets{
		{"确保 and a count of people", "各地要做好御寒救助工作，确保全省2174名集中供养特困人员温暖安全过冬。", "", layout.Article},
		{"确保 and a count of households", "春节前发放慰问金，确保全县1.2万户困难家庭按时足额领取。", "", layout.Article},

		// Not so.
		{"a count after the verb", "各地要加快进度，确保完成1000户适老化改造。", "plan 1000 户 -", layout.Article},
		{"a count of things", "各地要加快进度，确保全市12个服务站年底前建成。", "plan 12 个 2025-12-31", layout.Article},
		{"no jurisdiction it is all of", "各县要确保100名社工参训。", "plan 100 名 -", layout.Article},
		{"a bound on a count", "各地要加强培训，确保培训养老护理员不少于500名。", "plan 500 名 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
