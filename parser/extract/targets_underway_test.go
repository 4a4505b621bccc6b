package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsUnderWay: in a news report, 正在 before the plan word of the
// number's clause tells work under way, so the count in its object stays
// a plan; one after the number (the count of what is in progress, a
// status), one in a clause of its own, or none leaves the news report's
// deed. The test document is dated 2025-06-03.
func TestTargetsUnderWay(t *testing.T) {
	tests := []kindTargets{
		{"正在 before the plan word", "记者从某市民政局获悉，某市民政局正在推进21个社会工作站建设工作。", "plan 21 个 -", layout.Article},
		{"正在 and a subject between", "记者从某市民政局获悉，目前正在新建21个社会工作站。", "plan 21 个 -", layout.Article},

		// The news report's deed.
		{"no 正在", "记者从某市民政局获悉，某市民政局推进21个社会工作站建设工作。", "achieved 21 个 -", layout.Article},
		{"正在 after the number", "记者从某市民政局获悉，全市新建社会工作站21个，另有5个正在建设。", "achieved 21 个 -; achieved 5 个 -", layout.Article},
		{"the count the subject of work under way", "记者从某市民政局获悉，全市21个社会工作站正在建设。", "achieved 21 个 -", layout.Article},
		{"正在 in a clause of its own", "记者从某市民政局获悉，各项工作正在推进，全市新建社会工作站21个。", "achieved 21 个 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
