package extract

import "testing"

// TestAgencySpotJunction: 处 after a junction or a bridge a road's course
// is told by (交会处, 便桥处) is the noun of place, no office; an office
// named after its field (路桥处) and a body named before the spot keep
// their names.
func TestAgencySpotJunction(t *testing.T) {
	checkRows(t, []rowCase{
		{"南起东阳大道交会处,北至昌北大道。", ""},
		{"东起江南干道二段南端(红绿灯交通便桥处),西至高速收费站。", ""},
		{"西至两条道路交汇处。", ""},
		// Must not fire.
		{"市路桥处处长一行到现场。", "市路桥处"},
		{"县民政局婚姻登记处搬迁。", "县民政局婚姻登记处"},
	}, "agencies", agencyNames)
}
