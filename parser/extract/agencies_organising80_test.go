package extract

import "testing"

// TestAgencyOrganising80: 组委会 (组织委员会 clipped) ends an organising
// committee's name, after 全国 the one committee of the nation's event,
// and its secretariat and groups (秘书处, 宣传组, 指导组) are its units. Not
// so: a unit's ending with no body or place before it, a bare 组委会, and
// 全市 before a class of committees (村委会).
func TestAgencyOrganising80(t *testing.T) {
	tests := []rowCase{
		{"(一)全国组委会秘书处。", "全国组委会秘书处"},
		{"请向全国组委会新闻宣传组提供新闻线索。", "全国组委会新闻宣传组"},
		{"请向大赛组委会秘书处报送材料。", "大赛组委会秘书处"},
		{"请向秘书处报送材料。", ""},
		{"成立宣传组、指导组。", ""},
		{"全市村委会换届工作顺利完成。", ""},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}
