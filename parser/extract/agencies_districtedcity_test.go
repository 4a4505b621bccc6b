package extract

import "testing"

// TestAgencyDistrictedCityClass: 设区市 and 设区的市 (generic_prefixes.txt,
// level) rank a province's cities divided into districts; a body named
// after them is every such city's, a class. A city named by its own name
// keeps its bureau.
func TestAgencyDistrictedCityClass(t *testing.T) {
	checkRows(t, []rowCase{
		{"一、设区市民政局\n", ""},
		{"省民政厅对7个设区市民政局进行评估。", "省民政厅"},
		{"设区的市民政部门负责本行政区域内的工作。", ""},
		{"南岗市民政局获评优秀单位。", "南岗市民政局"},
	}, "agencies", agencyNames)
}
