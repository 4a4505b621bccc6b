package extract

import "testing"

// TestAgencyStartRoomNumber: an office named by its room number after its
// body's name is the body's office, named whole. Not so: a bare room (an
// address in the building), a figure after no body's name, a body's
// office with no number.
func TestAgencyStartRoomNumber(t *testing.T) {
	checkRows(t, []rowCase{
		{"请将材料送临沂市民政局511办公室。", "临沂市民政局511办公室"},
		{"受理地点:县民政局203办公室", "县民政局203办公室"},
		// Must not fire.
		{"地址:市民政局412室。", "市民政局"},
		{"地址:行政中心2号楼306办公室。", ""},
		{"由市民政局办公室负责。", "市民政局办公室"},
	}, "agencies", agencyTextRows)
}
