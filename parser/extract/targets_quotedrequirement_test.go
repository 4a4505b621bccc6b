package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsQuotedRequirement: a requirement quoted inside “…” with its
// own word of demand before the number holds in a report of what was
// done; a quotation with no such word, a number outside the quotation, or
// a report with no quotation reads as done. The test document is dated
// 2025-06-03.
func TestTargetsQuotedRequirement(t *testing.T) {
	tests := []kindTargets{
		{"要求 in the quotation", "根据关于“临时救助资金使用率要求达到90%以上”的精神，目前我区第一季度仅使用30.78万元，使用率仅完成9.3%。", "plan 90 % -; achieved 9.3 % -", layout.Notice},
		{"确保 in the quotation", "一季度，我局按照“确保新建助餐点不少于20个”的部署，已建成助餐点12个。", "plan 20 个 -; achieved 12 个 -", layout.Notice},

		// Done still.
		{"no demand in the quotation", "一季度，“新建30个助餐点”等民生实事已全部完成。", "achieved 30 个 -", layout.Notice},
		{"outside the quotation", "一季度，按照“应建尽建”的要求，已建成助餐点12个。", "achieved 12 个 -", layout.Notice},
		{"no quotation", "一季度，使用率要求达到90%以上，目前已完成9.3%。", "achieved 90 % -; achieved 9.3 % -", layout.Notice},
	}
	checkKindTargets(t, tests)
}
