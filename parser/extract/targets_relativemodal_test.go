package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsRelativeModal: 需 or 须 inside a relative clause a 的 closes
// (需救助的灾民) names whom the clause describes and requires nothing, so
// the count of them after a bound is none; a modal whose clause runs on
// with no 的, or a 的 only after a figure, still requires. The test
// document is dated 2025-06-03.
func TestTargetsRelativeModal(t *testing.T) {
	tests := []kindTargets{
		{"需…的 before a count", "全区需政府救助的灾民有300万人，其中需衣被救济的重灾民达213.2万人。", "", layout.Article},
		{"须…的 in a later clause", "受灾群众共10万余户，须临时救助的困难群众达5000余人。", "", layout.Article},

		// A requirement still.
		{"需 of its own", "需严格控制参加人数，每户不超过5人。", "plan 5 人 -", layout.Notice},
		{"须 runs on", "祭扫人员须错峰入园，每户不超过3人。", "plan 3 人 -", layout.Notice},
		{"的 after a figure", "须在15日内完成的整改事项，每项不超过3人负责。", "plan 15 日 -; plan 3 人 -", layout.Notice},
	}
	checkKindTargets(t, tests)
}
