package extract

import "testing"

// TestQuantitiesUnits100: 瓶 counts bottles, 颗 markers set in the ground.
// Not so: a figure that is an ordinal (第5颗), a word these characters open
// with no figure before them, and 集, 届 or 字, left out of the list.
func TestQuantitiesUnits100(t *testing.T) {
	tests := []rowCase{
		{"筹集消毒液8700斤、酒精7000瓶。", "8700 斤; 7000 瓶"},
		{"共埋设界桩4颗,其中单立三面型界桩2颗。", "4 颗; 2 颗"},
		{"界桩第5颗已完成复测。", ""},
		{"瓶装水与颗粒饲料已送达。", ""},
		{"对特困人员实行3集中供养。", ""},
		{"2023届毕业生返乡创业。", ""},
		{"区红十字会在十字路口设点。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
