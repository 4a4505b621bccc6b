package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsGoalQuota: a quota noun with a copula right before the
// number (名额为150个) names the level an award sets, a target, as 目标为
// does; a quota noun with no copula, further back, or a number after a
// noun of no quota read as before. The test document is dated 2025-06-03.
func TestTargetsGoalQuota(t *testing.T) {
	tests := []kindTargets{
		{"名额为", "本届共设置4类奖项，最终表彰名额为150个，为上一届的3倍。", "plan 150 个 -", layout.Article},
		{"名额是", "今年推荐名额是20名。", "plan 20 名 2025-12-31", layout.Notice},

		// No quota named.
		{"no copula", "今年表彰名额150个已全部确定。", "achieved 150 个 -", layout.Article},
		{"a noun of no quota", "本届获奖人数为150个。", "achieved 150 个 -", layout.Article},
		{"名额 further back", "名额分配后，共有150个单位参评。", "", layout.Article},
	}
	checkKindTargets(t, tests)
}
