package cue

import (
	"reflect"
	"strings"
	"testing"

	"bulletin/parser/span"
)

// docOf builds a measured document from lines; an empty string is a blank
// line.
func docOf(lines ...string) *Doc {
	var ls []Line
	blanks := 0
	for n, s := range lines {
		if strings.TrimSpace(s) == "" {
			blanks++
			continue
		}
		// li: marks a Markdown list item whose mark clean took off.
		text, item := strings.CutPrefix(strings.TrimSpace(s), "li:")
		ls = append(ls, Line{Num: n + 1, Text: text, Sq: span.SqueezeString(text),
			Tabs: strings.Contains(s, "\t"), Blanks: blanks, Item: item})
		blanks = 0
	}
	return NewDoc(ls)
}

// TestCues holds every cue to lines that show its convention and lines that
// do not (about a third of the cases). The line tested is the one marked
// with a leading ">".
func TestCues(t *testing.T) {
	tests := []struct {
		cue   string
		lines []string
		want  bool
	}{
		{"masthead", []string{">南阳民政工作动态", "第 39 期"}, true},
		{"masthead", []string{">民政简报（增刊）"}, true},
		{"masthead", []string{">2024年2月全区社会救助工作动态"}, true},
		{"masthead", []string{">三月市民政系统工作动态速览"}, true},
		{"masthead", []string{">政策速览"}, false},
		// A statistical form of the month is one table, no issue of news.
		{"masthead", []string{">2020年1月社会服务统计月报"}, false},
		{"masthead", []string{">民政工作月报"}, true},
		// A record's date run on to its name is no issue's number.
		{"masthead", []string{">民政信息12"}, true},
		{"masthead", []string{">养老扶持补贴信息20221229"}, false},
		{"masthead", []string{">关于报送工作动态的通知"}, false},
		{"masthead-first", []string{"索引号 115001030092838602/2024-00033", ">2024年2月全区社会救助工作动态", "一、全区社会救助工作执行情况"}, true},
		{"masthead-first", []string{"民政部举行新闻发布会", "今年以来，各地加强民政工作", ">信息"}, false},
		// A column's label set under the report's sentences names no issue.
		{"masthead-first", []string{"1月2日上午，市局领导调研区民政工作。", "区民政局有关负责人参加。", ">市级动态"}, false},
		{"masthead", []string{">全市民政系统加强信息报送，做好工作动态。"}, false},

		{"paper-page", []string{">A4:综合总第438期 >2024-03-20编印"}, true},
		{"paper-page", []string{">第3版 2024-03-20"}, true},
		{"paper-page", []string{">B2版面设计大赛"}, false},
		{"paper-page", []string{">2024年第4期（总第46期）"}, false},
		{"issue-number", []string{">A4:综合总第438期 >2024-03-20编印"}, false},
		{"issue-number", []string{">第3版 总第1024期"}, false},
		{"issue-number", []string{">三版:综合信息总第1546期 >2015-05-01编印"}, false},
		{"issue-number", []string{">再版说明 第3期"}, true},
		{"issue-number", []string{">2024年第4期（总第46期）"}, true},
		{"issue-number", []string{">第 39 期"}, true},
		{"issue-number", []string{">（2024年第12期 总第186期）"}, true},
		{"issue-number", []string{">南阳民政工作动态 第39期"}, true},
		{"issue-number", []string{">第39期2025年12月8日"}, true},
		// A round of a scheme in a headline: words run on after 期.
		{"issue-number", []string{">今年第二期社会融和计划津贴发放安排"}, false},
		{"issue-number", []string{">第一期养老护理员培训班开班"}, false},
		{"issue-number", []string{">本期共刊发第3期学员的培训情况，详见附件。"}, false},
		{"issue-number", []string{">关于做好第3期培训的通知"}, false},

		{"doc-number", []string{">平民〔2021〕54号"}, true},
		{"doc-number", []string{">宝民发(2022)4号"}, true},
		{"doc-number", []string{">签发人：张三 平民〔2021〕54号"}, true},
		{"doc-number", []string{">现将宝民发(2022)4号文件转发你们，请认真学习。"}, false},
		{"doc-number", []string{">节期间开展志愿服务关爱行动的通知》(城中文明办[2020]32号)"}, false},
		{"doc-number", []string{">文 号:民[1981]城48号"}, true},
		{"doc-number", []string{">某民[1981]城区第三季度48号文件"}, false},
		{"doc-number", []string{">我县组织收听全省贯彻落实鄂发〔2010〕7号文件精神电视电话会议"}, false},
		{"doc-number", []string{">鄂发〔2010〕7号"}, true},

		{"issuer-mark", []string{">平顶山市民政局文件"}, true},
		{"issuer-mark", []string{">关于印发有关文件"}, false},

		{"secrecy", []string{">特急"}, true},
		{"secrecy", []string{">签发人：王某"}, true},
		{"secrecy", []string{">机密文件要妥善保管，不得外传。"}, false},

		{"info-field", []string{">发布日期:2025-01-20 15:24 来源: 养老服务处"}, true},
		{"info-field", []string{">0次浏览 发布时间:2025-05-10 08:14:00"}, true},
		{"info-field", []string{">3个社区 发布时间:2025-05-10 08:14:00"}, false},
		{"info-field", []string{">25次培训 发布时间:2025-05-10 08:14:00"}, false},
		{"info-field", []string{">归档时间:", "关于启动某市自然灾害救助应急Ⅲ级响应的通知", "来源:市民政局 2017-08-21 11:41"}, true},
		{"info-field", []string{">各单位要在规定的归档时间前完成档案整理。"}, false},
		{"info-field", []string{"归档时间:", ">关于启动某市自然灾害救助应急Ⅲ级响应的通知", "来源:市民政局 2017-08-21 11:41"}, false},
		{"info-field", []string{"归档时间:", ">2017-08-21", "来源:市民政局"}, true},
		{"info-field", []string{"文号 | 某政发〔2022〕279号 |", ">制发机关 | 某市人民政府 |", "文件类别 | 批复 |"}, true},
		{"info-field", []string{">文件状态 | 正在执行 |", "张渚镇人民政府:"}, true},
		// A bulleted run of a page's values whose labels were lost, its
		// categories among them; a bulleted sentence with commas is none.
		{"info-field", []string{"• 005299216/2017-00032", "• 某市民政局", ">• 提案,建议提案,提案答复函", "• 2017-06-29"}, true},
		{"info-field", []string{">• 提案,建议提案,提案答复函", "• 2017-06-29", "• 某市民政局"}, false},
		{"info-field", []string{"• 005299216/2017-00032", "• 某市民政局", ">• 近日,市民政局召开会议,部署工作。", "• 2017-06-29"}, false},
		{"info-field", []string{">本办法由制发机关负责解释。"}, false},
		// 序号 heads a table's columns, whatever page labels stand beside it.
		{"info-field", []string{">序号 标题 发文字号 成文日期 发布日期", "某县民政局信息公开指南"}, false},
		{"info-field", []string{">标题 发文字号 成文日期 发布日期", "某县民政局信息公开指南"}, true},
		{"info-field", []string{"• 640000001/2025-00023", ">• 某某镇", "• 有效", "• 2025年03月11日", "2025年3月城市低保信息公示"}, true},
		{"info-field", []string{"• 640000001/2025-00023", "• 某某镇", ">• 有效", "• 2025年03月11日", "2025年3月城市低保信息公示"}, true},
		{"info-field", []string{">• 某某镇", "• 有效", "2025年3月城市低保信息公示"}, false},
		{"info-field", []string{"• 2025年03月11日", ">• 某区民政局关于开展慰问活动的通知"}, false},
		{"info-field", []string{"• 某某镇", ">• 3月11日召开动员会", "• 3月12日开展入户走访"}, false},
		{"info-field", []string{">索 引 号 115001030092838602/2024-00033"}, true},
		{"info-field", []string{">索??引??号 FC1271541/2023-11242"}, true},
		{"info-field", []string{">时?间过得真快，转眼又是一年。"}, false},
		{"info-field", []string{">来源??不明的款项一律退回。"}, false},

		{"info-field", []string{">【信息时间：2024-03-18】"}, true},
		{"info-field", []string{">中央政府门户网站 www.gov.cn 2014-05-26 09:52 来源: 宁夏日报"}, true},
		{"info-field", []string{">发文字号"}, true},
		{"info-field", []string{">主题词:  其他  发布机构:  市民政局  文  号:  普民发〔2025〕73号"}, true},
		{"info-field", []string{">2021-05-28 09:09:31来源:延边晨报"}, true},
		// An information line a narrow column broke inside its timestamp.
		{"info-field", []string{">中央政府门户网站 www.gov.cn 2014-05-26", "09:52 来源: 宁夏日报"}, true},
		{"info-field", []string{"中央政府门户网站 www.gov.cn 2014-05-26", ">09:52 来源: 宁夏日报"}, true},
		{"info-field", []string{">会议定于 2014-05-26", "09:52 在三楼会议室召开。"}, false},
		{"info-field", []string{">会议定于2024年5月召开", "09:30 来源于各县的报告"}, false},
		{"info-field", []string{">湖北省民政厅02-01 15:49阅读量: 49592"}, true},
		{"info-field", []string{">共12-01 15:49阅读量不足"}, false},
		{"info-field", []string{">共有2021来源于各县的数据。"}, false},
		{"info-field", []string{">时间紧、任务重，各单位要抓紧落实。"}, false},
		{"info-field", []string{">来源于群众的意见要认真听取。"}, false},

		{"source-only", []string{"正文。", ">来源：宁夏日报"}, true},
		{"source-only", []string{">（信息来源：市民政局）"}, true},
		{"source-only", []string{"正文。", ">[来源: 区民政局 ]"}, true},
		{"source-only", []string{">【来源】"}, false},
		{"source-only", []string{">时间:2020-07-23 来源:武进新闻 作者:阳湖网"}, false},

		{"promulgation-note", []string{">（2001年3月5日某市人民政府令第12号公布，根据2015年6月1日某市人民政府令第3号修订）", "第一章 总则"}, true},
		{"promulgation-note", []string{"某市殡葬管理办法", ">(2019年12月20日某市第十届人民代表大会常务委员会第二十次会议通过)"}, true},
		{"promulgation-note", []string{">（2018年7月2日）"}, false},
		{"promulgation-note", []string{">（某市人民政府令第12号公布）"}, false},
		{"timestamp", []string{">2018-01-25 11:02"}, true},
		{"timestamp", []string{"某区20个社区获“美丽社区”称号", ">2022/12/1 23:52:05发布52次查看", "记者昨日从区民政局获悉。"}, true},
		{"timestamp", []string{"某区20个社区获“美丽社区”称号", ">2022-12-01 10:20 浏览:1566", "记者昨日从区民政局获悉。"}, true},
		{"timestamp", []string{"某区20个社区获“美丽社区”称号", ">2022-12-01 10:20 发放52次慰问", "记者昨日从区民政局获悉。"}, false},
		{"timestamp", []string{"某市召开社会组织工作推进会", ">2023-11-03 08:00:13 admin 65", "为推进专项工作，某市召开推进会。"}, true},
		{"timestamp", []string{"某市召开社会组织工作推进会", ">2023-11-03 08:00 会议 65", "为推进专项工作，某市召开推进会。"}, false},
		{"timestamp", []string{"某市召开社会组织工作推进会", ">2023-11-03 08:00 admin", "为推进专项工作，某市召开推进会。"}, false},
		{"timestamp", []string{"关于加强祭祀活动管理的通告", ">//news.example.cn  2021-08-16 09:34:52", "为加强疫情防控，现通告如下："}, true},
		{"timestamp", []string{"关于加强祭祀活动管理的通告", ">https://www.example.gov.cn/2021/0816 2021-08-16 09:34", "为加强疫情防控，现通告如下："}, true},
		{"timestamp", []string{"关于加强祭祀活动管理的通告", ">//news.example.cn 为加强疫情防控 2021-08-16 09:34:52"}, false},
		// With the outlet after the time, above the text; an agenda's
		// line under the text is none.
		{"timestamp", []string{"在应届毕业生中招聘千名社区工作者", ">2020-04-29 14:49     解放日报", "本市将面向应届高校毕业生招聘社区工作者，岗位约1000个。"}, true},
		{"timestamp", []string{"全市养老服务观摩活动举行", "近日，全市养老服务观摩活动举行，各县区民政局负责同志参加。", ">2024-03-15 09:00 参观市电视台", "观摩组一行察看了社区养老服务中心，对各地工作给予肯定。"}, false},
		{"timestamp", []string{">07.02.2018  16:32"}, true},
		{"timestamp", []string{">2022-01-20"}, true},
		{"timestamp", []string{">2022-01-20 市民政局召开会议"}, false},
		{"timestamp", []string{">2022-13-45"}, false},

		{"date-line", []string{">2025 年 12 月 8 日"}, true},
		{"date-line", []string{">二Ο一六年十月十日"}, true},
		{"date-line", []string{">二○一○年十二月二日 |"}, true},
		{"date-line", []string{">2025年12月8日 | 市民政局"}, false},
		{"date-line", []string{">2025年12月8日，市民政局召开会议。"}, false},
		{"date-line", []string{"现将《实施办法》印发给你们，请认真贯彻执行。", "泰州市民政局", ">2023323"}, true},
		{"date-line", []string{"鄂尔多斯市民政局", ">2025月2月18日"}, true},
		{"date-line", []string{"联系人：王某", ">2023323"}, false},

		{"agency-line", []string{">南阳市民政局办公室"}, true},
		{"agency-line", []string{">北京市民政局  北京市财政局"}, true},
		{"agency-line", []string{">市民政局召开会议"}, false},
		{"agency-line", []string{">（四）某镇公墓"}, false}, // a numbered part's heading
		{"agency-line", []string{">一、某县民政局"}, false},

		{"agency-date", []string{">南阳市民政局办公室 2025 年 6 月 3 日"}, true},
		{"agency-date", []string{">银川市人民政府—九九七年一月一日。"}, true},
		{"agency-date", []string{">洛阳市民政局办公室编    2024年10月15日"}, true},
		{"agency-date", []string{">国务院办公厅 2021年4月21日 |"}, true},
		{"agency-date", []string{">某区民政局 某某寝园 2021年3月 |"}, true},
		{"agency-date", []string{">2021年3月"}, false},
		{"agency-date", []string{">召开于2021年3月"}, false},
		{"agency-date", []string{">| 2021年4月21日 | 国务院办公厅 |"}, false},
		{"agency-date", []string{">会议于2024年10月15日"}, false},

		{"notice-title", []string{">关于开展全市养老机构安全摸底排查工作的通知"}, true},
		{"notice-title", []string{">某省民政厅等四部门关于发布2022年全省最低生活保障标准低限的通知"}, true},
		{"notice-title", []string{">某省民政厅等3个单位关于开展联合检查的通知"}, true},
		{"notice-title", []string{">全省民政系统干部等四个方面关于开展联合检查的通知"}, false},
		// A reply to a deputy's proposal is titled by what it answers.
		{"notice-title", []string{">某县民政局关于县十八届人大一次会议第71号代表建议的答复"}, true},
		{"notice-title", []string{">关于进一步推进殡葬改革的建议提案的答复"}, true},
		{"notice-title", []string{">群众来信得到及时答复"}, false},
		{"notice-title", []string{">关于某市政协第十四届委员会第一次会议第100号议案的答复函"}, true},
		// A trail a list renderer numbered is no headline: the title under it is.
		{"headline-notice", []string{"1. 当前位置:", "2. 首页", "3. 政务公开", "4. 正文", ">关于某市政协第一次会议第100号议案的答复函", "某某委员:"}, true},
		// The name of what is attached, under the text, is no title.
		{"notice-title", []string{"联系部门及电话:某市民政局养老服务处 020-83184879", ">附件:2024年度某市养老机构星级评定结果公示", "某市民政局"}, false},
		{"notice-title", []string{">附件1:关于某项工作的通知"}, false},
		{"notice-title", []string{">2024年度某市养老机构星级评定结果公示", "经评审,现将结果公示如下:"}, true},
		// An exclamation may close a headline over a notice's title.
		{"notice-title", []string{">某市民政局关于加强清明节期间祭扫管理工作的通告!", "一、严格祭扫管理。市内人员非必要不出市祭扫。"}, true},
		{"notice-title", []string{">海淀区民政局关于开展联合检查的通知！", "一、检查内容。"}, true},
		{"notice-title", []string{">大家快来看关于开展联合检查的通知!", "一、检查内容。"}, false},
		{"notice-title", []string{">某某人注意啦!重要公告!", "一、检查内容。"}, false},
		{"notice-title", []string{">许昌市民政局", ">关于开展社会组织年检工作的通知", "各县民政局："}, true},
		{"notice-title", []string{">新余市民政系统开展春节“过年难”帮扶救助工作的公告"}, true},
		{"notice-title", []string{">《某县人民政府关于全县", ">推进殡葬领域综合改革的通告》", "某政布〔〕18号"}, true},
		{"notice-title", []string{">《某县人民政府关于全县推进殡葬领域综合改革的通告"}, false},
		{"notice-title", []string{">认真学习《某县人民政府关于全县推进殡葬改革的通告》"}, false},
		{"notice-title", []string{"来源: 最后更新:22-09-12 04:41:45", ">关于2022年春分清明期间暂停现场祭扫活动的通告:", "广大市民朋友:"}, true},
		{"notice-title", []string{">现将有关事项通告如下，请遵照执行的通告:"}, false},
		{"notice-title", []string{">关于《某区社区建制调整优化改革方案(草案)》", ">公开征求意见的公告", "为做好社区建制调整工作，现公开征求意见。"}, true},
		{"notice-title", []string{">某区社区建制调整方案征求意见的公告"}, true},
		{"notice-title", []string{">某某市关于2021年清明期间祭扫活动有关事项的通知"}, true},
		{"notice-title", []string{">某某县关于做好冬春救助工作的通知"}, true},
		{"notice-title", []string{">习近平总书记关于民政工作的重要指示"}, false},
		{"notice-title", []string{">市民关于殡葬改革的意见"}, false},
		{"notice-title", []string{">莆田市人民政府关于加快发展养老服务业的实施意见"}, true},
		{"notice-title", []string{">关于做好困难群众救助工作的补充通知"}, true},
		{"notice-title", []string{">做好养老服务工作实施意见"}, false},
		{"notice-title", []string{">请各单位于11月27日前反馈意见，详见征求意见的公告。"}, false},
		{"notice-title", []string{">广大市民朋友:"}, false},
		{"notice-title", []string{">兰州市民政局通告"}, true},
		{"notice-title", []string{">平顶山市民政局文件", "关于加快推进养老服务重点任务落实的通知"}, false},
		{"notice-title", []string{">各单位要认真学习通知精神。"}, false},

		{"headline-notice", []string{">关于开展全市养老机构安全摸底排查工作的通知", "正文。"}, true},
		{"headline-notice", []string{"许昌市民政局", ">关于开展社会组织年检工作的通知"}, true},
		{"headline-notice", []string{"南阳民政工作动态", "正文。", ">关于开展排查工作的通知"}, false},
		// The site's banner over the trail of links is no headline: the
		// notice's title under the trail is.
		{"headline-notice", []string{"中国政府网 某省政府 某市政府", "当前位置:首页 > 通知公告 > 正文", ">某县民政局关于道路命名更名征求意见的公告", "为方便群众出行,现征求意见。"}, true},
		{"headline-notice", []string{"某县民政局召开全体干部大会", "当前位置:首页 > 通知公告 > 正文", ">某县民政局关于道路命名更名征求意见的公告"}, true},
		{"headline-notice", []string{"某县民政局召开全体干部大会", "会议强调,要抓好落实。", ">某县民政局关于道路命名更名征求意见的公告"}, false},
		{"recipient", []string{">各县（市、区）民政局："}, true},
		// A greeting to the public, whom a 公告 or 倡议书 speaks to.
		{"salutation", []string{">广大市民朋友：", "清明节即将到来。"}, true},
		{"salutation", []string{">尊敬的市民朋友们:"}, true},
		{"salutation", []string{">社会各界人士："}, true},
		{"salutation", []string{">居民和朋友们："}, true},
		{"salutation", []string{">全县广大人民群众："}, true},
		{"salutation", []string{">广大市民朋友请注意：", "清明节即将到来。"}, false},
		{"salutation", []string{">市民朋友反映的问题如下："}, false},
		{"salutation", []string{">广大："}, false},
		{"salutation", []string{">各县（市、区）民政局："}, false},
		{"recipient", []string{">各街(镇)民政办、鼓楼老年公寓:"}, true},
		{"recipient", []string{">具体标准如下："}, false},
		// A label under the text's first sentence, which leads into it
		// with a colon: the text's, no 主送.
		{"recipient", []string{"某市人速看!事关清明祭扫", "3月21日，记者从某市民政局了解到，服务时间进行调整，具体内容如下:", "祭扫服务时间", ">某市殡仪馆:", "3月23日至4月4日，每天早5时30分提供服务。"}, false},
		{"recipient", []string{"关于做好清明祭扫工作的通知", ">各县（市、区）民政局：", "为做好清明祭扫工作，现将有关事项通知如下：", "一、加强领导。"}, true},
		{"recipient", []string{">某区各社会组织:", "为规范社会组织财务管理，现就有关事项通知如下："}, true},
		{"recipient", []string{">某区各乡镇认真落实:", "各乡镇要抓好落实。"}, false},
		{"recipient", []string{"关于对某某会议第52号提案的答复", ">马某、周某等委员:", "你们提出的提案收悉，现答复如下："}, true},
		{"recipient", []string{"关于对某某会议第12号建议的答复", ">张某某代表：", "您提出的建议收悉，现答复如下："}, true},
		{"recipient", []string{">会议邀请了部分代表：", "会上，代表们发言。"}, false},
		{"recipient", []string{">参会人员包括各级人大代表：", "会上，代表们发言。"}, false},
		// A 主送 line whose colon the web copy lost, right under the
		// title and the page's fields.
		{"recipient", []string{"关于下拨运营补贴的通知", "发布日期:2023-04-16 信息来源:某区民政局", ">相关乡镇人民政府,城区街道办事处", "根据有关文件要求，现将补贴下拨。"}, true},
		{"recipient", []string{"关于下拨运营补贴的通知", "发布日期:2023-04-16 信息来源:某区民政局", ">市民政局", "根据有关文件要求，现将补贴下拨。"}, false},
		{"recipient", []string{"关于下拨运营补贴的通知", "根据有关文件要求，现将补贴下拨。", ">相关乡镇人民政府,城区街道办事处", "各单位要抓好落实。"}, false},
		{"recipient", []string{">基金会、社会团体、社会服务机构申请认定为慈善组织,应当符合下列条件："}, false},
		{"recipient", []string{"三、审批依据", ">四、受理机构", "某省民政厅", "五、决定机构", "某省民政厅："}, false},
		{"recipient", []string{">各业务主管单位，各社会团体、社会服务机构（民办非企业单位）："}, true},
		{"recipient", []string{">各县、区民政局，市各开发区、新区政社局（政社办、社会事业局）："}, true},
		{"recipient", []string{">各开发区、各街镇："}, true},
		{"recipient", []string{">各县(市、区)行政审批服务局、民政局,高新区社区", "管理局、行政审批服务局:"}, true},
		{"recipient", []string{">市民政局召开会议", "会议强调:"}, false},

		{"contents-head", []string{">本 期 内 容"}, true},
		{"contents-head", []string{">【本期要目】"}, true},
		{"contents-head", []string{">本期内容丰富。"}, false},

		{"toc-leader", []string{">市民政局召开会议……………3"}, true},
		{"toc-leader", []string{">省略号……表示未完"}, false},
		{"toc-leader", []string{">第一节 发展成就 ……………………(2"}, true},
		{"toc-leader", []string{">第二章 发展思路 ……………………（13）"}, true},
		{"toc-leader", []string{">详见附件(3"}, false},

		{"enum-top", []string{">一、提升站位，加强领导", "二、明确目标"}, true},
		{"enum-top", []string{"一、总体要求", ">（一）加强领导", "（二）明确目标", "二、工作措施"}, false},
		{"enum-top", []string{"一、将位于店港北的道路命名为大窑桥路。", ">、将位于潘家南的道路命名为行店路。", "三、将位于张港北的道路命名为高舍路。"}, true},
		{"enum-top", []string{"一、将位于店港北的道路命名为大窑桥路。", ">、", "三、将位于张港北的道路命名为高舍路。"}, false},
		// A guide whose first parts print no numeral: 三、 and 四、 count on
		// over the 1. lists inside them.
		{"enum-top", []string{"申请材料", "1.身份证复印件", "2.申请表", ">三、办理程序", "1.到窗口提交材料", "2.窗口受理", "四、办理时限", "五、收费标准"}, true},
		{"enum-top", []string{"申请材料", "1.身份证复印件", "2.申请表", "三、办理程序", ">1.到窗口提交材料", "2.窗口受理", "四、办理时限", "五、收费标准"}, false},
		// An excerpt printed from its thirteenth article, no other numbering.
		{"enum-top", []string{"某县低保审批程序", ">第十三条 个人申请。申请低保以家庭为单位。", "第十四条 家庭经济状况调查。乡镇组织调查。"}, true},
		// Articles a notice numbered 1、 2、 3、 quotes are none of its parts.
		{"enum-top", []string{"1、提高保障标准", "2、明确资金来源", ">第五条 最低生活保障资金由县级财政安排。", "第六条 县级民政部门负责审核确认。", "3、加强组织领导"}, false},
		// Two later numbers alone are words of the text: a span of months.
		{"enum-top", []string{"1.宣传时间", ">三、四月份做好准备工作", "四、五月份集中开展宣传", "2.宣传方式"}, false},
		{"enum-top", []string{">1.宣传时间", "三、四月份做好准备工作", "四、五月份集中开展宣传", "2.宣传方式"}, true},
		// 三、 and 五、 do not count on: the 1. list numbered first is the top.
		{"enum-top", []string{"1.身份证复印件", "2.申请表", ">三、办理程序", "1.到窗口提交材料", "五、办理时限"}, false},
		{"enum-top", []string{">、踏实工作，保质保量完成任务", "（一）扎实开展社会救助", "（二）落实残疾人政策"}, true},
		{"enum-top", []string{">二、社会工作", "（一）提供住宿的社会服务。", "（二）社区服务。"}, true},
		{"enum-top", []string{"（一）提供住宿的社会服务。", "（二）社区服务。", ">二、社会工作"}, false},
		{"enum-top", []string{"（一）扎实开展社会救助", ">、踏实工作，保质保量完成任务", "（二）落实残疾人政策"}, false},
		{"agency-row", []string{">某镇人民政府　某乡人民政府"}, true},
		{"agency-row", []string{">某市民政局 某市财政局 某市卫生健康委员会"}, true},
		{"agency-row", []string{">某市民政局"}, false},
		{"agency-row", []string{">某市民政局 2024年1月1日"}, false},
		{"agency-row", []string{">某某养老院 二级"}, true},
		{"agency-row", []string{">某某社会组织服务中心 4A"}, true},
		{"agency-row", []string{">某某养老院 二级护理"}, false},
		{"agency-row", []string{">二级 某某养老院"}, false},
		{"agency-row", []string{">某镇人民政府，某乡人民政府"}, false},
		{"figure-alone", []string{"某某路命名的征集公告", ">0", "点击次数:8220"}, true},
		{"figure-alone", []string{">8220"}, true},
		{"figure-alone", []string{">2021年"}, false},
		{"figure-alone", []string{">1."}, false},
		{"figure-alone", []string{">第3期"}, false},
		{"enum-nested", []string{"一、总体要求", ">（一）加强领导", "（二）明确目标", "二、工作措施"}, true},
		{"enum-nested", []string{">一、提升站位", "二、明确目标"}, false},
		{"enum-inline", []string{">一是强化政策宣传。"}, true},
		{"enum-inline", []string{">一、强化政策宣传。"}, false},

		{"markdown-heading", []string{">一、提升站位"}, false},

		{"section-mark", []string{">●市级动态"}, true},
		{"section-mark", []string{">【基层传真】"}, true},
		{"section-mark", []string{">●全市共发放救助资金120万元，惠及困难群众3000余人。"}, false},
		{"section-mark", []string{"本期要目", "★市民政局召开全市民政工作会议", ">★简讯"}, false},
		{"section-mark", []string{"（市社会福利院）", ">★简讯"}, true},
		{"brief-section", []string{">简讯", "5月26日，市殡葬服务中心开展活动。（市殡葬服务中心）"}, true},
		{"brief-section", []string{">简 讯", "5月26日，市殡葬服务中心开展清明", "祭扫服务活动。（市殡葬服务中心）"}, true},
		{"brief-section", []string{">简讯", "市殡葬服务中心开展活动。（市殡葬服务中心）"}, false},
		{"brief-section", []string{">简讯", "5月26日，市殡葬服务中心开展活动。"}, false},
		{"brief-section", []string{">简  讯", "●3月6日，市社会福利院开展志愿服务活动。（市社会福利院）"}, true},
		{"chronicle-month", []string{"某局大事记", ">1", "3日，市民政局召开会议。", "2", "5日，市民政局开展慰问。"}, true},
		{"chronicle-month", []string{"某局大事记", "1月", "3日，市民政局召开会议。", ">十二月", "5日，市民政局开展慰问。"}, true},
		{"chronicle-month", []string{"某局大事记", ">1月", "20日至21日，市民政局召开会议。", "3月", "5日，市民政局开展慰问。"}, true},
		{"chronicle-month", []string{">1", "3日，市民政局召开会议。"}, false},                      // one figure over a dated line
		{"chronicle-month", []string{">3", "3日，市民政局召开会议。", "2", "5日，市民政局开展慰问。"}, false}, // no later month
		{"chronicle-month", []string{"3", "3日，市民政局召开会议。", ">2", "5日，市民政局开展慰问。"}, false}, // an earlier month before it
		{"chronicle-month", []string{"1", "3日，市民政局召开会议。", ">2"}, false},                 // over no entry
		{"chronicle-month", []string{"一", "3日，市民政局召开会议。", ">二", "5日，市民政局开展慰问。"}, false}, // numerals with no 月
		{"chronicle-month", []string{">1", "市民政局召开会议。", "2", "5日，市民政局开展慰问。"}, false},
		{"chronicle-month", []string{">1", "3日市民政局召开会议。", "2", "5日市民政局开展慰问。"}, false}, // a day that opens no clause
		{"chronicle-month", []string{">13", "3日，市民政局召开会议。", "14", "5日，市民政局开展慰问。"}, false},
		{"chronicle-month", []string{">十三月", "3日，市民政局召开会议。", "十四月", "5日，市民政局开展慰问。"}, false},
		{"chronicle-month", []string{">1", "32日，市民政局召开会议。", "2", "5日，市民政局开展慰问。"}, false},
		{"section-word", []string{">简 讯"}, true},
		{"section-word", []string{">县（市、区）动态"}, true},
		{"section-word", []string{">简讯一则"}, false},

		{"run-in", []string{">市长路红卫调研指导中心城区民政工作 11 月 26 日上午，市长路红卫深入我市。"}, true},
		{"run-in", []string{">云安居养开展“防范诈骗 你我同行”走访宣传活动 1月12日，在云安区开展活动。"}, true},
		{"run-in", []string{">红网祁东站讯 九九重阳节即将到来，10月20日，县民政局来到敬老院慰问老人。"}, false},
		{"run-in", []string{">该局负责人带队 “敲门入户”，走进低保户、孤寡老人家中，了解生活情况。"}, false},
		{"run-in", []string{">某区开展敬老月活动 “孝老爱亲”主题宣传于10月8日启动，全区参与。"}, true},
		// A wrapped line a copy joined with a space: the words after it
		// only finish the sentence, and its paragraph ends there.
		{"run-in", []string{">上述活动是某省民政厅在全省各地开展的“润心伴成长,同心护未来”主 题活动之一。", "", "近年来，某省民政部门坚持分层分类、按需施策。"}, false},
		{"run-in", []string{">某区开展敬老月活动 10月8日，“孝老爱亲”主题宣传活动启动。", "", "近年来，某区坚持分层分类、按需施策。"}, true},
		{"run-in", []string{">中乡网山东讯   10月24日，重阳节前一天，县政协副主席张维明看望了百岁老人。"}, false},
		{"run-in", []string{">人民网北京讯   10月24日，民政部召开新闻发布会，介绍有关情况。"}, false},
		// A clause of basis opens a sentence, no heading.
		{"run-in", []string{">根据省财政厅 省民政厅《关于下达某项资金的通知》精神，现下达资金。"}, false},
		{"run-in", []string{">依照某市实施办法 现将有关事项通知如下。"}, false},
		{"run-in", []string{">香港中通社图片 孙玉菡当日出席启动礼致辞时表示，特区政府去年增加资源。"}, false},
		{"run-in", []string{">本报讯 10月20日，县民政局来到敬老院慰问老人。"}, false},
		{"run-in", []string{">我县养老服务工作再传喜讯 1月24日，县民政局召开表彰会。"}, true},
		{"run-in", []string{">请各养老机构于1月21日前，将自查报告报区民政局。"}, false},
		{"run-in", []string{"确保入住老人安全。", ">在云浮市民安 精神病医院，聂元松一行实地调研我市 流浪乞讨人员中 精神障碍患者"}, false},
		{"run-in", []string{"会议要求，各单位要", ">抓好落实 5月30日，召开会议。"}, false},

		{"date-led", []string{">5 月 26 日，商丘市民政局党组成员一行来宛考察。"}, true},
		{"date-led", []string{">2022年1月18日至19日，省民政厅副厅长一行到云浮调研。"}, true},
		{"date-led", []string{">2022年全市共发放资金120万元。"}, false},
		{"date-led", []string{">●3月6日，市社会福利院开展志愿服务活动。"}, true},
		{"date-led", []string{">●3月份工作安排"}, false},

		{"digest", []string{">3月1日，市民政局调研社会救助工作。", "3月7日，全市民政工作会议召开。", "3月11日，市养老服务协会成立。"}, true},
		{"digest", []string{"3月1日，市民政局调研社会救助工作。", "3月7日，全市民政工作会议召开。", ">3月7日，市民政局召开推进会。"}, true},
		{"digest", []string{">3月27日，市民政局召开党组会议。", "3月11日，市养老服务协会成立。", "3月1日，市民政局调研社会救助工作。"}, true},
		{"digest", []string{">5月25日，市慈善总会联合报社推出助学活动。", "（某市慈善总会）", "5月14日，某集团向慈善总会捐赠大米。", "5月21日是全国助残日，慈善总会走访残疾人家庭。", "（某县慈善总会）", "6月1日，某区慈善总会会长参加儿童节活动。", "（某区慈善总会）"}, true},
		// A block opened by its heading is the heading's item.
		// Two briefs each closed by its unit's attribution are a list; a
		// report closes once.
		{"digest", []string{">8月3日，省慈善会年中工作座谈会在某市举行。", "（某省慈善总会）", "7月3日，某省慈善协会会长一行来访。", "7月20日，某市副市长出席捐赠仪式。", "（某市慈善总会）"}, true},
		{"digest", []string{">8月3日，省慈善会年中工作座谈会在某市举行。", "会议总结了上半年工作。", "（某省慈善总会）"}, false},
		{"digest", []string{"市民政局召开全市民政工作会议", ">3月8日，市民政局召开全市民政工作会议。", "（局办公室）", "东城区开展走访慰问活动", "3月10日，东城区民政局组织走访慰问。", "（东城区民政局）"}, false},
		{"digest", []string{">市慈善总会推出助学活动", "5月25日，市慈善总会联合报社推出助学活动。", "（某市慈善总会）", "某集团捐赠大米", "5月14日，某集团向慈善总会捐赠大米。", "（某县慈善总会）", "某区走访儿童", "6月1日，某区慈善总会走访儿童。", "（某区慈善总会）"}, false},
		// Two dated paragraphs are a story's before and after.
		{"digest", []string{">3月1日，市民政局启动专项行动。", "3月7日，行动转入整改阶段。"}, false},
		// Days out of the calendar's order tell a story, not a list.
		{"digest", []string{">3月11日，市民政局召开会议。", "3月1日，市民政局启动排查。", "3月27日，全市完成排查。"}, false},
		// A caption printed under each photograph lists no news.
		{"digest", []string{">5月23日，某区养老集市活动在某街举办", "居民们参与服务项目。", "5月23日，某区养老集市活动在某街举办", "现场设有便民摊位。", "5月23日，某区养老集市活动在某街举办"}, false},
		// Photographs captioned with the day they were taken: one day, no digest.
		{"digest", []string{"近年来，某区重视社区养老服务设施建设。", ">10月9日，居民在某社区老年食堂选餐。", "10月9日，居民在某社区日间照料中心进行理疗。", "10月9日，居民在某社区日间照料中心练习书法。"}, false},
		// A paragraph between without a day breaks the run.
		{"digest", []string{">3月1日，市民政局调研社会救助工作。", "会议要求各地抓好落实。", "3月7日，全市民政工作会议召开。", "3月11日，市养老服务协会成立。"}, false},
		// A chronicle's entries: the date a label before a colon, a month's or a year's.
		{"digest", []string{"1954年9月：内务部改称。", ">1954年：内务部明确分工。", "1956年1月：国家建立供养制度。"}, true},
		{"digest", []string{">1949年10月:某市成立居民委员会。", "1949年11月:内务部成立。", "1950年5月:某法实施。"}, true},
		// Months opening a report's paragraphs as its story goes on, no label.
		{"digest", []string{">2019年3月，某县成立养老服务中心。", "2020年5月，中心开展助餐服务。", "2021年6月，中心获评示范单位。"}, false},
		// A digest's briefs each opening with one bullet, dated or not.
		{"digest", []string{">▲某部长在某区调研儿童福利工作。5月27日，调研组走访了福利院。", "▲某部等五部门部署主题活动。近日，五部门联合印发通知。", "▲某部公布年度立法工作计划。"}, true},
		{"digest", []string{"▲某部长在某区调研儿童福利工作。", "▲某部等五部门部署主题活动。", ">▲某部公布年度立法工作计划。"}, true},
		// Two make no run.
		{"digest", []string{">▲某部长在某区调研儿童福利工作。", "▲某部公布年度立法工作计划。"}, false},
		// A list of what to bring, its clauses closed by semicolons.
		{"digest", []string{">• 申请人身份证、户口簿原件及复印件；", "• 家庭收入证明（如工资单等）；", "• 家庭财产证明（如房产、存款等）；", "• 《低保申请表》（窗口可领取）。"}, false},
		// A speech's points set with bullets.
		{"digest", []string{">• 一是注重思想教育引导，推动作风转变。", "• 二是着力实施国家战略，深化养老服务改革。", "• 三是主动开展排查识别，加大救助力度。"}, false},
		{"digest", []string{">● 一、加强组织领导，压实工作责任。", "● 二、强化资金保障，足额发放补贴。", "● 三、严格督导检查，确保落地见效。"}, false},
		// A page's menu set with bullets.
		{"digest", []string{">• 打印", "• 字体：大 中 小", "• 分享到微信"}, false},
		// Bullets of different shapes mark no one run.
		{"digest", []string{">▲某部长在某区调研儿童福利工作。", "■某部等五部门部署主题活动。", "▲某部公布年度立法工作计划。"}, false},
		// Labels out of the calendar's order are no chronicle.
		{"digest", []string{">1956年1月：国家建立供养制度。", "1949年10月：某市成立居民委员会。", "1954年：内务部明确分工。"}, false},
		{"self-named", []string{"关于加强清明节期间祭扫管理的通告", "为做好祭扫工作，现将有关事项通告如下：", ">一、自本通告发布之日起，严禁焚烧纸钱。"}, true},
		{"self-named", []string{"关于加强清明节期间祭扫管理的通告", ">为做好祭扫工作，现将有关事项通告如下："}, true},
		{"self-named", []string{"某镇2024年第一批道路命名公示", ">现将拟命名道路予以公示，本公示期为7天。"}, true},
		// A report about a notice names it, not itself.
		{"self-named", []string{"多地发布清明祭扫通知", ">某市民政局发布通告，自本通告发布之日起实行预约。"}, false},
		// The kind the text names is not its title's.
		{"self-named", []string{"关于印发某市殡葬管理办法的通知", ">本办法自发布之日起施行。"}, false},
		{"self-named", []string{"关于加强清明节期间祭扫管理的通告", ">本市各公墓实行预约祭扫。"}, false},
		{"feedback-form", []string{">您可以通过以下表单提交建议或意见。", "您的姓名：", "电子邮箱：", "您的宝贵意见：", "关于某事项的公告"}, true},
		{"feedback-form", []string{"您可以通过以下表单提交建议或意见。", "您的姓名：", ">电子邮箱：", "关于某事项的公告"}, true},
		{"feedback-form", []string{"请留言", ">您的姓名：", "联系电话："}, true},
		// A text's labels over their values, a title and its salutation
		// closed by colons, a record's empty fields, one label alone.
		{"feedback-form", []string{">办理机构：", "某县民政局婚姻登记中心", "办理条件：", "双方自愿结婚"}, false},
		{"feedback-form", []string{"关于暂停现场祭扫活动的通告：", ">广大市民朋友："}, false},
		{"feedback-form", []string{"索引号：123", ">发文字号：", "成文日期："}, false},
		{"feedback-form", []string{"您可以通过以下表单提交建议或意见。", ">您的宝贵意见：", "一、工作要求"}, false},
		{"unit-roundup", []string{">市社会福利院", "组织医护人员学习传染病防控知识。", "市儿童福利院", "1.组织集体学习。", "市救助管理站", "开展街面巡查救助。"}, true},
		{"unit-roundup", []string{"市社会福利院", "组织医护人员学习传染病防控知识。", "市儿童福利院", "1.组织集体学习。", "市救助管理站", "开展街面巡查救助。", ">吴起县", "筹备敬老月活动。"}, true},
		// Places alone over text head a report's parts.
		{"unit-roundup", []string{">苏州", "结婚登记人数创新高。", "郑州", "民政局延长办公时间。", "西安", "推出颁证仪式。"}, false},
		// Two bodies named alone are no roundup.
		{"unit-roundup", []string{">市社会福利院", "组织医护人员学习传染病防控知识。", "市儿童福利院", "组织集体学习。"}, false},
		// A photo's caption between paragraphs names the official shown.
		{"named-caption", []string{"督导组深入各地开展检查。", ">王某某副厅长率队在某县社会福利院检查消防安全工作", "检查中，督导组要求压实责任。"}, true},
		{"named-caption", []string{"督导组深入各地开展检查。", "李某处长率队在某站检查安全生产工作", ">张某某副厅长率队在某院检查食品安全", "检查中，督导组要求压实责任。"}, true},
		{"named-caption", []string{"督导组深入各地开展检查。", ">强化组织领导", "各地要压实责任。"}, false},
		{"named-caption", []string{"省民政厅厅长李某某到某县调研。", "李某某一行来到某镇敬老院,看望五保老人。", ">李某某和五保老人毛某某交谈", "李某某强调,民政工作涉及面广。"}, true},
		{"named-caption", []string{"省民政厅厅长李某某到某县调研。", "李某某一行来到某镇敬老院,看望五保老人。", ">深入学习李某某同志讲话精神", "会议要求,各地要压实责任。"}, false},
		{"named-caption", []string{"全县民政工作会议召开。", "张某某一行来到某镇敬老院,看望五保老人。", ">张某某和五保老人毛某某交谈", "张某某强调,民政工作涉及面广。"}, false},
		{"named-caption", []string{"督导组深入各地开展检查。", ">编辑|孟某某(某镇信息调研员)", "责编|马某"}, false},
		{"named-caption", []string{"督导组深入各地开展检查。", ">一、局长带队督导", "各地要压实责任。"}, false},
		// The actor the paragraph above names, doing something else.
		{"named-caption", []string{"杨某局长带领第一督导组到某镇敬老院检查安全生产工作。", ">第一督导组对敬老院食品留样存放进行查看", "随后督导组来到养老中心。"}, true},
		{"named-caption", []string{"杨某局长带领第一督导组到某镇敬老院检查安全生产工作。", "第一督导组对敬老院食品留样存放进行查看", ">第一督导组查看敬老院消防安全设施", "随后督导组来到养老中心。"}, true},
		{"named-caption", []string{"12月10日起,某县将推行丧事集中办理工作。", ">丧事集中办理激励政策", "给予每例补助交通费1000元;"}, false},
		{"named-caption", []string{"各地开展安全检查。", ">第一督导组对敬老院食品留样存放进行查看", "随后督导组来到养老中心。"}, false},
		{"named-caption", []string{"某市民政局召开会议", ">王某某局长率队检查养老机构", "检查中，督导组要求压实责任。"}, false},
		// A digest's rubrics: fields of work, and the department's own
		// name among them, each over its brief.
		{"unit-roundup", []string{">社会救助", "某市救助站开展专项救助行动。", "养老服务", "某盟布局助老餐厅。", "区划地名", "某市开展乡村著名行动。"}, true},
		// The briefs wrapped at twenty columns: a label over a line the wrap filled.
		{"unit-roundup", []string{">社会救助", "某市救助站进一步加大寒冬送温暖救助力度，先", "后开展街面巡查。", "养老服务", "某盟因地制宜布局助老餐厅建设，将多数助餐", "点设置在社区。", "区划地名", "某市积极开展乡村著名行动，通过普查提交地", "名数据七千余条。"}, true},
		// Over a line that neither ends a sentence nor fills the wrap: no label.
		{"unit-roundup", []string{"本周民政工作动态如下，为做好今年的各项工作", "，各地认真部署，扎实推进，取得了良好成效", "，现将有关情况通报如下。", ">社会救助", "某市救助站开展救助，", "后开展街面巡查。", "养老服务", "某盟因地制宜布局助老餐厅建设，将多数助餐", "点设置在社区。", "区划地名", "某市积极开展乡村著名行动，通过普查提交地", "名数据七千余条。"}, false},
		{"unit-roundup", []string{"社会救助", "某市救助站开展专项救助行动。", ">自治区民政厅", "某厅公示优秀慈善项目。", "养老服务", "某盟布局助老餐厅。"}, true},
		{"unit-roundup", []string{">社会救助", "某市救助站开展专项救助行动。", "养老服务", "某盟布局助老餐厅。"}, false},
		{"unit-roundup", []string{">一、社会救助", "全年发放救助金。", "二、养老服务", "新建助餐点。", "三、区划地名", "开展乡村著名行动。"}, false},
		{"attribution", []string{">开展主题活动。（南召县民政局）"}, true},
		{"attribution", []string{">活动。（市局办公室 市养老服务中心）"}, true},
		{"attribution", []string{">分解细化（见附件1）"}, false},
		{"attribution", []string{">召开党组（扩大）"}, false},
		{"attribution", []string{">（市养老服务中心）"}, true},
		{"attribution", []string{">某市民政局(某管理局承办)"}, false}, // a body named with a note
		{"attribution", []string{">区委宣传部（网信办）"}, false},    // a body's second name
		{"attribution-tail", []string{"达到综合效应。（市局办公室", ">市养老服务中心）"}, true},
		{"attribution-tail", []string{"开展活动。（西", "峡县", ">民政局）"}, true},
		{"attribution-tail", []string{"会议强调。", ">市养老服务中心）"}, false},

		{"repeats-earlier", []string{"本期内容", "●市级动态", "正文。", ">●市级动态"}, true},
		{"repeats-earlier", []string{"●市级动态", ">●县区动态"}, false},
		// A line of the text said again under the next sub-heading.
		{"repeats-earlier", []string{"为规范管理，特公告如下。", "(一)李湾片区", "具体见列表", "(二)里长堡片区", ">具体见列表"}, false},
		// A grid's header row set again under a part's row is the grid's.
		{"repeats-earlier", []string{"某县殡葬服务价格", "序号 | 服务项目 | 价格", "1 | 遗体接运 | 300元", "常规延伸服务 | |", ">序号 | 服务项目 | 价格", "2 | 遗体存放 | 100元"}, false},
		{"repeats-headline", []string{"关于开展排查工作的通知", ">关于开展排查工作的通知"}, true},
		{"repeats-headline", []string{">关于开展排查工作的通知"}, false},
		{"repeats-headline", []string{"某市民政局 某市交通运输局", "关于印发《某市道路命名管理办法》的通知", "各区县政府:", "现予印发,请遵照执行。", ">某市民政局", "某市交通运输局", "2024年4月30日"}, false},
		{"repeats-headline", []string{"某市民政局 某市交通运输局", "关于印发《某市道路命名管理办法》的通知", "各区县政府:", "现予印发,请遵照执行。", ">某市民政局", "某市交通运输局", "关于印发《某市道路命名管理办法》的通知"}, true},
		{"repeats-headline", []string{"某市老年优待证办理指南", ">【某市老年优待证办理指南】"}, true},
		{"repeats-headline", []string{"某市老年优待证办理指南", ">【温馨提示】"}, false},
		{"repeats-headline", []string{"某县民政局", "关于对某某会议第52号提案的答复", "现答复如下:", "我县共建设养老机构3家。", ">某县民政局", "2024年6月27日"}, false},
		{"repeats-headline", []string{"某县民政局", "关于对某某会议第52号提案的答复", "现答复如下:", "我县共建设养老机构3家。", ">某县民政局", "联系电话:12345"}, true},
		{"lead-repeat", []string{"某区严禁烧纸", ">【摘要】 为倡导文明祭祀，某区发出公告。共出动120名执法人员。", "为倡导文明祭祀，某区发出公告。共出动120名执法人员。区民政局要求做到四个到位。"}, true},
		{"lead-repeat", []string{"某区严禁烧纸", ">为倡导文明祭祀，某区发出公告。区民政局要求做到", "为倡导文明祭祀，某区发出公告。区民政局要求做到四个到位。"}, true},
		{"lead-repeat", []string{"某市慈善日活动举行", ">今年1—8月，全市慈善捐赠收入约2.9亿元。", "今年1—8月，全市慈善捐赠收入约2.9亿元。其中，企业捐赠1000万元。"}, false},
		{"lead-repeat", []string{"某区严禁烧纸", "为倡导文明祭祀，某区发出公告。区民政局要求做到四个到位。", ">为倡导文明祭祀，某区发出公告。区民政局要求做到"}, false},
		{"repeats-headline", []string{"【解说】8月22日是传统节日七夕。", "【同期】结婚新人", "我们特意选了今天来领证。", ">【同期】结婚新人", "我俩认识已经5年了。"}, false},
		{"repeats-headline", []string{"某市民政局关于开展排查工作的通知", "索引号：001", ">某市民政局", "关于开展排查工作的通知"}, true},
		{"repeats-headline", []string{"某市民政局关于开展排查工作的通知", "索引号：001", "某市民政局", ">关于开展排查工作的通知"}, true},
		{"repeats-headline", []string{"某市民政局关于开展排查工作的通知", "索引号：001", "某市民政局", ">关于开展宣传工作的通知"}, false},
		// A 目录 of chapters with no label, under a site's note, the first
		// chapter printed again over its articles.
		{"listed-run", []string{"《某省某某办法》由会员分享,可在线阅读。", "第一章总则", ">第二章救助对象", "第三章附则", "第一章总则", "第一条为了规范救助，制定本办法。"}, true},
		{"listed-run", []string{"某省某某办法", ">第一章总则", "第二章救助对象", "第一章总则", "第一条为了规范救助，制定本办法。"}, true},
		// Chapters each over their articles list nothing.
		{"listed-run", []string{"第一章总则", "第一条为了规范救助，制定本办法。", ">第二章救助对象", "第二条本办法所称救助对象，是指困难群众。"}, false},
		// Headings back to back that no copy follows: an outline, no list.
		{"listed-run", []string{"一、总体要求", ">二、主要任务", "三、保障措施", "各地要抓好落实。"}, false},
		// Numbers that do not count on.
		{"listed-run", []string{"第一章总则", ">第三章附则", "第一章总则", "第一条为了规范救助，制定本办法。"}, false},
		{"file-titled", []string{"某省某某办法.docx", "文档编号:123", ">某省某某办法", "第一条为了规范救助，制定本办法。"}, true},
		{"file-titled", []string{">某省某某办法", "某省某某办法.docx"}, false},
		{"file-titled", []string{"图片1.png", ">某省某某办法"}, false},
		{"repeated-later", []string{"本期内容", ">市政府副市长到市民政局调研", "●市级动态", "市政府副市长到市民政局调研", "1月20日，副市长到市民政局调研。"}, true},
		{"repeated-later", []string{"本期内容", "市政府副市长到市民政局调研", "●市级动态", ">市政府副市长到市民政局调研"}, false},
		{"repeated-later", []string{">会议要求，做好工作。", "会议要求，做好工作。"}, false},
		{"repeated-later", []string{"本期内容", ">市民政局召开研究部署春节期间疫情防控和安全生产工作专题会议", "●市级动态", "市民政局召开研究部署春节期间疫情防控", "和安全生产工作专题会议"}, true},
		{"repeats-headline", []string{"某某市民政局:取消结婚登记!", "正文。", ">某某市民政局:取消结婚登记!"}, true},

		{"byline", []string{">（记者 吴宏林）"}, true},
		{"byline", []string{">作者：李某某"}, true},
		{"byline", []string{"7月15日,某区民政局召开推进会。", ">图片来源:某某网", "会上,各科室汇报了工作。"}, true},
		{"byline", []string{">图片来源于网络的作品，请与本网联系。"}, false},
		{"byline", []string{">东南商报记者卢科霞 通讯员周志华"}, true},
		{"byline", []string{">上游新闻记者 景然 通讯员 王林"}, true},
		{"byline", []string{">某区新闻中心召开通讯员培训会"}, false},
		{"byline", []string{">中国某某网 某刻APP记者 高某"}, true},
		{"byline", []string{">某某APP记者见面会在京召开"}, false},
		{"byline", []string{">下载某某网 某刻APP,记者带你看现场"}, false},
		// A newsroom's brand before its own job, an icon's glyph before
		// the line, the verb run on to the name.
		{"byline", []string{">海都全媒体记者 唐某 林某"}, true},
		{"byline", []string{">N海都全媒体记者 唐某 林某"}, true},
		{"byline", []string{">?半岛全媒体记者刘笑笑报道"}, true},
		{"byline", []string{">全市召开融媒体记者培训会议"}, false},
		{"byline", []string{">姜某某 记者 王某某"}, true},
		{"byline", []string{">表彰优秀 通讯员 张三李四"}, false},
		{"byline", []string{">全市表彰优秀通讯员张三李四"}, false},
		{"byline", []string{">NBA全明星赛记者招待会举行"}, false},
		{"byline", []string{">本报记者 王小明 通讯员 李华"}, true},
		{"byline", []string{">东南商报记者节，全市新闻工作者举行座谈。"}, false},
		// A photograph's credit: the verb after the names.
		{"byline", []string{">新华社记者 某扬 摄"}, true},
		{"byline", []string{">本报记者 王小明 李华 摄影"}, true},
		{"byline", []string{">新华社记者节 摄影展开幕"}, false},
		{"byline", []string{">某区召开通讯员培训会"}, false},
		{"byline", []string{">某县庆祝记者节活动"}, false},
		{"byline", []string{">致敬一线新闻记者节活动举行"}, false},
		{"byline", []string{">市民政局局长 王小明"}, false},
		{"furniture", []string{">[1][2]下一页尾页"}, true},
		{"furniture", []string{"社会局为独居长辈送上年菜。", ">广告广告", "局长特别感谢各界的支持。"}, true},
		{"furniture", []string{"社会局为独居长辈送上年菜。", ">公益广告进社区", "局长特别感谢各界的支持。"}, false},
		{"furniture", []string{"下一步将持续关注困难群众。", ">推荐内容"}, true},
		{"furniture", []string{">热门搜索:", "安全生产|某县开展养老服务领域专项行动"}, true},
		{"furniture", []string{">精确检索", "开始检索"}, true},
		{"furniture", []string{">热门搜索引发关注,某县民政局回应群众关切。"}, false},
		{"furniture", []string{"检查组强调要常抓不懈。", ">栏目分类"}, true},
		{"furniture", []string{">栏目分类管理办法出台,方便群众查询办事指南。"}, false},
		// A news site's comment box under the article.
		{"furniture", []string{"下一步将组建督导团队。", ">评论留言", "•热心网友"}, true},
		{"furniture", []string{"评论留言", ">•热心网友", "暂时没有留言"}, true},
		{"furniture", []string{">热心网友为社区老人送上年货。"}, false},
		// Bare dates under the links to the pages before and after: the
		// dates of the links the copy lost.
		{"dated-links", []string{"正文。", "上一主题 : 某代表听民声", "下一主题 : 某文博园", ">2024-12-06", "2024-04-16"}, true},
		{"dated-links", []string{"正文。", "下一主题 : 某文博园", "2024-12-06", ">2024-04-16", "2024-02-05"}, true},
		{"dated-links", []string{"正文。", "某市民政局", ">2024-12-06", "2024-04-16"}, false},
		{"dated-links", []string{"正文。", "下一主题 : 某文博园", ">2024-12-06"}, false},
		// A search box saved empty: its label, a colon and its button.
		{"furniture", []string{"当前位置:首页>人事信息", ">站内检阅: 搜索", "某局荣获表彰"}, true},
		{"furniture", []string{">请输入关键词：搜索"}, true},
		{"time-labelled", []string{">活动时间", "2025年10月17日"}, true},
		{"time-labelled", []string{"报名截止日期：", ">2024年3月1日"}, true},
		{"time-labelled", []string{"某县民政局", ">2024年3月1日"}, false},
		{"time-labelled", []string{">活动时间", "在此期间，各机构开放参观。"}, false},
		{"time-labelled", []string{"活动时间：2025年10月17日", ">2025年10月18日"}, false},
		{"caption", []string{"重阳节如期而至,社区为老人举办活动。", ">(老人们共同欢度重阳节)", "情暖金秋送关怀,弘扬敬老新风尚。"}, true},
		// Two photos' captions in a row, each closing on a caption's word.
		{"caption", []string{"落实好各项政策,保障困难群众温暖过冬。", ">慰问困难群众现场", "慰问困难群众现场", "寒冬里的每一次慰问,拉近了距离。"}, true},
		{"caption", []string{"落实好各项政策,保障困难群众温暖过冬。", "慰问困难群众现场", ">慰问困难群众现场", "寒冬里的每一次慰问,拉近了距离。"}, true},
		{"caption", []string{"落实好各项政策,保障困难群众温暖过冬。", ">慰问困难群众现场", "强化养老服务保障", "寒冬里的每一次慰问,拉近了距离。"}, false},
		{"caption", []string{"落实好各项政策,保障困难群众温暖过冬。", "领导来到慰问活动，察看现场", ">慰问困难群众现场", "寒冬里的每一次慰问,拉近了距离。"}, false},
		// A caption's label: 图： over the paragraph after the photo.
		{"caption", []string{"各地民政部门开展安全检查。", ">图:某市民政局工作组对养老机构开展安全生产督导", "检查组深入各养老机构，排查隐患。"}, true},
		{"caption", []string{"各地民政部门开展安全检查。", ">图表", "检查组深入各养老机构，排查隐患。"}, false},
		{"caption", []string{"各地民政部门开展安全检查。", ">图：某县民政局工作组督导检查", "检查组深入各养老机构，排查隐患。"}, true},
		{"caption", []string{"各地民政部门开展安全检查。", ">下图：某县民政局工作组督导检查", "检查组深入各养老机构，排查隐患。"}, true},
		{"caption", []string{"市救助站开展走访慰问活动。", ">（市救助站）", "5月10日,县民政局开展演练。"}, false},
		{"caption", []string{"6月23日,某市召开新闻发布会。", ">发布会现场摄影王某凌", "近年来,某市坚决守住底线。"}, true},
		{"caption", []string{"6月23日,某市召开新闻发布会。", ">颁奖活动现场 摄影 王某凌", "近年来,某市坚决守住底线。"}, true},
		{"caption", []string{"6月23日,某市召开新闻发布会。", ">摄影王某凌", "近年来,某市坚决守住底线。"}, false},
		{"caption", []string{"某市民政局局长在会上讲话。", ">活动现场", "某市民政局张某某局长在会上主持并讲话", "省老龄办副主任李某某讲话"}, true},
		{"caption", []string{"某市民政局局长在会上讲话。", ">活动现场", "强化组织领导", "全市各级民政部门要压实责任。"}, false},
		{"caption", []string{"6月23日,某市召开新闻发布会。", ">现场摄影王某凌", "近年来,某市坚决守住底线。"}, false},
		{"caption", []string{"6月23日,某市召开新闻发布会。", ">加强社会救助兜底保障摄影展", "近年来,某市坚决守住底线。"}, false},
		{"caption", []string{"县民政局开展走访慰问活动。", ">(宋某)", "5月31日,某市慈善总会开展活动。"}, false},
		{"caption", []string{"县民政局开展走访慰问活动。", ">(老人们共同欢度重阳节)", "——某县民政局"}, false},
		{"caption", []string{"会议通报了全省民政工作情况。", ">2021年全省民政工作会议某某分会场", "近年来,某市民政局积极推动慈善社工融合发展。"}, true},
		{"caption", []string{"会议通报了全省民政工作情况。", ">3个乡镇观摩现场", "近年来,某市民政局积极推动慈善社工融合发展。"}, false},
		{"caption", []string{"会议通报了全省民政工作情况。", ">2021年全省民政工作会议某某分会场", "——某县民政局"}, false},
		{"caption", []string{"会议通报了全省民政工作情况。", "副省长某某讲话 王某某 摄", ">2021年全省民政工作会议某某分会场", "近年来,某市民政局积极推动慈善社工融合发展。"}, true},
		{"caption", []string{"会议通报了全省民政工作情况", ">2021年全省民政工作会议某某分会场", "近年来,某市民政局积极推动慈善社工融合发展。"}, false},
		{"trail-column", []string{"您的位置: 首页 >>市直动态 >> 查看内容", ">市直动态"}, true},
		{"trail-column", []string{"当前位置:首页>工作动态>某市召开养老服务推进会", ">某市召开养老服务推进会"}, false},
		{"trail-column", []string{"您的位置: 首页 >>市直动态 >> 查看内容", ">全省社工站全覆盖现场会在我市召开"}, false},
		{"trail-column", []string{"市直动态", ">市直动态"}, false},
		{"trail-column", []string{"当前位置: 首页 » 信息公开 »关于印发《某区救助应急预案》的通知 » 详情", ">关于印发《某区救助应急预案》的通知"}, false},
		{"doc-share", []string{">1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。"}, true},
		{"doc-share", []string{">已阅读5页,还剩19页未读 继续免费阅读"}, true},
		{"doc-share", []string{">文档简介"}, true},
		{"doc-share", []string{">资源描述:"}, true},
		{"doc-share", []string{">某区民政局_第5页"}, true},
		// A bureau's own words about a document, and its file's title.
		{"doc-share", []string{">请各单位下载文档后认真阅读，按时报送。"}, false},
		{"doc-share", []string{">某县民政局2023年工作总结"}, false},
		{"doc-share", []string{">第5页"}, false},
		{"file-name", []string{">某县民政局2023年工作总结.doc_第1页"}, true},
		{"file-name", []string{">某县民政局2023年工作总结_第1页说明"}, false},
		{"furniture", []string{">扫描下载某某之南"}, true},
		{"furniture", []string{">扫码关注某某发布"}, true},
		// What to scan set between the scan verb and the follow verb.
		{"furniture", []string{"会议要求各地抓好落实。", ">扫描二维码关注某某日报官方微信"}, true},
		// A scan verb with no follow verb, or a clause after the prompt: text.
		{"furniture", []string{"会议要求各地抓好落实。", ">扫描件上传至某某系统"}, false},
		{"furniture", []string{"会议要求各地抓好落实。", ">扫码关注后，居民可在线预约服务。"}, false},
		{"furniture", []string{">扫码下载，填写申请表后提交。"}, false},
		{"furniture", []string{">您访问的链接即将离开“某市民政局”门户网站,进入非政府网站"}, true},
		{"furniture", []string{">进入非政府网站的链接应当审核。"}, false},
		// A couplet heads a part; a sentence broken on a joining word does not.
		{"couplet", []string{"活动圆满结束。", ">多方联动聚合力，共筑民生保障网", "此次活动由某局主办，各方积极参与。"}, true},
		// The text flows past a page's prompt set where a picture stood.
		{"couplet", []string{"服务站从四个维度展开实践。", "打开网易新闻查看精彩图片", ">“社社有为”内生培育,激发社区自我成长动能", "民服站着力构建互助共学的社区支持体系,通过知识分享实现成长。"}, true},
		{"couplet", []string{"服务站从四个维度展开实践", "打开网易新闻查看精彩图片", ">“社社有为”内生培育,激发社区自我成长动能", "民服站着力构建互助共学的社区支持体系,通过知识分享实现成长。"}, false},
		{"couplet", []string{"服务站从四个维度展开实践。", "图为活动现场", ">“社社有为”内生培育,激发社区自我成长动能", "民服站着力构建互助共学的社区支持体系,通过知识分享实现成长。"}, false},
		{"couplet", []string{"到2020年,全面建成养老服务体系。", ">社会力量成为养老服务供给主体,养老服务业增加值在", "服务业中的比重显著提升,从业人员规模不断扩大。"}, false},
		// A signed-in visitor's strip; a read-aloud button; a leaving-site
		// notice whose quoted name the copy cut.
		{"furniture", []string{">(欢迎您)注销", "清明将至,错峰祭扫"}, true},
		{"furniture", []string{"做到文明安全祭扫。", ">点击我,为您语音播报"}, true},
		{"furniture", []string{">您访问的链接即将离开“某市人民政府网"}, true},
		{"furniture", []string{">欢迎您参加某市志愿服务活动"}, false},
		{"furniture", []string{">为您提供养老服务"}, false},
		{"furniture", []string{">注销登记的社会组织名单如下:"}, false},
		// A tool bar set with 丨 for bars; a reposting library's account bar.
		{"furniture", []string{">丨     网站无障碍 丨 关怀版 丨  关爱版", "某区开展竞赛"}, true},
		{"furniture", []string{">权威访谈丨某厅长谈民生"}, false},
		{"furniture", []string{"打开APP", ">未登录"}, true},
		{"furniture", []string{">开通VIP"}, true},
		// A site's credit of where it copied the text from.
		{"repost-credit", []string{"热饭圈让老人吃上热乎饭", "正文。", ">本文由某某信息港机器人小明转载自\"某某发布\""}, true},
		{"repost-credit", []string{">本文转自某某日报"}, true},
		{"repost-credit", []string{">本文由市民政局负责解释。"}, false},
		{"repost-credit", []string{">本文由市民政局负责解释,转自上级的条款从其规定。"}, false},
		{"repost-credit", []string{">本文件自发布之日起施行,摘自有关规定的条款另行公布。"}, false},
		{"furniture", []string{">当前位置:首页", "> 政务公开 > 民政局"}, false},
		{"furniture", []string{">发布时间:2020-01-29 打印"}, false},
		{"furniture", []string{">主要做法：开展搜索救援"}, false},
		{"furniture", []string{">下一步工作安排"}, false},
		// The warning a government site prints before a link leaves it.
		{"furniture", []string{">您访问的链接即将离开“某市人民政府”门户网站,是否继续?"}, true},
		{"furniture", []string{">您访问的链接即将离开"}, true},
		{"furniture", []string{">某市人民政府门户网站发布通知"}, false},
		{"furniture", []string{"重阳慰问 传递温情", ">·左右滑动查看更多"}, true},
		{"furniture", []string{">点击查看大图"}, true},
		{"furniture", []string{"您访问的链接即将离开“某市民政局”网站", ">是否继续？"}, true},
		{"furniture", []string{">相关稿件："}, true},
		{"furniture", []string{">是否继续开展此项工作，由各地自行确定。"}, false},
		{"furniture", []string{">政府信息公开", "某县新增城区道路命名方案"}, true},
		{"furniture", []string{">某县民政局2023年政府信息公开工作年度报告"}, false},
		{"furniture", []string{">左右滑动屏幕即可查看更多服务项目。"}, false},
		{"furniture", []string{">朗读", "某乡人民政府:"}, true},
		{"furniture", []string{"正文到此结束。", ">最新评论", "•暂时还没有评论..."}, true},
		{"furniture", []string{">最新评论显示，群众对养老服务的满意度明显提高。"}, false},
		{"furniture", []string{">跳至主要内容", "政务司司长出席敬老联欢会致辞全文"}, true},
		{"periodical-issue", []string{">2019年03月《小康》中旬刊", "栏目:时政", "2018年7139件人大代表建议全办结"}, true},
		{"periodical-issue", []string{">《中国民政》半月刊 2024年第5期"}, true},
		{"periodical-issue", []string{">《南阳民政工作动态》2024年第3期"}, false},
		{"periodical-issue", []string{">学习《条例》刊发的文章"}, false},
		{"furniture", []string{">跳过导航"}, true},
		{"furniture", []string{">跳至主要内容的链接方便视障人士浏览网页"}, false},
		{"furniture", []string{">朗读比赛在社区举行"}, false},
		{"byline", []string{">（崇阳县民政局 周卫鑫）"}, true},
		{"byline", []string{">记者从会上获悉，今年将完善体系。"}, false},
		{"credit", []string{">编 辑：王晨晖"}, true},

		// A source's field printed empty before the credit.
		{"credit", []string{">文章来源: 责任编辑:admin"}, true},
		{"credit", []string{">来源：责任编辑：李某"}, true},
		{"credit", []string{">文章来源: 某市民政局"}, false},
		{"credit", []string{">来源：编辑部门发布的通知"}, false},
		{"credit", []string{">【责任编辑：李某】"}, true},
		{"credit", []string{">[录入者:某市民政局]"}, true},
		{"credit", []string{">录入：张某"}, true},
		{"credit", []string{">(撰稿人:张某,审核人:刘某)"}, true},
		{"credit", []string{">录入系统的信息要及时更新。"}, false},
		{"credit", []string{">编辑部的同志认真审核了稿件。"}, false},
		{"credit", []string{">(三)审核:乡(镇)评审小组要通过入户调查"}, false},
		{"credit", []string{">3.审核：某某"}, false},
		{"credit", []string{">审核：某某"}, true},

		{"credit", []string{">二校(审):余逸飞"}, true},
		{"credit", []string{">一审:陆益平,二审:曾佰龙"}, true},
		{"credit", []string{">一校(对照原文逐字核对，发现错误及时更正):"}, false},

		{"closing-phrase", []string{">特此通知。"}, true},
		{"closing-phrase", []string{">特此公告"}, true},
		{"closing-phrase", []string{">特此通知各单位认真执行。"}, false},
		{"contact", []string{">联系人：徐东亚 （0375-4976695）"}, true},
		{"contact", []string{">举报电话:"}, true},
		{"contact", []string{">联系群众是我们的优良传统。"}, false},
		{"place-led", []string{"某市社会工作一周速览", "发布时间：2026年03月20日", ">福田区：某某交流活动成功举办", "3月8日，区委社会工作部联合区妇联举办活动。", "罗湖区：召开学习教育动员部署会", "3月10日，区委召开动员部署会。"}, true},
		{"place-led", []string{"某市社会工作一周速览", "福田区：某某交流活动成功举办", "3月8日，区委社会工作部联合区妇联举办活动。", ">罗湖区：召开学习教育动员部署会", "3月10日，区委召开动员部署会。"}, true},
		{"place-led", []string{"某市社会工作动态", ">福田区：某某交流活动成功举办", "3月8日，区委社会工作部联合区妇联举办活动。"}, false},
		{"place-led", []string{"民政部确定实验县名单。", ">北京市：海淀区、密云县", "天津市：东丽区、西青区", "同时，批复要求各地做好工作。"}, false},
		{"place-led", []string{"某市开展活动。", ">福田区：活动很成功。", "3月8日，区委举办活动。", "罗湖区：活动很成功。", "3月10日，区委召开会议。"}, false},
		{"contact", []string{">交通疏导联系电话:0000-1234567"}, true},
		{"contact", []string{">防火安全咨询电话：12345678"}, true},
		{"contact", []string{">某某科电话：0000-1234567"}, false},
		{"contact", []string{">七、清明祭扫咨询电话:0000-1234567。"}, false},
		{"contact", []string{">(四)联系电话:0000-1234567。"}, false},
		{"contact", []string{">各地要公布咨询电话，方便群众:"}, false},
		{"phone-only", []string{">0931-8447243 18193141649"}, true},
		{"phone-only", []string{">2024"}, false},
		{"body-phone", []string{">新余市民政局:0790-6413008"}, true},
		{"body-phone", []string{">某某殡仪馆:0774-6013699;0774-6019716"}, true},
		{"body-phone", []string{">某某殡仪馆:0774-6013699;请提前预约"}, false},
		{"body-phone", []string{">社会组织管理科:本周共办件310件。"}, false},
		{"body-phone", []string{">联系电话:0790-6413008"}, false},
		{"body-phone", []string{">甘州区儿童救助保护热线   0936--8360860"}, true},
		{"body-phone", []string{">市救助管理站救助热线0936-8213954"}, true},
		{"body-phone", []string{">联系电话 0790-6413008"}, false},
		{"body-phone", []string{">热线 0936-8213954"}, false},
		{"body-phone", []string{">救助热线开通 24 小时"}, false},
		{"attach-list", []string{">附件：1. 平顶山市养老服务重点任务清单"}, true},
		{"attach-list", []string{">附件1"}, false},
		{"attach-list", []string{">附件1. 某市社会团体2023年度检查事项须知", "2. 某市民办非企业单位2023年度检查事项须知"}, true},
		{"attach-list", []string{">附件1.", "某市社会团体2023年度检查事项须知"}, false},
		{"attach-list", []string{">附件.某市社会团体检查事项须知"}, false},
		{"attach-list", []string{">附件1：首批55条市政道路信息概述.doc"}, true},
		{"attach-list", []string{">附件二：某区养老机构名单"}, true},
		{"attach-list", []string{">附件1为某区养老机构名单。"}, false},
		{"attach-list-more", []string{"附件:1.福田区社会组织年度报告办法(试行)", "2.福田区社会组织抽查监督办法(试行)", ">3.福田区社会组织评估管理办法(试行)"}, true},
		{"attach-list-more", []string{"附件:1.福田区社会组织年度报告办法(试行)", ">3.福田区社会组织评估管理办法(试行)"}, false},
		{"attach-list-more", []string{"一、工作目标", ">2.完成评估"}, false},
		{"attach-list-more", []string{"请于3月1日前反馈意见。", "附件：", ">某市殡葬监管工作实施方案（征求意见稿）", "某市民政局", "2025年12月4日"}, true},
		{"attach-list-more", []string{"请于3月1日前反馈意见。", "附件：", ">某市民政局", "2025年12月4日"}, false},
		{"attach-list-more", []string{"请于3月1日前反馈意见。", "附件：", ">2025年12月4日"}, false},
		{"attach-list-more", []string{"请于3月1日前反馈意见。", "某市民政局", "2025年12月4日", "附件：", ">某市殡葬监管工作实施方案"}, false},
		{"attach-head", []string{">附件 2"}, true},
		{"attach-head", []string{">附件：1. 清单"}, false},
		{"after-seal", []string{"现将指南印发给你们，请遵照执行。", "安康市行政审批服务局  安康市民政局", "2022年10月27日", ">一、市级民办非企业登记办事指南"}, true},
		{"after-seal", []string{"南阳市民政局办公室", "2025年6月3日", ">市长调研民政工作"}, false},
		{"after-seal", []string{"现将指南印发给你们，请遵照执行。", ">一、市级民办非企业登记办事指南"}, false},
		{"after-seal", []string{"现就某某规划公开征求意见，有关事项通知如下：", "一、征集时间：3月1日至3月31日。", "二、征集方式：电子邮件。", ">某市民政事业发展规划", "的起草说明", "一、起草背景", "规划起草于去年。"}, true},
		{"after-seal", []string{"现就某某规划公开征求意见，有关事项通知如下：", "一、征集时间：3月1日至3月31日。", "二、征集方式：电子邮件。", "某市民政事业发展规划", "的起草说明", "一、起草背景", ">规划起草于去年。"}, true},
		{"after-seal", []string{"现就某某规划公开征求意见，有关事项通知如下：", "一、征集时间：3月1日至3月31日。", "二、征集方式：电子邮件。", ">关于某某规划的说明", "一、起草背景", "规划起草于去年。"}, true},
		{"after-seal", []string{"一、低保工作", "全年审核低保对象120户。", "二、养老服务", "新建日间照料中心2处。", ">关于2025年工作的意见", "一、低保工作", "继续做好动态管理。"}, false},
		{"after-seal", []string{"现就某某规划公开征求意见，有关事项通知如下：", "一、征集时间：3月1日至3月31日。", "二、征集方式：电子邮件。", ">二〇二四年工作计划", "一、起草背景", "规划起草于去年。"}, false},
		{"after-seal", []string{"现就某某规划公开征求意见，有关事项通知如下：", "一、征集时间：3月1日至3月31日。", "二、征集方式：电子邮件。", ">某市民政事业发展规划的起草说明", "三、联系方式", "规划起草于去年。"}, false},
		{"after-seal", []string{"一、征集时间：3月1日至3月31日。", ">某市民政事业发展规划的起草说明", "一、起草背景", "规划起草于去年。"}, false},
		{"public-note", []string{">（此件主动公开）"}, true},
		{"public-note", []string{">此件由市民政局负责解释。"}, false},

		{"footer-list", []string{">报：市民政局领导。"}, true},
		{"foot-credit", []string{"报：市民政局领导。", "发：各县市区民政局。", ">编辑：王晨晖"}, true},
		{"foot-credit", []string{"11月28日，开展活动。", ">编辑：王晨晖"}, false},
		{"foot-credit", []string{"报：市民政局领导。", ">市民政局办公室"}, false},
		{"footer-list", []string{">抄送：省民政厅，市委深改委成员。"}, true},
		{"footer-list", []string{">发放标准：每人988元。"}, false},
		{"printed", []string{">平顶山市民政局办公室 2021年7月29日印发"}, true},
		{"printed", []string{">会议印发了文件。"}, false},
		{"copies", []string{">（共印 50 份）"}, true},
		{"copies", []string{">共印发文件50份，已全部下发。"}, false},

		{"tab-row", []string{">单位\t目标数\t完成数", "西峡县\t12\t10"}, true},
		{"tab-row", []string{">单位\t目标数\t完成数"}, false},
		{"tab-row", []string{">单位"}, false},
		{"pipe-row", []string{">| 县 | 户数 | 完成率 |", "|---|---|---|"}, true},
		{"pipe-row", []string{"| 县 | 户数 | 完成率 |", ">|---|---|---|"}, true},
		{"pipe-row", []string{"区民政局开展检查", ">| 发布时间 | 2023-07-12 | 来源 | 区民政局 |", "7月11日，区民政局开展检查。"}, false},
		{"pipe-row", []string{">| 仅一个竖线"}, false},
		{"spaced-row", []string{">西峡县    120       60", "内乡县    90        45"}, true},
		{"spaced-row", []string{">会议要求  各单位抓好落实。"}, false},
		{"spaced-row", []string{">1 解放碑 1166 113 1279", "2 上清寺 667 32 699"}, true},
		{"spaced-row", []string{">低保 特困 合计 低保", "1 解放碑 1166 113 1279", "2 上清寺 667 32 699"}, true},
		{"spaced-row", []string{">2021 年 7 月 29 日", "2022 年 1 月 18 日"}, false},
		{"spaced-row", []string{">第六条 申请评估的组织应当符合下列条件之一:   (一)取得登记证书满两个年度的;   (二)获得的评估等级满5年的。", "第七条 有下列情形之一的,不予评估:   (一)未参加上年度检查;   (二)上年度检查不合格。"}, false},
		{"spaced-row", []string{">(一)城市低保    120    60", "(二)农村低保    90    45"}, true},
		{"spaced-row", []string{">联系电话：0371 6595 1234", "传真：0371 6595 4321 12"}, false},
		// A cell's words wrapped a character a line between a grid's rows.
		{"between-rows", []string{"序号 | 公开事项 | 公开内容", "一级事项 | 二级事项 | 依据", "11 | 临", ">时", "救", "助 | 政策法规", "●《某市救助办法》"}, true},
		{"between-rows", []string{"序号 | 公开事项 | 公开内容", "一级事项 | 二级事项 | 依据", "12 | 办事指南 | ●办理事项", ">●办理条件", "●申请材料", "●联系方式 | 窗口电话"}, true},
		// Headlines between a menu and a date spaced like cells: no grid.
		{"between-rows", []string{"首页  新闻  图片", ">某市救助站开展巡查", "2017-01-18 11:31  某市日报"}, false},
		// A grid of fields, each cell a label: no table.
		{"between-rows", []string{"组配分类:|公示公告|体裁分类:|公告|", ">生效日期:|废止日期:|||", "发布机构:|某区民政局|生成日期:|2023-02-13|"}, false},
		// A numbered heading or a sentence between two tables is the text's.
		{"between-rows", []string{"序号 | 单位 | 金额", "1 | 某县 | 20", ">二、资金使用要求", "序号 | 单位 | 金额", "1 | 某县 | 20"}, false},
		{"between-rows", []string{"序号 | 单位 | 金额", "1 | 某县 | 20", ">各地要及时拨付资金。", "序号 | 单位 | 金额", "1 | 某县 | 20"}, false},
		{"cell-run", []string{"排序", ">街道", "1", "解放碑", "1166", "2", "上清寺", "667", "3", "两路口", "1084"}, true},
		{"cell-run", []string{"统筹推进老龄事业发展", ">健全完善社会福利制度", "积极推动养老服务改革创新"}, false},
		{"cell-run", []string{"|", "||||", ">本报讯 7月23日上午,某市民政局开展关爱困境儿童活动,为32名儿童送去牛奶。 某某时报 王某 |", "3上一篇 下一篇4 |", "版权声明 @ 某某网 网站版权所有 |"}, false},
		{"cell-run", []string{"县区 |", "小计 |", "|", ">利州区 |", "13 |", "|", "13 |", "|", "昭化区 |", "12.72 |", "3.72 |", "9 |"}, true},
		{"head-grid", []string{"某县殡仪馆收费公示", ">服务项目", "收费标准", "计费单位", "备注", "火化费", "300元", "具", "低保对象免收。"}, true},
		{"head-grid", []string{"某县殡仪馆收费公示", "服务项目", "收费标准", "计费单位", "备注", "火化费", "300元", ">具", "低保对象免收。"}, true},
		{"head-grid", []string{"序号", "收 费 项 目", "计 费 单 位", "收费标准", "1. 火化费", ">元/具", "120"}, true},
		{"head-grid", []string{"服务项目", "收费标准", "计费单位", "火化费", "300元", "某县民政局", "2025年1月1日", ">联系电话：0000-1234567"}, false},
		{"head-grid", []string{"首页", ">政务公开", "办事服务", "互动交流", "某县民政局召开会议"}, false},
		{"head-grid", []string{"事项名称", ">临时救助", "设定依据", "《社会救助暂行办法》"}, false},
		{"head-grid", []string{"服务项目", ">收费标准", "计费单位"}, false},
		{"head-grid", []string{">服务项目", "收费标准(元)", "计费单位", "火化费", "300", "具"}, true},
		{"stat-grid", []string{"2022年社会服务统计3月份报表", "指标名称单位数量", ">一、民政事业费累计支出亿元30.4", "二、乡级行政区划单位", "镇143"}, true},
		{"stat-grid", []string{"指标名称单位数量", "一、民政事业费累计支出亿元30.4", ">镇143"}, true},
		{"stat-grid", []string{"指 标", "|", "单 位", "|", "数 量", "|", ">1.优抚、安置", "|", "万人", "|", "467.0"}, true},
		{"stat-grid", []string{"|指标名称|单位|数量|上期|环比|", ">|(一)行政区划|||||", "|1.镇|个|653|653||"}, true},
		{"stat-grid", []string{"指标单位数量", "镇个20113", "注:本表数据为快报数。", ">一、今后工作"}, false},
		{"stat-grid", []string{"指标名称单位数量", "镇143", "截至3月底,全市共有养老机构586家,较上年增加3家。", ">二、下一步工作"}, false},
		{"stat-grid", []string{"各项指标均已完成,养老床位增加。", ">一、民政事业费累计支出"}, false},
		{"stat-grid", []string{"指标名称单位数量", ">|"}, false},
		{"past-grid", []string{"办理环节 | 办理时限 |", "办结 | 5个工作日 |", ">承诺办结时限22个工作日"}, true},
		{"past-grid", []string{"项目 | 单位 | 标准 |", "火化 | 具 | 600 |", ">本标准自发布之日起执行。"}, true},
		{"past-grid", []string{"办理环节 | 办理时限 |", "办结 | 5个工作日 |", ">注：时限按工作日计。"}, false},
		{"past-grid", []string{"发布机构 | 区民政局 | 发文日期 | 2023-11-06 |", ">区民政局重点工作进展表"}, false},
		{"past-grid", []string{"办理环节 | 办理时限 |", "||||", ">各街道民政办："}, false},
		{"past-grid", []string{"办理环节 | 办理时限", "办结 | 5个工作日", ">个工作日以内"}, false},
		// An article's closing credits, and what the page sets under them.
		{"teaser", []string{"活动取得圆满成功。", "某公司获战略投资", ">11月8日,某某制造商某某公司[详细]"}, true},
		{"teaser", []string{"活动取得圆满成功。", ">某公司获战略投资", "11月8日,某某制造商某某公司[详细]"}, true},
		{"teaser", []string{"活动取得圆满成功。", ">销量稳步向上,某车型", "在智能化的赛道上,中国汽车品[详"}, true},
		{"teaser", []string{"活动取得圆满成功。", ">详见附件【附件1】"}, false},
		{"teaser", []string{">[详细]"}, false},
		{"teaser", []string{"会议听取了汇报。", ">会议要求抓好落实[2024]"}, false},
		{"related-links", []string{"活动取得圆满成功。", "最新推荐", ">某公司获战略投资"}, true},
		{"related-links", []string{"察看了多功能大厅等有关情况。", "全站热点", ">某小区自治模式调查", "2014-10-13 15:03阅读"}, true},
		{"related-links", []string{"全站热点", ">某小区自治模式调查", "察看了多功能大厅等有关情况。"}, false},
		{"related-links", []string{"会议取得圆满成功。(记者 某某)", "热图推荐", ">某地冻猪肉投放 累计投放量达18万吨"}, true},
		{"related-links", []string{"会议取得圆满成功。", ">热图展示了全省养老机构分布"}, false},
		// Whose list it is before its label; a bulleted link with a comma.
		{"related-links", []string{"活动取得圆满成功。", ">本栏随机推荐新闻", "·某地三抓三重"}, true},
		{"related-links", []string{"活动取得圆满成功。", "本栏随机推荐新闻", "·某地三抓三重", ">·在若尔盖草原,长征路"}, true},
		{"related-links", []string{"活动取得圆满成功。", "本栏随机推荐新闻", ">在若尔盖草原,长征路"}, false},
		{"related-links", []string{"活动取得圆满成功。", ">本栏目负责人介绍了推荐新闻的办法"}, false},
		// A yearbook's entries: the name in brackets, the text run on.
		{"bracket-entry", []string{">[优抚安置] 两年共接受退伍士兵114人，其中城镇35人。", "[双拥工作] 继续巩固双拥模范县的成果。"}, true},
		{"bracket-entry", []string{">【救灾、救济工作】 全县农田受灾面积43781公顷，占播种面积69.5%。"}, true},
		{"bracket-entry", []string{">【 概 述 】 某县民政局设办公室、计划财务科，全局共有干部职工78人。"}, true},
		{"bracket-entry", []string{">〔社会救助〕 全年共保障农村低保对象1.93万人。"}, true},
		// A script's labels repeat, a summary or an outlet's dateline is no
		// entry, a field runs on with no sentence, a headline's column
		// label over its words, the text of a paragraph goes on.
		{"bracket-entry", []string{">【现场】8月22日是传统节日七夕。", "【现场】许多新人前来登记。"}, false},
		{"bracket-entry", []string{"【现场】8月22日是传统节日七夕。", "【采访】许多新人前来登记。", ">【现场】登记处增加了窗口。", "【采访】工作人员提前一周准备。"}, false},
		{"bracket-entry", []string{"【概述】 某县民政局设办公室，全局共有干部职工78人。", "【社会救助】 全县共发放救灾救济金163万元。", ">【概述】 某县残联设办公室，共有职工20人。", "【康复工作】 全年为残疾人提供康复服务300人次。"}, true},
		{"bracket-entry", []string{">【摘要】 为提倡文明祭祀，甘区发出公告。"}, false},
		{"bracket-entry", []string{">【解说】8月22日是传统节日七夕，许多新人前来登记。"}, false},
		{"bracket-entry", []string{">【某某日报讯】记者某某报道：重阳节期间，某旗走访慰问老年人。"}, false},
		{"bracket-entry", []string{">【法宝引证码】CLI.1.304262"}, false},
		{"bracket-entry", []string{">【区民政局】节前送温暖"}, false},
		{"bracket-entry", []string{">【2023】全年共保障农村低保对象1.93万人。"}, false},
		{"bracket-entry", []string{"全县设12处乡镇民政办公室，隶属", ">【民政局】的事业单位有6个，全局共有干部职工78人。"}, false},
		// A credit whose job and names a space parts, no colon.
		{"job-credit", []string{"同时，加大物资储备。", ">编辑 王剑青", "值班主编 寇青"}, true},
		{"job-credit", []string{"同时，加大物资储备。", "编辑 王剑青", ">值班主编 寇青"}, true},
		{"job-credit", []string{">责任编辑 张伟 李明"}, true},
		{"job-credit", []string{"同时，加大物资储备。", ">编审丨王静编辑丨李晓英"}, true},
		{"job-credit", []string{"同时，加大物资储备。", ">编辑 | 张伟"}, true},
		{"job-credit", []string{"同时，加大物资储备。", ">热点丨养老服务"}, false},
		{"job-credit", []string{"同时，加大物资储备。", ">编审丨王静编辑丨李晓英丨"}, false},
		{"job-credit", []string{"同时，加大物资储备。", ">聚焦丨王静走访慰问困难群众"}, false},
		{"job-credit", []string{"同时，加大物资储备。", ">编辑丨2023年第5期"}, false},
		{"job-credit", []string{"同时，加大物资储备。", ">编审丨王静走访丨李晓英"}, false},
		{"byline", []string{"会议要求各地抓好落实。", ">记 者:柳 航", "编 辑:向 甜"}, true},
		{"byline", []string{"会议要求各地抓好落实。", ">记 者 节 活 动", "编 辑:向 甜"}, false},
		{"furniture", []string{"会议要求各地抓好落实。", ">图片", "编辑:向甜"}, true},
		{"furniture", []string{"会议要求各地抓好落实。", ">图片展示了活动现场。", "编辑:向甜"}, false},
		{"job-credit", []string{">编辑 部门"}, false},
		{"job-credit", []string{">编辑 王剑青等同志参加了会议"}, false},
		{"job-credit", []string{">主编 2023年第5期"}, false},
		{"script-label", []string{">【同期】某区民政局婚姻登记处主任 某某", "我们从凌晨开始预约。"}, true},
		{"script-label", []string{">【解说】8月22日是传统节日七夕。"}, true},
		{"script-label", []string{">【通知】关于调整办公时间的说明"}, false},
		{"script-label", []string{">同期举办的活动还有三项。"}, false},
		// A trail a converter set as a list's item, a national portal's
		// regional site at its head.
		{"breadcrumb", []string{">1. 中国西藏网 > 教育", "", "某市民政局筑牢困境儿童保障网"}, true},
		// Two links at the page's top; below it, or a headline's words
		// around a figure's sign, no trail.
		{"breadcrumb", []string{">政务服务> 办事指南", "北京市", "基本信息"}, true},
		{"breadcrumb", []string{"某区老年人养老服务补贴津贴发放", ">政务服务> 办事指南", "基本信息"}, false},
		{"breadcrumb", []string{">80周岁>老人补贴标准提高", "近日，某市提高高龄津贴标准。"}, false},
		{"breadcrumb", []string{">- 首页 > 新闻中心 > 图片新闻", "", "某市共有900对新人登记结婚"}, true},
		{"breadcrumb", []string{">1.中国 > 教育", "", "某市民政局筑牢困境儿童保障网"}, false},
		{"breadcrumb", []string{">1. 中国 > 教育", "", "某市民政局筑牢困境儿童保障网"}, false},
		{"breadcrumb", []string{">首页 实时讯息", "", "某市共有900对新人登记结婚"}, true},
		{"breadcrumb", []string{">网站首页　工作动态　正文", "某市共有900对新人登记结婚"}, true},
		{"breadcrumb", []string{">首页 设计大赛，市民踊跃参与。"}, false},
		{"breadcrumb", []string{">某市首页 2024"}, false},
		{"closing-credit", []string{"某市民政局召开座谈会", "会议听取了代表意见。", ">[作者:王某]", "[编辑:李某]", "[来源:某市在线]", "本季推荐"}, true},
		{"closing-credit", []string{"会议听取了代表意见。", "责任编辑:", ">赵某某", "相关推荐"}, true},
		{"closing-credit", []string{"某市民政局召开座谈会", ">来源:某市在线", "编辑:李某", "会议听取了代表意见。", "本季推荐"}, false},
		{"closing-credit", []string{"会议听取了代表意见。", ">来源:某市在线", "本季推荐"}, false},
		{"after-credits", []string{"会议听取了代表意见。", "[编辑:李某]", "[来源:某市在线]", ">本季推荐", "某园背山面水。"}, true},
		{"after-credits", []string{"会议听取了代表意见。", "[编辑:李某]", "本季推荐", ">某园背山面水。"}, true},
		{"after-credits", []string{"全市正在经营的公墓有13家。", "(责编:张某 校对:李某)", ">附表:", "承办单位、地址、报名电话:", "1 市某公墓 某区某路1号 027-12345678"}, false},
		{"after-credits", []string{"全市正在经营的公墓有13家。", "(责编:张某 校对:李某)", "附表:", "承办单位、地址、报名电话:", ">1 市某公墓 某区某路1号 027-12345678"}, false},
		{"after-credits", []string{"某市民政局召开座谈会", "编辑:李某", "会议听取了代表意见。", ">本季推荐"}, false},
		{"after-credits", []string{"会议听取了代表意见。", "[编辑:李某]", ">[来源:某市在线]"}, false},
		{"menu-list", []string{">li:首页", "li:民文", "li:网站无障碍", "li:登录", "某区民政事业发展成效显著"}, true},
		{"menu-list", []string{"li:首页", ">li:民文", "li:网站无障碍", "li:登录", "某区民政事业发展成效显著"}, true},
		{"menu-list", []string{"li:首页", "li:民文", "li:工作动态", ">某区民政事业发展成效显著"}, false},
		{"menu-list", []string{">li:养老服务", "li:社会救助", "li:首页", "某区民政事业发展成效显著"}, false},
		{"menu-list", []string{"li:首页", "li:登录", ">li:全区共发放救助金，惠及群众。"}, false},
		{"related-links", []string{"活动取得圆满成功。", "相关链接", ">·黑龙江今年拟建800万亩高标准农田"}, true},
		{"related-links", []string{"请广大市民理解、支持和配合。", "※来源:某某日报", "相关内容", "热门资讯", ">超市现场制售食品调查丨现场制售... 某网北京2月12日消息(记者某某)据报道,春节临近,在人..."}, true},
		{"furniture", []string{"※来源:某某日报", ">热门资讯", "超市现场制售食品调查"}, true},
		{"furniture", []string{">相关内容如下:"}, false},
		{"related-links", []string{"活动取得圆满成功。", ">延伸阅读："}, true},
		{"related-links", []string{"活动开展以来,取得圆满成功。本文来源:某网 责任编辑:佚名 |", ">最新内容", "- 某县小学开展寒假安全系列教育活动,筑牢家校安全防线"}, true},
		{"related-links", []string{"活动取得圆满成功。", "相关新闻", "- 某地开展救助月活动", ">下一步，各地将继续推进。"}, false},
		{"related-links", []string{"活动取得圆满成功。", "相关新闻", "·某地开展救助月活动", ">下一步，各地将继续推进。"}, false},
		{"related-links", []string{"相关链接", ">关于做好救助工作的通知", "各县民政局："}, false},
		{"related-links", []string{"活动取得圆满成功。", ">相关链接制度将于明年建立"}, false},
		{"related-links", []string{"活动取得圆满成功。", "新闻推荐", "某镇开展敬老活动", ">本报讯 3月2日上午，某镇组织志愿者走访敬老院，为老人..."}, true},
		{"related-links", []string{"活动取得圆满成功。", "新闻推荐", "某镇开展敬老活动", ">本报讯 3月2日上午，某镇组织志愿者走访敬老院……"}, true},
		{"related-links", []string{"活动取得圆满成功。", "新闻推荐", "某镇开展敬老活动", ">本报讯 3月2日上午，某镇组织志愿者走访敬老院。"}, false},
		{"related-links", []string{"各单位要严格使用标准地名。", ">相关文件:某市人民政府关于印发某市部分道路命名方案的通知"}, true},
		{"related-links", []string{"各单位要严格使用标准地名。", ">相关文件:各单位要认真学习,抓好落实。"}, false},
		{"repeats-headline", []string{"救助人员破解寻亲密码", "来源:人民网", "本职不研究方言,却能听出口音。", ">原标题:图文:救助人员破解一串串“寻亲密码”"}, true},
		{"repeats-headline", []string{"救助人员破解寻亲密码", "来源:人民网", "本职不研究方言,却能听出口音。", ">标题党不可取"}, false},
		{"label-value", []string{"办理流程:", ">初审→受理→审查→登记(发证)"}, true},
		{"label-value", []string{"收费情况：", ">不收费"}, true},
		{"label-value", []string{"申请材料：", ">(一)本人有效的身份证、户口簿;"}, false},
		{"label-value", []string{"一、工作目标：", ">提升服务水平"}, false},
		{"label-value", []string{"现就有关事项通知如下，请遵照执行：", ">加强组织领导"}, false},
		{"label-value", []string{"办理条件：", ">申请材料："}, false},
		{"label-value", []string{"您的当前位置:", ">·殡葬改革·"}, false},
		{"table-note", []string{">注：数据截至2月底。"}, true},
		{"table-note", []string{">注意安全。"}, false},
		{"table-title", []string{">平顶山市养老服务重点任务清单"}, true},
		{"table-title", []string{">具体见列表"}, false},
		{"table-title", []string{">各县完成情况", "| 县 | 户数 |", "| 西峡县 | 120 |"}, true},
		{"table-title", []string{">一、报送内容", "各县情况", "县\t户数", "西峡县\t120"}, false},

		{"breadcrumb-tail", []string{"当前位置:首页>政府信息公开>市直部门>民政局>公告公", ">示", "大冶市部分乡镇乡村道路命名公示", "为了进一步加强和规范乡村地名管理工作,全面提", "升我市乡村地名建设水平,根据国务院有关规定,按", "照体现历史尊重习惯的命名原则,对部分乡镇进行"}, true},
		{"breadcrumb-tail", []string{"当前位置:某某新闻网>新闻>某市>要闻>这些道路有名称了", ">这些道路有名称了", "为了进一步加强和规范乡村地名管理工作,全面提", "升我市乡村地名建设水平,根据国务院有关规定,按", "照体现历史尊重习惯的命名原则,对部分乡镇进行"}, false},
		{"breadcrumb-tail", []string{"当前位置:首页>政府信息公开>市直部门>民政局>公告公", ">大冶市部分乡镇乡村道路命名公示", "为了进一步加强和规范乡村地名管理工作,全面提", "升我市乡村地名建设水平,根据国务院有关规定,按", "照体现历史尊重习惯的命名原则,对部分乡镇进行"}, false},
		{"breadcrumb-tail", []string{"当前位置:", ">本市要闻", "昨天，全市民政工作会议召开。"}, true},
		{"breadcrumb-tail", []string{"当前位置：", ">我县召开2015年民政工作会议", "作者:何某 2017-02-28 16:26:29"}, false},
		{"breadcrumb-tail", []string{"当前位置:", ">昨天，全市民政工作会议召开。"}, false},
		{"breadcrumb-tail", []string{"当前位置:首页>公告公示", ">示", "为了进一步加强和规范乡村地名管理工作,全面提", "升我市乡村地名建设水平,根据国务院有关规定,按", "照体现历史尊重习惯的命名原则,对部分乡镇进行"}, false},
		{"furniture", []string{">无障碍浏览 长者模式 打开适老化模式 政府信箱 加入收藏 x"}, true},
		{"furniture", []string{">扫一扫在手机打开当前页面"}, true},
		{"furniture", []string{">返回", "导航"}, true},
		{"furniture", []string{">民政工作"}, false},
		{"over-breadcrumb", []string{">洞口县人民政府", "您当前所在位置: 首页 > 政务公开 > 回应关切"}, true},
		{"over-breadcrumb", []string{"洞口县人民政府", ">您当前所在位置: 首页 > 政务公开 > 回应关切"}, false},
		{"over-breadcrumb", []string{">县民政局组织社工走访慰问困难群众", "春节前夕，社工们来到月溪镇。"}, false},
		{"recipient", []string{"许昌市民政局", ">关于开展社会组织年检工作的通知", "各县（市、区）民政局："}, false},
		{"recipient", []string{"许昌市民政局", "关于开展社会组织年检工作的通知", ">各县（市、区）民政局："}, true},
		{"byline", []string{"市救助管理站举行开放日活动", ">□首席摄影记者 王建成"}, true},
		{"repeated-later", []string{"市救助管理站举行开放日活动", ">□首席摄影记者 王建成", "正文。", "□首席摄影记者 王建成"}, false},
		{"info-field", []string{">所属分类 部门文件 效力状态 有效"}, true},
		{"info-field", []string{">责任部门 西夏区民政局 公开方式 主动公开"}, true},
		{"link-caption", []string{"正文。", ">上一条:青神县隆重举行2017烈士公祭活动"}, true},
		{"link-caption", []string{"正文。", ">下一篇：碧湖未来新城33条新路等你命名"}, true},
		{"link-caption", []string{">上一篇"}, true},
		{"link-caption", []string{"正文。", ">上一主题 : 第四届全市居民健康素养知识竞赛举行"}, true},
		{"link-caption", []string{">下一主题教育活动将于明年举行。"}, false},
		{"link-caption", []string{">下一步：做好冬季救助工作"}, false},
		{"link-caption", []string{">上一条道路命名后，下一条随即公示。"}, false},
		{"nav-bar", []string{">设为首页  |  加入收藏  | 关于我们 | 网站地图 | 公开统计 | 栏目更新"}, true},
		{"nav-bar", []string{"首 页 人大要闻 国内综合 立法工作 监督纵横", ">河北要闻 市县人大 论坛新声 代表履职"}, true},
		{"nav-bar", []string{"首页 要闻 综合 立法", ">某市民政局开展 慰问活动 温暖人心"}, false},
		{"nav-bar", []string{"某市民政局召开会议", ">河北要闻 市县人大 论坛新声 代表履职"}, false},
		{"nav-bar", []string{">首页 | 网站地图"}, true},
		{"nav-bar", []string{">首页| 滚动| 国内| 国际| 军事| 社会| 财经| I T| 能源"}, true},
		{"nav-bar", []string{">首页某某新闻县区开发区节庆活动经济", "", "某市召开全市民政工作会议"}, true},
		{"nav-bar", []string{">首页", "", "某市召开全市民政工作会议"}, false},
		{"nav-bar", []string{">首页2024年民政工作要点", "", "某市召开全市民政工作会议"}, false},
		{"nav-bar", []string{"首页| 滚动| 国内| 国际| 军事| 社会| 财经| I T| 能源", ">English| 图片| 视频| 直播| 娱乐| 体育"}, true},
		{"nav-bar", []string{"首页| 滚动| 国内| 国际| 军事| 社会| 财经| I T| 能源", ">合计| 9366| 795| 10161"}, false},
		{"nav-bar", []string{"新疆阿克苏为街头流浪乞讨者设置避寒场所", ">English| 图片| 视频| 直播| 娱乐| 体育"}, false},
		{"nav-bar", []string{">首页 新闻中心 信息公开 政务服务 政民互动 走进周至 专题专栏"}, true},
		{"nav-bar", []string{">首页 新闻中心"}, false},
		{"nav-bar", []string{">东街道信息公开 西街道信息公开 南镇信息公开 北乡信息公开", "本县民政局对全县养老机构开展检查。"}, true},
		{"nav-bar", []string{">东街道信息公开 西街道信息公开", "本县民政局对全县养老机构开展检查。"}, false},
		{"nav-bar", []string{">养老服务中心 日间照料中心 综合服务中心", "本县民政局对全县养老机构开展检查。"}, true},
		{"nav-bar", []string{"本县民政局对全县养老机构开展检查。", ">养老服务中心 日间照料中心 综合服务中心"}, false},
		{"nav-bar", []string{">信息公开 信息公开 信息公开", "本县民政局对全县养老机构开展检查。"}, false},
		{"nav-bar", []string{">某市民政局 某市财政局 某市卫生健康委员会", "本县民政局对全县养老机构开展检查。"}, false},
		{"nav-bar", []string{">首页 2024年 工作动态 第3期"}, false},
		{"furniture", []string{">文章由 美篇工作版 编辑制作"}, true},
		{"furniture", []string{">APP内浏览"}, true},
		{"nav-bar", []string{">| 序号 | 单位 | 联系电话 |"}, false},
		{"nav-bar", []string{">| 1 | 打印 | 关闭 |"}, false},
		{"link-list", []string{"更多新闻 >>", ">- 海口台湾两地共建回流文物交流平台(2019-12-16)", "- 海口市2019年度社科规划课题顺利结项(2019-12-14)"}, true},
		{"link-list", []string{"- 商品多氛围足人气旺(2019-12-16)", ">• 海口市社科规划课题顺利结项（2019-12-14）"}, true},
		{"link-list", []string{"正文。", ">- 海口市社科规划课题顺利结项(2019-12-14)", "正文。"}, false},
		{"link-list", []string{">- 申报截止(2019-12-14)", "- 评审(另行通知)"}, false},
		{"site-name", []string{">东莞信息网", "", "首页 > 最新信息 / 正文"}, true},
		{"site-name", []string{"正文。", ">洞口县人民政府网站"}, true},
		{"site-name", []string{">本溪门户网"}, true},
		{"site-name", []string{">手机兰州新闻网"}, true},
		{"site-name", []string{">掌上本溪门户网"}, true},
		{"site-name", []string{">手机信息网"}, false},
		{"site-name", []string{">全国养老服务信息网"}, false},
		{"site-name", []string{">织密织牢社会救助兜底保障网"}, false},
		{"tag-line", []string{"正文。", ">Tags:民政   东莞   局面"}, true},
		{"tag-line", []string{"正文。", ">标签：养老 救助"}, true},
		{"reading-time", []string{">本篇文章477字,读完约1分钟", "据闵行区介绍,4月5日下午,我局召开常务会议。"}, true},
		{"reading-time", []string{">全文约1200字，阅读需3分钟"}, true},
		{"after-repeated-info", []string{"高邮市开展志愿者日活动", "03.12.2015 17:37", "本文来源: 民政厅", "12月5日是国际志愿者日，高邮市下发通知。", "本文来源: 民政厅", "03.12.2015 17:37", ">“十三五”期间中央财政实施湿地保护修复项目"}, true},
		{"after-repeated-info", []string{"高邮市开展志愿者日活动", "03.12.2015 17:37", "本文来源: 民政厅", ">12月5日是国际志愿者日，高邮市下发通知。", "本文来源: 民政厅"}, false},
		{"after-repeated-info", []string{"高邮市开展志愿者日活动", "本文来源: 民政厅", "12月5日是国际志愿者日，高邮市下发通知。", "来源: 新华社", ">下一段正文。"}, false},
		{"after-repeated-info", []string{"甲文", "本文来源: 民政厅", "正文一。", "本文来源: 民政厅", "正文二。", "本文来源: 民政厅", ">正文三。"}, false},
		{"reading-time", []string{">本文共3000字，请各单位认真阅读，会议时长30分钟。"}, false},
		{"tag-line", []string{"正文。", ">本文标签: ,兴业  ,道路  ,命名为  ,如皋市"}, true},
		{"tag-line", []string{">标签：本次活动共发放标签200个，覆盖全部养老机构。"}, false},
		{"tag-line", []string{"正文。", ">关键词：社区养老服务中心 幸福工程"}, true},
		{"tag-line", []string{"正文。", ">关键词:河北,养老服务责任编辑:某某"}, false},
		{"timestamp", []string{"2019年东莞全市民政工作会议召开", ">网络整理 2019-03-15 最新信息"}, true},
		{"timestamp", []string{">发布 2019-03-15 10:02 来源"}, true},
		{"timestamp", []string{">1 张三 2019-03-15 已办结"}, false},
		{"timestamp", []string{"南通如皋市丁堰镇部分道路命名预公示", ">社会热点2022-09-18 10:50:12未知"}, true},
		{"timestamp", []string{"经审核，现予公示。", ">截至2022-09-18 10:50共受理申请"}, false},
		{"timestamp", []string{">会议于2022-09-18召开"}, false},
		{"timestamp", []string{"【护苗行动】定安县开展关爱困难未成年人活动", ">创建于2023-04-17"}, true},
		{"timestamp", []string{">2019-03-15 至 2019-03-20"}, false},
		{"site-banner", []string{">今天是:", "您现在的位置:古城台儿庄>>古城要闻>>正文内容"}, true},
		{"site-banner", []string{">今天是：2021年8月27日 星期五"}, true},
		{"site-banner", []string{">今天是重阳节，县民政局走访慰问老人。"}, false},
		{"site-banner", []string{">2014年12月08日 星期一 黄石天气:多云"}, true},
		{"site-banner", []string{">您好! 欢迎光临下陆区政府网!"}, true},
		{"site-banner", []string{">星期一 天气：晴"}, true},
		{"site-banner", []string{">12月8日天气晴好，志愿者走进社区。"}, false},
		{"site-banner", []string{">欢迎光临指导"}, false},
		{"site-banner", []string{">2014年12月08日 星期一"}, false},
		{"site-banner", []string{">2021年04月01日 星期四 旧版入口|返回首页|版面导航"}, true},
		{"site-banner", []string{">2021年04月01日 星期四 区民政局召开会议"}, false},
		{"site-banner", []string{">旧版入口|返回首页 星期四"}, false},
		{"furniture", []string{">【字体:  打印本页"}, true},
		{"furniture", []string{">打印 关闭"}, true},
		{"furniture", []string{">字号：大 中 小"}, true},
		{"furniture", []string{">打印机已配发到各乡镇。"}, false},
		{"furniture", []string{">点击上方“某某民政”关注我们"}, true},
		{"furniture", []string{">长按识别二维码 关注我们"}, true},
		{"furniture", []string{">关注“民生实事”"}, false},
		{"furniture", []string{">关注困难群众生活。"}, false},
		{"breadcrumb", []string{">当前位置：首页 > 民政动态 > 通知公告"}, true},
		{"breadcrumb", []string{">首页 > 政务公开"}, true},
		{"breadcrumb", []string{">现在位置: 首页 - 资讯中心 - 文明聚焦"}, true},
		{"breadcrumb", []string{">现在位置偏远的村庄已通公路。"}, false},
		{"breadcrumb", []string{">首页设计要美观。"}, false},
		{"furniture", []string{">扫一扫在手机上查看当前页面"}, true},
		{"furniture", []string{">微信扫一扫,即刻分享!"}, true},
		{"furniture", []string{">扫一扫手机打开当前页"}, true},
		{"furniture", []string{">账号+密码登录"}, true},
		{"furniture", []string{">无障碍浏览 长者专版"}, true},
		{"furniture", []string{">请登录全国养老服务信息系统填报。"}, false},
		{"timestamp", []string{">  • 2024-01-25 11:03"}, true},
		{"timestamp", []string{">  • 2024年工作要点"}, false},
		{"timestamp", []string{">2020-02-24 09:08:21  6712423次"}, true},
		{"timestamp", []string{">2020-02-24 09:08:21 共3次"}, false},
		{"timestamp", []string{">2020年2月24日开展3次"}, false},
		{"timestamp", []string{">2016-07-05 09:01:50 某省民族学会8015", "为贯彻落实有关意见，现提出如下意见。"}, true},
		{"timestamp", []string{"为贯彻落实有关意见，现提出如下意见。", ">2016-07-05 09:01:50 某省民族学会8015"}, false},
		{"timestamp", []string{">2016-07-05 09:00 召开会议8015", "为贯彻落实有关意见，现提出如下意见。"}, false},
		{"breadcrumb", []string{">网易首页 > 网易河北 > 正文"}, true},
		// A trail whose arrows the copy lost: the site's home, then columns.
		{"breadcrumb", []string{">某某湘黔网首页某某城事热报查看内容"}, true},
		{"breadcrumb", []string{">某某日报网站首页民生频道正文"}, true},
		{"breadcrumb", []string{">某某网首页改版，新增民生服务栏目。"}, false},
		{"breadcrumb", []string{">某某网首页"}, false},
		{"breadcrumb", []string{">某市民政网首页新增适老化服务专区"}, false},
		{"breadcrumb", []string{">甲 > 乙"}, false},
		{"breadcrumb", []string{">福州新闻网 >> 要闻"}, true},
		// A trail that opens at one of the site's channels.
		{"breadcrumb", []string{">某省频道 > 全景某省"}, true},
		{"breadcrumb", []string{">民生栏目 > 正文"}, true},
		{"breadcrumb", []string{">频道 > 正文"}, false},
		{"breadcrumb", []string{">收视率破纪录的频道 > 三成观众，节目受好评。"}, false},
		// A trail a list renderer numbered, a link a line.
		{"numbered-trail", []string{">1. 当前位置:", "2. 首页", "3. 政务公开", "4. 民政局", "5. 正文"}, true},
		{"numbered-trail", []string{"1. 当前位置:", "2. 首页", "3. 政务公开", ">4. 民政局", "5. 正文"}, true},
		{"numbered-trail", []string{"1. 首页", ">2. 通知公告", "关于开展某项工作的通知"}, true},
		{"numbered-trail", []string{">1.加强组织领导", "2.强化宣传引导", "3.严格督查问效"}, false},
		{"numbered-trail", []string{"1.当前位置:", ">2.各单位要于2024年3月前报送材料。"}, false},
		{"numbered-trail", []string{"一、总体要求", ">1.首页设计", "2.栏目设置"}, false},
		{"caption", []string{">【资料图】", "本报讯(通讯员 海方)8月17日,记者从会上获悉。"}, true},
		{"caption", []string{">[图片]"}, true},
		// A caption marked as pointing up at its photo, a year in it.
		{"caption", []string{"8月29日,三地民政部门召开会议。", ">△ 三地民政部门召开2023年养老协同专题工作组会议现场", "近年来,三地民政部门坚持协同发展。"}, true},
		{"caption", []string{"会议强调了重点工作。", ">▲ 2024年全市民政工作会议现场", "会上,市民政局作了工作报告。"}, true},
		{"caption", []string{"会议强调了重点工作。", ">▲ 市民政局召开2024年全市民政工作会议", "会上,市民政局作了工作报告。"}, false},
		{"caption", []string{"会议强调了重点工作。", ">2024年全市观摩5个点位现场", "会上,市民政局作了工作报告。"}, false},
		// A photo's credit in brackets closing what it shows.
		{"caption", []string{"市民已可预约。", ">某市民政局举行全市清明节祭扫服务工作新闻发布会(某网记者王晶摄)", "三种方式"}, true},
		{"caption", []string{">(记者 王晶 摄)"}, false},
		{"caption", []string{">某市民政局召开专题会议(图)"}, false},
		// What a photo shows, its credit after a slash.
		{"caption", []string{">某某养老服务驿站提供医养服务/记者拍摄", "目前，全市已经建成105家区域养老服务中心。"}, true},
		{"caption", []string{">志愿者入户走访独居老人/张三 摄"}, true},
		{"caption", []string{">某某区民政局供图"}, false},
		{"caption", []string{">张三/图文"}, false},
		{"caption", []string{">文/图 李某"}, false},
		{"caption", []string{"重阳节前一天，县领导看望了百岁老人。", ">县政协副主席张维明(右)看望百岁老人郭永兰(中)", "尊老敬老是中华民族的传统美德。"}, true},
		{"caption", []string{">县政协副主席张维明（左二）与老人合影"}, true},
		{"caption", []string{">本市(中心城区)养老机构开展检查"}, false},
		{"caption", []string{">（右）"}, false},
		{"caption", []string{"2月1日,全省民政工作会议召开。", ">全省民政工作座谈会议某市分会场 王某某 摄", "会上,某市民政局作交流发言。"}, true},
		{"caption", []string{"2月1日,全省民政工作会议召开。", ">副省长某某讲话 王某某摄", "会上,某市民政局作交流发言。"}, true},
		{"caption", []string{"2月1日,全省民政工作会议召开。", ">记者 王某某 摄", "会上,某市民政局作交流发言。"}, false},
		{"caption", []string{">某岛全媒体记者 刘某某 报道", "2月1日,全省民政工作会议召开。"}, false},
		{"caption", []string{"2月1日,全省民政工作会议召开。", ">加强组织领导 强化责任落实 抓好拍摄", "会上,某市民政局作交流发言。"}, false},
		{"caption", []string{">(图:某区召开上半年工作汇报会议)", "7月10日,某区民政局召开会议。"}, true},
		{"caption", []string{">（图片：志愿者入户走访）"}, true},
		{"caption", []string{">(图表：2024年低保标准)"}, false},
		{"caption", []string{">（图：记者 张某 摄）"}, false},
		{"caption", []string{">（试点：某街道养老服务中心）"}, false},
		{"site-foot", []string{">某省人大常委会主管"}, true},
		{"site-foot", []string{"附件:某市生态安葬公墓名单", ">承办单位、地址、报名电话:", "某市某陵园 某区某路1号 027-12345678"}, false},
		{"site-foot", []string{"附件:某市生态安葬公墓名单", ">名称、地址、承办单位", "某市某陵园 某区某路1号 某区民政局"}, false},
		{"site-foot", []string{"活动共慰问困难群众30户。", ">版权所有、禁止转载"}, true},
		{"site-foot", []string{"网站地图 | 联系我们", ">承办单位:某市大数据中心"}, true},
		{"site-foot", []string{"活动共慰问困难群众30户。", ">某网所刊载内容之知识产权为某传媒所有。未经许可，禁止进行转载、摘编、复制。"}, true},
		{"site-foot", []string{"活动共慰问困难群众30户。", ">如有意愿转载，请发邮件至某某邮箱，获得书面授权后，方可使用。"}, true},
		{"site-foot", []string{"活动共慰问困难群众30户。", ">多家媒体转载了这篇报道，引起社会广泛关注。"}, false},
		{"site-foot", []string{"活动共慰问困难群众30户。", ">新闻线索报料通道：应用市场下载某某APP，或拨打热线。"}, true},
		{"site-foot", []string{"活动共慰问困难群众30户。", ">居民可拨打热线反映困难群众的线索。"}, false},
		{"site-foot", []string{"活动共慰问困难群众30户。", ">特别声明：以上内容来源于编辑整理发布，如有不妥之处，请与我方联系删除。"}, true},
		{"site-foot", []string{"活动共慰问困难群众30户。", ">会上，县民政局作了特别声明，重申救助政策。"}, false},
		{"site-foot", []string{">某省法治杂志社主办"}, true},
		{"site-foot", []string{">某省人大常委会办公厅主办"}, true},
		{"site-foot", []string{">各部门要认真主办"}, false},
		{"site-foot", []string{">主办：某县民政局办公室"}, false},
		{"site-foot", []string{">由某县民政局主办，某协会承办。"}, false},
		{"site-foot", []string{">主办:某省民政厅 承办:"}, true},
		{"site-foot", []string{">主办：某省民政厅  协办：某市民政局"}, true},
		{"site-foot", []string{">主办：某省民政厅 联系电话：12345"}, false},
		{"site-foot", []string{">中共某县委、某县人民政府主管,县委宣传部主办,某县融媒体中心承办"}, true},
		{"site-foot", []string{">由某县民政局主办,某协会承办"}, false},
		{"site-foot", []string{">活动由某县民政局主办,各乡镇积极参与"}, false},
		{"site-foot", []string{">主办单位：某市民政局 技术支持：某公司"}, true},
		{"site-foot", []string{">Copyright 某市民政局 版权所有，未经允许不得转载。"}, true},
		{"site-foot", []string{">开业当天,主办单位邀请了15名困难群众来到现场,介绍运营模式。"}, false},
		{"site-terms", []string{"某区开展慰问活动。", "活动共慰问困难群众30户。", "某网版权与免责声明:", "①凡本网注明来源的作品，版权均属本网。", ">②凡注明转载的作品，均转载自其他媒体。"}, true},
		{"site-terms", []string{"某区开展慰问活动。", "免责声明：", ">1、本站部分文章为转载，不代表本站观点。"}, true},
		{"site-terms", []string{"某区开展慰问活动。", "某网版权与免责声明:", "①凡本网注明来源的作品，版权均属本网。", "二、下步工作", ">三、工作要求"}, false},
		{"site-terms", []string{"某区开展慰问活动。", "主要做法：", ">1、加强组织领导。"}, false},
		{"site-terms", []string{"免责声明：", ">1、本站部分文章为转载。"}, false},
		{"site-terms", []string{"全市正在经营的公墓有13家。", "附表:", "承办单位、地址、报名电话:", ">1、市某公墓 某区某路1号 0000-0000000"}, false},
		{"under-image", []string{"图片3.png", ">位于越秀区光孝路的首个慈善超市示范点正式开业"}, true},
		{"under-image", []string{"img_01副本.jpg", ">某市启动2021年慈善一日捐活动", "2021-08-30 09:08:00 来源:某某日报"}, false},
		{"under-image", []string{"img_01副本.jpg", ">某市启动2021年慈善一日捐活动", "为弘扬慈善精神，某市启动活动。"}, true},

		{"under-image", []string{"图片3.png", ">善城暖屋内设置发放区、义卖区等区域。"}, false},
		{"under-image", []string{"附件.docx", ">位于越秀区光孝路的首个慈善超市示范点正式开业"}, false},
		{"under-image", []string{"图片3.png", ">活动现场，志愿者为困难群众发放生活物资，受到群众", "一致好评。"}, false},
		{"caption", []string{">【图片新闻】", "本报讯8月17日,记者从会上获悉。"}, false},
		{"breadcrumb", []string{">收入 > 支出"}, false},
		{"breadcrumb", []string{">网站首页 / 新闻中心 / 民政动态"}, true},
		{"link-caption", []string{">原文链接:点击查看源文件"}, true},
		{"link-caption", []string{">政策解读链接：点击查看政策解读"}, true},
		{"link-caption", []string{">建立城乡链接：推动资源下沉。"}, false},
		{"weather", []string{">36 °", "多云", "西南风 1级"}, true},
		{"weather", []string{">西南风 1级"}, true},
		{"weather", []string{">空气优 43"}, true},
		{"weather", []string{">相对湿度 45%"}, true},
		{"weather", []string{">中雨 / 多云", "26°/33°"}, true},
		{"weather", []string{">今天", "多云", "26°/37°"}, true},
		{"weather", []string{">×", "兴宁", "36°"}, true},
		{"weather", []string{">多云", "县民政局召开会议。"}, false},
		{"weather", []string{">气温降至-5°，民政局启动寒潮应急预案。"}, false},
		{"weather", []string{">今天", "民政局召开会议。"}, false},
		{"weather", []string{">一级风险", "36°"}, false},
		{"nav-bar", []string{">· 中国政府网  · 河北省政府  · 秦皇岛市政府 |  无障碍      |", "关于开展年检工作的通知", "各社会组织：", "根据有关规定，现开展年检工作。"}, true},
		{"nav-bar", []string{"关于开展年检工作的通知", "根据有关规定，现开展年检工作。", ">· 民政局 · 财政局 · 人社局"}, false},
		{"recipient", []string{"关于开展年检工作的通知", ">社会团体、社会服务机构:", "根据有关规定，现开展年检工作。"}, true},
		{"recipient", []string{"关于开展年检工作的通知", ">社会团体:", "根据有关规定，现开展年检工作。"}, false},
		{"recipient", []string{"关于开展年检工作的通知", ">年检范围、年检时间:", "根据有关规定，现开展年检工作。"}, false},
		{"doc-number", []string{"绥化市人民政府办公室关于2009年度考核情况的通报", ">(绥政发〔2010〕9号)", "各县(市、区)人民政府:"}, true},
		{"doc-number", []string{">根据《关于考核情况的通报》(绥政发〔2010〕9号)"}, false},
		{"info-field", []string{">号: 11341426003240448H/202301-00011 信息分类: 综合政务"}, true},
		{"info-field", []string{">会议要求: 各地认真落实。 来源: 民政局"}, false},
		{"outline", []string{"（崇阳县民政局 周卫鑫）", "Document Outline", ">省民政厅副厅长来崇阳县开展慰问活动"}, true},
		{"outline", []string{"（崇阳县民政局 周卫鑫）", ">Document Outline"}, true},
		{"outline", []string{">省民政厅副厅长来崇阳县开展慰问活动", "（崇阳县民政局 周卫鑫）"}, false},
		{"caption", []string{"近日，县民政局召开党组扩大会议，研究部署重点工作。", ">会议现场", "今年，全县被确定为重点县，民政局高度重视。"}, true},
		{"caption", []string{">图为志愿者入户走访困难群众"}, true},
		{"caption", []string{"近日，县民政局召开党组扩大会议。", ">一、走进服务现场", "今年，全县被确定为重点县，民政局高度重视。"}, false},
		{"caption", []string{"县民政局召开现场推进会。", ">会议现场", "会议要求："}, false},
		{"caption", []string{">图为", "志愿者入户走访。"}, false},
		{"caption", []string{">现场", "志愿者入户走访，送去慰问品。"}, false},
		{"hotline", []string{">新闻热线:0576-88106106", "“中华慈善日”爱心捐款活动举行", "9月5日，县里举行捐款活动。"}, true},
		{"hotline", []string{">求助热线:0734-8860089 捐助热线:0734-8860089(传真)", "9月5日，县里举行捐款活动。"}, true},
		{"hotline", []string{"9月5日，县里举行捐款活动。", ">咨询电话:0576-88106106"}, false},
		{"hotline", []string{">开通养老服务热线", "9月5日，县里举行捐款活动。"}, false},
		{"breadcrumb", []string{">首页／通知公告"}, true},
		{"breadcrumb", []string{">当前所在:网站首页> 社会调查"}, true},
		{"breadcrumb", []string{">网站首页 > 社会调查"}, true},
		{"breadcrumb", []string{">> 民政概要 > 大事记"}, true},
		{"breadcrumb", []string{">民政概要 > 大事记"}, false},
		{"breadcrumb", []string{">> 首页设计要美观。 > 大事记"}, false},
		{"breadcrumb", []string{">2020/10/12"}, false},
		{"breadcrumb", []string{">民政局/财政局/人社局"}, false},
		{"breadcrumb", []string{">首页/首页设计要美观。"}, false},
		{"site-foot", []string{">蜀ICP备12019884号 川南网信箱:597583136@qq.com 版权所有"}, true},
		{"site-foot", []string{">本单位版权意识强，所有作品均为原创。"}, false},
		{"site-foot", []string{">建议用IE9.0浏览器浏览本站效果会更好。"}, true},
		{"site-foot", []string{">网上年检填报前应准备好材料,填报的浏览器推荐使用谷歌或360极速模式。"}, false},
		{"unit-led", []string{">社会组织管理科:本周行政服务中心民政窗口共办件310件,其中社会团体年度检查4件。"}, true},
		{"unit-led", []string{">新余市民政局:0790-6413008"}, false},
		{"unit-led", []string{">会议指出:要加强领导,落实责任。"}, false},
		{"unit-led", []string{">市统计局:某市政府3楼,联系电话:0735-2368260。"}, false},
		{"unit-led", []string{">某县民政局:地址某路49号;咨询电话:0735-2287123"}, false},
		{"unit-led", []string{">办公室:本周接待来电咨询21次,联系群众办理事项8件。"}, true},
		{"section-word", []string{">科室动态"}, true},
		{"section-word", []string{">本周大事记"}, true},
		{"section-word", []string{">全市民政系统认真贯彻落实各项工作动态"}, false},
		{"info-field", []string{">【法宝引证码】CLI.1.304262 【时效性】尚未施行"}, true},
		{"border", []string{">| | | |"}, true},
		{"border", []string{">|县|户数|"}, false},
		// Empty cells that close a data row of a grid saved a cell a line.
		{"border", []string{"8 |", ">|||", "2 |"}, false},
		{"border", []string{"排名 |", ">|||", "户 |"}, true},
		{"border", []string{"8 |", ">|||", "说明：以上为年度数据。"}, true},
		{"border", []string{"记者:邓娜娜", ">▼", "更多精彩推荐,请关注我们"}, true},
		{"border", []string{">★★★"}, true},
		{"border", []string{">?"}, true},
		{"border", []string{">？？"}, true},
		{"border", []string{">?是否符合条件"}, false},
		{"border", []string{">• <ul id=\"k1\"></ul>"}, true},
		{"border", []string{"><strike id=\"k1\"><rt id=\"k1\"></rt></strike>"}, true},
		{"border", []string{">年龄<60岁的困难群众"}, false},
		{"border", []string{"><b>某县民政局</b>"}, false},
		{"border", []string{">▲ 县民政局开展走访慰问"}, false},
		{"page-column", []string{"第01版", ">头版", "第02版", "新闻", "第03版", "社会工作专刊"}, true},
		{"page-column", []string{"第01版", "头版", "第02版", ">新闻"}, true},
		// One number over one line of words is a page with its headline.
		{"page-column", []string{"第03版", ">某省出台社区社会组织分类管理办法"}, false},
		{"page-column", []string{"第01版", "头版", "第02版", ">日前，记者从会议上获悉，全省已建成工作站。"}, false},
		{"page-number", []string{">1/1"}, true},
		{"page-number", []string{">[1]"}, true},
		{"under-site-foot", []string{"网站标识码:1201160042", ">联系方式:022-65305660"}, true},
		{"under-site-foot", []string{"联系人：张某", ">联系方式:022-65305660"}, false},
		{"under-site-foot", []string{"承办单位、地址、报名电话", ">序号 单位名称 地址 联系电话"}, false},
		{"under-site-foot", []string{"国内统一刊号:CN43-0003 某某报社出版", ">2022年03月02日", "积极为流浪乞讨人员寻亲", "本报讯 2月24日，笔者获悉。"}, false},
		{"under-site-foot", []string{"本报讯 2月24日，笔者获悉。", "国内统一刊号:CN43-0003 某某报社出版", ">2022年03月02日"}, true},
		{"over-site-foot", []string{">主办:青神县人民政府办公室", "承办:青神县政府信息服务中心", "蜀ICP备06019670号"}, true},
		{"over-site-foot", []string{"主办:青神县人民政府办公室", ">承办:青神县政府信息服务中心", "蜀ICP备06019670号"}, true},
		{"over-site-foot", []string{">联系人：张某", "联系电话：0790-6413008", "版权所有：某某市民政局"}, false},
		{"over-site-foot", []string{"全市各公墓开展清明祭扫服务。", ">主办:某市民政局", "协办:某区民政局", "承办单位、地址、报名电话:", "1 市某公墓 某区某路1号 0000-0000000"}, false},
		{"over-site-foot", []string{">来源:市文明办、市民政局", "版权归原作者所有"}, false},
		{"over-site-foot", []string{">[来源:区民政局]", "鄂公网安备42020402000022号"}, false},
		{"over-site-foot", []string{">主办:青神县人民政府办公室", "为进一步做好工作，现通知如下。", "蜀ICP备06019670号"}, false},
		{"file-name", []string{">图片1.png"}, true},
		{"file-name", []string{">实施方案.docx"}, true},
		{"file-name", []string{">附件:关于开展惠民生行动的实施方案.pdf"}, false},
		{"file-name", []string{">index_new5.html"}, true},
		{"file-name", []string{">../../../core/tpl_static/wap/tpl_font3.html"}, true},
		{"file-name", []string{">本文链接:https://www.example.cn/article/436289.html"}, false},
		{"file-name", []string{">详见市民政局网站通知.html页面，请及时查看。"}, false},
		{"file-name", []string{">会议于9.30召开。"}, false},
		{"file-name", []string{">1调研组实地踏查某市养护院 王某 摄_副本.jpg"}, true},
		{"file-name", []string{">详见 www.mca.gov.cn，或拨打电话 12345.png"}, false},
		{"attach-list", []string{">附:救灾补助资金指标分配表。"}, true},
		{"page-number", []string{">- 3 -"}, true},
		{"page-number", []string{">第 1 页 共 3 页"}, true},
		{"page-number", []string{">1166"}, false},
		{"page-number", []string{">第06版:县区PDF版阅读"}, true},
		{"furniture", []string{">已有0条评论,共有0人参与"}, true},
		{"furniture", []string{">评论列表 (0条)"}, true},
		{"furniture", []string{">已有3条评论意见被采纳"}, false},
		{"page-number", []string{">第 3 版"}, true},
		{"page-number", []string{">第3版:要闻，市民政局召开会议"}, false},
		{"print-stamp", []string{">12/1/26, 2:35 PM"}, true},
		{"print-stamp", []string{">file:///tmp/doc/article.html"}, true},
		{"print-stamp", []string{">网址：www.gov.cn，欢迎访问。"}, false},
		{"print-stamp", []string{">http://www.example.gov.cn/a/b.html 某县民政局"}, true},
		{"print-stamp", []string{">http://www.example.gov.cn/a/b.html发文字号 某政发〔2021〕1号"}, false},
		// A site's address opening the page's information line.
		{"print-stamp", []string{">http://wmf.example.com 2020-10-22 14:34:33 来源:某网 责任编辑:某某"}, false},
		{"print-stamp", []string{">http://wmf.example.com 2020-10-22 14:34:33"}, true},

		{"terminal", []string{">会议要求，各单位抓好落实。"}, true},
		{"terminal", []string{">统筹推进老龄事业发展"}, false},
		{"running", []string{">会议要求，各单位"}, true},
		{"running", []string{">统筹推进老龄事业发展"}, false},
		{"bare", []string{">统筹推进老龄事业发展"}, true},
		{"bare", []string{">会议要求，各单位抓好落实。"}, false},
		{"first", []string{">统筹推进老龄事业发展", "正文。"}, true},
		{"first", []string{"标题", ">正文。"}, false},
		{"break", []string{"一段。", "", ">二段。", "三段。"}, true},
		{"break", []string{"一段。", ">二段。"}, false},
		{"continues", []string{"会议要求，各单位要", ">抓好落实。"}, true},
		{"continues", []string{"会议要求。", ">各单位抓好落实。"}, false},
		{"labelled", []string{">新余市民政局:0790-6413008"}, true},
		{"labelled", []string{">发放标准：每人988元"}, true},
		{"labelled", []string{">具体标准如下："}, false},
		{"labelled", []string{">上午8:00—12:00"}, false},
		{"labelled", []string{">云城居养：举办“耆乐融融喜迎新春”吃汤圆主题活动"}, false},
		{"labelled", []string{">地名汉语拼音拼写形式:DàyáoqiáoLù"}, true},
		{"unnumbered", []string{"一、道路命名", ">地名汉语拼音拼写形式:DàyáoqiáoLù", "二、道路更名"}, true},
		{"standalone", []string{"挖掘和传承地名文化遗产，丰富内涵价值。", ">持续增强民生保障能力", "今年是脱贫攻坚过渡期的最后一年，我市将全面加强救助。"}, true},
		{"standalone", []string{"今年是脱贫攻坚过渡期的最后一年，我市将全面", ">加强低收入人口", "动态监测，织密兜底保障网。"}, false},
		// A paragraph's first line, its indent dropped, is no heading.
		{"standalone", []string{"胡强指出近年来全省各地各有关部门按，", "照党中央国务院决策部署和省委省政府工作，", "要求推动养老服务工作取得显著成效较好完。", "成了三年行动计划目标任务但养老服务，", "依然是民生保障中的短板弱项他强调各地各，", "有关部门要站在战略和全局的高度牢牢把握。", ">贯彻新发展理念构建新发展格局推动高质", "量发展的要求坚持需求导向优化城市养老服，", "政部门下一步的工作提出了希望和要求。"}, false},
		// A paragraph's first line, its indent dropped, that an extraction
		// set apart from the lines it wraps into by a blank line (as it
		// parts every paragraph's first line from the rest): no heading.
		{"bare", []string{"各地要进一步加强组织领导，明确工作责任，", "细化工作措施，确保各项任务落到实处。", "", ">这次全省开展的专项检查的范围涉及全部", "", "养老机构和农村敬老院，重点检查消防安全，", "食品安全和服务质量，发现问题立即整改。"}, false},
		{"bare", []string{"各地要进一步加强组织领导，明确工作责任，", "细化工作措施，确保各项任务落到实处。", "", ">专项检查的范围", "", "养老机构和农村敬老院，重点检查消防安全，", "食品安全和服务质量，发现问题立即整改。"}, true},
		{"bare", []string{"各地要进一步加强组织领导，明确工作责任，", "细化工作措施，确保各项任务落到实处。", "", ">这次全省开展的专项检查的范围涉及全部", "", "一、养老机构和农村敬老院，重点检查消防，", "食品安全和服务质量，发现问题立即整改。"}, true},
		{"unnumbered", []string{"一、道路命名", ">二、道路更名"}, false},
		{"unnumbered", []string{"市民政局召开会议", ">会议强调,要做好工作。"}, false},
		{"clock-line", []string{">上午8:00—12:00"}, true},
		{"clock-line", []string{">下午14:30—17:30"}, true},
		{"clock-line", []string{">会议于8:30在市政府召开。"}, false},
		{"labelled", []string{">会议指出：要加强领导，落实责任。"}, false},
		{"spaced-grid", []string{">序号 收费项目 收费标准", "1 冷藏费 每日40元", "3日以上", "2 火化费 300元"}, true},
		{"spaced-grid", []string{"序号 收费项目 收费标准", "1 冷藏费 每日40元", ">3日以上", "2 火化费 300元"}, true},
		// A headline's words spaced apart over the page's timestamp heads
		// no grid.
		{"spaced-grid", []string{">文明祭祀 绿色先行 我市联合发出文明祭扫倡议书", "2023-03-25 08:47:35 智能朗读:", "为确保清明祭扫活动安全、文明、有序，近日，市委宣传部发出倡议。", "某报记者 某某 实习生 某某"}, false},
		{"timestamp", []string{"文明祭祀 绿色先行", ">2023-03-25 08:47:35 智能朗读:", "为确保清明祭扫活动安全，近日发出倡议。"}, true},
		{"spaced-grid", []string{">无障碍 长辈版 智能问答 繁体版", "索引号: 1134/202408-00002 组配分类: 政策文件", "发布机构: 某乡 主题分类: 其他"}, false},
		{"spaced-grid", []string{">项目 名称 标准 备注", "索引号: 1134/202408-00002 组配分类: 政策文件", "发布机构: 某乡 主题分类: 其他"}, false},
		// A list of pairs under two heads, one naming its column (名称).
		{"spaced-grid", []string{"执法主体 非法社会组织名称", "某区民政局 某某联盟", ">某区民政局 某某俱乐部", "某县民政局 某某艺术中心"}, true},
		{"spaced-grid", []string{">执法主体 非法社会组织名称", "某区民政局 某某联盟", "某区民政局 某某俱乐部", "某县民政局 某某艺术中心"}, true},
		// Must not fire: two heads with too few rows (a 落款's lines), or
		// no head naming its column.
		{"spaced-grid", []string{">执法主体 非法社会组织名称", "某区民政局 某某联盟", "某县民政局 2024年1月1日"}, false},
		{"spaced-grid", []string{">某某区 民政局", "某区民政局 某某联盟", "某区民政局 某某俱乐部", "某县民政局 某某艺术中心"}, false},
		// A headline with a comma over paragraphs a line; a lead cut short
		// of its stop is none.
		{"unended", []string{">某州启动“冬季攻坚”行动,保障困难群众温暖过冬", "近日,州民政局启动“冬季攻坚”行动,以走访排查为重点,覆盖全州困难群众。", "行动聚焦临时救助,州民政部门将全方位排查。"}, true},
		{"unended", []string{">甜蜜爆棚!七夕,一起去婚姻登记处见证爱情", "", "8月22日,七夕节。牛郎织女在农历七月初七鹊桥相会,新人们纷纷前来登记。", "", "今天一早,记者赶赴各个区县婚姻登记处。"}, true},
		{"unended", []string{">近年来,在市委、市政府的正确领导下,某市民政系统坚持", "以人民为中心,扎实贯彻落实决策部署,积极践行为民爱民的宗旨。", "为表彰先进,弘扬正气,市民政局决定予以表彰。"}, false},
		{"unended", []string{">日前,某区印发通知,", "明确高龄津贴的发放对象和标准,自今年起按月发放到老人的账户。", "区民政局将做好政策宣传。"}, false},
		{"unended", []string{">某区高龄津贴发放工作,积极推进", "某区高龄津贴【政策图解】关于办理高龄津贴的温馨提示", "凡具有本区户籍的高龄老人,均可申请享受。"}, false},
		{"unended", []string{"某县民政局", ">启动行动,温暖过冬", "近日,县民政局启动行动,以走访排查为重点,覆盖全县困难群众。"}, false},
		// The same over a text wrapped at a width: the headline stops short
		// of the wrap over paragraphs that run to it; a first line that
		// runs to the wrap, ends a sentence, stops at a clause's mark or
		// opens with an outlet's dateline is the lead's.
		{"unended", append([]string{">某县开展养老机构安全检查,守牢安全底线"}, inspectionWrapped...), true},
		{"unended", append([]string{">检查到位,整改到底:某县排查养老机构隐患"}, inspectionWrapped...), true},
		{"unended", append([]string{">某报讯(记者 某某 通讯员 某某)近日,县民政局"}, inspectionWrapped...), false},
		{"unended", append([]string{">县民政局开展养老机构安全检查,守牢底线。"}, inspectionWrapped...), false},
		{"unended", append([]string{">日前,县民政局印发通知,"}, inspectionWrapped...), false},
		{"unended", append([]string{">“老人家,我们来看看您,天冷路滑,要注意"}, inspectionWrapped...), false},
		{"unended", append([]string{">为进一步加强养老机构安全管理，防范化解各类风险隐"}, inspectionWrapped[1:]...), false},
		{"figures", []string{">上午8:00—12:00"}, true},
		{"figures", []string{">统筹推进老龄事业发展"}, false},
	}
	for _, tc := range tests {
		name := tc.cue + "/" + strings.Join(tc.lines, "|")
		t.Run(name, func(t *testing.T) {
			k := Index(tc.cue)
			if k < 0 {
				t.Fatalf("no cue %q", tc.cue)
			}
			at := -1
			var lines []string
			for _, l := range tc.lines {
				if strings.HasPrefix(l, ">") {
					l = l[1:]
					at = len(lines)
				}
				lines = append(lines, l)
			}
			d := docOf(lines...)
			i := at
			for j := 0; j < at; j++ { // blank lines are not lines of the Doc
				if strings.TrimSpace(lines[j]) == "" {
					i--
				}
			}
			c := All[k]
			got := c.Match(d, i)
			if n := c.Needs(); n != nil && !containsAny(d.Lines[i].Sq, n) {
				got = false
			}
			if got != tc.want {
				t.Errorf("%s on %q = %v, want %v", tc.cue, d.Lines[i].Text, got, tc.want)
			}
		})
	}
}

