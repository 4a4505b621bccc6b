package extract

import "testing"

// TestAgencyEndings85: 代表处, a body's office for a place away from its
// seat, with the place in brackets or not; 踏查, a verb of looking at a
// place, bounds the name it takes. 代表 acting or a verb before a kind
// names no body.
func TestAgencyEndings85(t *testing.T) {
	checkRows(t, []rowCase{
		{"上海合作国际中心(浙江)代表处,这个名字听起来。", "上海合作国际中心(浙江)代表处"},
		{"上海市慈善基金会黄浦区代表处开展活动。", "上海市慈善基金会黄浦区代表处"},
		{"调研组一行实地踏查延吉市新生命养护院。", "延吉市新生命养护院"},
		// Must not fire.
		{"人大代表处理群众来信。", ""},
		{"代表处理了此事。", ""},
		{"调研组实地踏查乡镇敬老院。", ""},
	}, "agencies", agencyNames)
}
