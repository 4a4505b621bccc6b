package layout

import "testing"

// wrappedNotice is a text wrapped at thirty columns, no blank lines: the
// text under the heads the tests below set over it.
const wrappedNotice = "时间: 2023-09-01 10:20 来源: 某市人民政府\n" +
	"为进一步提升养老服务质量，根据《养老机构等级划分与评定》国家\n" +
	"标准，经各养老机构组织申报、区级初评、市级复核、评定委员会会\n" +
	"议研究等程序，共评出五级养老机构一家、四级养老机构三家、三级\n" +
	"养老机构五家，现将评定结果公告如下，公示期间如有异议，请以书\n" +
	"面形式向市民政局反映。\n"

// TestCrumbTail: a trail of links that runs to the wrap goes on in the
// line under it, no word of the headline; a trail that stops short of
// the wrap leaves the line under it the headline's, and so does a text
// that sets a paragraph a line.
func TestCrumbTail(t *testing.T) {
	checkTitles(t, []titleCase{
		{"a trail's end over the headline", "当前位置: 首页 > 政务公开 > 重点领域 > 养老服务 > 养老机构\n名单\n某市养老机构2023年等级评定结果公告\n" + wrappedNotice, "某市养老机构2023年等级评定结果公告"},
		{"a trail's end over a headline of two lines", "当前位置: 首页 > 政务公开 > 重点领域 > 养老服务 > 养老机\n构名单\n某市民政局关于公布全市养老机构2023年度等级评定\n结果的公告\n" + wrappedNotice, "某市民政局关于公布全市养老机构2023年度等级评定结果的公告"},
		{"the headline printed again under a label", "某市殡葬事务管理办公室关于进一步加强全市殡葬管理\n工作的通告\n原标题:某市殡葬事务管理办公室关于进一步加强全市殡\n葬管理工作的通告\n" + wrappedNotice, "某市殡葬事务管理办公室关于进一步加强全市殡葬管理工作的通告"},
		// Not so.
		{"a trail that ends at the wrap", "当前位置: 首页 > 政务公开 > 重点领域 > 养老服务 > 正文内容\n某市民政局关于公布全市公办养老机构2023年度等级评定工作结果\n的公告\n" + wrappedNotice, "某市民政局关于公布全市公办养老机构2023年度等级评定工作结果的公告"},
		{"a trail short of the wrap", "当前位置: 首页 > 政务公开\n某市养老机构2023年等级评定结果公告\n" + wrappedNotice, "某市养老机构2023年等级评定结果公告"},
		{"a paragraph a line", "当前位置: 首页 > 政务公开 > 重点领域 > 养老服务 > 养老机构名单 > 某市\n养老机构等级评定结果公告\n时间: 2023-09-01 10:20 来源: 某市人民政府\n为进一步提升养老服务质量，经各养老机构组织申报、区级初评、市级复核，现将评定结果公告如下。\n公示期间如有异议，请以书面形式向市民政局反映。\n", "养老机构等级评定结果公告"},
	})
}

// TestCarriedOn: a headline's line that runs to the wrap goes on in the
// line under it, up to a field the page ran on after it; a line under it
// that opens with a field, or a headline that stops short of the wrap,
// ends the headline where it stands.
func TestCarriedOn(t *testing.T) {
	checkTitles(t, []titleCase{
		{"the headline's last words", "某市民政局\n首页 > 新闻中心 > 工作动态\n推动区域养老服务协同发展走深走实——养老服务协同专题工作组会\n议召开\n" + wrappedNotice, "推动区域养老服务协同发展走深走实——养老服务协同专题工作组会议召开"},
		{"a field run on after them", "某市民政局\n首页 > 新闻中心 > 工作动态\n推动区域养老服务协同发展走深走实——养老服务协同专题工作组会\n议召开 作者: 某某 来源: 某市民政局\n" + wrappedNotice, "推动区域养老服务协同发展走深走实——养老服务协同专题工作组会议召开"},
		{"a 发文字号 in the headline's bracket", "当前位置: 首页 > 政策文件\n某市民政局关于印发《某市社会组织双随机抽查办法》的通知（某民\n字〔2020〕20号）\n" + wrappedNotice, "某市民政局关于印发《某市社会组织双随机抽查办法》的通知"},
		// Not so.
		{"a field under the headline", "某市民政局\n首页 > 新闻中心 > 工作动态\n推动区域养老服务协同发展走深走实——养老服务协同专题工作会议\n作者: 某某 来源: 某市民政局\n" + wrappedNotice, "推动区域养老服务协同发展走深走实——养老服务协同专题工作会议"},
		{"a 发文字号 under the headline", "某市民政局\n首页 > 新闻中心 > 通知公告\n某市发展和改革委员会某市民政局关于殡仪服务收费标准的\n某发改价〔2024〕6号\n" + wrappedNotice, "某市发展和改革委员会某市民政局关于殡仪服务收费标准的"},
		{"a headline short of the wrap", "某市民政局\n首页 > 新闻中心 > 工作动态\n某市召开养老服务协同工作组会议\n作者: 某某\n" + wrappedNotice, "某市召开养老服务协同工作组会议"},
	})
}

// TestSiteShortOver: in a copy wrapped at a width, a site's name that
// stops short of the wrap over the headline is set apart as a gap sets
// it; a body's name over a notice's title is the title's.
func TestSiteShortOver(t *testing.T) {
	checkTitles(t, []titleCase{
		{"a site's name over the headline", "某某政务网\n某市慈善组织全面开展“慈善情暖万家”慰问活动\n" + wrappedNotice, "某市慈善组织全面开展“慈善情暖万家”慰问活动"},
		// Not so.
		{"an issuer over a notice's title", "某市民政局\n关于公布养老机构等级评定结果的公告\n" + wrappedNotice, "某市民政局关于公布养老机构等级评定结果的公告"},
		{"a headline cut at the wrap after 网", "某区开展“护苗”行动暨第十届青少年宣传周活动筑牢未成年人上网\n安全防护网\n" + wrappedNotice, "某区开展“护苗”行动暨第十届青少年宣传周活动筑牢未成年人上网安全防护网"},
	})
}
