package extract

import "testing"

// TestAgencyAddressBuilding: after an address's label, a body's name run
// into a building's number is the compound where the office sits, a
// place; with no label before it, or with no building's number after it,
// the name is still a body.
func TestAgencyAddressBuilding(t *testing.T) {
	checkRows(t, []rowCase{
		{"如有疑问,请与临江市民政局办公室联系。(地址:临江市政府2号楼;电话:5223751)。", "临江市民政局办公室"},
		{"通讯地址:高台县人民政府1号楼,邮编:734300。", ""},
		// Must not fire.
		{"临江市政府2号楼会议室召开会议。", "临江市政府"},
		{"地址:临江市民政局,电话:5223751。", "临江市民政局"},
		{"地址:宜兴市民政局2楼202室。", "宜兴市民政局"},
	}, "agencies", agencyNames)
}
