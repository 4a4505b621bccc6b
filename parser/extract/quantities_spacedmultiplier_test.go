package extract

import "testing"

// TestQuantitiesSpacedMultiplier: a figure grouped by threes with a space
// (GB/T 15835-2011 5.1.3) folds the 万 or 亿 after it as the figure it
// writes. Not so: two figures a space parts that are no groups of three
// (2 44万元: the second is no group), and a spaced figure with no
// multiplier, read as before.
func TestQuantitiesSpacedMultiplier(t *testing.T) {
	tests := []rowCase{
		{"农业经济损失3 443万元,直接经济损失3 824万元。", "34430000 元; 38240000 元"},
		{"全年支出1 250亿元。", "125000000000 元"},
		{"受灾人口41 470人。", "41470 人"},
		{"共救助12 000人次。", "12000 人次"},
		{"第2批 44万元已拨付。", "440000 元"},
	}
	checkRows(t, tests, "quantities", amountRows)
}
