package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsAsOfAhead: a count in a tally framed by 截至目前 is what was
// reached though a later clause turns ahead (年底将达80个). Not so: a 将 or
// a word only a plan uses in the number's own clause, and a sentence with
// no frame. The test document is dated 2025-06-03.
func TestTargetsAsOfAhead(t *testing.T) {
	tests := []kindTargets{
		{"later 将", "截至目前，本市新增床位3800张；新建改造日间照料中心42个，年底将达80个。", "plan 80 个 2025-12-31; achieved 3800 张 -; achieved 42 个 -", layout.Article},
		{"later 计划", "截至目前，全区建成社区食堂12个，计划再建设8个。", "plan 8 个 -; achieved 12 个 -", layout.Article},

		// The plan keeps.
		{"将 in its own clause", "截至目前，本市新增床位3800张，年底将新增5000张；新建改造日间照料中心42个。", "plan 5000 张 2025-12-31; achieved 3800 张 -; achieved 42 个 -", layout.Article},
		{"确保 in its own clause", "截至目前，各地进展顺利；确保新建改造日间照料中心42个。", "plan 42 个 -", layout.Article},
		{"no frame", "新建改造日间照料中心42个，年底将达80个。", "plan 42 个 -; plan 80 个 2025-12-31", layout.Article},
	}
	checkKindTargets(t, tests)
}