// Every cue is tested, and every cue's name is its own.
func TestEveryCueTested(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range All {
		if seen[c.Name()] {
			t.Errorf("two cues named %q", c.Name())
		}
		seen[c.Name()] = true
		if _, kindOnly := c.(KindOnly); len(c.Roles()) == 0 && !kindOnly {
			t.Errorf("%s declares no role", c.Name())
		}
	}
}

// TestInfoFieldValues reads the fields of information lines, those a copy
// of the page ran together among them.
func TestInfoFieldValues(t *testing.T) {
	tests := []struct {
		line string
		want string // key=value, …
	}{
		{"发布时间：2024-09-28 10:21 来源：开封市民政局", "发布时间=2024-09-28 10:21,来源=开封市民政局"},
		{"来源:四铺镇发布时间:2023-10-19 11:13", "来源=四铺镇,发布时间=2023-10-19 11:13"},
		{"发布日期:2025-01-20 15:24来源:养老服务处", "发布日期=2025-01-20 15:24,来源=养老服务处"},
		// Negative: a key inside a value with no colon after it is text.
		{"来源:四铺镇发布时间表", "来源=四铺镇发布时间表"},
		{"成文日期2024-03-18发布日期2024-03-19", "成文日期=2024-03-18,发布日期=2024-03-19"},
		{"索引号115001030092838602/2024-00033", "索引号=115001030092838602/2024-00033"},
		{"时间2024年3月", ""},
		{"信息来源：县民政局时间安排", "信息来源=县民政局时间安排"},
		// A page's counter ends the field before it.
		{"作者:某县民政局 发布时间:2024-02-20 09:15 信息来源: 某县民政局 浏览数:", "作者=某县民政局,发布时间=2024-02-20 09:15,信息来源=某县民政局,浏览数="},
		{"日期: 2021-11-23 点击次数:2822", "日期=2021-11-23,点击次数=2822"},
		{"本页浏览数统计", ""},
		{"本站发布时间为准", ""},
		// A portal's foot: who supplied the page and when it was last updated.
		{"资料提供:社会工作局", "资料提供=社会工作局"},
		{"最后更新日期: 2022-07-31 20:44", "最后更新日期=2022-07-31 20:44"},
		{"本站资料提供单位为准", ""},
		// Words glued to a page's own label, at the line's start or after
		// a field's figures; a two-character key glued to words is text.
		{"发布机构渝中区民政局", "发布机构=渝中区民政局"},
		{"索引号115001030092838602/2024-00033发布机构渝中区民政局", "索引号=115001030092838602/2024-00033,发布机构=渝中区民政局"},
		{"来源渝中区民政局", ""},
		{"编辑 : 渭滨民政局  来源 : 区民政局  发布时间 :", "编辑=渭滨民政局,来源=区民政局,发布时间="},
		{"本次发布机构调整", ""},
		// A saved page's address run into its first field; only a page's
		// own label starts one there.
		{"http://www.example.gov.cn/zwgk/5f3da12.html发文字号 某政发〔2021〕1号 发布日期 2021-02-07 09:54", "发文字号=某政发〔2021〕1号,发布日期=2021-02-07 09:54"},
		{"www.example.gov.cn发布机构：某县民政局", "发布机构=某县民政局"},
		{"http://www.example.gov.cn/a.html来源网站", ""},
		{"详见mail.example.com发布时间表", ""},
		// The name of the medium that carried the page, run into a
		// compound key with its colon.
		{"石首市融媒体中心发布时间:2021-09-23", "发布时间=2021-09-23"},
		{"石首市融媒体中心发布时间2021-09-23", ""},
		{"石首市民政局发布时间:2021-09-23", ""},
		// The site's word for itself before the label.
		{"本站发表时间:[2017-11-28] 来源:首都政法综治网", "发表时间=2017-11-28,来源=首都政法综治网"},
		{"本站发布时间2021-09-23", ""},
		{"本站站长发布时间:2021-09-23", ""},
	}
	for _, tc := range tests {
		var got []string
		for _, f := range InfoFields(tc.line) {
			got = append(got, f.Key+"="+f.Value)
		}
		if g := strings.Join(got, ","); g != tc.want {
			t.Errorf("InfoFields(%q) = %q, want %q", tc.line, g, tc.want)
		}
	}
}

