package extract

import "testing"

// TestQuantityDiscounts: 折 after one or two digits is a discount, an amount
// with its measure word (9折, 8.5折, 75折); a longer figure before it, and the
// words that open with it (折合, 折算, 折叠, 折旧), are none.
func TestQuantityDiscounts(t *testing.T) {
	tests := []rowCase{
		{"老年人就餐可享受9折优惠。", "9 折"},
		{"持卡会员用餐享受75折。", "75 折"},
		{"门票打8.5折。", "8.5 折"},
		{"节日期间8-9折销售。", "8 折; 9 折"},

		{"参加2024折纸大赛。", ""},
		{"工时按20折算为志愿服务学时。", ""},
		{"积分按50折合为服务时长。", ""},
		{"全年固定资产按10折旧年限计提。", ""},
		{"为老人配发12折叠轮椅。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}

// TestTargetsDiscount: a discount a plan promises is the price term of an
// offer, no target; a bound of another unit in the same frame still is.
func TestTargetsDiscount(t *testing.T) {
	tests := []struct{ in, want string }{
		{"这些餐厅将在年底前为老年人带来不低于85折的优惠。", ""},
		{"年底前,全市助餐点将提供9折优惠。", ""},
		{"这些餐厅将在年底前为老年人提供不少于500份的爱心餐。", "plan 500 份 2025-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
