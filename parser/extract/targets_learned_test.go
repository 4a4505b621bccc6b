package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsLearned: 获 of a verb of news attribution (获悉, 获知) marks
// no deed, so the plan words of the sentence it opens keep their plans;
// a day the reporter learned the news on dates no deed either. An
// achievement word of its own (已, 获评) and a past day of the deed itself
// still tell what was done. The test document is dated 2025-06-03.
func TestTargetsLearned(t *testing.T) {
	tests := []kindTargets{
		{"获悉 before a plan", "从市民政局日前召开的工作会议上获悉，今年本市将新增养老床位4000张，新增日间照料中心100个。", "plan 4000 张 2025-12-31; plan 100 个 2025-12-31", layout.Article},
		{"获知", "从省民政厅获知，今年全省将新建助餐点1300个，改造困难家庭8000户。", "plan 1300 个 2025-12-31; plan 8000 户 2025-12-31", layout.Article},
		{"the day learned", "5月20日从省民政厅获悉，全省将新建助餐点1300个，改造困难家庭8000户。", "plan 1300 个 -; plan 8000 户 -", layout.Notice},

		// Deeds still.
		{"已 after 获悉", "从省民政厅获悉，全省已新建助餐点1300个。", "achieved 1300 个 -", layout.Article},
		{"获评 of its own", "该中心获评省级示范，新增床位100张。", "achieved 100 张 -", layout.Notice},
		{"a past day of the deed", "5月20日，全省新建助餐点1300个，省民政厅获悉后通报表扬。", "achieved 1300 个 -", layout.Notice},
	}
	checkKindTargets(t, tests)
}
