package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsSpotCheck: a plan of inspection names the count it draws
// with 抽检 as with 抽查 (stance.tsv plan): 现对…15家养老服务机构开展随机抽检
// sets the count to check; a report of checks done, a count of the rules'
// own (not drawn), or a condition reads as before.
func TestTargetsSpotCheck(t *testing.T) {
	tests := []kindTargets{
		{"抽检", "现对本县依法登记的15家养老服务机构开展随机抽检工作。", "plan 15 家 -", layout.Notice},
		{"抽查", "现对本县依法登记的15家养老服务机构开展随机抽查工作。", "plan 15 家 -", layout.Notice},
		{"抽检 in a plan", "今年计划抽检养老机构30家。", "plan 30 家 2025-12-31", layout.Article},

		// No plan: checks done; no inspection word.
		{"done", "上半年已抽检养老机构30家。", "achieved 30 家 -", layout.Article},
		{"done with 了", "市局抽检了30家养老机构。", "achieved 30 家 -", layout.Article},
		{"no inspection", "现对本县依法登记的15家养老服务机构进行公示。", "", layout.Notice},
	}
	checkKindTargets(t, tests)
}
