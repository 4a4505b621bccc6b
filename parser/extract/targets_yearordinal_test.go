package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsYearOrdinal: a year an ordinal follows (2026年第一期培训班)
// numbers an event of the year's series and sets no deadline for the plan
// after it. Not so: a year that opens its clause, or one between the
// subject and the predicate. The test document is dated 2025-06-03.
func TestTargetsYearOrdinal(t *testing.T) {
	tests := []kindTargets{
		{"第一期", "区民政局举办2026年第一期培训班,计划培训干部70名。", "plan 70 名 -", layout.Article},
		{"年度第二批", "区民政局公布2026年度第二批名单,计划新增床位70张。", "plan 70 张 -", layout.Article},

		// A year of the clause's time.
		{"a year opening the clause", "2026年,计划培训干部70名。", "plan 70 名 2026-12-31", layout.Article},
		{"a year before the predicate", "区民政局2026年计划培训干部70名。", "plan 70 名 2026-12-31", layout.Article},
	}
	checkKindTargets(t, tests)
}
