package extract

import "testing"

// TestAgencyStartAwaited: after 待 (awaiting) a name that opens with its
// place or level is the one body whose act is awaited. Not so: 待 before
// a kind of body with no place (a class awaiting an act) or before 上级
// (a body by rank, no name).
func TestAgencyStartAwaited(t *testing.T) {
	tests := []rowCase{
		{"待省民政厅审核后实施。", "省民政厅"},
		{"待省民政厅、遵义市民政局“十四五”民政事业发展规划发布后再作安排。", "省民政厅; 遵义市民政局"},
		{"待县民政局批复后组织实施。", "县民政局"},
		{"以下待整治学会名单。", ""},
		{"待注销社会组织名单公示。", ""},
		{"待上级部门下达后执行。", ""},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}
