package extract

import "testing"

// TestAgencyStationChain: a 派出所 printed whole after its bureau and its
// branch bureau (市公安局某某分局某某派出所) is one name, the station
// (agency_suffixes.tsv: 派出所, branch); a station printed apart, or a
// list of bodies with their marks, keeps its members apart.
func TestAgencyStationChain(t *testing.T) {
	checkRows(t, []rowCase{
		{"活动开展前,市公安局青石分局青石派出所民警参加。", "市公安局青石分局青石派出所"},
		{"联系县公安局柳岸派出所。", "县公安局柳岸派出所"},
		{"市公安局北湖分局东坡派出所民警到场。", "市公安局北湖分局东坡派出所"},
		{"由柳岸派出所民警讲解。", "柳岸派出所"},
		// Must not fire.
		{"市民政局、柳岸派出所、县司法局参加。", "市民政局; 柳岸派出所; 县司法局"},
		{"派出所民警上门走访。", ""},
		{"各派出所要加强巡查。", ""},
	}, "agencies", agencyNames)
}
