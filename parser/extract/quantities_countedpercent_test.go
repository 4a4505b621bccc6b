package extract

import "testing"

// TestQuantitiesCountedPercent: a percentage after a count in Chinese
// numerals and a measure word is an amount inside a short quotation too.
// Not so: a percentage alone or after other words in the quotation, a
// count in digits, and a bare figure after the count.
func TestQuantitiesCountedPercent(t *testing.T) {
	tests := []rowCase{
		{"实行“四个100%”评议办法。", "100 %"},
		{"实现“两个100%”目标。", "100 %"},
		{"落实“三项100%”要求。", "100 %"},

		{"达到“100%”全覆盖。", ""},
		{"推行“覆盖率100%”标准。", ""},
		{"推行“3+3+3+N”模式。", ""},
		{"开通“四个12345”热线。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
