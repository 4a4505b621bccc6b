package extract

import "testing"

// TestAgencyMutualAidHome: 互助幸福院 and 互助养老幸福院 alone are the kind
// of village home (generic_agencies.txt), though 互助 is a county's short
// name; a list of such kinds names no body, and a member after them takes
// no level from them. The home named with its village is one body, and
// 互助县's own bodies keep their names.
func TestAgencyMutualAidHome(t *testing.T) {
	checkRows(t, []rowCase{
		{"领导分别来到敬老院、民办养老机构、互助养老幸福院、养老服务中心走访。", ""},
		{"领导来到互助幸福院走访。", ""},
		{"要加快推进农村互助幸福院建设。", ""},
		{"副县长来到青石乡柳树沟村互助幸福院走访。", "青石乡柳树沟村互助幸福院"},
		{"互助县民政局负责人来到互助县社会福利院走访。", "互助县民政局; 互助县社会福利院"},
		{"近日,南岗镇互助养老幸福院开展重阳活动。", "南岗镇互助养老幸福院"},
	}, "agencies", agencyNames)
}
