package extract

import "testing"

// TestAgencyStartLevelsListed: a 、-list of bare level words sharing the
// head noun after its last member names every level's body, a class. Not
// so: a member with its own place (城关街道、) or a name with its own level
// after the list (市、县民政局 keeps 县民政局 to the rules on lists, in a
// text written at the county's level: dropLevelClasses).
func TestAgencyStartLevelsListed(t *testing.T) {
	tests := []rowCase{
		{"我区城市社区居委会三级区、街道、居委会养老服务中心建设已基本实现全覆盖。", ""},
		{"三级区、街道、社区养老服务中心建设已覆盖。", ""},
		{"乡镇、村卫生室全部达标。", ""},
		{"城关街道、东坡社区居委会开展活动。", "城关街道; 东坡社区居委会"},
		{"我县召开会议,市、县民政局要加强指导。", "县民政局"},
		{"由区、街道、社区三级组成。", ""},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}
