package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsPurpose: the plan words of a purpose clause that opens the
// sentence (为确保…，, 为了…，) do not make the main clause's report of
// what was done a plan. Not so: a requirement of the main clause, a 为 that
// names whom a deed serves (为2500名老人提供…), or a number in the purpose
// clause itself. The test document is dated 2025-06-03.
func TestTargetsPurpose(t *testing.T) {
	tests := []kindTargets{
		{"为确保 and a done count", "为确保困难群众温暖过冬,12个社区完成改造。", "achieved 12 个 -", layout.Article},
		{"为了 and a done count", "为了确保群众温暖过冬,9个敬老院完成改建。", "achieved 9 个 -", layout.Article},
		{"no purpose clause", "12个社区完成改造。", "achieved 12 个 -", layout.Article},

		// A requirement, a beneficiary, a number in the purpose clause.
		{"要 in the main clause", "为确保困难群众温暖过冬,要推动12个社区完成改造。", "plan 12 个 -", layout.Article},
		{"为 before whom it serves", "为2500名老人提供上门服务。", "plan 2500 名 -", layout.Article},
		{"a number in the purpose clause", "为确保年底前完成100个社区改造,区民政局召开会议。", "plan 100 个 2025-12-31", layout.Article},
	}
	checkKindTargets(t, tests)
}