// TestCellsOneSpaceApart: a row rebuilt from glyph positions splits at
// its single spaces, a letter-spaced word kept whole.
func TestCellsOneSpaceApart(t *testing.T) {
	tests := []struct{ line, want string }{
		{"1 解放碑 1166 113", "1|解放碑|1166|113"},
		{"第一组 局党组成员 雷 声 鲁山县", "第一组|局党组成员|雷声|鲁山县"},
		{"目 标 数 完 成 数", "目标数完成数"},
		{"西峡县    120       60", "西峡县|120|60"},
		{"舞钢市 6      0    0%", "舞钢市|6|0|0%"},
	}
	for _, tc := range tests {
		got := strings.Join(Cells(Line{Text: tc.line}), "|")
		if got != tc.want {
			t.Errorf("Cells(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestMatchSameShared: the cues of a long document matched in stretches
// on several goroutines are those matched on one.
func TestMatchSameShared(t *testing.T) {
	d := NewDoc(corpusLines(t))
	one, three := matchWith(d, 1), matchWith(d, 3)
	if !reflect.DeepEqual(one, three) {
		t.Fatal("cues matched on three goroutines differ from those on one")
	}
}

func TestRunsOn(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  []bool
	}{
		{[]string{"安全底线，全面排查整治民政服务机构用电用", "气、消防“生命通道”", "、施工动火等方面的安全隐患，", "闭环整改。"}, []bool{false, false, true, false}},
		{[]string{"各地要抓好落实。", "、踏实工作", "（一）强化责任"}, []bool{false, false, false}},
		{[]string{"全面排查整治民政服务机构用电用", "气、消防“生命通道”", "施工动火等方面的安全隐患，"}, []bool{false, false, false}},
		// A list the wrap cut, its marks 、 alone: the line above fills the
		// wrap (twenty columns, the text's other lines as wide); one short of
		// it leaves a numeral lost.
		{[]string{"为做好今年清明节期间的祭扫工作，现将有关", "事项通告如下，请广大市民群众相互转告，自", "觉遵守各项规定，共同营造安全文明的氛围。", "一、工作依据", "根据《某某法》《某某条例》《社会团体登记", "、民政部《某某办法》等规定，现通知如下。"}, []bool{false, false, false, false, false, true}},
		{[]string{"为做好今年清明节期间的祭扫工作，现将有关", "事项通告如下，请广大市民群众相互转告，自", "觉遵守各项规定，共同营造安全文明的氛围。", "一、工作依据", "根据《某某法》", "、民政部《某某办法》等规定，现通知如下。"}, []bool{false, false, false, false, false, false}},
	} {
		d := docOf(tc.lines...)
		for i, want := range tc.want {
			if got := d.RunsOn(i); got != want {
				t.Errorf("%q: RunsOn(%d) = %v, want %v", tc.lines, i, got, want)
			}
		}
	}
}

// TestOpensParagraph: a paragraph's first line, two characters short of
// the wrap, opens a paragraph when the line after runs to the wrap or ends
// the paragraph's sentence; not when the line itself ends one.
// inspectionWrapped is a report wrapped at twenty-four columns, its last
// line cut where its paragraph goes on (场反馈并督促整改落实到位。).
var inspectionWrapped = []string{
	"为进一步加强养老机构安全管理，防范化解各类风险隐",
	"患，县民政局近日组织开展养老机构安全检查，检查组",
	"深入全县各养老机构，逐一排查消防、食品等安全隐患。",
	"检查中，检查组详细查看了消防设施配备、用电用气情",
	"况，查阅了安全管理制度和值班记录，对发现的问题当",
}

func TestOpensParagraph(t *testing.T) {
	wrapped := append(append([]string{}, inspectionWrapped...), "场反馈并督促整改落实到位。")
	for _, tc := range []struct {
		para []string
		want bool
	}{
		{[]string{"下一步，县民政局将持续加强安全监管工作，压实", "机构主体责任，坚决守住安全底线，防止各类事故发"}, true},
		{[]string{"下一步，县民政局将持续加强安全监管工作，压实", "机构主体责任。"}, true},
		{[]string{"下一步，县民政局将持续加强安全监管工作，压。", "机构主体责任。"}, false},
	} {
		d := docOf(append(append([]string{}, wrapped...), tc.para...)...)
		if got := d.Full(len(wrapped)); got != tc.want {
			t.Errorf("%q: Full = %v, want %v (wrap %.1f)", tc.para, got, tc.want, d.Wrap)
		}
	}
}

// TestDocNumbers reads a 发文字号 in the forms offices print it, the
// year's bracket made 〔〕 (DocNumber), and only where a line prints its
// own, not one it cites after a title (OwnDocNumber).
func TestDocNumbers(t *testing.T) {
	tests := []struct{ in, number, own string }{ // number * is not asked
		{"平民〔2021〕54号", "平民〔2021〕54号", "平民〔2021〕54号"},
		{"宝民发(2022)4号", "宝民发〔2022〕4号", "宝民发〔2022〕4号"},
		{"民[1981]城48号", "民〔1981〕城48号", "民〔1981〕城48号"},
		{"某政发〔2019〕第12号", "某政发〔2019〕12号", "某政发〔2019〕12号"},
		{"签发人：张三 平民〔2021〕54号", "平民〔2021〕54号", "平民〔2021〕54号"},
		{"(某政发〔2010〕9号)", "某政发〔2010〕9号", "某政发〔2010〕9号"},
		// A label or a page's link run into the issuer's code.
		{"文号某民函〔2017〕14号", "某民函〔2017〕14号", "某民函〔2017〕14号"},
		{"返回某民社发〔2022〕367号", "某民社发〔2022〕367号", "某民社发〔2022〕367号"},
		{"返回民〔2022〕367号", "返回民〔2022〕367号", "返回民〔2022〕367号"}, // one character of code left: kept
		{"大民发〔2026〕6号", "大民发〔2026〕6号", "大民发〔2026〕6号"},       // a word of one character (大, a font size): kept
		// The year a copy lost from the hexagonal brackets.
		{"怀政布〔〕18号", "怀政布〔〕18号", "怀政布〔〕18号"},
		// The 号 a copy lost, the number a line of its own.
		{"湖委发〔2018〕20", "湖委发〔2018〕20号", "湖委发〔2018〕20号"},
		{"某政办〔2021〕第7", "某政办〔2021〕7号", "某政办〔2021〕7号"},
		// The closing bracket lost as well, the serial run on after the year.
		{"某政告字〔202218", "某政告字〔2022〕18号", "某政告字〔2022〕18号"},
		{"某民发〔20213", "某民发〔2021〕3号", "某民发〔2021〕3号"},
		{"某民发〔2022", "", ""},
		{"某民发(202218", "", ""},
		{"电话〔202518", "", ""},
		{"依据某民发〔202218。", "", ""},
		// Cited after a title: a number, not the line's own.
		{"法律依据1、国务院关于建立某制度的通知(国发[2014]47号)", "国发〔2014〕47号", ""},
		{"《关于某事的通知》某办[2020]32号", "某办〔2020〕32号", ""},
		{"现将某民发(2022)4号文件转发你们，请认真学习。", "*", ""},
		{"某民发(2012)11号及某市民发(2012)63号文件", "某民发〔2012〕11号", ""},
		{"某民发〔2012〕11号、某财发〔2012〕6号", "某民发〔2012〕11号", ""},
		{"某民发〔2012〕11号以及某财发〔2012〕6号", "某民发〔2012〕11号", ""},
		{"某民发〔2012〕11号和 某财发〔2012〕6号", "某民发〔2012〕11号", ""},
		// Its own all the same: a number further on, words and a space
		// between (a member of no list with it), or one a space alone
		// parts from it.
		{"某民发〔2012〕11号及其附件 参照某财发〔2012〕6号", "某民发〔2012〕11号", "某民发〔2012〕11号"},
		{"某民发〔2012〕11号 某财发〔2012〕6号", "某民发〔2012〕11号", "某民发〔2012〕11号"},
		{"某民发〔2012〕11号 签发人：张三", "某民发〔2012〕11号", "某民发〔2012〕11号"},
		// No number.
		{"民[1981]城区三48号", "", ""},
		{"〔2021〕54号", "", ""},
		{"某民(2021年)54号", "", ""},
		{"某民()54号", "", ""},
		// Without its 号, a number only as a whole line in 〔〕.
		{"依据某委发〔2018〕20。", "", ""},
		{"某委发(2018)20", "", ""},
		{"某委发〔2018〕20 号文件", "", ""},
	}
	for _, tc := range tests {
		number, _ := DocNumber(tc.in)
		own, _ := OwnDocNumber(tc.in)
		if number != tc.number && tc.number != "*" || own != tc.own {
			t.Errorf("%q: DocNumber %q, OwnDocNumber %q; want %q, %q", tc.in, number, own, tc.number, tc.own)
		}
	}
}

// TestTitleOverRecipients finds a notice's title and its 主送 list run
// together at a flattened line's start.
func TestTitleOverRecipients(t *testing.T) {
	for _, tc := range []struct{ in, title, list string }{
		{"关于进一步规范村务公开工作的意见各县区民政局,开发园区民政部门:为贯彻落实…", "关于进一步规范村务公开工作的意见", "各县区民政局,开发园区民政部门:"},
		{"- 1 -关于做好救助工作的通知各县（市、区）民政局：现将有关事项通知如下。", "关于做好救助工作的通知", "各县（市、区）民政局："},
		{"某市民政局关于做好救助工作的通知各乡镇人民政府：现将…", "某市民政局关于做好救助工作的通知", "各乡镇人民政府："},
		// No list of bodies before the colon, words before the title,
		// no title: nothing.
		{"关于做好救助工作的通知要求如下：一是…", "", ""},
		{"我们学习了关于规范村务公开工作的意见各位代表认为:要抓好落实。", "", ""},
		{"各县区民政局:现将关于做好救助工作的通知印发给你们。", "", ""},
	} {
		title, list := "", ""
		if te, le, ok := TitleOverRecipients(tc.in); ok {
			start := strings.Index(tc.in, tc.title)
			if start < 0 {
				start = 0
			}
			title, list = tc.in[start:te], tc.in[te:le]
		}
		if title != tc.title || list != tc.list {
			t.Errorf("TitleOverRecipients(%q) = %q, %q; want %q, %q", tc.in, title, list, tc.title, tc.list)
		}
	}
}

// TestNamesPublicKind tells a public text, which names its kind, from a
// report that only cites one in 《》.
func TestNamesPublicKind(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"关于拟认定星级志愿服务组织的公示", "现对拟认定名单予以公示。"}, true},
		{[]string{"某县民政局", "现将有关事项通告如下：", "某县民政局", "2024年3月1日"}, true},
		{[]string{"根据《某省民政厅关于某事的批复》，现将有关事项通知如下。"}, false},
		// Cited in 《》 only, or no kind at all: a report.
		{[]string{"某区开展专项整治行动", "下发了《某区专项整治公告》并在电视台播放。", "某区民政局", "2020年4月22日"}, false},
		{[]string{"某县召开养老服务推进会", "会议部署了下一步工作。"}, false},
	} {
		if got := docOf(tc.lines...).NamesPublicKind(); got != tc.want {
			t.Errorf("NamesPublicKind(%q) = %v, want %v", tc.lines, got, tc.want)
		}
	}
}

