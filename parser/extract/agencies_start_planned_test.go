package extract

import "testing"

// TestAgencyPlannedBuild: what a plan is to build at a site (拟在…新建,
// 计划在…改建) is no body; a body built already, one named before 在, a
// plan with no verb of building, or 在 with no plan word stays.
func TestAgencyPlannedBuild(t *testing.T) {
	checkRows(t, []rowCase{
		{"2024年,拟在众秀新家园新建综合为老服务中心,为老年人服务。", ""},
		{"计划在东风小区改建养老服务中心。", ""},
		{"全镇拟在和平村新建日间照料中心。", ""},
		// Must not fire.
		{"颛桥镇人民政府拟在某小区新建服务站。", "颛桥镇人民政府"},
		{"拟在大新镇敬老院召开现场会。", "大新镇敬老院"},
		{"调研组在和平村幸福院新建的活动室座谈。", "和平村幸福院"},
		{"拟由市民政局牵头组织实施。", "市民政局"},
	}, "agencies", agencyNames)
}
