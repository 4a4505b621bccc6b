package extract

import "testing"

// TestAgencyCommunityCanteen: a community's own canteen, named by the
// community's name and a few words of its kind (长源社区敬老餐厅), is one
// body; after a division's name, a level or a common word the canteen is
// the programme's kind.
func TestAgencyCommunityCanteen(t *testing.T) {
	checkRows(t, []rowCase{
		{"敬老感恩宴在长源社区敬老餐厅门前广场举行。", "长源社区敬老餐厅"},
		{"先后来到民益社区免费助老餐厅等地调研。", "民益社区免费助老餐厅"},
		// Must not fire: a district's programme, a town's communities, a
		// common word before 社区.
		{"宝山社区长者食堂美好生活。", ""},
		{"在庙行镇社区长者食堂举办活动。", ""},
		{"推进城市社区老年食堂建设。", ""},
	}, "agencies", agencyNames)
}
