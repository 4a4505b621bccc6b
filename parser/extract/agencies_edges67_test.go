package extract

import "testing"

// TestAgencyListBare67 covers an institution's bare word between two
// bodies of a list after a body that names its place (阆中市社会福利院、
// 救助站、柏垭镇敬老院): the list's place reaches it. Rows where the rule
// must not fire: a list of kinds with no placed body before it, a list led
// by a class (辖区敬老院), a bare word that ends the list.
func TestAgencyListBare67(t *testing.T) {
	checkRows(t, []rowCase{
		{"在阆中市社会福利院、救助站、柏垭镇敬老院等重点民政服务机构检查。", "阆中市社会福利院; 救助站; 柏垭镇敬老院"},
		{"先后来到县社会福利院、救助站、县光荣院等单位。", "县社会福利院; 救助站; 县光荣院"},
		// Must not fire.
		{"对社会福利院、敬老院、光荣院开展检查。", ""},
		{"为了让辖区敬老院、福利院和残疾人托养中心的人员过节。", ""}, // 辖区敬老院 a class (generic prefix 辖区), 残疾人托养中心 too (agencies_classconjunct.go)
		{"在阆中市社会福利院、救助站等机构检查。", "阆中市社会福利院"},
	}, "agencies", agencyNames)
}

// TestAgencyListHeaded67 covers the last member of a list of a body's
// units that the title of its head ends (福利科、老年服务中心负责人): a unit
// with a head is one body. Rows where the rule must not fire: a kind's
// bare word before the title, a member that no title follows, a class.
func TestAgencyListHeaded67(t *testing.T) {
	checkRows(t, []rowCase{
		{"民政局低保科、福利科、老年服务中心负责人分别介绍情况。", "民政局低保科; 福利科; 老年服务中心"},
		{"市民政局办公室、救助科、老年活动中心负责人参加会议。", "市民政局办公室; 救助科; 老年活动中心"},
		// Must not fire.
		{"民政局低保科、福利科、敬老院负责人分别介绍情况。", "民政局低保科; 福利科"},
		{"民政局低保科、福利科、老年服务中心分别介绍情况。", "民政局低保科; 福利科"},
		{"民政局低保科、福利科、各服务中心负责人分别介绍情况。", "民政局低保科; 福利科"},
	}, "agencies", agencyNames)
}

// TestAgencyOwnSite67 covers a bureau named by its office alone before its
// own site or account (通过民政局门户网站公开), in a text that names a body
// by its place. Rows where the rule must not fire: no placed body in the
// text, a site's brand (政府网站 is no government office), a whole name,
// a short name right after the placed one, which it repeats.
func TestAgencyOwnSite67(t *testing.T) {
	checkRows(t, []rowCase{
		{"宛城区民政局发布报告。全年公开信息百条。通过民政局门户网站主动公开政府信息64条。", "宛城区民政局; 民政局"},
		{"固阳县民政局报告。全年公开信息百条。\n民政局微信公众号发布信息70条。", "固阳县民政局; 民政局"},
		// Must not fire.
		{"民政局门户网站发布通知。", ""},
		{"宛城区民政局报告。通过政府网站公开信息。", "宛城区民政局"},
		{"市民政局通过市民政局网站主动公开信息。", "市民政局"},
		{"县民政局发布公告。民政局网站同步更新。", "县民政局"},
	}, "agencies", agencyNames)
}
