package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsBasisShare: a bound in a phrase of basis (按不低于5%的比例)
// names the rule an act followed: in a news report or under a summary's
// heading it tells the manner of a deed, and the report stays a report;
// a notice's sentence sets it out as its requirement, and a bound with
// no basis (比例不低于5%) requires as before. The test document is dated
// 2025-06-03.
func TestTargetsBasisShare(t *testing.T) {
	tests := []kindTargets{
		{"a news report's audit", "记者获悉，10月20日，市民政局启动抽查工作，按不低于5%的比例随机抽取55个社会组织开展抽查审计。", "achieved 5 % -; achieved 55 个 -", layout.Article},
		{"按照", "记者获悉，10月20日，市民政局启动抽查工作，按照不低于5%的比例随机抽取55个社会组织开展抽查审计。", "achieved 5 % -; achieved 55 个 -", layout.Article},
		{"a summary's check", "一、2022年工作总结\n我局对审批通过的救助对象，严格按不低于30%的比例开展实地抽查。", "achieved 30 % -", layout.Article},

		// A requirement.
		{"a notice's rule", "按不低于5%的比例随机抽取社会组织开展抽查。", "plan 5 % -", layout.Notice},
		{"no basis", "记者获悉，市民政局要求抽查比例不低于5%。", "plan 5 % -", layout.Article},
		{"no figure after the bound", "记者获悉，市民政局按不低于比例随机抽取55个社会组织开展抽查。", "plan 55 个 -", layout.Article},
		{"a report turned ahead", "记者获悉，市民政局将按不低于5%的比例随机抽取55个社会组织开展抽查审计。", "plan 5 % -; plan 55 个 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
