package extract

import "testing"

// TestAgencyMeasurePlace: a numeral and a measure of size or money before a
// level word (四方|区), or before one more character and the level (六角|亭|
// 街道), open a place's name, no count; a measure that counts
// bodies (个, 所), a grade (级) or a term (届) before the level still counts
// or ranks, and names no one body.
func TestAgencyMeasurePlace(t *testing.T) {
	checkRows(t, []rowCase{
		{"四方区民政局开展活动。", "四方区民政局"},
		{"活动由八方区民政局组织。", "八方区民政局"},
		{"五里堡街道开展活动。", "五里堡街道"},
		{"资金已拨付六角亭街道、古田街道。", "六角亭街道; 古田街道"},
		{"三角坪社区开展活动。", "三角坪社区"},
		// Must not fire: a count, a grade, a term of office.
		{"三个区民政局开展活动。", ""},
		{"三级区民政局开展活动。", ""},
		{"八届省委开展巡视。", ""},
		{"三个村社区开展活动。", ""},
	}, "agencies", agencyNames)
}
