package extract

import "testing"

// TestAgencyCommunityCanteen: a community's own canteen, named by the
// community's name and a few words of its kind (长源社区敬老餐厅), is one
// body; after a division's name, a level or a common word the canteen is
// the programme's kind.
func TestAgencyCommunityCanteen(t *testing.T) {
	checkRows(t, []rowCase{
		{"敬老午宴在长青社区敬老餐厅门前举行。", "长青社区敬老餐厅"},
		{"先后来到翠竹社区免费助老餐厅等地调研。", "翠竹社区免费助老餐厅"},
		// Must not fire: a district's programme, a town's communities, a
		// common word before 社区.
		{"宝山社区长者食堂美好生活。", ""},
		{"在庙行镇社区长者食堂举办活动。", ""},
		{"推进城市社区老年食堂建设。", ""},
		{"推进智慧社区助老餐厅建设。", ""},
		// Nor the canteen after a name of one character or a body's, nor
		// words of other kinds, of one character or of more than the kind's
		// after 社区: the community alone is named.
		{"走访东社区敬老餐厅。", "东社区"},
		{"走访长青社区的餐厅。", "长青社区"},
		{"走访长青社区里的老年餐厅。", "长青社区"},
		{"走访长青社区新餐厅。", "长青社区"},
		{"走访长青社区免费敬老助老餐厅。", "长青社区"},
		{"走访东江公司社区长者食堂。", "东江公司"},
	}, "agencies", agencyNames)
}
