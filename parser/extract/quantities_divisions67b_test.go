package extract

import "testing"

// TestQuantityDivisionsBeforeNoun: a figure that is no year, right before a
// compound level word (县区, 乡镇) with a common noun after it, counts the
// divisions the noun's things stand in (10县区乡村物资储备库: a depot in each
// of 10 counties and districts). A year before a body's or a meeting's name
// qualifies the name, as does a figure before a body's word; a level word
// inside a longer word counts nothing.
func TestQuantityDivisionsBeforeNoun(t *testing.T) {
	tests := []rowCase{
		{"新建14个老年人日间照料中心和10县区乡村物资储备库。", "14 个; 10 县区"},
		{"在12县区乡村建设互助幸福院。", "12 县区"},
		{"覆盖11乡镇偏远村落。", "11 乡镇"},

		// No count: a year before a name, a body's word after the level, a
		// level inside a longer word.
		{"2023社区工作会议召开。", ""},
		{"2021乡镇工作会议召开。", ""},
		{"全市12县区民政局长参会。", ""},
		{"2021市民政局工作要点", ""},
		{"有10村民参加。", ""},
		{"推进1乡村振兴", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