// TestProclaimed tells a public text by the formula of its opening
// sentence from a report that quotes one.
func TestProclaimed(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"为打击整治非法社会组织，现就有关事项通告如下：", "一、举报对象"}, true},
		{[]string{"关于非法社会组织投诉举报事项的公告", "为方便群众反映问题，现将我区有关事项通告如下，欢迎社会各界参与监督。"}, true},
		{[]string{"经市政府批准，对全市6条道路进行命名，现通告如下：", "一、命名道路"}, true},
		{[]string{"为广泛听取意见，现就征集某市“十五五”规划编制意见建议事宜公告如下："}, true},
		{[]string{"当前位置：首页 > 通知公告", "关于道路命名的公告", "时间：2024-04-26", "为方便出行，现将有关事宜公告如下："}, true},
		// A list of the things the clause names stands inside it.
		{[]string{"为规范殡葬服务收费，现将某市殡葬服务收费项目、收费标准公示如下：", "一、殡葬基本服务及收费标准"}, true},
		// A report quotes a notice's formula after sentences of its own.
		{[]string{"某新闻网讯 近日，市指挥部下发清明祭扫公告。", "具体公告内容如下：", "为做好祭扫工作，现就有关工作安排公告如下："}, false},
		// 公布 names no kind of text; a clause not opened by 现 is a report's.
		{[]string{"根据有关规定，现将服务项目和收费标准公布如下："}, false},
		{[]string{"近日，市民政局将有关事项通告如下："}, false},
		{[]string{"发现通告如下：", "一、严禁焚烧"}, false},
		{[]string{"经现场检查，将检查项目、检查结果公示如下：", "一、检查结果"}, false},
	} {
		if got := docOf(tc.lines...).Proclaimed(); got != tc.want {
			t.Errorf("Proclaimed(%q) = %v, want %v", tc.lines, got, tc.want)
		}
	}
}

