package extract

import "testing"

// TestPeopleHonourChain: an honours list's row whose post chains offices
// with 、 takes the last office as the role and the first unit as the
// agency, on its own line however many blank lines part the rows; a post
// cut after its mark ends at the office before it. A chain whose last
// part is no office makes no row, and a title at a row's end is not read
// as the next row's name's.
func TestPeopleHonourChain(t *testing.T) {
	tests := []rowCase{
		{"马兰(女)西宁市城中区南滩街道建新社区党委书记、居民委员会主任\n\n曾有娟(女)互助土族自治县威远镇南街社区党支部书记、居民委员会主任",
			"马兰 主任 [书记 主任] @西宁市城中区南滩街道建新社区党委; 曾有娟 主任 [书记 主任] @互助土族自治县威远镇南街社区党支部"},
		{"马培军(回族)祁连县八宝镇新城社区党支部书记、", "马培军 书记 [书记] @祁连县八宝镇新城社区党支部"},
		// A row parted by a space, next to a marked row, chains so too.
		{"曾有娟(女)  互助土族自治县威远镇南街社区党支部书记、居民委员会主任\n\n颜章东  互助土族自治县威远镇卓扎滩村党支部书记、村民委员会主任",
			"曾有娟 主任 [书记 主任] @互助土族自治县威远镇南街社区党支部; 颜章东 主任 [书记 主任] @互助土族自治县威远镇卓扎滩村党支部"},
		// No office closes the chain: no row.
		{"王晓红(女)某县民政局局长、优秀党员", ""},
		{"王晓红(女)某县民政局、某县财政局", ""},
	}
	checkRows(t, tests, "people", personRows)
}
