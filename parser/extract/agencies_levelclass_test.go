package extract

import "testing"

// TestAgencyLevelClasses: a bare lower level after a bare upper one in a
// 、-list (市、县福利院) names that body of every division of its level, a
// class (dropLevelClasses). Not so: a text that points at its own
// division by that level (我县), a lower level with its place's name, and
// a level with no level listed before it.
func TestAgencyLevelClasses(t *testing.T) {
	checkRows(t, []rowCase{
		{"五年来,市、县福利院集中照护设施全面建成。", ""},
		{"节日期间,市、区民政局均分别进行了检查。", ""},
		{"省、市民政部门加强指导。", ""},
		// Must not fire.
		{"副厅长来我县慰问,市、县民政局有关负责人陪同。", "县民政局"},
		{"市、周至县民政局有关负责人陪同。", "周至县民政局"},
		{"会后,县福利院开展了检查。", "县福利院"},
	}, "agencies", agencyNames)
}
