package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// summary is what a test reads of a laid-out document: kind, title, date,
// issuer, and the items' titles ("-" for an untitled item).
func summary(d *Document) string {
	v := func(f *Field) string {
		if f == nil {
			return ""
		}
		return f.Value
	}
	date := ""
	if d.Date != nil {
		date = d.Date.Value
	}
	var items []string
	for _, it := range d.Items {
		if it.Title == nil {
			items = append(items, "-")
			continue
		}
		items = append(items, it.Title.Value)
	}
	return strings.Join([]string{string(d.Kind), v(d.Title), date, v(d.Issuer), strings.Join(items, "/")}, "|")
}

// TestDocuments lays out whole documents of the forms GOLD.md settles and
// reads their kind, title, date, issuer and items.
func TestDocuments(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Web pages: the information line in its forms; the headline is
		// never joined with it.
		// A text proclaimed by its opening sentence is a notice with its
		// title and 落款 cut off; a report quoting the formula stays one.
		{"a text proclaimed by its opening sentence, with no title or 落款",
			"为打击整治非法社会组织，净化社会组织生态空间，现就有关事项通告如下：\n一、举报对象\n非法社会组织是指未经登记擅自开展活动的组织。\n二、举报方式\n可拨打举报电话。",
			"notice||||举报对象/举报方式"},
		{"a text titled a 通知 and proclaimed one in its preamble, with no 落款",
			"某市2022年清明节祭扫通知\n来源:某某资讯\n时间: 2022-03-26\n清明节将至,各种祭祀活动日益增多。为巩固禁烧工作成果,现就加强清明节期间禁烧工作通知如下:\n一、紧扣节点,大力宣传。各镇要加大宣传力度。\n二、明确责任,严格落实。各村要做好巡查工作。",
			"notice|某市2022年清明节祭扫通知|2022-03-26||-/-"},
		{"a report's own sentence before the notice it quotes under its title",
			"某新闻网讯 近日,某市协调小组下发清明节祭扫公告。\n具体公告内容如下:\n关于2020年清明节安全文明祭扫公告\n草长莺飞,清明将至。为做好祭扫服务保障工作,现就有关事项公告如下:\n一、减少聚集,预约祭扫。\n二、文明祭扫。",
			"article||||-/文明祭扫"},
		{"a report quoting a notice's formula after sentences of its own",
			"某新闻网讯 近日，某市指挥部下发清明祭扫公告。据悉，全市公墓实行预约祭扫。\n具体公告内容如下：\n为做好祭扫工作，现就有关工作安排公告如下：\n全市公墓实行预约祭扫，没有预约的不安排祭扫。",
			"article||||"},
		{"a second document under the text, numbered again from 一、, is no part of it",
			"某市民政局关于某某规划公开征求意见的通知\n现就《某市民政事业发展规划》公开征求意见，有关事项通知如下：\n一、征集时间：2024年3月1日至3月31日。\n二、征集方式：请将意见发送至电子邮箱。\n某市民政事业发展规划\n的起草说明\n一、起草背景\n规划起草于去年，历时半年。\n二、起草依据\n依据省规划编制。",
			"notice|某市民政局关于某某规划公开征求意见的通知||某市民政局|征集时间/征集方式"},
		{"parts of one text under part titles may number again from 一、",
			"某街道民政办工作总结\n一、低保工作\n全年审核低保对象120户。\n二、养老服务\n新建日间照料中心2处。\n二〇二四年工作计划\n一、低保工作\n继续做好动态管理。\n二、养老服务\n推进助餐点建设。",
			"article|某街道民政办工作总结|||低保工作/养老服务/低保工作/养老服务"},
		// A site's banner over the headline is no editing office where the
		// page's information line stands under the headline: a report keeps
		// none, a notice takes its 来源, or the banner where it names none.
		{"a site's banner over a report's headline and information line",
			"某市人民政府\n\nwww.example.gov.cn\n\n某县民政局开展联谊活动\n\n2019-01-14 12:08:36 来源:某某新闻网\n\n2019年1月12日,某县民政局开展联谊活动。共计200余人参加。",
			"article|某县民政局开展联谊活动|2019-01-14||"},
		{"a site's banner over a notice whose information line names its issuer",
			"某县人民政府\n无障碍浏览长者模式\n\n返回首页\n\n政府信息公开\n\n政府信息公开指南\n政策文件\n\n某县民政局关于公墓收费标准的公示\n\n\n来源:某县民政局  作者:某某  时间:2024-10-28  点击率:打印 】【 关闭\n\n根据有关规定，现就收费标准公示如下：\n一、墓碑\n标准不含安装费。\n二、管理费\n每年50元。",
			"notice|某县民政局关于公墓收费标准的公示|2024-10-28|某县民政局|墓碑/管理费"},
		{"a site's banner over a notice that names no issuer of its own",
			"某省民政厅\n\n某省民政厅\n\n无障碍浏览\n当前位置 : 首页 > 法规文件\n关于搞好试点工作的通知\n时间:2019-11-08 09:00:00\n来源:\n各市民政局:\n根据会议精神，现将有关事项通知如下。\n一九七九年五月八日",
			"notice|关于搞好试点工作的通知|1979-05-08|某省民政厅|"},
		{"a bulletin's editing office under its masthead is its issuer",
			"某市民政工作动态\n第5期\n某市民政局办公室 2024年5月1日\n某县开展养老服务检查\n5月1日,某县民政局开展检查。\n（某县民政局）",
			"bulletin|某市民政工作动态|2024-05-01|某市民政局办公室|某县开展养老服务检查"},
		{"a site's name before the headline with a dot, named again on the information line",
			"某某彩官网·某省民政厅召开社会组织评估通报会\n\n作者:某某彩官网 | 2024-12-23 10:47:37\n\n12月2日,某省民政厅召开社会组织评估通报会。\n会议通报了评估结果。",
			"article|某省民政厅召开社会组织评估通报会|2024-12-23||"},
		{"a place's site before the headline with a dot",
			"海口网·某市民政局开展冬季救助\n\n发布时间:2024-12-23\n\n12月2日,某市民政局开展冬季救助。\n各地对困难群众进行排查。",
			"article|某市民政局开展冬季救助|2024-12-23||"},
		{"words before a dot that name no site stay the headline's",
			"互联网·养老服务新模式在某市落地\n\n作者:某某网 | 2024-12-23 10:47:37\n\n12月2日,某市养老服务平台上线。\n平台提供助餐服务。",
			"article|互联网·养老服务新模式在某市落地|2024-12-23||"},
		{"a guide's labels alone on their lines are its parts, the lists under them theirs",
			"结婚登记办理指南\n\n办理机构:\n\n某县民政局婚姻登记中心\n\n办理条件:\n\n(一)婚姻登记处具有管辖权;\n\n(二)双方自愿结婚;\n\n申请材料:\n\n(一)本人有效的身份证、户口簿;\n\n(二)双方近期合影照片;\n\n收费情况:\n\n不收费\n\n咨询电话:\n\n0817-5525066\n\n办公地址:\n\n某县致远路399号",
			"article|结婚登记办理指南|||办理机构/办理条件/申请材料/收费情况"},
		{"a speech's leads alone on their lines are no guide's parts",
			"某县召开民政工作会议\n12月4日,某县召开民政工作会议。\n会议指出：\n今年以来全县民政工作稳步推进。\n会议强调：\n要抓好冬春救助工作。\n会议要求：\n各乡镇要压实责任。",
			"article|某县召开民政工作会议|||"},
		{"labels inside numbered parts stay inside them",
			"某县民政局办事指南\n一、农村公益性公墓\n申请材料:\n1、村民委员会的申请;\n2、土地使用证。\n办理时限:\n20个工作日。\n二、社会团体成立登记\n申请材料:\n1、登记申请书;\n2、章程草案。",
			"article|某县民政局办事指南|||农村公益性公墓/社会团体成立登记"},
		{"info line with colons, several fields",
			"开封市民政局召开第三季度工作会议\n发布时间：2024-09-28 10:21 来源：开封市民政局 字号：大 中 小\n9月27日上午，开封市民政局召开会议，总结前三季度工作。\n打印 关闭",
			"article|开封市民政局召开第三季度工作会议|2024-09-28|开封市民政局|"},
		{"info fields without colons, letter-spaced",
			"洛阳市民政局关于开展养老机构检查的通知\n索 引 号 11410300MB1234/2024-00012 发布机构 洛阳市民政局\n发布日期 2024-05-06\n各县（市、区）民政局：\n一、检查范围\n全市养老机构。\n二、检查时间\n5月至6月。\n洛阳市民政局\n2024年5月6日",
			"notice|洛阳市民政局关于开展养老机构检查的通知|2024-05-06|洛阳市民政局|检查范围/检查时间"},
		{"information lines above the headline",
			"索引号：11410200/2024-00031\n发布机构：开封市民政局\n发布日期：2024-09-28\n开封市民政局召开第三季度工作会议\n9月27日上午，开封市民政局召开会议，总结前三季度工作。\n会议要求，各科室要对照年度目标，逐项抓好落实。",
			"article|开封市民政局召开第三季度工作会议|2024-09-28|开封市民政局|"},
		{"information lines above the headline over a grid one cell a line",
			"索引号 01526020-0/20231101-00001 发布机构 某市民政局\n公开目录 社会福利 发布日期 2023-11-01 10:58:54\n文号 浏览量\n主题词 民政\n2023年第三季度儿童福利保障情况信息公开\n\n保障对象\n\n发放人次\n\n发放资金(元)\n\n孤儿\n\n120\n\n230000\n\n事实无人抚养儿童\n\n80\n\n120000",
			"article|2023年第三季度儿童福利保障情况信息公开|2023-11-01|某市民政局|"},
		{"a field's value under the information lines is no headline",
			"发布机构：开封市民政局\n发布日期：2024-09-28\n9月27日上午，开封市民政局召开会议，总结前三季度工作。\n会议要求，各科室要对照年度目标，逐项抓好落实。",
			"article||2024-09-28|开封市民政局|"},
		{"a kicker over the headline",
			"民生无小事 枝叶总关情\n某市民政局全力做好冬季救助工作\n发布时间:2024-12-05 来源:某市民政局\n入冬以来,某市民政局多措并举,全力做好冬季救助工作。\n各地对困难群众进行全面排查。",
			"article|某市民政局全力做好冬季救助工作|2024-12-05|某市民政局|"},
		{"a kicker over a headline under a page's trail, with no information line",
			"首页/ 政务公开/ 社会救助/ 正文\n\n节前慰问显真情 殷殷关怀暖人心\n某区民政局开展春节慰问送关怀系列活动\n\n在新春佳节来临之际,某区民政局时刻将困难群众的冷暖放在心上,开展系列活动。\n\n开展走访慰问活动。区民政局按照部署,走访困难群众105户。",
			"article|某区民政局开展春节慰问送关怀系列活动|||"},
		{"a headline of two matched phrases over a line that names no body is whole",
			"某县召开民政工作会议 部署全年重点任务\n会议要求抓好落实\n发布时间:2024-12-05 来源:某县民政局\n12月4日,某县民政局召开会议,部署全年任务。\n各地对困难群众进行全面排查。",
			"article|某县召开民政工作会议部署全年重点任务会议要求抓好落实|2024-12-05|某县民政局|"},
		{"two matched phrases over a subtitle are the headline",
			"凝心聚力 砥砺前行\n——某市民政局2024年工作综述\n发布时间:2024-12-05 来源:某市民政局\n这一年,某市民政局多措并举,全力做好各项工作。\n各地对困难群众进行全面排查。",
			"article|凝心聚力砥砺前行——某市民政局2024年工作综述|2024-12-05|某市民政局|"},
		{"two bodies over a notice's title are its issuers",
			"某市民政局 某市财政局\n关于提高城乡低保标准的通知\n各县（区）民政局、财政局：\n为切实保障困难群众基本生活，决定提高城乡低保标准。\n某市民政局\n2024年1月5日",
			"notice|某市民政局某市财政局关于提高城乡低保标准的通知|2024-01-05|某市民政局|"},
		{"a wrapped notice title's first line printed twice",
			"某市民政局\n关于开展2018年度社会组织评估工作\n关于开展2018年度社会组织评估工作\n的通知\n各县（市、区）民政局：\n现就开展评估工作通知如下。\n某市民政局\n2018年5月6日",
			"notice|某市民政局关于开展2018年度社会组织评估工作的通知|2018-05-06|某市民政局|"},
		{"a share widget's prompt run on after the headline",
			"某市民政局召开养老服务工作会议分享到:\n发布时间:2024-03-05 来源:某市民政局\n3月4日,某市民政局召开养老服务工作会议,部署全年任务。\n会议要求,各地要抓好落实。",
			"article|某市民政局召开养老服务工作会议|2024-03-05|某市民政局|"},
		{"a guide's field value under its label is no editing office",
			"婚姻登记办理指南\n\n办理机构:\n\n某县民政局婚姻登记中心\n\n办理依据:\n\n《婚姻登记条例》第四条、第五条。\n\n办理条件:\n\n当事人双方均无配偶。",
			"article|婚姻登记办理指南|||办理机构/办理依据/办理条件"},
		{"a bulletin's 主办 label over its editing office",
			"民政工作简报\n\n第 5 期\n\n主办：\n\n某县民政局办公室        2024年6月1日\n\n某县召开养老服务工作会议\n\n5月30日，某县召开养老服务工作会议，部署全年任务。（县民政局）\n\n某县开展低保专项治理\n\n今年以来，某县开展低保专项治理。（社会救助股）",
			"bulletin|民政工作简报|2024-06-01|某县民政局办公室|某县召开养老服务工作会议/某县开展低保专项治理"},
		{"an information field over its value names the issuer",
			"婚姻登记办理指南\n\n发布机构:\n\n某县民政局\n\n办理依据:\n\n《婚姻登记条例》第四条、第五条。\n\n办理条件:\n\n当事人双方均无配偶。",
			"article|婚姻登记办理指南||某县民政局|办理依据/办理条件"},
		{"a report's first heading right under the information line",
			"某市民政局开展慈善日宣传活动\n\n发布时间:2024-10-10 16:12 信息来源:市民政局 字体大小:\n\n提前谋划部署\n\n某市民政局及时安排部署,印发通知,明确任务。\n\n宣传动员氛围浓\n\n全市民政系统开展了一系列宣传活动。9月4日上午举行启动仪式。\n\n组织活动求实效\n\n9月5日上午,某县开展现场捐赠活动,来自各界的代表参加。",
			"article|某市民政局开展慈善日宣传活动|2024-10-10|市民政局|提前谋划部署/宣传动员氛围浓/组织活动求实效"},
		// A byline is never the headline, above the text or under it.
		{"a byline that names first, no headline",
			"王小明 报道\n本报讯 2月28日，全市民政工作会召开，总结经验，部署任务。\n会议要求，各科室要对照年度目标，逐项抓好落实。",
			"article||||"},
		{"a byline with its job, no headline",
			"记者 王小明\n本报讯 2月28日，全市民政工作会召开，总结经验，部署任务。\n会议要求，各科室要对照年度目标，逐项抓好落实。",
			"article||||"},
		{"a byline under the headline",
			"全市民政工作会召开\n王小明 李华 摄\n2月28日，全市民政工作会召开，总结经验，部署任务。\n会议要求，各科室要对照年度目标，逐项抓好落实。",
			"article|全市民政工作会召开|||"},
		{"a posting account's field is no part of the headline",
			"西安市民政局关于印发养老服务规划的通知\n发布人:西安老博会\n发布日期:2023-07-12\n各区县民政局:现印发给你们,请认真贯彻执行。",
			"notice|西安市民政局关于印发养老服务规划的通知|2023-07-12|西安市民政局|"},
		{"a letter-spaced home link opens a site menu over the headline",
			"首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心\n河西区73位困难老人享免费午餐\n河西区73位困难老人近日起将享受免费午餐。",
			"article|河西区73位困难老人享免费午餐|||"},
		{"a spaced headline that opens with 首 is no menu",
			"首 批 星级 养老机构 名单 公布\n河西区73家养老机构近日通过星级评定。",
			"article|首批星级养老机构名单公布|||"},
		{"a timestamp in Chinese form under the headline",
			"重庆举行救助管理机构开放日活动\n\n2025年06月19日18:13 |\n\n6月19日，重庆市民政局举行活动。",
			"article|重庆举行救助管理机构开放日活动|2025-06-19||"},
		{"headings of their own closing with a colon, figures and all",
			"1、2023年1-12月份低保补助落实情况:\n全区共有2357户3702人享受城乡低保。\n2、2023年1-12月份临时救助落实情况:\n共发放临时救助金1710人次。",
			"article||||2023年1-12月份低保补助落实情况/2023年1-12月份临时救助落实情况"},
		{"a collection's part label over a report is no headline",
			"篇一\n20xx年我市民政工作在市委、市政府的领导下，各项工作取得了明显成效。\n一、20xx年全市民政工作情况\n全市城市低保对象33087户。",
			"article||||20xx年全市民政工作情况"},
		{"a part label and an issue's figure about a masthead",
			"第一篇:宜川县城区街道办事处社区动态3\n简报 第3期\n宜川县城区街道办事处 2013年4月15日\n宜川县城区街道办以党建促发展努力开创社区工作新局面\n4月10日，街道办主任带领分管领导走访社区。\n（街道办）",
			"bulletin|宜川县城区街道办事处社区动态|2013-04-15|宜川县城区街道办事处|宜川县城区街道办以党建促发展努力开创社区工作新局面"},
		{"figures that open a bulletin's name are its own",
			"2024年2月全区社会救助工作动态\n第3期\n区民政局 2024年3月11日\n区民政局召开养老服务工作会议\n3月10日，区民政局召开会议。\n（区民政局）",
			"bulletin|2024年2月全区社会救助工作动态|2024-03-11|区民政局|区民政局召开养老服务工作会议"},
		{"a yearbook entry's bracketed heading under a column's framed label",
			"您的当前位置:\n\n·殡葬改革·\n\n·殡葬改革·\n\n  【1986年殡葬改革工作情况】 全年火化尸体2040具，火化率达90%。\n  （车瑞珊）",
			"article|1986年殡葬改革工作情况|||"},
		// A television news script: its 【解说】 and 【同期】 labels open
		// the narration and a speaker's words, no headline and no items.
		{"a news script's labels are no headline nor headings",
			"发布时间:2023年08月22日19:14 来源:某新闻网\n【解说】8月22日是传统节日七夕，某区婚姻登记处迎来领证高峰。\n【同期】结婚新人\n我们特意选了今天来领证。\n【解说】据介绍，今年七夕领证人数较多。\n【同期】某区民政局婚姻登记处主任 某某\n我们从8月15日开始预约。",
			"article||2023-08-22||"},
		// A page that is one grid is named by the title over its rows.
		{"a grid's title in its first row names a page that is the grid",
			"| 某区民政局主动公开事项目录 | ||||\n| 公开事项 | 公开内容 | 公开依据 | 公开范围 |\n| 机关信息 | 机关简介 | 《条例》第二十条 | 全社会 |\n| 财政预决算 | 部门预算、决算 | 《条例》第二十条 | 全社会 |",
			"article|某区民政局主动公开事项目录|||"},
		{"a grid whose first row is a row of cells gives no title",
			"| 公开事项 | 公开内容 | 公开依据 | 公开范围 |\n| 机关信息 | 机关简介 | 《条例》第二十条 | 全社会 |\n| 财政预决算 | 部门预算、决算 | 《条例》第二十条 | 全社会 |",
			"article||||"},
		{"a bracketed tag that opens a headline is no entry heading",
			"【疫情防控】县民政局召开紧急会议\n8月6日，县民政局召开会议，部署疫情防控工作。",
			"article|【疫情防控】县民政局召开紧急会议|||"},
		{"a bracket that closes the text's first sentence is no heading",
			"全年火化尸体2040具，火化率达90%。\n【以上数据截至年底】",
			"article||||"},
		{"the headline is the line right over the information line",
			"中国文明网总站\n|\n首页>>文明动态\n文明动态\n文明平安过清明 今年海南将推行预约错峰祭扫\n时间: 2021-03-19 10:21:00 文章来源：海口文明网\n为倡导文明祭扫，海南今年推行预约错峰祭扫。",
			"article|文明平安过清明今年海南将推行预约错峰祭扫|2021-03-19||"},
		// A page that sets each paragraph on a line: a part of the title's
		// run that states sentences (a string of teasers) is no headline.
		{"a string of teasers over a one-line headline is no part of it",
			"《某游戏》新版本上线!限时活动开跑!任务完成后即可得到特殊动作或贴图! 全新游戏的发表成为瞩目焦点 新年服装与全新载具皮肤隆重登场!\n\n关爱队支援长者及照顾者计划启动\n\n商业\n\n劳工及福利局局长今日主持关爱队伍支援长者及照顾者先导计划启动礼，宣布为期一年的先导计划正式展开。\n\n施政报告宣布以荃湾和南区为试点，动用关爱队透过探访等活动识别有需要的住户。\n\n局长在启动礼致辞时说，社会福利署上月邀请两区关爱队参与计划。",
			"article|关爱队支援长者及照顾者计划启动|||"},
		{"a subtitle under a one-line headline is no part of the headline",
			"我省召开全省养老服务工作推进会\n——部署2024年养老服务体系建设重点任务\n3月5日，全省养老服务工作推进会召开，总结工作，部署任务。\n会议要求，各地要抓好落实。",
			"article|我省召开全省养老服务工作推进会|||"},
		{"a headline wrapped over two lines in a page that wraps its text is one",
			"兵团慈善组织总动员全面开展\n“慈善情暖万家”慰问活动\n发布时间:24年02月08日\n1月26日，兵团慈善总会拨付善款，开展慰问活动，兵团民政局迅速拟定了\n分配方案和工作方案，确定将善款分配到各师市，并走访慰问困难群众，\n为他们送去慰问金和慰问品。",
			"article|兵团慈善组织总动员全面开展“慈善情暖万家”慰问活动|2024-02-08||"},
		{"a headline's line left open at 的 goes on in the next",
			"全市开展2024年度困难群众救助工作的\n专项督查\n发布时间:2024-03-06\n3月5日，市民政局组织开展专项督查，走访困难群众。\n督查组要求，各地要把好事办好。",
			"article|全市开展2024年度困难群众救助工作的专项督查|2024-03-06||"},
		// A source field that names a place alone stands for its
		// government where the document names no body.
		{"a notice's title names its body where the source field names a place",
			"某县人民政府关于县城区分步推进殡葬改革的通告\n来源:湘西州某县 发布时间:2020-08-06\n根据国务院《殡葬管理条例》等规定，现将有关事项通告如下：\n一、火葬区范围\n原民安街道、原华塘街道。\n二、实施时间\n自2020年9月22日起实施。",
			"notice|某县人民政府关于县城区分步推进殡葬改革的通告|2020-08-06|某县人民政府|火葬区范围/实施时间"},
		{"a source field that names a town is the issuer of a report",
			"四铺镇2023年三季度民政工作落实情况\n来源:四铺镇 发布时间:2023-10-19 11:13\n四铺镇民政办切实履行社会事务管理功能，推动民政工作全面发展。\n第三季度新增低保对象19人。",
			"article|四铺镇2023年三季度民政工作落实情况|2023-10-19|四铺镇|"},
		// A post saved with its share link run into the headline, and its
		// tag under it.
		{"a share link before the headline and a place's tag after it are no part of it",
			"https://mp.weixin.qq.com/s/1tt5yi2IfxM0jTwQFwp--w关注:山西永和县召开阁底乡、交口乡\n更名征求意见会\n山西\n科技之窗 6月24日\n6月22日,永和县在脱贫攻坚指挥部会议室召开阁底乡、交口乡更名征求意见会。政府副县长王润贵及交口乡、阁底乡党委书记,县民政局、县文旅局、县发改局、县统计局负责人,工商企业代表、社会组织代表、县人大代表、两乡村民代表参加会议。\n会上,民政局负责人介绍了阁底乡、交口乡\n地名更改相关情况,各界人士分别发表了意见。\n一要深刻认识此次更名工作的重要意义。地名是一个区域的整体形象和精神风貌的综合体现,本次\n乡镇地名更改工作立足于提高永和县知名度,保持地名\n历史性和延续性,凸现永和的地域特色,通俗易懂,有利于我们永和乡愁\n文化的打造,既体现了永和优越的旅游环境,又遵循了科学性和规范性的原则;既体现了永和\n人民与时俱进的精神风貌,又反映了永和悠久的历史和传统文化。本次城区地名命名更名工作必将进一步提高永和的知名度和影响力,为全县\n经济社会快速发展创造一个良好的外部环境;也必将极大地激发全县人民的自豪感和荣誉感,为加快我县脱贫攻坚增添强大的内部动力。\n二要尽快跟进更名的下一步程序性工作。县民政局要牵头跟下一步相关程序,尽快提交\n县级层面通过,呈报市政府。有关乡镇和部门要加强协调配合,加快工作进度,杜绝发生推诿扯皮现象。\n三要加强地名\n管理工作。近年来,地名管理工作,要求逐步规范,工作力度不断加大,而我县地名管理中还存在着一些不规范、不细致的问题,为此,县民政局要切实增强城镇地名管理工作的责任感和紧迫感,进一步加大工作力度,加强管理,努力提高地名管理工作的规范化、标准化水平。今后凡",
			"article|山西永和县召开阁底乡、交口乡更名征求意见会|||"},
		{"a headline whose last line names a place the line above leads to keeps it",
			"全国养老服务工作推进会议召开于\n北京\n发布时间:2024-05-06\n5月6日，全国养老服务工作推进会议召开，总结工作，部署任务。\n会议要求，各地要抓好落实。",
			"article|全国养老服务工作推进会议召开于北京|2024-05-06||"},
		{"a column's label over the headline names no issue",
			"政务动态\n省民政厅课题组赴大寨镇调研,聚焦老龄化政策研究\n日期:2025-09-25 11:26\n来源:大寨镇\n\n近日,省民政厅课题组部分成员前往大寨镇调研。",
			"article|省民政厅课题组赴大寨镇调研,聚焦老龄化政策研究|2025-09-25|大寨镇|"},
		{"a site's bar closing with its tools, the site's name twice",
			"某某论坛\n\n某某论坛 数据开放平台智能问答繁体登录注册\n\n市救助管理站持续开展专项救助行动\n\n2025-12-23 09:00 某某论坛\n\n近期，寒潮来袭，市救助管理站开展救助。",
			"article|市救助管理站持续开展专项救助行动|2025-12-23||"},
		{"a bulletin's masthead over its issue number is no column label",
			"民政工作动态\n第3期\n市民政局办公室 2024年4月15日\n市民政局召开养老服务工作会议\n4月10日，市民政局召开会议。\n（市民政局）",
			"bulletin|民政工作动态|2024-04-15|市民政局办公室|市民政局召开养老服务工作会议"},
		{"a sentence over the information line is no headline",
			"县慈善活动累计捐款5.8万元\n近日，县里举行慈善捐赠活动。\n截至目前，全县累计募集善款5.8万元。本报记者 某某\n发布日期:2025-10-21",
			"article|县慈善活动累计捐款5.8万元|2025-10-21||"},
		{"a labelled date field outranks a bare timestamp above it",
			"省政府参事室调研组来我厅调研养老服务业发展情况\n\n08.06.2016  01:48\n来源:厅福慈处    日期: 2016-06-07    点击数:\n\n    6月7日下午，调研组来我厅调研。",
			"article|省政府参事室调研组来我厅调研养老服务业发展情况|2016-06-07|厅福慈处|"},
		{"a bare timestamp dates the page where no field does",
			"省政府参事室调研组来我厅调研养老服务业发展情况\n\n08.06.2016  01:48\n来源:厅福慈处\n\n    6月7日下午，调研组来我厅调研。",
			"article|省政府参事室调研组来我厅调研养老服务业发展情况|2016-06-08|厅福慈处|"},
		{"a headline among header lines, right over the information line",
			"吉林省民政厅\n\n吉林省民政厅\n\n当前位置 : 首页 > 政府信息公开 > 年度报告\n吉林省民政厅2017年政府信息公开工作年度报告\n时间:2018-03-16 16:32:00\n来源:\n 本年度报告根据条例编制。",
			"article|吉林省民政厅2017年政府信息公开工作年度报告|2018-03-16|吉林省民政厅|"},
		{"an editing office and its date over the information line are no headline",
			"市民政局办公室 2025年6月3日\n发布时间：2025-06-03\n6月2日，市民政局召开会议。",
			"article||2025-06-03|市民政局办公室|"},
		{"the first of the bodies a source field names issues the page",
			"全省养老服务先进名单公示\n发布日期：2020-12-01 来源：厅社会事务处、养老服务处\n经评审，拟推荐以下单位。",
			"notice|全省养老服务先进名单公示|2020-12-01|厅社会事务处|"},
		{"a headline printed on its information line, before the fields",
			"吉林省召开2023年全省民政工作会议 作者: 来源:吉林省民政厅网站 发布时间:2023-01-06 16:09\n\n1月4日,吉林省召开2023年全省民政工作会议。",
			"article|吉林省召开2023年全省民政工作会议|2023-01-06||"},
		{"a channel's tag under a notice's title as a headline is no word of it",
			"关于做好祭扫期间文明祭祀活动的通知!\n民生\n2025-01-25 11:52\n某省\n某市领导小组日前发出通知,倡导文明祭祀。",
			"article|关于做好祭扫期间文明祭祀活动的通知!|2025-01-25||"},
		{"a headline before its page's unlabelled day and time and the fields",
			"某区举办养老服务开放日活动 2023-08-17 14:51 来源:某区人民政府\n\n8月16日,某区民政局举办开放日活动。",
			"article|某区举办养老服务开放日活动|2023-08-17|某区人民政府|"},
		{"a day alone before the fields, its time cut off, is no headline",
			"注意!某市清明祭扫需预约\n2022年03月22日 09:34 来源:某某新闻\n\n清明将至,某市民政局提醒市民预约祭扫。",
			"article|注意!某市清明祭扫需预约|2022-03-22||"},
		{"an outlet and its address before the fields are no headline",
			"日前，海南省民政厅印发通知。\n您当前的位置 : 聚焦海口>原创>\n海南倡导各市县文明低碳祭扫 推广多种祭扫纪念方式\n海口网 http://www.hkwb.net 时间:2018-03-17 07:15\n\n海口网3月17日消息，海南省民政厅印发通知。",
			"article|海南倡导各市县文明低碳祭扫推广多种祭扫纪念方式|2018-03-17||"},
		{"a column's name before the fields is no headline",
			"工作动态 发布时间:2023-01-06\n\n1月4日,吉林省召开全省民政工作会议。",
			"article||2023-01-06||"},
		{"bracketed field",
			"市民政局开展敬老月活动\n【信息时间：2023-10-23】【来源：县民政局】\n10月20日，县民政局在敬老院开展敬老月慰问活动，为老人送去慰问品。",
			"article|市民政局开展敬老月活动|2023-10-23|县民政局|"},
		{"pipe cells",
			"区民政局开展防汛检查\n| 发布时间 | 2023-07-12 | 信息来源 | 区民政局 |\n7月11日，区民政局对辖区养老机构开展防汛安全检查。",
			"article|区民政局开展防汛检查|2023-07-12|区民政局|"},
		{"a page that publishes a table, its fields in pipe cells",
			"索引号 | 11330283002980620K/2023-147671 | 主题分类 | 其他 |\n---|---|---|---|\n发布机构 | 区民政局 | 发文日期 | 2023-11-06 |\n区民政局2023年第三季度重点工作进展表\n序号 | 工作内容 | 季度安排 | 季度进展 |\n1 | 社区治理 | 完成社区规划方案 | 已完成 |\n2 | 未成年人保护 | 开展关爱服务活动 | 已开展 |\n",
			"article|区民政局2023年第三季度重点工作进展表|2023-11-06|区民政局|"},
		{"a table after the text gives no title",
			"发布机构 | 区民政局 | 发文日期 | 2023-11-06 |\n10月，区民政局推进各项重点工作，进展如下。\n重点工作进展表\n序号 | 工作内容 | 季度进展 |\n1 | 社区治理 | 已完成 |\n2 | 未成年人保护 | 已开展 |\n",
			"article||2023-11-06|区民政局|"},
		{"a bare timestamp under the headline",
			"省民政厅副厅长来县开展慰问活动\n\n2018-01-25 11:02\n\n1月23日，省民政厅副厅长来我县开展慰问活动。（县民政局 周某某）",
			"article|省民政厅副厅长来县开展慰问活动|2018-01-25||"},
		{"a newspaper as source is no issuer",
			"宁夏将开展第二次地名普查\n中央政府门户网站 www.gov.cn 2014-05-26 09:52 来源: 宁夏日报\n从2014年7月起，宁夏将开展第二次地名普查工作。（记者 吴某）",
			"article|宁夏将开展第二次地名普查|2014-05-26||"},
		{"a headline printed twice, once in a page's header and once wrapped",
			"朱勤皓局长赴市救助管理站调研本市救助工作开展情况\n朱勤皓局长赴市救助管理站调研本市救助工作开展\n情况\n07.02.2018 16:32\n2月6日，朱勤皓局长赴市救助管理站调研，看望慰问一线工作人员。",
			"article|朱勤皓局长赴市救助管理站调研本市救助工作开展情况|2018-02-07||"},
		{"a headline wrapped over two lines whose words recur is no repeat",
			"朱勤皓局长赴市救助管理站调研本市救助工作\n救助工作开展情况\n07.02.2018 16:32\n2月6日，朱勤皓局长赴市救助管理站调研，看望慰问一线工作人员。",
			"article|朱勤皓局长赴市救助管理站调研本市救助工作救助工作开展情况|2018-02-07||"},
		{"a numbered heading line running on after a colon, cut at its end",
			"关于发放一次性临时救助金的通知\n各街(镇)民政办：\n一、发放对象:我区受疫情影响低保、特困、孤\n二、发放标准：每人988元。\n特此通知\n某某区民政局\n2022年3月31日",
			"notice|关于发放一次性临时救助金的通知|2022-03-31|某某区民政局|发放对象/发放标准"},
		{"numbered paragraphs whose first lines run on after a stop or wrap with spaced figures",
			"关于暂停接待群众来访的公告\n为全面落实新型冠状病毒感染的肺炎疫情联防联控措施，最大限度减少人员流动聚集，保护人民群众生命\n安全，即日起暂停接待群众现场来访，人民群众可通过以下途径反映诉求或意见建议：\n1.邮寄。通过邮局将信访材料邮寄至成都市高新区锦城大道 366 号成都市民政局办公室，邮政编码为\n610041。\n2、决定全部取消市区及团场 2 月 2 日加班办理结婚登记，实施最严格的疫情防控措施，避免人群聚集，\n防止交叉传染。\n特此公告\n成都市民政局\n2020年2月2日",
			"notice|关于暂停接待群众来访的公告|2020-02-02|成都市民政局|邮寄/-"},
		// Notices of the public kinds, closing with a 落款.
		{"通告 with a Chinese-numeral date and look-alike zero",
			"根据有关规定，现将有关事项通告如下：\n一、不得从事墓穴经营活动。\n二、违规安葬的不受保护。\n举报电话：0931-8447243\n特此通告\n兰州市殡葬事务管理办公室\n二Ο一六年十月十日",
			"notice||2016-10-10|兰州市殡葬事务管理办公室|不得从事墓穴经营活动/违规安葬的不受保护"},
		{"公告 of co-issuers: the first is the issuer",
			"关于开展殡葬领域专项整治的公告\n为规范殡葬服务，现就有关事项公告如下：\n一、整治范围\n全市殡葬服务机构。\n二、整治时间\n2024年3月至6月。\n特此公告。\n某某市民政局  某某市市场监督管理局\n2024年3月1日",
			"notice|关于开展殡葬领域专项整治的公告|2024-03-01|某某市民政局|整治范围/整治时间"},
		{"co-issuers apart by spaces in a notice's title: the first issues",
			"某某部 某某总局 某某委员会关于做好殡葬服务工作的通知\n某发〔2026〕8号\n各省民政厅：\n一、加强管理\n各地要落实责任。\n二、强化监督\n各地要开展检查。",
			"notice|某某部某某总局某某委员会关于做好殡葬服务工作的通知||某某部|加强管理/强化监督"},
		{"a title over two lines, the issuers apart by a space on the first",
			"某省民政厅 中共某省委组织部\n某省财政厅关于规范村务工作的意见\n某民发〔2022〕5号\n各市民政局：\n一、总体要求\n各地要落实责任。\n二、工作措施\n各地要开展检查。",
			"notice|某省民政厅中共某省委组织部某省财政厅关于规范村务工作的意见||某省民政厅|总体要求/工作措施"},
		// Not parted: a space inside one body's name, or a wrapped name.
		{"a unit after a space is the body's own",
			"某市人民政府 办公室关于做好救助工作的通知\n某政办发〔2026〕3号\n各县民政局：\n一、加强管理\n各地要落实责任。\n二、强化监督\n各地要开展检查。",
			"notice|某市人民政府办公室关于做好救助工作的通知||某市人民政府办公室|加强管理/强化监督"},
		{"a title spaced letter by letter names one body",
			"某 县 民 政 局 办 公 室 关 于 做 好 救 助 工 作 的 通 知\n某民办〔2026〕3号\n各乡镇：\n一、加强管理\n各地要落实责任。\n二、强化监督\n各地要开展检查。",
			"notice|某县民政局办公室关于做好救助工作的通知||某县民政局办公室|加强管理/强化监督"},
		{"a space between a place and its body parts no issuers",
			"某某市 民政局关于做好救助工作的通知\n某民发〔2026〕3号\n各县民政局：\n一、加强管理\n各地要落实责任。\n二、强化监督\n各地要开展检查。",
			"notice|某某市民政局关于做好救助工作的通知||某某市民政局|加强管理/强化监督"},
		{"征求意见 with a 落款 of a date alone",
			"为进一步规范殡葬服务，市民政局起草了《实施方案》，现公开征求意见。征求意见截止时间为2023年1月3日。\n联系人：张某；联系电话：2851693。\n附件：实施方案.pdf\n2022年11月29日",
			"notice||2022-11-29||"},
		{"a notice numbered 1、 at the top",
			"关于暂停办理婚姻登记业务的通知\n各位市民：\n1、决定暂停办理婚姻登记业务，恢复时间另行通知。\n2、如有疑问请拨打咨询电话。\n特此通知。\n某某县民政局\n2020年2月1日",
			"notice|关于暂停办理婚姻登记业务的通知|2020-02-01|某某县民政局|-/如有疑问请拨打咨询电话"},
		// Lines that are no content never become items.
		{"chrome, a repeated headline, a byline and a note are no items",
			"当前位置：首页 > 通知公告\n关于发放临时救助金的通知\n关于发放临时救助金的通知\n时间：2022-03-31 来源：鼓楼区民政局\n各街道民政办：\n一、发放对象：受疫情影响的低保对象。\n二、发放标准：每人988元。\n特此通知\n通讯地址：某某路7号\n（此件主动公开）\n福州市鼓楼区民政局\n2022年3月31日\n【打印本页】【关闭窗口】",
			"notice|关于发放临时救助金的通知|2022-03-31|福州市鼓楼区民政局|发放对象/发放标准"},
		// A title wrapped over lines under its issuing body.
		{"a notice title wrapped under its issuer",
			"许昌市民政局\n关于开展社会组织年检工作的通知\n各县（市、区）民政局：\n一、年检对象\n社会团体。\n二、年检时间\n三月。\n许昌市民政局\n2024年2月20日",
			"notice|许昌市民政局关于开展社会组织年检工作的通知|2024-02-20|许昌市民政局|年检对象/年检时间"},
		{"a page headline above the notice's title",
			"某某市民政局:取消2月2日结婚登记!\n\n关于取消2020年2月2日\n\n结婚登记事宜的通告\n\n为严格防控疫情，决定取消原定于2月2日加班办理结婚登记。\n\n特此通告。\n\n某某市民政局\n\n2020年1月30日",
			"notice|关于取消2020年2月2日结婚登记事宜的通告|2020-01-30|某某市民政局|"},
		{"an info field that repeats the title is no part of it",
			"某某市民政局关于印发办事指南的通知\n\n文件名称 某某市民政局关于印发办事指南的通知\n\n索引号 /2022-0021\n\n各县（市、区）民政局：\n\n现将办事指南印发给你们，请遵照执行。\n\n某某市民政局\n\n2022年10月27日",
			"notice|某某市民政局关于印发办事指南的通知|2022-10-27|某某市民政局|"},
		{"two short headings are two items",
			"12月10日起某县实施丧事集中办理\n信息来源:县民政局 发布日期:2019-12-05 10:14:04\n\n12月10日起,某县将推行丧事集中办理工作。\n\n实施时间和范围\n\n丧事集中办理激励政策\n\n给予每例补助交通费1000元;\n\n丧事集中办理有关规定\n\n自本方案规定的时间开始,在县殡仪馆集中办理。",
			"article|12月10日起某县实施丧事集中办理|2019-12-05|县民政局|实施时间和范围/丧事集中办理激励政策/丧事集中办理有关规定"},
		{"an outer numbering used once is the item level",
			"某市召开民政民生政策发布会\n发布时间:2018-01-17 来源:某某日报\n1月17日上午，某市举行新闻发布会。\n一、2017年以来民政民生政策出台情况\n（一）出台了《关于建立居家养老巡视探访服务制度的指导意见》。\n1.巡视探访服务对象。服务面向独居、高龄老年人。\n2.巡视探访服务组织实施。原则上由街道组织实施。\n3.巡视探访服务方式。开展巡视探访服务，应普遍了解情况。",
			"article|某市召开民政民生政策发布会|2018-01-17||2017年以来民政民生政策出台情况"},
		{"a 附件 list over lines is no heading",
			"某区民政局关于印发社会组织管理办法的通知\n各区属社会组织：\n现将有关办法印发给你们，请遵照执行。\n特此通知。\n附件：1.某区社会组织年度报告办法\n2.某区社会组织抽查监督办法\n3.某区社会组织评估管理办法\n某区民政局\n2015年6月23日\n附件1\n某区社会组织年度报告办法\n第一条 为了促进社会组织健康发展，制定本办法。",
			"notice|某区民政局关于印发社会组织管理办法的通知|2015-06-23|某区民政局|"},
		// A numbered heading on a line of its own ends there, commas or
		// not, unless it is as wide as the lines the text wraps at.
		{"headings with commas, a paragraph a line",
			"某市民政局关于加快推进养老服务工作的通知\n各县（市、区）民政局：\n一、提升站位，加强领导\n省委指出，加快推进养老服务体系建设，满足更多老年人的需求。\n二、明确目标，分解任务\n省民政厅近日下发了任务清单，各地要对照落实。\n某市民政局\n2021年6月2日",
			"notice|某市民政局关于加快推进养老服务工作的通知|2021-06-02|某市民政局|提升站位，加强领导/明确目标，分解任务"},
		{"headings with commas above wrapped text",
			"某市民政局关于加快推进养老服务工作的通知\n各县（市、区）民政局：\n一、提升站位，加强领导\n省委指出，加快推进养老服务体系建设，满足更多老年人对养\n老服务的需求，各地要高度重视，切实加强对这项工作的领导。\n二、明确目标，分解任务\n省民政厅近日下发了养老服务体系建设任务清单，各地要对照\n清单逐项落实，确保各项任务按时完成。\n某市民政局\n2021年6月2日",
			"notice|某市民政局关于加快推进养老服务工作的通知|2021-06-02|某市民政局|提升站位，加强领导/明确目标，分解任务"},
		{"a numbered paragraph wrapped at full width runs on (no title)",
			"某市民政局关于清理墓地的通告\n一、此墓地不得从事墓穴经营活动，不得违规预售墓穴，不得转让、\n传销和炒买炒卖墓穴。\n二、凡在此墓地违法违规安葬的遗体、骨灰，预售的墓地、墓穴及碑\n石一律不受国家法律法规的保护。\n特此通告\n某市民政局\n2016年10月10日",
			"notice|某市民政局关于清理墓地的通告|2016-10-10|某市民政局|-/-"},
		// Bulletins.
		{"bulletin masthead, run-in items, briefs",
			"南阳民政工作动态\n\n第 39 期\n\n南阳市民政局办公室\n\n2025 年 12 月 8 日\n\n市长调研民政工作 11月26日，市长深入民政服务机构调研。（市局办公室）\n\n市民政局召开会议 11月27日，市民政局召开会议。（市养老服务中心）\n\n简讯\n\n11 月 28 日，市救助服务中心开展宣讲活动。（市救助服务中心）\n\n报：市民政局领导。",
			"bulletin|南阳民政工作动态|2025-12-08|南阳市民政局办公室|市长调研民政工作/市民政局召开会议/-"},
		{"a weekly bulletin: paragraphs straight under a section, paragraphs led by their unit",
			"民政工作周报(2020.10.12——10.18)\n\n本周大事记\n\n10月13日，省民政厅厅长来我县调研基层社会治理工作，县委书记陪同调研。\n\n10月14日，县人大常委会副主任带队开展养老事业发展情况调研。\n\n科室动态\n\n办公室：牵头开展政府投资项目谋划工作；开展安全生产巡检自查。\n\n社会组织管理科：本周民政窗口共办件310件，其中社会团体年度检查4件。\n\n民生大篷车：牵头召开社区社会组织工作会议；开展文明创建宣传活动。",
			"bulletin|民政工作周报(2020.10.12——10.18)|||-/-/办公室/社会组织管理科/民生大篷车"},
		{"the last of the labelled paragraphs cut off before a stop",
			"民政工作周报(2020.10.12——10.18)\n\n科室动态\n\n办公室：牵头开展政府投资项目谋划工作；开展安全生产巡检自查。\n\n社会组织管理科：本周民政窗口共办件310件，其中社会团体年度检查4件。\n\n社会救助和养老福利科：向县人",
			"bulletin|民政工作周报(2020.10.12——10.18)|||办公室/社会组织管理科/社会救助和养老福利科"},
		{"a numbered paragraph cut off after a stop has no title",
			"关于文明祭扫的倡议书\n发布时间：2021-03-29\n\n一、移风易俗，文明祭扫。倡导鲜花祭扫、网络祭扫。\n\n二、以身作则、率先响应。广大党员干部、共青团员、",
			"article|关于文明祭扫的倡议书|2021-03-29||-/-"},
		{"a numbered heading cut off with no stop is whole",
			"关于文明祭扫的倡议书\n发布时间：2021-03-29\n\n一、移风易俗，文明祭扫。倡导鲜花祭扫、网络祭扫。\n\n二、以身作则率先响应",
			"article|关于文明祭扫的倡议书|2021-03-29||-/以身作则率先响应"},
		{"a headline with a colon is whole",
			"某市民政工作动态\n\n第3期\n\n某市民政局办公室\n\n2022年1月28日\n\n云城居养：“耆乐融融喜迎新春”吃汤圆主题活动\n\n1月24日下午，云城街居家养老服务中心举办吃汤圆主题活动。",
			"bulletin|某市民政工作动态|2022-01-28|某市民政局办公室|云城居养：“耆乐融融喜迎新春”吃汤圆主题活动"},
		{"the grid's 标题 field drops the column's name before the headline",
			"政府信息公开\n甘肃省优待证申领问答\n时间:2022-05-27\n标题:甘肃省优待证申领问答\n目前，管理办法已正式印发。",
			"article|甘肃省优待证申领问答|2022-05-27||"},
		{"the grid's 标题 field gives the issuer the headline's lines set apart",
			"标题:某县民政局2023年政府信息公开工作年度报告\n发布日期:2024-01-25\n某县民政局\n2023年政府信息公开工作年度报告\n2023年，我局政务公开工作稳步推进。",
			"article|某县民政局2023年政府信息公开工作年度报告|2024-01-25|某县民政局|"},
		{"a title wrapped before its kind",
			"某县民政局2023年政府信息公开\n工作年度报告\n根据《条例》要求，现发布本年度报告。\n一、总体情况\n2023年，我局政务公开工作稳步推进。\n二、主动公开情况\n全年主动公开信息120条。",
			"article|某县民政局2023年政府信息公开工作年度报告|||总体情况/主动公开情况"},
		{"a subtitle that ends with a kind stays apart",
			"某市召开养老服务推进会\n——某市民政局关于养老服务工作的报告\n近日，某市召开养老服务推进会，通报工作进展。",
			"article|某市召开养老服务推进会|||"},
		{"a 标题 field with a tag before the headline keeps the headline",
			"某县召开养老工作会议\n标题：【图文】某县召开养老工作会议\n发布日期：2024-03-05\n3月5日，某县召开养老工作会议。",
			"article|某县召开养老工作会议|2024-03-05||"},
		{"a 标题 field that is not the headline's end changes nothing",
			"甘肃省优待证申领问答\n时间:2022-05-27\n标题:优待证\n目前，管理办法已正式印发。",
			"article|甘肃省优待证申领问答|2022-05-27||"},
		{"questions and answers: a numbered question heads its answer",
			"优待证申领问答\n发布时间:2022-05-27\n一、优待证样式是怎样的？\n优待证整体以红色为基调。\n二、什么时候可以申领优待证？\n目前，管理办法已正式印发。",
			"article|优待证申领问答|2022-05-27||优待证样式是怎样的？/什么时候可以申领优待证？"},
		{"a numbered paragraph that asks and answers on one line is no question heading",
			"优待证申领问答\n发布时间:2022-05-27\n一、何时申领？目前办法已印发，可以申领。\n二、哪些人可以申领？退役军人、其他优抚对象均可申领。",
			"article|优待证申领问答|2022-05-27||-/-"},
		{"an undated meeting report dates its days by the year it deploys",
			"县民政局召开2021年民政工作会议\n4月22日，县民政局召开民政工作会议。会议首先回顾2020年民政工作，安排部署2021年民政各项工作。",
			"article|县民政局召开2021年民政工作会议|||"},
		{"a headline's phrase an extractor set apart by a space stays in the title",
			"某市民政工作动态\n\n第3期\n\n某市民政局办公室\n\n2022年1月28日\n\n积极推动养老服务 改革创新\n1月24日下午，市民政局召开养老服务改革推进会，部署全年工作。（市局办公室）",
			"bulletin|某市民政工作动态|2022-01-28|某市民政局办公室|积极推动养老服务改革创新"},
		{"one character after the space is the text's first word broken off",
			"某市民政工作动态\n\n第3期\n\n某市民政局办公室\n\n2022年1月28日\n\n县民政局开展走访慰问专项行动 印\n发《走访慰问专项行动方案》，全面开展走访慰问。（县民政局）",
			"bulletin|某市民政工作动态|2022-01-28|某市民政局办公室|县民政局开展走访慰问专项行动"},
		{"one character set apart ends a headline set alone between sentences",
			"某市民政工作动态\n\n第3期\n\n某市民政局办公室\n\n2022年1月28日\n\n一、推进养老服务\n全年新增养老床位一千张，完成适老化改造。\n提升社会治理效 能\n有序推进界线联检，确保边界平安稳定。",
			"bulletin|某市民政工作动态|2022-01-28|某市民政局办公室|推进养老服务/提升社会治理效能"},
		{"a notice's title ends at its kind's word, whatever an extractor set next",
			"关于开展全市养老机构安全摸底排查工作的通知\n关于开展全市养老机构安全摸底排查工作的通知\n防自然灾害、食品安全、服务安全等六个方面进行逐\n编辑:某区民政局 来源:区民政局 发布时间:\n2022-01-20 09:24\n项排查,做到应查尽查,不留盲区,不留死角,全面消除安全隐患。",
			"notice|关于开展全市养老机构安全摸底排查工作的通知|2022-01-20|区民政局|"},
		{"a forwarded notice's title wraps after its inner 通知",
			"关于转发《省民政厅关于做好养老机构安全工作的通知\n》的通知\n各区县民政局：\n现将文件转发给你们，请遵照执行。\n某市民政局\n2022年1月20日",
			"notice|关于转发《省民政厅关于做好养老机构安全工作的通知》的通知|2022-01-20|某市民政局|"},
		// A saved page's header and foot, as other bureaus print them.
		{"a site's links under the text are no items",
			"县民政局召开安全工作会议\n发布时间:2021-06-04\n6月4日下午，县民政局召开安全工作会议，部署汛期防灾减灾工作。\n站群导航\n• 党群部门\n• 政府部门\n• 乡镇街道",
			"article|县民政局召开安全工作会议|2021-06-04||"},
		{"a heading over text at the end is an item",
			"县民政局召开安全工作会议\n发布时间:2021-06-04\n6月4日下午，县民政局召开安全工作会议。\n一、部署防汛工作\n会议要求各单位落实责任。\n二、部署消防工作\n会议要求各机构开展自查。",
			"article|县民政局召开安全工作会议|2021-06-04||部署防汛工作/部署消防工作"},
		{"the page's time after the source's value, no label of its own",
			"某市慈善总会发出慈善一日捐倡议\n来源:某市慈善办 2022-11-01 16:46 字体:【\n为汇聚慈善力量，某市慈善总会发出倡议。",
			"article|某市慈善总会发出慈善一日捐倡议|2022-11-01|某市慈善办|"},
		{"the page's date under the text",
			"县慈善“一日捐”活动累计捐款5.8万元\n近日，县里举行慈善“一日捐”现场捐赠活动。\n截至目前，全县累计募集善款5.8万元。 本报记者 某某\n发布日期:2025-10-21",
			"article|县慈善“一日捐”活动累计捐款5.8万元|2025-10-21||"},
		{"a paper's masthead, date and kicker over the headline: the kicker issues nothing",
			"国内统一刊号:CN43-0003 某某报社出版 广告热线:8518919\n\n2022年03月02日\n\n州救助管理站\n\n积极为流浪乞讨人员寻亲\n\n本报讯(张青春)2月24日,笔者从州救助管理站获悉,该站组织干部职工走上街头寻找流浪乞讨人员。\n\n近年来,该站救助危重病人120多人次。",
			"article|积极为流浪乞讨人员寻亲|2022-03-02||"},
		{"an e-paper's list of the page's articles over the one it shows",
			"首页|版面导航|标题导航\n第01版:头版\n第02版:新闻\n某省制定9条措施引导行业\n协会商会为企业纾困解难\n某省加快构建四级未成年人保护工作网络\n到2023年实现乡镇未保工作站全覆盖\n\n版面目录\n\n新闻内容\n2022年06月14日星期二上一期下一期\n某省加快构建四级未成年人保护工作网络\n到2023年实现乡镇未保工作站全覆盖\n\n  6月10日,某省未成年人保护工作领导小组召开2022年全省工作会议。\n\n  目前,全省有孤儿695人。",
			// The strip over the article dates it: the issue's day.
			"article|某省加快构建四级未成年人保护工作网络到2023年实现乡镇未保工作站全覆盖|2022-06-14||"},
		{"a source field in brackets is no headline",
			"来源:滚动播报\n(来源:某工网)\n春节将至,万家盼安。2月2日,记者从某市2026年迎新春首场新闻发布会上获悉,某市民政局将开展三大行动。\n聚焦困难群众基本生活保障,扎实开展行动。",
			"article||||"},
		{"a photo's caption printed twice over the text is no headline",
			"某市民政局赴某县调研流浪乞讨人员救助管理工作\n\n编辑: 王某 2026-01-08 11:30:18\n\n调研现场\n\n调研现场\n\n1月6日至7日,某市民政局一行3人深入某县调研。\n\n调研组肯定了相关工作。",
			"article|某市民政局赴某县调研流浪乞讨人员救助管理工作|2026-01-08||"},
		{"the headline printed again over the text stays the title",
			"某市召开养老服务工作推进会\n发布时间:2024-05-06 来源:某市民政局\n某市召开养老服务工作推进会\n5月6日,某市召开养老服务工作推进会,部署全年重点工作。\n会议要求,要加快推进养老服务体系建设。",
			"article|某市召开养老服务工作推进会|2024-05-06|某市民政局|"},
		{"the reporter's name over the lead that credits it is no headline",
			"2024年10月09日 星期三\n\n即日起至10月31日我市开展系列活动\n\n传递敬老心 温暖夕阳红\n\n韩某\n\n本报讯(记者 韩某)九九重阳节,浓浓敬老情。本月将迎来重阳节,我市将开展系列活动。\n\n活动主要包括走访慰问等。",
			"article|传递敬老心温暖夕阳红|2024-10-09||"},
		{"a headline over the lead that credits another name stays",
			"2024年10月09日 星期三\n\n传递敬老心 温暖夕阳红\n\n本报讯(记者 韩某)九九重阳节,浓浓敬老情。本月将迎来重阳节,我市将开展系列活动。\n\n活动主要包括走访慰问等。",
			"article|传递敬老心温暖夕阳红|2024-10-09||"},
		{"a hotline list under a notice's text: no items",
			"某市民政局关于开通儿童救助保护热线的公告\n\n为加强儿童救助保护工作,我市开通儿童救助保护热线,并24小时值守。\n\n某市救助管理站救助热线 0936--8213954\n\n甲区儿童救助保护热线   0936--8360860\n\n乙县儿童救助保护热线   0936--5524968\n\n某市民政局\n\n2020年2月13日",
			"notice|某市民政局关于开通儿童救助保护热线的公告|2020-02-13|某市民政局|"},
		{"a web table flattened one cell a line, each closed by its bar: no items",
			"某旗2024年9月民政统计数据\n发布时间:2024-09-30 09:37:00\n指标名称 |\n单位 |\n数量 |\n一、综合 |\n|\n(一)乡级行政区划 |\n个 |\n77 |\n1.镇 |\n个 |\n43 |\n2.乡 |\n个 |\n11 |",
			"article|某旗2024年9月民政统计数据|2024-09-30||"},
		{"a headline closed by a bar over its information line is no cell",
			"武进:28个项目获扶持资金140余万元 |\n时间:2020-07-23 20:52:35 来源:武进新闻 |\n|\n记者今天从区民政局获悉,共有4个大项目。",
			"article|武进:28个项目获扶持资金140余万元|2020-07-23||"},
		{"a news site's menu, two rows of bars, over the headline",
			"首页| 滚动| 国内| 国际| 军事| 社会| 财经| I T| 能源\nEnglish| 图片| 视频| 直播| 娱乐| 体育\n\n阿克苏为街头流浪乞讨者设置避寒场所\n\n2013年11月22日 16:21 来源:中国新闻网 参与互动(0)\n\n  中新网乌鲁木齐11月22日电 11月21日,阿克苏地区紧急下发通知,安排部署冬季救助工作。\n\n  通知称,各县(市)要及时做好应急预案。",
			"article|阿克苏为街头流浪乞讨者设置避寒场所|2013-11-22||"},
		{"a timestamp in 时 and 分 after the site's name, before the source field",
			"某省下发通知要求有序做好支援灾区工作\n中央政府门户网站 www.gov.cn   2013年04月24日 09时07分   来源:某某日报\n\n    记者23日从省民政厅获悉,省政府办公厅下发了通知。",
			"article|某省下发通知要求有序做好支援灾区工作|2013-04-24||"},
		{"a periodical's issue in the source field is not the page's",
			"中卫市:开展殡葬管理执法检查\n\n稿件来源:《某某人大》杂志2025年第4期 发布时间: 2025-05-07\n\n  3月26日至27日,市人大常委会组成执法检查组赴公墓检查。\n\n  检查组建议,市人民政府要科学规划殡葬设施。",
			"article|中卫市:开展殡葬管理执法检查|2025-05-07||"},
		{"a timestamp with a tool word after it dates the page",
			"“服务社会 温情救助”宣传月活动启幕\n2026-01-27 17:15 阅读\n大江新闻\n大江新闻讯 1月27日上午,宣传月活动在烟水亭广场正式启动。\n活动宣传社会救助政策内容。",
			"article|“服务社会温情救助”宣传月活动启幕|2026-01-27||"},
		{"a site's slogan over a notice's title is no part of it",
			"民政为民 民政爱民\n某市民政局关于取消2020年2月2日办理婚姻登记工作的公告\n发布日期:2020-01-25\n\n经市民政局研究决定,取消原定于2月2日办理结婚登记工作。\n\n某市民政局\n\n2020年1月25日",
			"notice|某市民政局关于取消2020年2月2日办理婚姻登记工作的公告|2020-01-25|某市民政局|"},
		{"a headline set as the first bullet of the page's list of fields",
			"• 某区民政局召开养老服务工作会议\n• 发布时间：2023-01-02\n• 来源：某区民政局\n\n近日，某区民政局召开会议，部署养老服务工作。会议要求各街道抓好落实。",
			"article|某区民政局召开养老服务工作会议|2023-01-02|某区民政局|"},
		{"a notice's own 一、 sections over the articles of the rules it carries",
			"某市民政局关于印发某市慈善募捐管理办法的通知\n\n各县（区）民政局：\n现将有关事项通知如下。\n一、总体要求\n各地要高度重视，认真组织实施。\n二、工作措施\n各地要加强监管，确保落实。\n\n某市民政局\n2023年5月6日\n\n某市慈善募捐管理办法\n第一条 为规范慈善募捐活动，制定本办法。\n第二条 本办法适用于本市行政区域内的募捐活动。\n第三条 本办法自发布之日起施行。",
			"notice|某市民政局关于印发某市慈善募捐管理办法的通知|2023-05-06|某市民政局|总体要求/工作措施"},
		{"the date beside a 发文字号 in square brackets",
			"某省民政厅关于印发某办法的通知\n苏民规[2010]4号 2010年9月14日\n发布时间:2011-01-05\n\n各市民政局：\n现将办法印发给你们，请遵照执行。",
			"notice|某省民政厅关于印发某办法的通知|2010-09-14|某省民政厅|"},
		{"a page's markup left in the copy over a column's label and the headline",
			"<ul id=\"x\"></ul>\n<strike id=\"x\"></strike>\n地方政策\n某市建立时间银行促养老互助服务\n发布时间:2019-03-20\n\n近日,某市出台办法,推动养老互助服务。",
			"article|某市建立时间银行促养老互助服务|2019-03-20||"},
		{"the headline printed again over the text, its issuer masked",
			"某县民政局2024年度福彩公益金使用情况公告\n\n审批\n\n某省-某州-某县\n\n发布时间: 2025年06月20日\n\n项目详情\n\n下文中****为隐藏内容,仅对会员开放,如需查看完整内容请 或 拨打咨询热线: 400-688-2000\n\n****2024年度福彩公益金使用情况公告\n\n发布日期: 2025-06-18 10:26\n\n根据有关规定，现将2024年度福彩公益金使用情况公告如下。\n一、总体情况\n2024年共收到福彩公益金收入432万元。\n二、使用情况\n安排资金16万元资助孤儿。",
			"notice|某县民政局2024年度福彩公益金使用情况公告|2025-06-20|某县民政局|总体情况/使用情况"},
		{"the headline printed again over the text, words of its own before it",
			"关于公益金的说明\n\n发布时间: 2025年06月20日\n\n2024年度福彩公益金使用情况公告\n\n根据有关规定，现将2024年度福彩公益金使用情况公告如下。\n一、总体情况\n2024年共收到福彩公益金收入432万元。\n二、使用情况\n安排资金16万元资助孤儿。",
			"notice|2024年度福彩公益金使用情况公告|2025-06-20||总体情况/使用情况"},
		{"a page's fields one a line, each value under its label, bulleted",
			"• 索引号\n  • 11500243/2021-00028\n  • 发布机构\n  • 某县民政局\n  • 成文日期\n  • 2021-06-10\n  • 标题\n  • 某县民政局关于下拨慰问金的通知\n\n各乡镇人民政府:\n现将慰问金拨付给你们,请按时发放。",
			"notice|某县民政局关于下拨慰问金的通知|2021-06-10|某县民政局|"},
		{"a page's fields one a line, a person under the publisher's label",
			"• 发布机构\n  • 张某某\n  • 成文日期\n  • 2021-06-10\n  • 标题\n  • 某县民政局关于下拨慰问金的通知\n\n各乡镇人民政府:\n现将慰问金拨付给你们,请按时发放。",
			"notice|某县民政局关于下拨慰问金的通知|2021-06-10|某县民政局|"},
		{"a field's label and value over a notice's title are no part of it",
			"发布日期\n2023-12-22\n编辑\n审核\n某县张小波\n某县人民政府关于实施全域火葬的通告\n发布时间:2023-12-22\n\n为推进殡葬改革,现就有关事项通告如下。\n\n某县人民政府\n\n2023年12月22日",
			"notice|某县人民政府关于实施全域火葬的通告|2023-12-22|某县人民政府|"},
		{"a paper's date line with its weekday over the headline",
			"2018年12月10日 星期一\n市民政局调配发放救灾物资\n本报讯 12月5日下午，两辆满载救灾物资的卡车开到我市。",
			"article|市民政局调配发放救灾物资|2018-12-10||"},
		{"a date in characters before the source field",
			"新闻热线:0576-88106106\n“中华慈善日”爱心捐款活动举行\n2019年09月09日 来源: 新三门\n9月5日是全国第四个“中华慈善日”，县里举行捐款活动。",
			"article|“中华慈善日”爱心捐款活动举行|2019-09-09||"},
		{"the page's date outranks a date line with a weekday",
			"2024年3月1日 星期五\n县民政局开展慰问活动\n发布时间：2024-02-08\n2月7日，县民政局开展春节慰问活动。",
			"article|县民政局开展慰问活动|2024-02-08||"},
		{"issue and total issue, an editing office with 编",
			"民政简报\n（2024年第12期 总第186期）\n洛阳市民政局办公室编    2024年10月15日\n\n【工作动态】\n\n洛阳市召开养老服务推进会\n10月10日，洛阳市召开养老服务推进会。（市养老服务中心）\n\n市民政局开展慰问活动\n10月12日，市民政局开展慰问活动。（市局办公室）",
			"bulletin|民政简报|2024-10-15|洛阳市民政局办公室|洛阳市召开养老服务推进会/市民政局开展慰问活动"},
		{"issuer and date on one line, no masthead",
			" 南阳市民政局办公室 2025 年 6 月 3 日\n\n市政府召开推进会 5 月 30 日，市政府召开推进会。（市局办公室）\n\n简讯\n\n5 月 26 日，开展活动。（市殡葬服务中心）",
			"bulletin||2025-06-03|南阳市民政局办公室|市政府召开推进会/-"},
		{"a field's value under its label is no headline",
			"索引号:\n\n1133028241969155XE/2023-174351\n\n发布机构:\n\n市民政局\n\n公开方式:\n\n主动公开\n\n组配分类:\n\n计划总结\n\n主题分类:\n\n民政、扶贫、救灾/其他\n\n发布日期:\n\n2023-03-31\n\n公开范围:\n\n面向社会\n\n2022年度工作总结及2023年工作计划\n\n发布日期:2023-03-31 14:39 信息来源:市民政局\n\n2022年,市民政局认真落实上级部署,民政事业发展实现了新的突破。",
			"article|2022年度工作总结及2023年工作计划|2023-03-31|市民政局|"},
		{"a body's name over a notice's number gives way to the 落款",
			"关于印发某市困难家庭住房保障办法实施细则的通知\n\n某省某市人民政府\n\n某府办[2005]42号\n\n关于印发某市困难家庭住房保障办法实施细则的通知\n\n各镇人民政府,市府直属各单位:\n《某市困难家庭住房保障办法实施细则》业经市人民政府同意,现印发给你们,请认真贯彻执行。\n\n某市人民政府办公室\n二○○五年六月二十八日",
			"notice|关于印发某市困难家庭住房保障办法实施细则的通知|2005-06-28|某市人民政府办公室|"},
		// A site's bar of key words over the headline is no part of it.
		{"a bar of key words, some parted by commas, over the headline",
			"看片在线观看|制片厂最新出品|传媒网站在线|种子连接,偷拍第二页,在线二区高清\n\n寒潮来袭，市民政局持续做好生活无着人员救助工作\n\n时间: 2023-01-28 12:58   来源:上海市民政局\n\n春节期间，本市民政、公安、城管等部门持续开展专项救助行动，为临时遇困人员提供救助帮扶。\n\n受强寒潮影响，1月24日本市的最低气温降至零下4度，各区救助管理站加强街面巡查，劝导露宿人员进站避寒。\n\n据悉，本市自2022年11月29日启动专项救助行动，截至目前，累计救助生活无着人员四千余人次。",
			"article|寒潮来袭，市民政局持续做好生活无着人员救助工作|2023-01-28|上海市民政局|"},
		{"a source the page compiled the text from",
			"鄂城区47条道路拟获命名\n\n时间: 2024-12-06 09:12 来源: 综合鄂城区地名和界线管理领导小组办公室\n\n12月5日，区地名办发布消息，拟对47条道路予以命名。\n\n公示时间为2024年12月6日至12月14日。",
			"article|鄂城区47条道路拟获命名|2024-12-06|鄂城区地名和界线管理领导小组办公室|"},
		{"a source the page reprinted from a paper",
			"鄂城区47条道路拟获命名\n\n时间: 2024-12-06 09:12 来源: 转自鄂州日报\n\n12月5日，区地名办发布消息，拟对47条道路予以命名。\n\n公示时间为2024年12月6日至12月14日。",
			"article|鄂城区47条道路拟获命名|2024-12-06||"},
		{"a notice's number between its title and the information line is no headline",
			"市政府关于太平街道部分道路地名命名的复函\n\n苏府地名函〔2024〕37号\n\n时间: 2024-07-05 14:59 来源: 苏州市人民政府办公室\n\n太平街道办事处:\n\n你们上报的函收悉。同意将6条道路予以命名。",
			"notice|市政府关于太平街道部分道路地名命名的复函|2024-07-05|苏州市人民政府办公室|"},
		// A 发文字号 whose 号 the copy lost, on its own line, makes a
		// notice; a date in brackets under the title is the document's,
		// before the page's field.
		{"a 发文字号 without its 号 and a bracketed date under the title",
			"关于加强社区治理的实施意见\n发布日期:2018-08-28\n\n某委发〔2018〕20\n\n中共某市委  某市人民政府\n关于加强社区治理的实施意见\n(2018年7月2日)\n\n为提升社区治理水平，现提出如下意见。\n一、总体要求\n坚持党的领导，健全体系。",
			"notice|关于加强社区治理的实施意见|2018-07-02|中共某市委|总体要求"},
		{"a bracketed date inside the text is no document's date",
			"某县召开养老服务推进会\n发布日期:2018-08-28\n会议指出（2018年7月2日起），各乡镇要抓好落实，确保取得实效。",
			"article|某县召开养老服务推进会|2018-08-28||"},
		// A notice flattened into one line: title, 主送 and text apart.
		{"a flattened notice's title run into its 主送 list",
			"- 1 -关于规范村务公开工作的意见各县区民政局,开发园区民政部门:为贯彻落实有关文件精神，现提出如下意见:一、内容规范。各村要制订公开目录。二、程序合法。村委会提出方案。",
			"notice|关于规范村务公开工作的意见|||内容规范/程序合法"},
		{"a sentence about an opinion before a colon is no title",
			"我们学习了关于规范村务公开工作的意见各位代表认为:要抓好落实。",
			"article||||"},
		// A transcript's labels of who asks are no headline and no item.
		{"a press conference's asker labels",
			"某电视台记者\n请问，民政部在养老服务方面开展了哪些工作？\n张三:近年来，民政部加快养老服务体系建设。\n《某某》杂志记者\n请介绍一下社会救助方面的工作情况？\n李四:我们健全了社会救助体系。",
			"article||||"},
		{"a lone line ending in a reporter's job stays in the text",
			"某县举办志愿服务培训\n会议邀请了省电视台记者\n参加培训的志愿者共50人。",
			"article|某县举办志愿服务培训|||"},
		// A 目录 heads a compilation's contents too; it makes no bulletin
		// and no item.
		{"a compilation's 目录 is no bulletin's and no item",
			"某局工作要点汇编\n\n目录\n1.某区民政局工作要点\n2.某市民政局工作要点\n\n某区民政局工作要点\n一、兜牢民生底线\n及时调整各类救助标准，确保困难群众基本生活。\n二、提升养老服务\n推进居家养老服务。",
			"article|某局工作要点汇编|||兜牢民生底线/提升养老服务"},
		{"an issue's 本期内容 still marks a bulletin",
			"某市民政工作动态\n第3期\n某市民政局办公室  2024年3月1日\n本期内容\n●工作动态\n某县召开会议\n某区开展培训\n●工作动态\n某县召开会议\n3月1日，某县召开会议，部署工作。（县民政局）\n某区开展培训\n3月2日，某区开展培训，讲解政策。（区民政局）",
			"bulletin|某市民政工作动态|2024-03-01|某市民政局办公室|某县召开会议/某区开展培训"},
		// Lines over the headline that no headline opens with.
		{"a page's key words parted by underscores over the headline",
			"清明_清明节_清明祭祖\n某市清明期间暂停有关祭扫活动\n发布时间:2022-7-12 22:02:53\n即日起暂停全市所有公墓的现场祭扫活动。",
			"article|某市清明期间暂停有关祭扫活动|2022-07-12||"},
		// A document site's page: the file's record over the document,
		// its title under the file's name, its chapters listed (目录) with
		// no label over the text, each chapter once as an item.
		{"a rule's chapters listed over its text",
			"某省某某救助办法.docx\n文档编号:123456\n页数:3\n《某省某某救助办法.docx》由会员分享,可在线阅读。\n某省某某救助办法\n第一章总则\n第二章救助对象\n第三章附则\n第一章总则\n第一条为了规范救助工作，制定本办法。\n第二章救助对象\n第二条本办法所称救助对象，是指困难群众。\n第三章附则\n第三条本办法自2024年1月1日起施行。",
			"article|某省某某救助办法|||总则/救助对象/附则"},
		// A notice with no title of its own that issues a document it
		// reproduces describes that document, its parts the items at the
		// outermost numbering it uses (第一章 over 第一条); one that cites a
		// document it does not reproduce keeps no title from it.
		{"a titleless notice issuing a document it reproduces",
			"各县（区）民政局：\n现将《某市临时救助实施办法》印发给你们，请认真组织实施。\n某市民政局\n2023年1月19日\n某市临时救助实施办法\n第一章 总则\n第一条 为规范临时救助工作，制定本办法。\n第二章 对象\n第二条 本办法所称救助对象，是指困难群众。",
			"notice|某市临时救助实施办法|2023-01-19|某市民政局|总则/对象"},
		{"a titleless notice issuing a document numbered by articles alone",
			"各县（区）民政局：\n现将《某市殡葬服务收费办法》印发给你们，请认真组织实施。\n某市民政局\n2023年1月19日\n某市殡葬服务收费办法\n第一条 收费项目。\n殡葬服务收费项目由市民政局公布。\n第二条 收费标准。\n收费标准按物价部门规定执行。",
			"notice|某市殡葬服务收费办法|2023-01-19|某市民政局|收费项目/收费标准"},
		{"a titleless notice issuing a document of articles that head nothing",
			"各县（区）民政局：\n现将《某市公墓年检办法》印发给你们，请认真组织实施。\n某市民政局\n2023年1月19日\n某市公墓年检办法\n第一条 为规范公墓经营活动，加强管理，制定本办法。\n第二条 本办法适用于全市公墓。\n第三条 年检主要内容：\n（一）遵守法律法规情况；\n（二）经营和服务情况。",
			"notice|某市公墓年检办法|2023-01-19|某市民政局|"},
		// A report whose page takes the title of the text it carries after
		// its 落款 (a 备案报告 carrying the 起草说明) describes that text.
		{"the page's title printed again over the text after the 落款",
			"关于《某县殡葬管理暂行办法》的起草说明\n某政规备字〔2020〕9号\n关于《某县殡葬管理暂行办法》的\n备案报告\n州人民政府:\n现将我县拟定的《某县殡葬管理暂行办法》及说明报请备案。\n某县人民政府\n2020年9月25日\n关于《某县殡葬管理暂行办法》的\n起草说明\n一、起草背景\n我县殡葬改革工作取得成效。\n二、起草依据\n主要依据国务院殡葬管理条例。",
			"notice|关于《某县殡葬管理暂行办法》的起草说明|2020-09-25|某县人民政府|起草背景/起草依据"},
		{"a titleless notice issuing a document numbered nowhere",
			"各县（区）民政局：\n现将《某市殡葬服务收费办法》印发给你们，请认真组织实施。\n某市民政局\n2023年1月19日\n某市殡葬服务收费办法\n殡葬服务收费项目由市民政局公布。\n收费标准按物价部门规定执行。",
			"notice|某市殡葬服务收费办法|2023-01-19|某市民政局|"},
		{"a titleless notice issuing a document it does not reproduce",
			"各县（区）民政局：\n现将《某市临时救助实施办法》印发给你们，请认真组织实施。\n某市民政局\n2023年1月19日",
			"notice||2023-01-19|某市民政局|"},
		// The first day of Unix time is a site's placeholder, no date.
		// A repost's credit (本文转自:…) is an information line, a page's
		// mode switch (退出长者模式) its furniture: neither is the headline's;
		// a subtitle under the headline (——…) is no headline alone.
		{"a repost's credit over the headline and its subtitle",
			"本文转自:某某网-某某频道\n暖心汇聚童享新年\n——某市福彩公益捐赠活动圆满举行\n近日，某市民政局指导开展公益捐赠活动，为困境儿童送去新年礼物。",
			"article|暖心汇聚童享新年|||"},
		{"a source line over the headline and its subtitle",
			"来源:某某网\n暖心汇聚童享新年\n——某市福彩公益捐赠活动圆满举行\n近日，某市民政局指导开展公益捐赠活动，为困境儿童送去新年礼物。",
			"article|暖心汇聚童享新年|||"},
		{"a page's mode switch over the headline",
			"退出长者模式\n某市开展养老机构安全专项整治行动\n发布日期:2020-06-08\n为进一步提升养老机构服务质量，某市开展专项整治行动。",
			"article|某市开展养老机构安全专项整治行动|2020-06-08||"},
		{"a subtitle under an information line stays the headline",
			"发布日期:2020-06-08\n——某市福彩公益捐赠活动圆满举行\n近日，某市民政局指导开展公益捐赠活动，为困境儿童送去新年礼物。",
			"article|——某市福彩公益捐赠活动圆满举行|2020-06-08||"},
		// A bracketed note that the photo only illustrates, and a feature's
		// 撰文 credit under its text, head no part of it.
		{"a photo's bracketed note between paragraphs",
			"某市开展关爱困境儿童活动\n\n近日，某市民政局开展关爱困境儿童活动，为孩子们送去新春礼物。\n\n(资料图片仅供参考)\n\n活动中，工作人员逐户走访，了解孩子们的学习生活情况。\n\n工作人员还为孩子们讲解安全知识。",
			"article|某市开展关爱困境儿童活动|||"},
		{"a feature's 撰文 credit under its text",
			"某市开展关爱困境儿童活动\n近日，某市民政局开展关爱困境儿童活动，为孩子们送去新春礼物。\n活动中，工作人员逐户走访，了解孩子们的学习生活情况。\n撰文:某某 某某 通讯员 某某",
			"article|某市开展关爱困境儿童活动|||"},
		{"headings between paragraphs stay the report's parts",
			"某市开展关爱困境儿童活动\n近日，某市民政局开展关爱困境儿童活动。\n送去新春礼物\n工作人员为孩子们送去新春礼物。\n了解学习生活\n工作人员逐户走访，了解孩子们的学习生活情况。",
			"article|某市开展关爱困境儿童活动|||送去新春礼物/了解学习生活"},
		{"a page's placeholder time dates nothing",
			"某厅：妥善安排受灾群众基本生活\n某某社区网友  1970-01-01  互联网\n1月2日，省民政厅下发紧急通知，要求妥善安排受灾群众基本生活。",
			"article|某厅：妥善安排受灾群众基本生活|||"},
		{"a page's timestamp the day after it dates the page",
			"某厅：妥善安排受灾群众基本生活\n某某社区网友  1970-01-02  互联网\n1月2日，省民政厅下发紧急通知，要求妥善安排受灾群众基本生活。",
			"article|某厅：妥善安排受灾群众基本生活|1970-01-02||"},
		// A page's timestamp run into its text's first words dates it; a
		// day named in a sentence, without the clock, does not.
		{"a timestamp run into the text's first line",
			"来源:某某日报\n2025-05-21 09:00本报讯（记者 某某）5月20日，某市婚姻登记处迎来登记高峰。\n登记处工作人员加班加点，为新人办理登记。",
			"article||2025-05-21||"},
		{"a notice's first line opening with its meeting's time",
			"关于召开全县养老服务工作推进会的通知\n各乡镇民政所：\n2024-03-15 09:00在县政府三楼会议室召开全县养老服务工作推进会，请准时参加。",
			"notice|关于召开全县养老服务工作推进会的通知|||"},
		{"a day opening the text without the clock",
			"来源:某某日报\n2025-05-21，某市婚姻登记处迎来登记高峰。\n登记处工作人员加班加点，为新人办理登记。",
			"article||||"},
		// A body's name before the page's fields, with no label, publishes
		// the page; words that name no body do not.
		{"a body's name before the date field",
			"《某市孤儿基本生活费发放工作细则》解读\n某区人民政府 发布时间:2022-12-14\n一、制定和发布文件的目的\n为保障孤儿基本生活，制定本细则。",
			"article|《某市孤儿基本生活费发放工作细则》解读|2022-12-14|某区人民政府|制定和发布文件的目的"},
		{"a story's body before the date and source fields",
			"某县社会福利院开展敬老活动\n某县社会福利院 发布时间：2024-04-02 来源：某县融媒体中心\n4月1日，某县社会福利院开展敬老活动。",
			"article|某县社会福利院开展敬老活动|2024-04-02||"},
		{"a site's name before the date field",
			"《某市孤儿基本生活费发放工作细则》解读\n政策解读 发布时间:2022-12-14\n一、制定和发布文件的目的\n为保障孤儿基本生活，制定本细则。",
			"article|《某市孤儿基本生活费发放工作细则》解读|2022-12-14||制定和发布文件的目的"},
		// A site's menu under its name, and its widgets, over the
		// headline are the banner.
		{"a site's name and menu over the headline",
			"某某网·频道\n某某网首页|甲省|乙省|丙省|丁省|戊省\n我们的微信\n\n某市民政局募集援助物资价值逾9万元\n\n2022-12-13 12:47:03 来源:某某网\n\n12月12日，某市民政局指导慈善组织募集援助物资。",
			"article|某市民政局募集援助物资价值逾9万元|2022-12-13||"},
		// A report's issuing body on the first line over a title that
		// names none (a year's report) reads with it; over a headline
		// that names its own subject it stays apart.
		{"a body over its year's report",
			"某县民政局\n2025年政府信息公开工作年度报告\n一、总体情况\n2025年，本局认真贯彻《条例》，主动公开信息120条。",
			"article|某县民政局2025年政府信息公开工作年度报告||某县民政局|总体情况"},
		{"the period a title is of, set under it in brackets, is the title's",
			"某县民政局\n政府信息公开工作年度报告\n(2023年度)\n根据《条例》规定，编制本报告。\n一、总体情况\n2023年，本局主动公开信息120条。",
			"article|某县民政局政府信息公开工作年度报告(2023年度)||某县民政局|总体情况"},
		{"a body over a headline of its own",
			"某县民政局\n某县召开2025年民政工作会议\n一、总体情况\n2025年，本局认真贯彻《条例》，主动公开信息120条。",
			"article|某县召开2025年民政工作会议||某县民政局|总体情况"},
		// A couplet first under the page's tools, over the text, is its
		// headline; a sentence there is the text's.
		{"a couplet under the page's tools",
			"您当前所在位置:首页>信息公开>殡葬管理\n打印\n\n某市发布殡葬服务新规,基本服务费用管理更规范\n\n为促进殡葬基本公共服务均等化，日前，某市民政局下发了通知。\n\n通知明确了免费项目及标准。",
			"article|某市发布殡葬服务新规,基本服务费用管理更规范|||"},
		{"a sentence under the page's tools",
			"您当前所在位置:首页>信息公开>殡葬管理\n打印\n\n日前，某市民政局下发了通知。\n\n通知明确了免费项目及标准。",
			"article||||"},
		// A district's site banner over a city bureau's notice title that
		// names its issuer is none of it; co-issuers of one place are.
		{"a district's banner over a city bureau's notice",
			"深圳市盐田区人民政府\n\n深圳市民政局关于做好应对强降雨天气有关工作的紧急通知\n\n各区民政局：\n根据市气象局预报，我市将有一次暴雨过程，请做好防范工作。",
			"notice|深圳市民政局关于做好应对强降雨天气有关工作的紧急通知||深圳市民政局|"},
		{"co-issuers of one city stacked over the title",
			"中共深圳市委\n深圳市人民政府关于加快发展养老服务业的实施意见\n各区委、区政府：\n为加快发展养老服务业，现提出如下意见。",
			"notice|中共深圳市委深圳市人民政府关于加快发展养老服务业的实施意见||中共深圳市委|"},
		{"a unit of the bureau wrapped under its name",
			"某市民政局\n社会事务科关于开展养老机构安全检查的通知\n各县区民政局：\n现就有关事项通知如下。",
			"notice|某市民政局社会事务科关于开展养老机构安全检查的通知||某市民政局社会事务科|"},
		{"a cut welcome line over the headline",
			",欢迎访问某某新闻网\n某县设立26个未成年人保护工作站\n来源:某某新闻网 2023-08-14 10:38\n近日，某县下发通知，设立未成年人保护工作站。",
			"article|某县设立26个未成年人保护工作站|2023-08-14||"},
		{"a site's column after an underscore stays a two-part headline",
			"某县民政局_图片新闻\n发布时间:2022-7-12\n即日起暂停全市所有公墓的现场祭扫活动。",
			"article|某县民政局_图片新闻|2022-07-12||"},
		// A lead that states sentences is no headline; its dateline no
		// run-in title.
		{"a paper's dated lead is no headline and no item",
			"某某晚报济南9月22日讯 全国寻亲公告平台于19日上线，济南市有七名儿童在名单中。不过，福利院尚未接到电话。\n\n七名被拐儿童入院六年,有的已上学\n\n寻亲平台截至21日，访问量已突破390万人次。",
			"article||||"},
		// A 办事指南's grid names the matter in 事项名称.
		{"a service guide's grid gives the matter's name as the title",
			"事项编号:|0007C003-03|\n事项名称:|民办非企业单位注销登记|\n服务对象:|法人|\n办理时限:|20个工作日|\n申请人持材料到窗口办理。",
			"article|民办非企业单位注销登记|||"},
		// A page's summary cut short with ... over the text: its sections
		// follow in full.
		{"a summary cut short over the text holds no section",
			"关于对冒用名义活动的严正声明\n作者:张丽 来源:某部 2018-05-16 10:28:37\n\n近日,我部接到群众来信,反映有组织打着旗号开展活动。对此,我部声明:一、迄今为止,我部未授权任何组织开展各类合作项目、...\n\n近日,我部接到群众来信,反映有组织打着旗号开展活动。\n\n对此,我部声明:\n\n一、迄今为止,我部未授权任何组织开展活动。\n\n二、未经我部授权,任何组织不得以我部名义开展活动。\n\n特此声明。\n\n某部办公厅\n\n2018年5月15日",
			"notice|关于对冒用名义活动的严正声明|2018-05-15|某部办公厅|-/-"},
		{"the text's own ellipsis cuts nothing short",
			"某县做好救助工作\n时间:2018-05-16\n会议要求:一、抓好落实……。各地要把救助政策落实到每一户困难群众。二、加强督查……。市里将组织专项督查并通报结果。\n\n会议强调，要认真做好各项工作。",
			"article|某县做好救助工作|2018-05-16||抓好落实……/加强督查……"},
		// A picture's text says the headline again after a page's note in
		// brackets; the caption under it is no heading either.
		{"the headline again under a bracketed note, and its caption",
			"泰州启动新春关爱行动\n\n中央广电总台国际在线2021-01-31 16:17:59\n\n1月30日，新春关爱行动在泰州启动。\n\n(b平安江苏列表泰州移动版)泰州启动新春关爱行动\n\n关爱活动现场\n\n此次活动由泰州市民政局主办，多家基金会协办。\n\n本次活动共募集爱心资金60.8万元。",
			"article|泰州启动新春关爱行动|2021-01-31||"},
		{"a heading that only ends with the headline's words stays a heading",
			"泰州启动新春关爱行动\n\n中央广电总台国际在线2021-01-31 16:17:59\n\n1月30日，新春关爱行动在泰州启动。\n\n全市各地泰州启动新春关爱行动\n\n此次活动由泰州市民政局主办，多家基金会协办。\n\n社会各界踊跃参与\n\n本次活动共募集爱心资金60.8万元。",
			"article|泰州启动新春关爱行动|2021-01-31||全市各地泰州启动新春关爱行动/社会各界踊跃参与"},
		// A site's bar of phrases alone over the trail of links: the
		// headline stands under the trail.
		{"a bar of phrases alone over the trail",
			"精品推荐,免费一区二区在线,福利一区二区,久久热门片\n\n  • 首页 > 文章中心 > 正文\n\n      民政局困难群众生活安排救助方案\n\n前言:本站为你整理了救助方案范文,希望能为你提供参考。\n\n一、救助对象\n\n农村困难群众。",
			"article|民政局困难群众生活安排救助方案|||救助对象"},
		{"a headline of comma-parted phrases with no trail under it stays",
			"聚焦民生，倾情服务，打造品牌，再创佳绩\n\n时间: 2023-01-28 12:58\n\n春节期间，本市民政部门持续开展专项救助行动。",
			"article|聚焦民生，倾情服务，打造品牌，再创佳绩|2023-01-28||"},
		// Web date lines in the forms review pages print them.
		{"a timestamp a site's address runs into",
			"民政部推广结婚登记颁证制度\njianaisc.com?2013-08-13 11:18? ?来源:人民日报\n据新华社北京8月12日电，民政部在京举行现场会。",
			"article|民政部推广结婚登记颁证制度|2013-08-13||"},
		{"a timestamp with its outlet after the time",
			"在应届毕业生中招聘千名社区工作者\n\n2020-04-29 14:49     解放日报\n\n本市将面向应届高校毕业生招聘社区工作者。",
			"article|在应届毕业生中招聘千名社区工作者|2020-04-29||"},
		{"a date and a headline's words with no time are a headline",
			"2020-04-29 市民政局召开工作会议\n\n会议部署了下一步工作。",
			"article|2020-04-29市民政局召开工作会议|||"},
		{"a content system's upload date field",
			"省民政厅关于加强自建房安全专项整治的通知\n上载日期:2022/11/30 15:18:24 来源:某县\n各市（州）民政局：\n一、做好数据核实\n请于8月20日前完成。",
			"notice|省民政厅关于加强自建房安全专项整治的通知|2022-11-30|省民政厅|做好数据核实"},
		// A copy heads a notice with its number in brackets after the title.
		{"a notice's number in brackets after its title",
			"关于明确养老服务机构消防审验管理的通知(大民发〔2026〕6号)\n各区市县民政局：\n一、明确分类管理\n按规定办理。\n某市民政局\n2026年1月22日",
			"notice|关于明确养老服务机构消防审验管理的通知|2026-01-22|某市民政局|明确分类管理"},
		// A 落款 letter-spaced to its width.
		{"a letter-spaced issuer in the 落款",
			"关于某办法公开征求意见的通知\n为听取意见，现将办法公开征求意见。\n一、登录网站提出意见。\n二、通过电子邮件提出意见。\n\n      民 政 部\n\n      2025年11月17日",
			"notice|关于某办法公开征求意见的通知|2025-11-17|民政部|登录网站提出意见/通过电子邮件提出意见"},
		// A trail set as a list of bullets over the headline.
		{"a page's trail as bulleted lines over the headline",
			"• 法律图书馆\n\n  • 新法规速递\n\n  • 《慈善信托信息公开办法(征求意见稿)》公开征求意见\n\n    Law-lib.com  2025-11-19 18:37:33  民政部\n\n为了广泛听取社会公众意见，现将办法公开征求意见。",
			"notice|《慈善信托信息公开办法(征求意见稿)》公开征求意见|2025-11-19||"},
		{"a notice's title over its number, under a column's label named by a kind",
			"首页\n最新公告\n2022\n01/17\n08:53:51\n浏览次数\n某省民政厅关于认定第二批地名文化遗产的通知\n某民函〔2021〕112号\n各市民政局：\n现将认定的地名文化遗产名录予以公布。\n某省民政厅\n2021年12月17日",
			"notice|某省民政厅关于认定第二批地名文化遗产的通知|2021-12-17|某省民政厅|"},
		{"a body's name under a whole notice title is the issuer's line over the title printed again",
			"首页\n\n关于征集新建道路名称的公告\n\n某区民政局\n关于征集新建道路名称的公告\n现有4条新建道路尚未命名，特向社会各界征集道路名称。\n一、道路位置\n道路1东起宏昌北街。\n二、征集方式\n来信来电均可。\n某区民政局\n2020年10月23日",
			"notice|关于征集新建道路名称的公告|2020-10-23|某区民政局|道路位置/征集方式"},
		{"names above text in the 落款's run are the text's: the 落款 is the name right over the date",
			"各乡镇人民政府：\n2008年，全县民政工作取得显著成绩，经研究，决定对以下单位予以表彰。\n2008年度民政工作先进单位：\n东皇镇人民政府 醒民镇人民政府\n回龙镇人民政府 仙源镇人民政府\n希望受表彰的单位要发扬成绩，再接再厉。\n某县人民政府办公室\n二○○九年三月二十日",
			"notice||2009-03-20|某县人民政府办公室|"},
		{"a run-in outlet's dateline in brackets is no entry's heading",
			"【本报讯】社会工作局关注到网上流传有关一位长者的事宜，一直密切跟进有关个案。\n今(3日)，社会工作局社工再度探访该名长者。\n社会工作局呼吁市民如有需要，可致电求助。",
			"article||||"},
		{"labels under a site's bar run with the headline: it opens after the last",
			"首页学习时政看点评论权益视频财经企业就业民生\n\n某某新闻\n\n神州\n\n某区将开展精神障碍社区康复服务\n\n2019-01-16 09:30:26\n\n记者从某区民政厅获悉，某区将开展精神障碍社区康复服务。\n\n据介绍，某区还将逐步总结经验。",
			"article|某区将开展精神障碍社区康复服务|2019-01-16||"},
		{"a headline wrapped over lines keeps them all",
			"某区民政局召开养老服务\n\n工作推进会\n\n2019-01-16 09:30:26\n\n近日，某区民政局召开会议，部署养老服务工作。\n\n会议要求各街道抓好落实。",
			"article|某区民政局召开养老服务工作推进会|2019-01-16||"},
		{"a list's header row of field names is no information line with a headline before it",
			"某州民政局\n\n政府信息公开\n\n政府信息公开指南\n\n政府信息公开制度\n\n主动公开事项目录\n\n组配分类\n\n主题分类\n\n政府信息公开年报\n\n·2024\n·2023\n\n依申请公开\n\n序号 标题 发文字号 成文日期 发布日期\n某州民政局信息公开指南\n\n为了更好地为公众提供政府信息公开服务，方便公民、法人或其他组织获取政府信息，制定本指南。\n\n一、公开主体\n\n某州民政局负责本机关政府信息公开工作。\n\n二、公开方式\n\n主动公开。",
			"article|某州民政局信息公开指南||某州民政局|公开主体/公开方式"},
		{"a character alone on a line is a word the copy broke, no heading",
			"关于建立某区社会组织工作联席会议制度的通知\n各街道办事处：\n一、主要职能\n统筹协调全区社会组织工作。\n二、组成人员\n召集人：区人民政府分管区领导；\n成\n员：区委办、区委组织部、区民政局。\n三、其他事项\n联席会议办公室设在区民政局。\n某区人民政府办公室\n2024年3月1日",
			"notice|关于建立某区社会组织工作联席会议制度的通知|2024-03-01|某区人民政府办公室|主要职能/组成人员/其他事项"},
		{"two bodies a clause joins over a headline's second line edit nothing",
			"区委第二巡察组向区民政局党组\n反馈巡察情况\n2025年1月22日下午，区委第二巡察组向区民政局党组反馈巡察情况。\n区民政局负责人表示将认真整改。",
			"article|反馈巡察情况|||"},
		// What a site sets under an article's closing credits is its own:
		// a shop window of priced goods is no item of the article.
		{"a shop window under an article's closing credits",
			"某市民政局召开殡葬改革座谈会\n\n某市在线7月9日讯 7月7日下午，某市民政局召开座谈会，20名群众代表参加。\n\n[作者:王某]\n[编辑:李某]\n[来源:某市在线]\n\n本季热卖陵园\n  • 某某陵园\n    陵园背山面水，环境优美\n    • 9800\n    • 满10万减2999元\n    01\n  • 民政直属陵园，园内植物500种\n    • 12000\n    • 电话咨询优惠\n    02",
			"article|某市民政局召开殡葬改革座谈会|||"},
		{"a site's menu set as a Markdown list, whose last item is no page",
			"- 首页\n- 民文\n- English\n- 网站无障碍\n- 举报\n\n- 登录\n“十四五”某区民政事业发展成效显著\n“十四五”期间，某区各级民政部门扎实履行职责，民生保障水平不断提高。\n目前，全区有供养服务机构80个。",
			"article|“十四五”某区民政事业发展成效显著|||"},
		{"a trail set as a Markdown list keeps its last item",
			"- 某市民政局\n- 工作动态\n- 某市民政局召开养老服务工作会议\n\n近日，某市民政局召开会议，部署养老服务工作。会议要求各区抓好落实。",
			"article|某市民政局召开养老服务工作会议||某市民政局|"},
		// A paper's lead that compiles reports opens with its dateline.
		{"a compiled lead's dateline is no run-in title",
			"本报综合消息 1月14日至15日，全国民政工作会议在北京召开。\n江苏\n1月17日，江苏省民政厅召开党组会议，传达学习会议精神。\n四川\n1月18日，四川省民政厅召开党组会议，传达学习会议精神。",
			"article||||江苏/四川"},
		// A report's 目录, its entries with leaders or printed again: no
		// items of their own, no bulletin.
		{"a report's table of contents with leaders",
			"某县2025年民政工作总结\n目　录\n一、工作开展情况……………………1\n二、存在的问题……………………3\n一、工作开展情况\n全年发放低保金3000万元。\n二、存在的问题\n基层经办力量薄弱。\n某县民政局\n2026年1月15日",
			"notice|某县2025年民政工作总结|2026-01-15|某县民政局|工作开展情况/存在的问题"},
		// A 落款 that prints the body's second name in brackets (合署办公):
		// the first is the issuer.
		{"a 落款 with the body's second name in brackets",
			"关于某区养老机构等级评定结果的公示\n根据评定办法，现将评定结果公示如下。\n公示期间如有异议，请向我局反映。\n某区民政和社会保障局（某区退役军人事务局）\n2023年11月30日",
			"notice|关于某区养老机构等级评定结果的公示|2023-11-30|某区民政和社会保障局|"},
		// A paper's digital edition: its name in book-title marks over the
		// date of its issue is the masthead; the report's headline stands
		// under the page's tools.
		{"a paper's masthead over its issue date",
			"《某师院报》\n出版时间:2024-04-15\n字体:\n放大 缩小 默认\n\n我校教育发展基金会获评4A级\n\n本报讯 4月1日，省民政厅召开社会组织工作推进会。会上通报了评估结果。",
			"article|我校教育发展基金会获评4A级|2024-04-15||"},
		{"a cited title in book-title marks over a date field stays the title",
			"《关于某县养老机构检查情况的通报》\n发布时间:2024-04-15\n\n近日，某县民政局对养老机构开展检查。检查发现问题5个。",
			"notice|关于某县养老机构检查情况的通报|2024-04-15||"},
		// Leaders to bracketed page numbers (……(13), the bracket left open
		// where the copy cut the line) over a copy that stops before the
		// text: a 目录 with no items, none of its own printed again.
		{"a plan's contents with bracketed page numbers and no text under it",
			"某市“十三五”民政事业发展规划\n发布时间：2016-08-23\n第一章 发展基础 ……………………………(1\n第一节 发展成就 ……………………………(2\n第二节 基本经验 ……………………………(7\n第二章 发展思路 ……………………………(13\n第一节 指导思想 ……………………………(13",
			"article|某市“十三五”民政事业发展规划|2016-08-23||"},
		// Entries whose parts the copy does not reach: the series goes on
		// from the first entry, printed again where the text starts over.
		{"a table of contents whose later parts the copy cut off",
			"某区民政局部门预算公开情况说明\n目录\n第一部分部门主要职责\n第二部分机构设置情况\n第三部分预算收支安排情况\n第一部分部门主要职责\n（一）贯彻民政事业发展法律法规。\n（二）负责社会救助工作。",
			"article|某区民政局部门预算公开情况说明|||部门主要职责"},
		{"numbered headings after a contents entry with no restart below are items",
			"某区民政局工作总结\n目录\n第一部分工作开展情况\n第一部分工作开展情况\n全年发放低保金3000万元。\n第二部分存在的问题\n基层经办力量薄弱。",
			"article|某区民政局工作总结|||工作开展情况/存在的问题"},
		// A 落款's date whose marks the copy lost still closes the notice:
		// the issuer is the 落款's, the attached text after it no item.
		{"a 落款 date with its marks lost",
			"关于印发某市民政系统行政处罚裁量权基准实施办法的通知\n各市（区）民政局：\n《某市民政系统行政处罚裁量权基准实施办法》已经局务会议审议通过，现印发给你们，请认真贯彻执行。\n某市民政局\n2023323\n某市民政系统行政处罚裁量权基准实施办法\n第一章 总则\n第一条 为了规范民政行政处罚裁量权的行使，制定本办法。",
			"notice|关于印发某市民政系统行政处罚裁量权基准实施办法的通知|2023-03-23|某市民政局|"},
		{"figures under a contact's name are no 落款 date",
			"关于开展养老机构检查的通知\n各县民政局：\n现就开展检查有关事项通知如下。\n一、检查范围\n全市养老机构。\n联系人：王某\n2023323\n某市民政局\n2023年3月1日",
			"notice|关于开展养老机构检查的通知|2023-03-01|某市民政局|检查范围"},
		// A flattened 转发 notice: the title ends at its last kind.
		{"a flattened forwarding notice keeps its whole title",
			"关于转发省民政厅关于做好冬季救助工作的通知的通知各县区民政局：现将省民政厅通知转发给你们，请认真贯彻执行。",
			"notice|关于转发省民政厅关于做好冬季救助工作的通知的通知|||"},
		// An agenda's dated lines in the text are no page timestamp.
		{"an agenda's lines with a time under the text",
			"全市养老服务观摩活动举行\n近日，全市养老服务观摩活动举行，各县区民政局负责同志参加。活动安排如下：\n2024-03-15 09:00 听取各县区工作汇报；\n2024-03-15 14:30 参观市智慧养老服务平台。\n观摩组一行察看了社区养老服务中心。",
			"article|全市养老服务观摩活动举行|||"},
		// Lines that end with an outlet's reporter but ask no question
		// are no transcript's labels.
		{"a headline and a heading that end with 记者, no questions",
			"致敬新闻战线上的人民网记者\n本报讯 11月8日是中国记者节，市委宣传部举行座谈会。\n与会人员表示，将继续讲好民政故事。\n走近新华社记者\n座谈会上，两位资深新闻工作者分享了采访经历。",
			"article|致敬新闻战线上的人民网记者|||走近新华社记者"},
		// A numbered part named as the headline is a part, not a picture's note.
		{"a numbered part named as the headline stays an item",
			"强化兜底保障\n发布时间:2026-05-10 来源:某县民政局\n为做好民生保障工作，现将有关情况报告如下。\n（一）强化兜底保障\n1．落实低保政策。\n（二）提升养老服务\n推进居家养老。",
			"article|强化兜底保障|2026-05-10|某县民政局|强化兜底保障/提升养老服务"},
		// A guide's grid names the bodies that take and decide a matter
		// (受理机构, 决定机构 run into their values): fields, no 落款.
		{"a guide's grid rows naming bodies",
			"某项认定事项指南\n时间:2024-05-06来源:某市民政局点击:\n子项名称某项认定\n审批依据依据《某项认定办法》,经审核后认定。\n受理机构某市民政局\n决定机构某市民政局\n数量限制无限制\n申请条件《某项认定办法》规定的条件。",
			"article|某项认定事项指南|2024-05-06|某市民政局|"},
		{"a notice signed by a body under its text",
			"关于开展某项认定工作的通知\n各县区民政局：\n现将有关事项通知如下，请认真贯彻执行。\n某市民政局\n2024年5月6日",
			"notice|关于开展某项认定工作的通知|2024-05-06|某市民政局|"},
		// A 通告 whose copy stops before its 落款, under a site's menus,
		// names itself: a notice.
		{"a notice that names itself under a site's menus",
			"首页 国内要闻 时政 社会新闻 民生新闻\n边境旅贸 文体新闻 全市各地 评论\n关于加强某节期间祭祀活动管理的通告\n2021-08-16 09:34:52\n\n为加强疫情防控，现将有关事项通告如下：\n\n一、自本通告发布之日起，严禁前往公墓祭扫。\n\n二、严禁在市区内销售祭祀用品。",
			"notice|关于加强某节期间祭祀活动管理的通告|2021-08-16||-/严禁在市区内销售祭祀用品"},
		{"a rules text whose title the copy lost opens with its promulgation note",
			"（2001年3月5日某市人民政府令第12号公布，根据2015年6月1日某市人民政府令第3号修订）\n第一章 总则\n第一条 为了加强殡葬管理，制定本办法。\n第二章 火葬管理\n第二条 本市实行火葬。",
			"article||||总则/火葬管理"},
		{"a 落款 of its date alone gives the issuer to the 印发 line's office",
			"对某省人大会议第0641号建议的答复\n某某代表：\n您提出的建议收悉，现答复如下。\n下一步我们将加强指导。\n2019年5月29日\n抄送：省人大常委会，省政府办公厅。\n某省民政厅办公室 2019年5月29日印发",
			"notice|对某省人大会议第0641号建议的答复|2019-05-29|某省民政厅办公室|"},
		{"a site's bar of categories set apart above the headline",
			"河北国内国际政务评论历史论坛博客投诉视频娱乐图库热点财经\n\n某市殡仪馆骨灰堂将搬迁新址\n\n2014-02-26 11:27:32来源:某某新闻网\n\n经市政府批准，某市殡仪馆改建工程列入政府重点工作。\n\n根据改建工程的规划，骨灰堂需拆迁。\n\n【责任编辑:某某】\n分享到\n新浪微博\nQQ空间\n微信\n本站声明\n版权所有",
			"article|某市殡仪馆骨灰堂将搬迁新址|2014-02-26||"},
		// A count opens a part of the text: never a headline, a page's
		// field or a 落款, though bodies' names stand alone under it.
		{"counted parts listing bodies alone under a page's head",
			"      某市星级养老机构公示\n\n      2021-12-21 08:32 来源:某市发布\n\n      按照国家标准，经评定，现将结果公示如下：\n\n      一、五级养老机构\n\n      某市椒山养老服务中心\n\n      二、四级养老机构\n\n      某市北区景苑养老院\n\n      某市南区老年之家\n\n      三、三级养老机构\n\n      某市西区渤海养护院\n\n      公示期为2021年12月17日—2021年12月23日。联系电话:84319870。",
			"notice|某市星级养老机构公示|2021-12-21||五级养老机构/四级养老机构/三级养老机构"},
		// A timestamp's information line parts the lines above it from
		// the title under it.
		{"a title under a timestamp's information line",
			"某市民政局\n\n2021-12-21 08:32 来源:某市发布\n\n2021年某市养老机构\n\n等级评定结果公示\n\n按照国家标准，经评定，现将结果公示如下：\n\n某市椒山养老服务中心为五级养老机构。\n\n公示期为2021年12月17日至23日。",
			"notice|2021年某市养老机构等级评定结果公示|2021-12-21||"},
		// A 主送 line stands over the text: a body's name and its colon
		// under the text's first sentence labels what follows.
		{"a body's name as a label under the lead is no 主送",
			"某市人速看！事关清明祭扫\n2024-03-22 08:47:27 来源:某某新闻\n\n3月21日，记者从某市民政局了解到，今年清明祭扫服务安排已经确定。\n\n祭扫服务时间\n\n某市殡仪馆:\n\n3月23日至4月4日期间，每天早5时30分至晚17时30分提供服务。\n\n某区公墓:\n\n3月23日至3月29日，早7时至下午16时。",
			"article|某市人速看！事关清明祭扫|2024-03-22||祭扫服务时间"},
		{"a page's greeting over the title leaves the 主送 line under it",
			"您好，欢迎来到某某之窗！\n\n某旗民政局关于同意筹建某某养老院的批复\n\n某某养老院:\n\n你们上报的申请及有关材料收悉。经审核，同意你们筹建。\n\n某旗民政局\n2017年3月17日",
			"notice|某旗民政局关于同意筹建某某养老院的批复|2017-03-17|某旗民政局|"},
		// A notice flattened onto one line keeps each part's heading line
		// as the words before the space the copy left after it.
		{"a flattened notice's parts, each heading set apart by a space",
			"为做好清明节期间祭扫工作，现将有关事宜公告如下: 一、祭扫预约 祭扫群众可提前电话联系预约，预约时间:8:00--16:30。 二、祭扫需知 预约成功来园祭扫时，请携带安葬证。 三、注意事项 祭扫群众需遵守规定，不焚香燃纸。 感谢您的支持与配合!\n某区民政局 某某寝园 2021年3月",
			"notice||2021-03|某区民政局|祭扫预约/祭扫需知/注意事项"},
		{"a flattened part whose words before the space open a sentence of figures",
			"为做好清明节期间祭扫工作，现将有关事宜公告如下: 一、祭扫预约 8:00至16:30可电话预约，逾期不再受理。 二、祭扫需知 预约成功来园祭扫时，请携带安葬证。\n某区民政局 2021年3月",
			"notice||2021-03|某区民政局|-/祭扫需知"},
		{"a flattened notice's parts numbered 01, 02, each heading two phrases",
			"为做好清明节期间祭扫工作，现将有关事宜通告如下。 01 守护生命健康，倡导安全祭扫 各墓园提供预约服务，控制入园人数。 02 转变观念，倡导文明祭扫 严禁焚烧祭品，请市民理解配合。\n某区民政局 2021年3月",
			"notice||2021-03|某区民政局|守护生命健康，倡导安全祭扫/转变观念，倡导文明祭扫"},
		{"parts on lines of their own whose words before a space hold a comma",
			"为做好清明节期间祭扫工作，现将有关事宜通告如下。\n一、守护生命健康，倡导安全祭扫 各墓园提供预约服务，控制入园人数。\n二、转变观念，倡导文明祭扫 严禁焚烧祭品，请市民理解配合。\n某区民政局 2021年3月",
			"notice||2021-03|某区民政局|-/-"},
		{"a flattened part whose words before the space close on a comma",
			"为做好清明节期间祭扫工作，现将有关事宜公告如下: 一、为防控疫情， 各墓园提供预约服务，控制入园人数。 二、祭扫需知 预约成功来园祭扫时，请携带安葬证。\n某区民政局 2021年3月",
			"notice||2021-03|某区民政局|-/祭扫需知"},
		// Bodies set two to a line are a list in the text, no headings.
		{"a commendation listing its units two to a line",
			"各乡镇人民政府，县直各部门：\n2008年，全县民政工作取得新成绩，经研究，决定对先进单位予以表彰。\n民政工作先进单位：\n东坪镇人民政府 西岭镇人民政府\n南山镇人民政府 北河镇人民政府\n大坡乡人民政府 小溪乡人民政府\n希望受表彰的单位再接再厉，再创佳绩。\n某县人民政府办公室\n二○○九年三月二十日",
			"notice||2009-03-20|某县人民政府办公室|"},
		// A page's label over other stories is no item.
		{"a related-news label under the text",
			"某市关爱留守儿童\n7月8日，某市举办夏令营活动。\n近年来，市民政局多措并举关爱留守儿童。\n新闻推荐\n近日，某县供电公司开展共建活动。",
			"article|某市关爱留守儿童|||"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summary(Analyze(clean.Lines(tc.text)))
			if got != tc.want {
				t.Errorf("\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestIssueNumbers(t *testing.T) {
	for _, tc := range []struct{ text, issue, total string }{
		{"南阳民政工作动态\n第 39 期\n南阳市民政局办公室\n2025 年 12 月 8 日\n\n市长调研 11月26日，市长调研。（市局办公室）", "39", ""},
		{"民政简报\n（2024年第12期 总第186期）\n洛阳市民政局办公室编    2024年10月15日\n\n简讯\n\n10月10日，召开会议。（市局办公室）", "12", "186"},
		{"民政信息\n第三十九期\n\n简讯\n\n10月10日，召开会议。（市局办公室）", "39", ""},
		{"关于做好第3期培训的通知\n各县民政局：\n请做好培训。\n某某市民政局\n2024年1月2日", "", ""},
	} {
		d := Analyze(clean.Lines(tc.text))
		v := func(f *Field) string {
			if f == nil {
				return ""
			}
			return f.Value
		}
		if v(d.Issue) != tc.issue || v(d.TotalIssue) != tc.total {
			t.Errorf("%.20q: issue %q total %q, want %q %q", tc.text, v(d.Issue), v(d.TotalIssue), tc.issue, tc.total)
		}
	}
}

// TestStatedYear: with no issue date printed, yearless dates take the
// year the title states, else the first the text states.
func TestStatedYear(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"民政工作周报(2020.10.12——10.18)\n\n本周大事记\n\n10月13日,县民政局召开会议,部署2021年政府投资项目。", 2020},
		{"2025年全市民政工作会议召开\n\n3月26日，会议在市政府召开。", 2025},
		{"县民政局召开会议\n\n3月26日，会议部署2024年重点工作。", 2024},
		// A disclosure page's 索引号 numbers its record by its year.
		{"省民政厅关于组织开展中华慈善日宣传活动的通知\n索引号: 000014349/2024-1113482\n发布机构:\n各市(州)民政局:\n今年9月5日是中华慈善日。", 2024},
		// Nothing states a year: an index number of no year's form, none.
		{"省民政厅关于组织开展中华慈善日宣传活动的通知\n索引号: 000014349-1113482\n发布机构:\n各市(州)民政局:\n今年9月5日是中华慈善日。", 0},
		{"县民政局召开会议\n\n3月26日，会议部署重点工作。", 0},
	}
	for _, tc := range tests {
		if got := Analyze(clean.Lines(tc.text)).Ref().Year; got != tc.want {
			t.Errorf("%q: year %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestLabelledSiblings: paragraphs led by their unit's label are each an
// item titled with the label, whether the layout reads the one the copy
// cut off a heading or text; headlines with a colon keep their words.
func TestLabelledSiblings(t *testing.T) {
	const paragraph = "办公室：牵头开展政府投资项目谋划工作；开展安全生产巡检自查。"
	const headline = "云城居养：“耆乐融融喜迎新春”吃汤圆主题活动"
	for _, tc := range []struct {
		first, last string
		role        cue.Role
		want        string
	}{
		{paragraph, "社会救助和养老福利科：向县人", cue.Heading, "办公室/社会救助和养老福利科"},
		{paragraph, "社会救助和养老福利科：向县人", cue.Body, "办公室/社会救助和养老福利科"},
		{headline, "云安居养：开展“防范诈骗你我同行”走访宣传活动", cue.Heading, headline + "/云安居养：开展“防范诈骗你我同行”走访宣传活动"},
		{paragraph, "云安居养：开展“防范诈骗你我同行”走访宣传活动", cue.Heading, "办公室/云安居养：开展“防范诈骗你我同行”走访宣传活动"},
	} {
		t.Run(tc.last+"/"+tc.role.String(), func(t *testing.T) {
			d := cue.NewDoc(unitsWith(clean.Lines("民政工作周报\n科室动态\n"+tc.first+"\n"+tc.last), 1))
			roles := []cue.Role{cue.Title, cue.Section, cue.Heading, tc.role}
			doc := assemble(d, labelling{roles: roles, zones: make([]int, len(roles)), profile: 0})
			var titles []string
			for _, it := range doc.Items {
				titles = append(titles, valueOf(it.Title))
			}
			if got := strings.Join(titles, "/"); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHeadlineOverInfo: where no title line stands over a web page's
// information line or a report's lead, a head line worded as a headline
// that does is the headline, and the title lines above it are the site's.
func TestHeadlineOverInfo(t *testing.T) {
	const spam = "五月天激情大综合,亚洲综合久久中文字幕,综合缴情亚洲五月,欧美日韩不卡在线"
	const body = "开展养老机构等级评定工作是落实实施方案的部署要求。"
	T, H, B := cue.Title, cue.Header, cue.Body
	for _, tc := range []struct {
		name  string
		lines []string
		roles []cue.Role
		want  string
	}{
		{"headline over a timestamp", []string{spam, "养老资讯", "新一轮养老机构等级评定开始了", "2020-07-31 13:23:21", body}, []cue.Role{T, H, H, H, B}, "新一轮养老机构等级评定开始了"},
		{"headline over an information line", []string{spam, "新一轮养老机构等级评定开始了", "时间：2020-07-31 来源：市民政局", body}, []cue.Role{T, H, H, B}, "新一轮养老机构等级评定开始了"},
		// No headline over the information line: a 发文字号, a column's
		// label, a body's name; or no information line under it.
		{"a notice's number", []string{"市政府关于部分道路地名命名的复函", "苏府地名函〔2024〕37号", "时间：2024-07-05 来源：市政府办公室", body}, []cue.Role{T, H, H, B}, "市政府关于部分道路地名命名的复函"},
		{"a column's label", []string{"市民政局关于评定结果的公示", "工作动态", "2020-07-31 13:23:21", body}, []cue.Role{T, H, H, B}, "市民政局关于评定结果的公示"},
		{"a body's name", []string{"养老机构等级评定开始了", "上海市民政局", "2020-07-31 13:23:21", body}, []cue.Role{T, H, H, B}, "养老机构等级评定开始了"},
		{"no information line", []string{"养老机构等级评定开始了", "新一轮评定工作正式启动", body}, []cue.Role{T, H, B}, "养老机构等级评定开始了"},
		{"headline over an outlet's lead", []string{"晓风客户端", "报知天下晓通万家", "羊山新区检查民政服务机构安全", "本报讯(记者 蒋彬)为落实安全生产工作部署,新区民政办开展检查。"}, []cue.Role{T, T, H, B}, "羊山新区检查民政服务机构安全"},
		{"a source line over the lead", []string{"赵县为困难群众孤寡老人送温暖", "本文转自:石家庄日报", "本报讯(记者 王静)为了使困难群众度过祥和的节日,县民政局开展送温暖活动。"}, []cue.Role{T, H, B}, "赵县为困难群众孤寡老人送温暖"},
		{"a line over a lead with no outlet", []string{"晓风客户端", "报知天下晓通万家", "羊山新区检查民政服务机构安全", "为落实安全生产工作部署,新区民政办开展检查。"}, []cue.Role{T, T, H, B}, "晓风客户端报知天下晓通万家"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := assembleLines(tc.lines, tc.roles, len(profiles)-1)
			if got := valueOf(doc.Title); got != tc.want {
				t.Errorf("title %q, want %q", got, tc.want)
			}
		})
	}
}

// TestCreditsAtFoot reads the credits printed under a report's text, the
// job and the name apart by a colon or a page's cell bar.
func TestCreditsAtFoot(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"2月21日，市民政局召开会议。\n全体干部参加活动。\n编辑 | 李平", "编辑=李平"},
		{"2月21日，市民政局召开会议。\n全体干部参加活动。\n编辑：李平 审核：王芳", "编辑=李平 审核=王芳"},
		// No credit: a row of a table's cells, a sentence on the editors.
		{"2月21日，市民政局召开会议。\n编辑部 | 3人\n全体干部参加活动。", ""},
		{"2月21日，市民政局召开会议。\n编辑部全体干部参加活动。", ""},
	} {
		var got []string
		for _, c := range Analyze(clean.Lines(tc.text)).Credits {
			got = append(got, c.Role+"="+c.Name.Value)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("credits of %q = %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestDigestIssue reads a web copy of a bulletin that prints its name and
// issue on one line, then each apart: the name is the title, a numbered
// column label is a section, the unnumbered headlines under it head the
// items, and the issue's year dates their news.
func TestDigestIssue(t *testing.T) {
	text := "某省慈善动态 2023年第37期\n某省慈善动态\n2023年第37期\n一、各地动态\n" +
		"市慈善总会召开理事会议部署年度重点工作\n9月14日，市慈善总会召开理事会议，会长主持会议并讲话。\n" +
		"第十届公益慈善项目交流会在某市举办\n9月15日至17日，第十届公益慈善项目交流会在某市举办。\n本届交流会共有300余家机构参展。\n"
	doc := Analyze(clean.Lines(text))
	if got := summary(doc); got != "bulletin|某省慈善动态|||市慈善总会召开理事会议部署年度重点工作/第十届公益慈善项目交流会在某市举办" {
		t.Errorf("got %s", got)
	}
	if doc.StatedYear != 2023 {
		t.Errorf("stated year %d, want 2023", doc.StatedYear)
	}
	// Paragraphs broken at the wrap, or numbered under an item, head none.
	text = "某省慈善动态 2023年第37期\n某省慈善动态\n2023年第37期\n一、各地动态\n" +
		"市慈善总会召开理事会议部署年度重点工作\n9月14日，市慈善总会召开理事会议，会长主持会议并讲话。\n" +
		"（一）理事会议的主要议程\n会议审议了年度工作报告，通过了下一步工作安排。\n"
	if got := summary(Analyze(clean.Lines(text))); got != "bulletin|某省慈善动态|||市慈善总会召开理事会议部署年度重点工作" {
		t.Errorf("a numbered part: got %s", got)
	}
}
