package extract

import "testing"

// TestQuantitiesReview9 covers the units that the ninth review's pages
// print: 平方千米 read whole (its 千 is no numeral before 米), 例 counting
// cases, 部 counting vehicles.
func TestQuantitiesReview9(t *testing.T) {
	tests := []rowCase{
		{"总面积201.2平方千米", "201.2 平方千米"},
		{"总面积1108.69平方千米,总人口30.9万人", "1108.69 平方千米; 309000 人"},
		{"道路全长3千米", "3 千米"},
		{"全长五千米", "5000 米"},
		{"每千米补助500元", "500 元"}, // 千米 alone is the unit's name
		{"装配了7万例普及型下肢假肢", "70000 例"},
		{"装配70000例", "70000 例"},
		{"仅限2部5座以下车辆进馆", "2 部; 5 座"},
		{"联合3部门印发", "3 部门"},
		{"例如养老服务", ""},
		{"民政部印发通知", ""},
		{"第2部分", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
