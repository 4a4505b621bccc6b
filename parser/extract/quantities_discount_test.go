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
