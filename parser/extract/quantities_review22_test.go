package extract

import "testing"

// TestQuantitiesReview22 covers review 21's 单, the measure word of
// trusts and filings, read only where the clause ends after it.
func TestQuantitiesReview22(t *testing.T) {
	tests := []rowCase{
		{"全年备案慈善信托5单,资金2000万元。", "5 单; 20000000 元"},
		{"新设立慈善信托12单。", "12 单"},
		// Negatives: a word 单 opens.
		{"全市共有3单位参加。", ""},
		{"居住在2单元。", ""},
		{"设立2单项基金。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}

// TestTargetsReview22: a plan word inside a body's name (生产建设兵团,
// 城乡建设局) names the body and plans nothing; the same word in the
// clause plans.
func TestTargetsReview22(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1月26日,中华慈善总会向新疆生产建设兵团慈善总会拨付39.96万元资金。", ""},
		{"县住房和城乡建设局拨付资金20万元。", ""},
		{"建设养老床位500张。", "plan 500 张 -"},
		{"力争建设养老床位500张。", "plan 500 张 -"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
