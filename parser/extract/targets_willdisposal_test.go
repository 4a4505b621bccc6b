package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsWillDisposal: 将 before a verb that opens a relative clause
// a 的 closes takes the noun it describes as its object (将符合条件的群众纳入
// …), the preposition of disposal, so the clauses after it are no plan it
// governs; 将 before a verb whose clause runs on with no 的, or a 的 after
// a figure, stays the future's. The test document is dated 2025-06-03.
func TestTargetsWillDisposal(t *testing.T) {
	tests := []kindTargets{
		{"将符合条件的…纳入", "依托村级站点，及时主动将符合条件的困难群众纳入救助范围，第四季度，新增城乡低保231户；新申请临时救助390户。", "", layout.Article},
		{"将需要帮助的…列入", "社区将需要帮助的老人列入台账，新申请临时救助12户。", "", layout.Article},

		// The future's 将 still.
		{"将 and a verb", "下一步，全县将新建养老机构5所，新增床位300张。", "plan 5 所 -; plan 300 张 -", layout.Article},
		{"的 after a figure", "全县将新建5所规模较大的养老机构。", "plan 5 所 -", layout.Article},
		{"将 with a clause after", "全县将加快推进，新建助餐点20个。", "plan 20 个 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
