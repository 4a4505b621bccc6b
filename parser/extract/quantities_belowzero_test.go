package extract

import "testing"

// TestQuantitiesBelowZero: a minus sign of its own before a temperature's
// figure makes it negative; a range's or a code's hyphen, a unit of
// another measure and a bare 度 are read as before.
func TestQuantitiesBelowZero(t *testing.T) {
	tests := []rowCase{
		{"在-25℃的冬天里,热气腾腾。", "-25 ℃"},
		{"最低气温降至－8℃。", "-8 ℃"},
		{"夜间 -3.5°C,注意防寒。", "-3.5 °C"},
		{"夜间-3.5℃,注意防寒。", "-3.5 ℃"},

		{"气温20-25℃。", "20 ℃; 25 ℃"},
		{"气温10℃-25℃。", "10 ℃; 25 ℃"},
		{"编号A-3℃。", ""},
		{"减少-3人。", ""},
		{"气温-4度。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
