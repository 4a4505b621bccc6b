package extract

import "testing"

// TestQuantitiesReview25Temperature covers review 23's 零下4度: 度 after a
// figure is a temperature's unit where 零下 or 零上 stands before the
// figure (qualifiers.tsv, units.tsv); the value is the figure as printed.
// Elsewhere a figure before 度 is none.
func TestQuantitiesReview25Temperature(t *testing.T) {
	tests := []rowCase{
		{"受强寒潮影响,1月24日上海的最低气温降至了零下4度。", "4 度"},
		{"最低氣溫降至了零下4度。", "4 度"},
		{"夜间气温零下十度。", "10 度"},
		{"白天最高零上5度。", "5 度"},
		{"最低气温零下5℃。", "5 ℃"},
		// Negatives: no sign word before the figure, a year that lost
		// its 年, words that hold 度.
		{"现下达2022度城乡日间照料中心运营补贴。", ""},
		{"气温降至4度。", ""},
		{"一年一度春草绿。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
