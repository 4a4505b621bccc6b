package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsRestatedAhead: a news report's count that the passage states
// again, written the same, after it has turned ahead (今年将…新建…1300个)
// is that plan's, summed up before it is told; a different count after
// the turn, or the same count with no turn ahead, leaves the report's
// deed. The test document is dated 2025-06-03.
func TestTargetsRestatedAhead(t *testing.T) {
	tests := []kindTargets{
		{"the lead's count restated after 将", "记者从某省民政厅获悉，今年，全省新建助餐点1300个。厅长介绍，今年将再改造8000户，新建助餐点1300个。", "plan 1300 个 2025-12-31; plan 8000 户 2025-12-31; plan 1300 个 2025-12-31", layout.Article},

		// The news report's deed.
		{"another count after the turn", "记者从某省民政厅获悉，今年，全省新建助餐点1300个。厅长介绍，今年将再改造8000户，新建助餐点1200个。", "plan 8000 户 2025-12-31; plan 1200 个 2025-12-31; achieved 1300 个 -", layout.Article},
		{"no turn ahead", "记者从某省民政厅获悉，今年，全省新建助餐点1300个。厅长介绍，全省新建助餐点1300个。", "achieved 1300 个 -; achieved 1300 个 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
