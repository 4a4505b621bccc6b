package extract

import "testing"

// TestAgencyJointStationed: a stationed unit's name whose sender is two
// bodies written together (市纪委市监委驻…纪检监察组) is read whole
// (jointStationed). Not so: two bodies apart with a mark between, a body
// before a name with no 驻 in it, and a stationed name alone.
func TestAgencyJointStationed(t *testing.T) {
	checkRows(t, []rowCase{
		{"市纪委市监委驻市委组织部纪检监察组组长出席会议。", "市纪委市监委驻市委组织部纪检监察组"},
		{"省纪委监委驻省民政厅纪检监察组有关负责同志参加。", "省纪委监委驻省民政厅纪检监察组"},
		// Must not fire.
		{"市纪委、市监委驻市民政局纪检监察组出席会议。", "市纪委; 市监委驻市民政局纪检监察组"},
		{"市纪委市民政局联合开展检查。", "市纪委; 市民政局"},
		{"市民政局驻村工作队走访困难群众。", "市民政局驻村工作队"},
	}, "agencies", agencyNames)
}
