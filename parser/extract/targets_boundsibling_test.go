package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsBoundSibling: a count that closes its clause before a clause
// of a noun and a bounded count alone (配备站长1名，持证社会工作者至少3名) is
// an object of the same verb, a level the standard sets; a next clause
// with a verb of its own, with no bound, or a first count inside its
// clause reads as before. The test document is dated 2025-06-03.
func TestTargetsBoundSibling(t *testing.T) {
	tests := []kindTargets{
		{"配备 A1名，B至少3名", "工作站配备站长1名，持证社会工作者至少3名，旨在提供专业服务。", "plan 1 名 -; plan 3 名 -", layout.Article},
		{"不少于", "每个站点配备专职人员2名，志愿者不少于10名。", "plan 2 名 -; plan 10 名 -", layout.Article},

		// No standard's objects.
		{"a verb of its own", "工作站配备站长1名，另招募社会工作者至少3名。", "plan 3 名 -", layout.Article},
		{"no bound", "工作站配备站长1名，持证社会工作者3名。", "", layout.Article},
		{"the first count inside its clause", "工作站配备1名站长，持证社会工作者至少3名。", "plan 3 名 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
