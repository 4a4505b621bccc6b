package extract

import "testing"

// TestAgencyCreditedOutlet: a news outlet that opens a credit, after a
// bracket, a colon or a space before a byline's word, or on its own line
// before an editing credit that closes it, is the text's source, no body;
// an outlet that acts in the text, an outlet in a sentence before a
// byline's word, one whose reporter opens a sentence, and an outlet before
// other words stay.
func TestAgencyCreditedOutlet(t *testing.T) {
	checkRows(t, []rowCase{
		{"县民政局开展慰问活动。\n青石县融媒体中心编发", "县民政局"},
		{"县民政局开展慰问活动。(青石县融媒体中心记者 李某)", "县民政局"},
		{"县民政局开展慰问活动。\n作者:青石县融媒体中心 通讯员 李某", "县民政局"},
		{"县民政局开展慰问活动。\n来源: 青石县融媒体中心 记者 李某", "县民政局"},
		// Must not fire.
		{"区民政局联合柳岸市融媒体中心开展宣传。", "区民政局; 柳岸市融媒体中心"},
		{"局长在接受市融媒体中心记者采访时说,县民政局将加强救助。", "市融媒体中心; 县民政局"},
		{"县民政局开展慰问活动。\n青石县融媒体中心编发的稿件被转载。", "县民政局; 青石县融媒体中心"},
		{"青石县融媒体中心记者报道,县民政局召开会议。", "青石县融媒体中心; 县民政局"},
	}, "agencies", agencyNames)
}
