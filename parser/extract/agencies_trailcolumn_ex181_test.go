package extract

import "testing"

// TestAgencyTrailColumn: a centre's name with no place that the page's
// trail of links holds (首页 > 新闻中心 > 民政要闻) is the site's column, no
// body, in the trail and in the page's menu; a centre with its place, a
// centre the trail does not hold, and a bureau the trail names stay.
func TestAgencyTrailColumn(t *testing.T) {
	checkRows(t, []rowCase{
		{"首页\n新闻中心\n电视节目\n您当前的位置:某某新闻网 > 新闻中心 > 某某新闻 > 正文\n\n县民政局开展慰问活动。", "县民政局"},
		{"  • 网站首页\n  • 新闻中心\n  • 政务服务\n\n您当前的位置:首页>>新闻中心>>基层信息>>内容\n\n县民政局开展慰问活动。", "县民政局"},
		{"  • 网站首页\n  • 资讯中心\n  • 政务服务\n\n您当前的位置:首页>>资讯中心>>基层信息>>内容\n\n区民政局召开会议。", "区民政局"},
		// Must not fire.
		{"当前位置:首页 > 新闻中心 > 工作动态\n县养老服务中心开展慰问活动。", "县养老服务中心"},
		{"当前位置:首页 > 部门 > 青石县民政局 > 工作动态\n青石县民政局开展慰问活动。", "青石县民政局"},
		{"当前位置:首页 > 工作动态\n柳岸养老服务中心开展慰问活动。", "柳岸养老服务中心"},
		{"  • 网站首页\n  • 资讯中心\n\n您当前的位置:首页>>工作动态>>内容\n\n县民政局开展慰问活动。", "资讯中心; 县民政局"},
	}, "agencies", agencyNames)
}
