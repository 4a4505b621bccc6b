package layout

import "testing"

// TestTitleFromGrid: a page's grid of fields (名称:, 标题:) and its printed
// headline each may lose words of the title the other keeps. A headline
// wrapped over two lines, the last read as the title, takes the grid's
// whole title where the lines over it print the rest; a grid that cut the
// kind of document takes the headline under it that closes the title
// with it. Neither fires where the words over the headline are other
// words, or the line under the grid goes on with more than a kind.
func TestTitleFromGrid(t *testing.T) {
	grid := "索引号:|755148572/2024-09424|\n发布机构:|某区民政局|发文日期:|2024-03-01\n名称:|关于2023年度福利彩票公益金使用情况公示(精神障碍社区康复服务项目)|发布日期:|2024-03-18 15:00|\n\n"
	text := "\n2023年度,中央、省级下达精神障碍社区康复服务项目福彩公益金90万元,支持我区示范点建设。现就使用情况公告如下:\n一、使用范围\n资金用于精神障碍社区康复服务。\n二、执行情况\n资金已拨付5个街道。\n\n某区民政局\n2024年3月18日\n"
	forum := "某某征集网\n\n标题: 关于某县城部分道路命名有奖征集 [打印本页]\n\n作者: 某某    时间: 2017-1-26 08:17\n\n"
	forumText := "\n\n为展示某县深厚的历史文化,现拟对新增的部分城市道路进行公开命名有奖征集活动,现将活动要求公告如下:\n\n一、道路命名必须遵循国务院《地名管理条例》。\n\n二、命名要求展示某县的文化底蕴。\n"
	checkTitles(t, []titleCase{
		{"a headline wrapped under the grid", grid + "关于2023年度福利彩票公益金使用情况公示\n(精神障碍社区康复服务项目)" + text, "关于2023年度福利彩票公益金使用情况公示(精神障碍社区康复服务项目)"},
		{"the kind the grid cut", forum + "关于某县城部分道路命名有奖征集公告" + forumText, "关于某县城部分道路命名有奖征集公告"},
		// Not so.
		// The lines over print another year: the grid is not this headline's
		// whole, and the line read stays the title as it was read.
		{"other words over the headline", grid + "关于2022年度福利彩票公益金使用情况公示\n(精神障碍社区康复服务项目)" + text, "(精神障碍社区康复服务项目)"},
		{"more than a kind after the grid's title", forum + "关于某县城部分道路命名有奖征集活动的说明" + forumText, "关于某县城部分道路命名有奖征集"},
	})
}

// TestDatedTitle: the date a page's list prints in brackets after the
// headline is the day it was posted, no word of the title; brackets that
// hold a span of years, words or a month alone stay the title's.
func TestDatedTitle(t *testing.T) {
	body := "\n索取号: | 0024204128/2025-00016 | 发布机构: | 某市民政局 |\n各区民政局:\n为推进本市养老服务高质量发展,现将2025年任务指标下达给你们,请抓好落实。\n\n某市民政局\n2025年1月24日\n"
	checkTitles(t, []titleCase{
		{"a date in brackets", "某市民政局关于下达2025年民心工程任务指标的通知 ( 2025-01-27 )" + body, "某市民政局关于下达2025年民心工程任务指标的通知"},
		{"full-width brackets, a Chinese date", "某市民政局关于下达2025年民心工程任务指标的通知（2025年1月27日）" + body, "某市民政局关于下达2025年民心工程任务指标的通知"},
		// Not so.
		{"a span of years", "某市养老服务体系建设规划(2021-2025年)" + body, "某市养老服务体系建设规划(2021-2025年)"},
		{"words", "某市民政局关于下达任务指标的通知(试行)" + body, "某市民政局关于下达任务指标的通知(试行)"},
		{"a month alone", "某市民政局关于2025年1月工作安排的通知(2025年1月)" + body, "某市民政局关于2025年1月工作安排的通知(2025年1月)"},
	})
}

// TestPrintedAbove: a page prints its headline whole over its date line,
// then the document prints its own title again split in two, the issuer's
// line over its words: the headline whole is the title, and the issuer's
// line of the second printing names no editing office. A headline that
// no line above prints whole stays the one read.
func TestPrintedAbove(t *testing.T) {
	grid := "某市某区民政局\n\n您当前的位置:首页 >区民政局 >政务公开 >法定主动公开内容\n\n[ 索引号 ] 11500221/2026-00010 [ 发文字号 ]\n[ 主题分类 ] 安全生产 [ 体裁分类 ] 公文\n[ 发布机构 ] 某区民政局 [ 有效性 ]\n[ 成文日期 ] 2026-02-12 [ 发布日期 ] 2026-02-12\n\n"
	text := "\n\n一、指导思想\n\n以新时代中国特色社会主义思想为指导,坚持安全发展理念。\n\n二、工作目标\n\n通过实施监督检查计划,落实行业监管责任。\n"
	checkTitles(t, []titleCase{
		{"printed whole above", grid + "某市某区民政局2026年度安全生产监督检查计划\n\n日期:2026-02-12\n\n某市某区民政局\n\n2026年度安全生产监督检查计划" + text, "某市某区民政局2026年度安全生产监督检查计划"},
		// Not so.
		{"another headline above", grid + "某区民政局召开安全生产工作会议\n\n日期:2026-02-12\n\n某市某区民政局\n\n2026年度安全生产监督检查计划" + text, "2026年度安全生产监督检查计划"},
	})
	checkIssuers(t, grid+"%s"+text, []issuerCase{
		{"the grid's body, no editing office", "某市某区民政局2026年度安全生产监督检查计划\n\n日期:2026-02-12\n\n某市某区民政局\n\n2026年度安全生产监督检查计划", "某区民政局"},
	})
}
