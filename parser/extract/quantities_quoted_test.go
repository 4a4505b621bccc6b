package extract

import "testing"

// TestQuantitiesQuoted: an amount inside a short quotation counts when a
// unit follows its digits, an inner qualifier (余) or a multiplier (万)
// between; a bare figure or a formula's term there does not.
func TestQuantitiesQuoted(t *testing.T) {
	tests := []rowCase{
		{"实现“结余20余万元”。", "200000 元"},
		{"做到“新增床位300余张”。", "300 张"},
		{"打造“15分钟生活圈”。", "15 分钟"},

		{"开通“12345”热线。", ""},
		{"推行“3+3+3+N”模式。", ""},
		{"落实“三天两检”制度。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