// TestTitleProclaimed: a title of a 通知 (or 公告, 通告, 公示) and a
// preamble that proclaims the text in the same kind make a notice; another
// kind, a report's sentence first, or a formula under a numbered part do not.
func TestTitleProclaimed(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"某市2022年清明节祭扫通知", "时间: 2022-03-26", "清明节将至。为巩固禁烧成果，现就加强禁烧工作通知如下：", "一、加大宣传"}, true},
		{[]string{"低收入困难家庭认定标准通知", "各区人民政府：", "为保障居民基本生活，现将有关事项通知如下：", "一、调整标准"}, true},
		{[]string{"关于道路命名的公告", "为方便出行，现将有关事宜公告如下："}, true},
		// Another kind in the headline than in the formula: a report's.
		{[]string{"事关清明祭扫 某省多地发通知", "为做好祭扫工作，现将有关事项通告如下："}, false},
		// A report's own sentence before the title it quotes.
		{[]string{"某新闻网讯 近日，市指挥部下发清明祭扫公告。", "关于清明节祭扫的公告", "为做好祭扫工作，现就有关事项公告如下："}, false},
		// A formula under a numbered part is the part's.
		{[]string{"某县民政工作通知", "一、工作安排", "现将有关事项通知如下："}, false},
		// A report titled as one.
		{[]string{"某局2024年度工作报告", "现将有关情况报告如下："}, false},
	} {
		if got := docOf(tc.lines...).TitleProclaimed(); got != tc.want {
			t.Errorf("TitleProclaimed(%q) = %v, want %v", tc.lines, got, tc.want)
		}
	}
}

