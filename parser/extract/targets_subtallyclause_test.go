package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsSubtallyClause: the clauses a 其中 opens after a planned
// total in its own sentence list the total's planned parts; a total that
// is no plan's, a 其中 inside a clause, or parts in another sentence with
// no plan before read as before. The test document is dated 2025-06-03.
func TestTargetsSubtallyClause(t *testing.T) {
	tests := []kindTargets{
		{"其中 after a plan", "全市计划新建养老机构10家，其中城区4家，农村6家。", "plan 10 家 -; plan 4 家 -; plan 6 家 -", layout.Notice},
		{"其中 with a comma", "全年培训养老护理员不少于500人，其中，持证人员300人。", "plan 500 人 -; plan 300 人 -", layout.Notice},

		// Not a planned total's parts.
		{"a deed's total", "去年共建成养老机构10家，其中城区4家，农村6家。", "achieved 10 家 -", layout.Notice},
		{"其中 inside a clause", "全市计划新建养老机构10家，乐在其中的老人有400人。", "plan 10 家 -", layout.Notice},
		{"no total before", "其中城区4家，农村6家。", "", layout.Notice},
	}
	checkKindTargets(t, tests)
}
