package extract

import "testing"

// TestAgencyQuotedOwner: a name that opens with a quoted proper name
// takes in the name of the body or the settlement printed right before
// the quote, no mark between: the owner's name stands where a place
// stands. No body's name before the quote, a mark or a word between, a
// quote too long for a proper name, or a body with no quote leave the
// names apart.
func TestAgencyQuotedOwner(t *testing.T) {
	checkRows(t, []rowCase{
		{"近日,记者在平安县东风街道柳巷社区“夕阳红”配餐中心看到,老人们正在用餐。", "平安县东风街道柳巷社区“夕阳红”配餐中心"},
		{"调研组参观了平安县民政局“智慧民政”综合监管中心。", "平安县民政局“智慧民政”综合监管中心"},
		{"红星社区“幸福家”互助服务站正式启用。", "红星社区“幸福家”互助服务站"},
		{"由民政局“暖心”互助服务站负责。", "民政局“暖心”互助服务站"},
		// Must not fire.
		{"会上，为民“暖心”互助服务站作了发言。", "“暖心”互助服务站"},
		{"平安县民政局、“智慧民政”综合监管中心参加。", "平安县民政局; “智慧民政”综合监管中心"},
		{"平安县民政局的“智慧民政”综合监管中心正式运行。", "平安县民政局; “智慧民政”综合监管中心"},
		{"平安县民政局开展“情暖夕阳敬老爱老”主题服务活动。", "平安县民政局"},
		{"平安县民政局与红星社区签约。", "平安县民政局; 红星社区"},
	}, "agencies", agencyNames)
}