// TestRecipientScopes reads a 主送 list of the bodies within a scope.
func TestRecipientScopes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"市本级各社会组织：", true},
		{"市直各单位:", true},
		{"各县（市、区）民政局：", true},
		// A scope with no 各, or words before 各 that name no scope.
		{"全市社会组织：", false},
		{"会议要求各社会组织:", false},
		{"市本级:", false},
	} {
		if got := recipientList(tc.in); got != tc.want {
			t.Errorf("recipientList(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestTitledNumber reads a notice's number in brackets after its title.
func TestTitledNumber(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"关于明确养老服务机构消防审验管理的通知(大民发〔2026〕6号)", "大民发〔2026〕6号"},
		{"某市民政局关于做好救助工作的通知（某民发[2021]3号）", "某民发〔2021〕3号"},
		{"某市民政局关于印发《某市社会组织抽查办法》的通知(某民字〔2020〕20号)", "某民字〔2020〕20号"},
		// A number cited in a sentence or after a 《》 title, or words
		// after the bracket: not the title's own.
		{"根据《关于做好救助工作的通知》(某民发〔2021〕3号)", ""},
		{"关于做好救助工作的通知(某民发〔2021〕3号)要求各地落实", ""},
		{"会议传达了(某民发〔2021〕3号)", ""},
	} {
		got, _, _, _ := TitledNumber(tc.in)
		if got != tc.want {
			t.Errorf("TitledNumber(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTitleIssuer reads the issuing body a notice's title opens with.
func TestTitleIssuer(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"某市民政局关于开展养老机构检查的通知", "某市民政局"},
		{"某市民政局转发民政部《某项目实施暂行办法》的通知", "某市民政局"},
		{"某县人民政府印发《某县殡葬管理办法》的通知", "某县人民政府"},
		{"某市民政局关于转发《某办法》的通知", "某市民政局"},
		// Co-issuers: the first issues, set apart by a space or glued.
		{"某省民政厅 某省财政厅关于印发《某办法》的通知", "某省民政厅"},
		{"市民政局市财政局关于提高城乡低保标准的通知", "市民政局"},
		{"市民政局社会救助科关于开展核查的通知", "市民政局社会救助科"},
		// No body before the first verb, or words there that name none.
		{"关于印发《某县减免殡葬费用实施办法》的通知", ""},
		{"进一步做好养老服务关于转发的通知", ""},
		{"某市民政局召开养老服务工作会议", ""},
		// A public text titled by its year after its issuer.
		{"某县民政局2024年度福彩公益金使用情况公告", "某县民政局"},
		{"某县民政局2024年养老机构等级评定结果公示", "某县民政局"},
		{"某县民政局2024年度工作总结", ""},
		{"关于2024年度福彩公益金使用情况的公告", ""},
	} {
		if got := TitleIssuer(tc.in); got != tc.want {
			t.Errorf("TitleIssuer(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestOutletLead reads an outlet's dateline at a lead's start.
func TestOutletLead(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"本报讯 10月24日，", true},
		{"中乡网山东讯10月24日，", true},
		{"人民网北京讯", true},
		{"某县融媒讯 为进一步提升服务管理水平，", true},
		{"某县融媒消息", true},
		// No outlet before the place, or no place between.
		{"山东讯", false},
		{"中乡网召开会议讯", false},
		{"推进融媒体建设", false},
		{"市长路红卫调研指导中心城区民政工作", false},
	} {
		if got := OutletLead(tc.in); got != tc.want {
			t.Errorf("OutletLead(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestColumnHeads: a table's row of column heads that holds a label a
// page also prints as a field is the table's, not the page's information;
// a grid of fields, each with its value, stays information.
func TestColumnHeads(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		info  bool // whether the first line is read as information
	}{
		{"heads over a row of values",
			[]string{"事项 类别 | 事项 名称 | 公开依据 | 公开主体 | 公开时限 |", "组织 机构 | 基本 信息 | 《某条例》 | 区民政局 | 20个工作日内 |"}, false},
		{"heads over a row with one merged cell",
			[]string{"| 序号 | 事项名称 | 公开时限 | 责任科室 |", "| 1 | 社会团体成立登记 | 20个工作日 |"}, false},
		// Negative: a grid of fields pairs labels with values.
		{"a grid of fields, values beside their labels",
			[]string{"索 引 号: | K1365/2023-12749 | 主题分类: | 民政 |", "发布机构: | 某区民政局 | 生成日期: | 2023-02-13 |"}, true},
		{"a row of fields over the text",
			[]string{"| 发布机构 | 某县民政局 | 发布日期 | 2023-02-13 |", "| 某县民政局关于某事项的公示 | 全文 | 下载 |"}, true},
		{"a row of the page's labels over their values",
			[]string{"| 发布机构 | 发布日期 | 信息来源 |", "| 某县民政局 | 2023-02-13 | 某县人民政府 |"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := docOf(tc.lines...).Info(0); got != tc.info {
				t.Errorf("Info(0) = %v, want %v", got, tc.info)
			}
		})
	}
}

// TestFullCutLine reads the last part of a line cut where a run-together
// numbered part begins as wide as the whole line: it goes on in the next
// line where the line filled the wrap, and not where the line stopped short.
func TestFullCutLine(t *testing.T) {
	wrapped := inspectionWrapped
	for _, tc := range []struct {
		parts []string // one line's parts
		ask   int      // the part asked, from 0
		want  bool
	}{
		{[]string{"场反馈并督促整改落实到位。", "二、严禁在某某区内堆放杂物"}, 1, true},
		{[]string{"场反馈并督促整改", "落实到位。", "二、严禁在某某区内堆放杂"}, 2, true},
		{[]string{"场反馈。", "二、严禁在某某区"}, 1, false},                     // the line stops short
		{[]string{"场反馈并督促整改落实到位。", "二、严禁在某某区内堆放杂物", "品。"}, 1, false}, // not the last part
	} {
		var ls []Line
		for n, s := range wrapped {
			ls = append(ls, Line{Num: n + 1, Text: s, Sq: s})
		}
		for k, s := range tc.parts {
			ls = append(ls, Line{Num: len(wrapped) + 1, Text: s, Sq: s, Part: k + 1})
		}
		ls = append(ls, Line{Num: len(wrapped) + 2, Text: "物、杂草等易燃易爆物品。", Sq: "物、杂草等易燃易爆物品。"})
		d := NewDoc(ls)
		if got := d.full(len(wrapped) + tc.ask); got != tc.want {
			t.Errorf("%q part %d: full = %v, want %v (wrap %.1f)", tc.parts, tc.ask, got, tc.want, d.Wrap)
		}
	}
}
