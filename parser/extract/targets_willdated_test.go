package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsWillDated: 将于 and a time make the clause a plan however
// long the phrase between the time and the verb; 将 of disposal, 于 with
// no 将, and a deed told with a past time read as before. The test
// document is dated 2025-06-03.
func TestTargetsWillDated(t *testing.T) {
	tests := []kindTargets{
		{"将于 and a long phrase", "为让困难群众温暖过冬，全市将于月底向城乡低保对象、特困人员以及困难老人共发放3535万元临时救济金。", "plan 35350000 元 -", layout.Article},
		{"将于 and a month", "市民政局将于10月向各区、县和街道的困难家庭发放慰问金200万元。", "plan 2000000 元 -", layout.Article},

		// No plan.
		{"将 of disposal", "全市将困难群众纳入救助范围，共发放救济金3535万元。", "", layout.Article},
		{"于 with no 将", "全市于近日向城乡低保对象、特困人员以及困难老人共发放3535万元临时救济金。", "", layout.Article},
		{"a deed", "全市已于1月向城乡低保对象、特困人员以及困难老人发放3535万元临时救济金。", "achieved 35350000 元 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
