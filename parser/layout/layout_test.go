package layout

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// text builds a span.Text from lines as PDF extraction leaves them.
func text(lines ...string) span.Text {
	var b span.Builder
	for i, l := range lines {
		b.AddLine(l, i+1)
	}
	return b.Text()
}

func TestSplitRunIn(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		title string // "" means no heading is found
	}{
		{"heading wraps into the body before a date", []string{"市政府召开全市养老服务突出问题专项整治工作推进", "会 5 月 30 日，市政府召开全市养老服务突出问题专项整治"}, "市政府召开全市养老服务突出问题专项整治工作推进会"},
		{"space before the body", []string{"市养老服务中心驻村工作队全力为“三夏”生产保驾护", "航 当前正值“三夏”生产关键时期，市养老服务中心驻村"}, "市养老服务中心驻村工作队全力为“三夏”生产保驾护航"},
		{"dated body on the same line", []string{"市长路红卫调研指导中心城区民政工作 11 月 26 日上午，市长路红卫深入我市"}, "市长路红卫调研指导中心城区民政工作"},
		{"date without a space", []string{"市民政局召开养老服务领域重点工作视频会议11月27日，市民政局召开"}, "市民政局召开养老服务领域重点工作视频会议"},
		{"enumerator on the next line", []string{"西峡县民政局积极做好经济困难老年人集中照护工作", "一是强化政策宣传。统筹发动乡、村以及养老机构"}, "西峡县民政局积极做好经济困难老年人集中照护工作"},
		{"space inside quotes is not the end", []string{"云安居养开展“防范诈骗 你我同行”走访宣传活动 1月12日，在云安区"}, "云安居养开展“防范诈骗你我同行”走访宣传活动"},
		{"parenthesis inside the title", []string{"市民政局召开党组（扩大）会议传达学习讲话精神 11月26日下午，市民政局"}, "市民政局召开党组（扩大）会议传达学习讲话精神"},
		{"a full date run in between headline and lead", []string{"街道办 以党建促发展 全力打造服务型社区 努力开创街道社区工作的新局面2013年4月10至14日街道办主任带领分管领导"}, "街道办以党建促发展全力打造服务型社区努力开创街道社区工作的新局面"},

		// No heading.
		{"a date with no year run in is no dateline", []string{"全力打造服务型社区努力开创街道社区工作的新局面4月10日街道办主任带领分管领导"}, ""},
		{"a full date closing the words is no dateline", []string{"关于延长2023年4月10日"}, ""},
		{"a brief opens with its date", []string{"5 月 26 日，商丘市民政局党组成员、副局长张兆欣一行"}, ""},
		{"running text with no break", []string{"当前正值三夏生产关键时期，市养老服务中心驻村工作队抢抓农时"}, ""},
		{"a space after the first clause is too late", []string{"会议要求，各县区 要切实做好安全工作"}, ""},
		{"a number is not a date", []string{"全市共建成养老服务站点 114 个，覆盖城乡社区"}, ""},
		{"a word is no title", []string{"会议强调 5月30日，各单位要落实"}, ""},
		{"spaces strewn between characters end no heading", []string{"积极推动养老服务 改革创新 全面 提升服务水平，推动工作"}, ""},
		{"a date a preposition takes, spaced out", []string{"立法会已于 2022 年 5 月 4 日通过拨款条例草案，以实施有关措施"}, ""},
		{"a day of every year a sentence names, spaced out", []string{"各承接补助对象的殡仪馆于每年 11 月底前，将补助资料报区民政局"}, ""},
		{"a day of the year before, spaced out", []string{"补助资料统计上年 12 月 1 日至当年 11 月末的情况"}, ""},
		{"a space inside a spaced-out date", []string{"上述受助人将可于 2022 年 5 月 31 日起陆续领取款项，具体安排另行公布"}, ""},
		{"a date 定于 takes", []string{"全市养老服务工作推进会定于 3 月 1 日召开，请各单位做好准备"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			title, _, ok := cue.SplitRunIn(text(tc.lines...))
			got := ""
			if ok {
				got = title.String()
			}
			if got != tc.title {
				t.Errorf("title %q, want %q", got, tc.title)
			}
		})
	}
}

func TestAttribution(t *testing.T) {
	tests := []struct {
		lines []string
		units string // joined by |; "" means no attribution
	}{
		{[]string{"达到综合效应。（市局办公室", "市养老服务中心）"}, "市局办公室|市养老服务中心"},
		{[]string{"捐赠给孤寡老人。（南召县民政局）"}, "南召县民政局"},
		{[]string{"开展主题活动。（市殡葬服务中", "心）"}, "市殡葬服务中心"},
		{[]string{"开展主题活动。（西", "峡县民政局）"}, "西峡县民政局"},
		{[]string{"活动。（市局办公室 市养老服务中心）"}, "市局办公室|市养老服务中心"},
		{[]string{"活动。（市民政局、市卫健委）"}, "市民政局|市卫健委"},
		{[]string{"活动。（市民政局", "办公室）"}, "市民政局办公室"},
		{[]string{"活动。（供稿：市救助站）"}, "市救助站"},
		{[]string{"活动。（某县民政局 供稿）"}, "某县民政局"},
		{[]string{"活动。（某县民政局社会救助股整理）"}, "某县民政局社会救助股"},
		{[]string{"服务。", "（某县民政局 供稿）"}, "某县民政局"},
		// Not attributions.
		{[]string{"分解细化（见附件1）"}, ""},
		{[]string{"召开党组（扩大）"}, ""},
		{[]string{"情况良好。"}, ""},
		{[]string{"（2025-2027年）"}, ""},
		{[]string{"活动。（供稿）"}, ""},
		{[]string{"活动。（张三 供稿）"}, ""},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.lines, "/"), func(t *testing.T) {
			f := attributionOf(text(tc.lines...))
			got := ""
			if f != nil {
				var us []string
				for _, u := range attributionUnits(*f) {
					us = append(us, u.Value)
				}
				got = strings.Join(us, "|")
			}
			if got != tc.units {
				t.Errorf("units %q, want %q", got, tc.units)
			}
		})
	}
}

// TestUnits cuts the lines that hold several parts run together, and no
// others.
func TestUnits(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the parts, joined by |
	}{
		{"a notice flattened into one line",
			"为此，现就有关事项通告如下：一、凡在范围内所葬坟墓，限期迁出。二、迁出后自愿火化。三、超过期限不迁者予以平毁。特此通告银川市人民政府—九九七年一月一日。",
			[]string{"为此，现就有关事项通告如下：", "一、凡在范围内所葬坟墓，限期迁出。", "二、迁出后自愿火化。", "三、超过期限不迁者予以平毁。", "特此通告", "银川市人民政府—九九七年一月一日。"}},
		{"parts numbered 01, 02 flattened into one line",
			"现就有关事项通告如下。 01 守护生命健康，倡导安全祭扫 各墓园提供预约服务。 02 转变观念，倡导文明祭扫 严禁焚烧祭品。",
			[]string{"现就有关事项通告如下。", "01 守护生命健康，倡导安全祭扫 各墓园提供预约服务。", "02 转变观念，倡导文明祭扫 严禁焚烧祭品。"}},
		{"a zero-padded figure after a sentence, no count of parts",
			"现就有关事项通告如下。 01 守护生命健康，倡导安全祭扫 各墓园提供预约服务。",
			[]string{"现就有关事项通告如下。 01 守护生命健康，倡导安全祭扫 各墓园提供预约服务。"}},
		{"zero-padded parts after a clause, not a sentence's end",
			"现就有关事项通告如下, 01 守护生命健康，倡导安全祭扫 各墓园提供预约服务。 02 转变观念，倡导文明祭扫 严禁焚烧祭品。",
			[]string{"现就有关事项通告如下, 01 守护生命健康，倡导安全祭扫 各墓园提供预约服务。 02 转变观念，倡导文明祭扫 严禁焚烧祭品。"}},
		{"zero-padded figures run on after a sentence with no white space",
			"核查编号如下。01 守护生命健康，倡导安全祭扫 各墓园提供预约服务。 02 转变观念，倡导文明祭扫 严禁焚烧祭品。",
			[]string{"核查编号如下。01 守护生命健康，倡导安全祭扫 各墓园提供预约服务。 02 转变观念，倡导文明祭扫 严禁焚烧祭品。"}},
		{"zero-padded figures inside a sentence",
			"编号为 01 号楼和 02 号楼的老人搬迁。",
			[]string{"编号为 01 号楼和 02 号楼的老人搬迁。"}},
		// The 附件 list between the text and the 落款, each run on after a
		// space; a 附件 named in a sentence is no list.
		{"an attachment list and a 落款 run on after the text",
			"请各乡镇做好宣传和监督工作。 附件:1.某月补助金汇总表 某县民政局 2021年1月11日 附件1: 某月补助金汇总表",
			[]string{"请各乡镇做好宣传和监督工作。", "附件:1.某月补助金汇总表", "某县民政局 2021年1月11日", "附件1: 某月补助金汇总表"}},
		{"an attachment list before a sentence with a date",
			"请各乡镇做好宣传工作。 附件:汇总表 请于 2021年1月11日 前报送。",
			[]string{"请各乡镇做好宣传工作。 附件:汇总表 请于 2021年1月11日 前报送。"}},
		{"numbered paragraphs run into one line, one ending with a semicolon",
			"现通告如下：一、凡在范围内所葬坟墓，限期迁出；二、迁出后自愿火化。三、超过期限不迁者予以平毁。",
			[]string{"现通告如下：", "一、凡在范围内所葬坟墓，限期迁出；", "二、迁出后自愿火化。", "三、超过期限不迁者予以平毁。"}},
		// A paragraph that lists its points among paragraphs the copy kept
		// apart is one paragraph; the text run into one line above is not.
		{"a paragraph listing its points among other paragraphs",
			"某市召开老龄工作会议\n会议由副市长主持。会议指出，我市老龄工作取得成效：（一）养老保障体系进一步完善。（二）养老服务工作快速发展。（三）老年组织得到推进。同时要求抓好落实。\n随后，三个县作了交流发言，介绍了各自的经验做法和下一步的工作打算，会议气氛热烈，各方踊跃发言。\n最后，市老龄委主任作了讲话，要求各地各部门提高认识，加强领导，形成合力，扎实推进各项工作落到实处，取得实效。",
			[]string{"某市召开老龄工作会议", "会议由副市长主持。会议指出，我市老龄工作取得成效：（一）养老保障体系进一步完善。（二）养老服务工作快速发展。（三）老年组织得到推进。同时要求抓好落实。", "随后，三个县作了交流发言，介绍了各自的经验做法和下一步的工作打算，会议气氛热烈，各方踊跃发言。", "最后，市老龄委主任作了讲话，要求各地各部门提高认识，加强领导，形成合力，扎实推进各项工作落到实处，取得实效。"}},
		// The same paragraph wrapped over lines, no blank line between: one
		// paragraph still.
		{"a paragraph listing its points, wrapped",
			"某市召开老龄工作会议\n会议由副市长主持。会议指出，我市老龄工作取得成效：（一）养\n老保障体系进一步完善。（二）养老服务工作快速发展。（三）老\n年组织得到推进。同时要求抓好落实。\n随后，三个县作了交流发言，介绍了各自的经验做法和下一步的工作打算，会议气氛热烈，各方踊跃发言。\n最后，市老龄委主任作了讲话，要求各地各部门提高认识，加强领导，形成合力，扎实推进各项工作落到实处，取得实效。",
			[]string{"某市召开老龄工作会议", "会议由副市长主持。会议指出，我市老龄工作取得成效：（一）养", "老保障体系进一步完善。（二）养老服务工作快速发展。（三）老", "年组织得到推进。同时要求抓好落实。", "随后，三个县作了交流发言，介绍了各自的经验做法和下一步的工作打算，会议气氛热烈，各方踊跃发言。", "最后，市老龄委主任作了讲话，要求各地各部门提高认识，加强领导，形成合力，扎实推进各项工作落到实处，取得实效。"}},
		// A page's date field the copy ran into the text: cut after the
		// day; a field followed by another field, or a time, stays whole.
		{"a date field run into the text", "时间:2021-10-1910月14日是中国传统节日重阳节,某镇组织看望老人。",
			[]string{"时间:2021-10-19", "10月14日是中国传统节日重阳节,某镇组织看望老人。"}},
		{"a date field before another field", "时间:2021-10-19 10:20 来源:某区文明办,点击:12",
			[]string{"时间:2021-10-19 10:20 来源:某区文明办,点击:12"}},
		{"a date field before the page's counters", "发布时间: 2020-01-26 14:52关注度:3997评论转发收藏打印",
			[]string{"发布时间: 2020-01-26 14:52关注度:3997评论转发收藏打印"}},
		{"a field's date that opens a range", "某镇开展重阳节敬老活动\n时间:2021-10-19至2021-10-21,地点另行通知。",
			[]string{"某镇开展重阳节敬老活动", "时间:2021-10-19至2021-10-21,地点另行通知。"}},
		{"a closing phrase after a phone number", "0931-8447243 18193141649特此公告",
			[]string{"0931-8447243 18193141649", "特此公告"}},
		// A site's banner sets the headline in 【】 before a numbered
		// paragraph; words of another name in 【】 stay with the text.
		{"the headline in brackets before a numbered paragraph", "某市老年优待证办理指南\n【某市老年优待证办理指南】8、办公地址:区财政局对面",
			[]string{"某市老年优待证办理指南", "【某市老年优待证办理指南】", "8、办公地址:区财政局对面"}},
		{"another name in brackets", "某市老年优待证办理指南\n【温馨提示】8、办公地址:区财政局对面",
			[]string{"某市老年优待证办理指南", "【温馨提示】8、办公地址:区财政局对面"}},
		{"the headline in brackets alone", "某市老年优待证办理指南\n【某市老年优待证办理指南】",
			[]string{"某市老年优待证办理指南", "【某市老年优待证办理指南】"}},
		{"a headline printed again before the body", "武进:28个项目获扶持资金140余万元\n武进:28个项目获扶持资金140余万元 记者今天从区民政局获悉,共有4个大项目。",
			[]string{"武进:28个项目获扶持资金140余万元", "武进:28个项目获扶持资金140余万元", "记者今天从区民政局获悉,共有4个大项目。"}},
		{"a browser's print stamp run on after a table's last row", "合计 9366 795 10161 9369 829 10198 3712/1/26, 2:36 PM 2024年2月全区社会救助工作动态",
			[]string{"合计 9366 795 10161 9369 829 10198 37", "12/1/26, 2:36 PM 2024年2月全区社会救助工作动态"}},
		{"a paragraph an extractor ran on after a clause mark and a space",
			"一、低保情况\n在册 831 户 860 人,发放低保金 116.0379 万元, 二、特困供养情况\n三、临时救助情况",
			[]string{"一、低保情况", "在册 831 户 860 人,发放低保金 116.0379 万元,", "二、特困供养情况", "三、临时救助情况"}},
		{"a numbered line run on after a colon, the next one opening its own line",
			"经研究，认定标准为: 1.城市家庭年人均收入低于 13392 元。\n2.农村家庭年人均收入低于 10080 元。",
			[]string{"经研究，认定标准为:", "1.城市家庭年人均收入低于 13392 元。", "2.农村家庭年人均收入低于 10080 元。"}},
		{"a 落款 run on inside a notice flattened into one line",
			"现将要点印发给你们,请认真贯彻执行。 武汉市民政局 2024 年 3 月 7 日 2024 年全市民政工作要点 2024 年是关键一年。",
			[]string{"现将要点印发给你们,请认真贯彻执行。", "武汉市民政局 2024 年 3 月 7 日", "2024 年全市民政工作要点 2024 年是关键一年。"}},
		{"a 落款 run on after an exclamation in ASCII, its attachment after it",
			"热忱欢迎您的参与! 某区某镇人民政府 2024年4月1日 相关附件:关于某中心建设项目方案(草案)",
			[]string{"热忱欢迎您的参与!", "某区某镇人民政府 2024年4月1日", "相关附件:关于某中心建设项目方案(草案)"}},
		{"a 发文字号 after its notice's title, a space between",
			"某县人民政府办公室关于建立殡葬管理工作联席会议制度的通知 西府办函〔2021〕146号",
			[]string{"某县人民政府办公室关于建立殡葬管理工作联席会议制度的通知", "西府办函〔2021〕146号"}},
		{"headed news items run together on one line",
			"国花社区 荣获先进示范点 近日,总结会在社区召开。会议表彰了先进单位。 淮河社区 建华社区 两所“托老站”齐开业 位于淮河路街道的两所托老站开业。 玫瑰花园社区 夕阳红巡逻队在行动 长江路街道组织巡逻。",
			[]string{"国花社区 荣获先进示范点 近日,总结会在社区召开。会议表彰了先进单位。", "淮河社区 建华社区 两所“托老站”齐开业", "位于淮河路街道的两所托老站开业。", "玫瑰花园社区 夕阳红巡逻队在行动", "长江路街道组织巡逻。"}},
		{"a 落款 closing the line after the contact fields",
			"如有异议,请向我办反映。 联系人:曾珍 电话:0599-8875322 某市委文明办 2021年4月19日 |",
			[]string{"如有异议,请向我办反映。 联系人:曾珍 电话:0599-8875322", "某市委文明办 2021年4月19日", "|"}},
		{"a page counter and a title printed twice, run into the text",
			"第1页共2页市民政局关于村务公开建设的情况汇报市民政局关于村务公开建设的情况汇报一是加强领导。",
			[]string{"第1页共2页", "市民政局关于村务公开建设的情况汇报", "市民政局关于村务公开建设的情况汇报", "一是加强领导。"}},
		{"a rules text flattened into one line, its chapters and articles apart by white space",
			"某某管理办法   第一章 总则   第一条 为了规范评估工作,制定本办法。   第二条 本办法所称评估是指民政部门的评估。   第二章 评估对象   第三条 评估对象为社会组织。",
			[]string{"某某管理办法", "第一章 总则", "第一条 为了规范评估工作,制定本办法。", "第二条 本办法所称评估是指民政部门的评估。", "第二章 评估对象", "第三条 评估对象为社会组织。"}},
		// Not cut.
		{"an article cited after a space", "依照本条例 第十条规定办理。 第二条 所列情形除外。", []string{"依照本条例 第十条规定办理。 第二条 所列情形除外。"}},
		{"a date closing a sentence's line", "会议要求抓好落实 全市于2021年4月19日", []string{"会议要求抓好落实 全市于2021年4月19日"}},
		{"words said twice that are no title", "好好学习，天天向上。", []string{"好好学习，天天向上。"}},
		{"a table's row closing with a body and a date", "1\t完成验收。\t某县民政局\t2021年4月19日", []string{"1\t完成验收。\t某县民政局\t2021年4月19日"}},
		{"a grid's header repeating its columns' labels", "目标数\t完成数\t占比\t目标数\t完成数\t占比", []string{"目标数\t完成数\t占比\t目标数\t完成数\t占比"}},
		{"sentences after a space, no heading before a clause mark",
			"会议总结了创建工作。 区领导对工作给予了肯定,提出了不足。 要求抓紧时间查漏补缺。",
			[]string{"会议总结了创建工作。 区领导对工作给予了肯定,提出了不足。 要求抓紧时间查漏补缺。"}},
		{"an extractor's spaces inside words",
			"象温暖过冬，平安过节。 四要强 基层重治理。强 化基层自治创新， 努力做出亮点。",
			[]string{"象温暖过冬，平安过节。 四要强 基层重治理。强 化基层自治创新， 努力做出亮点。"}},
		{"a date with its figures apart after a sentence",
			"会议要求抓好落实。 2024 年 3 月 7 日 全市启动检查。 各地要按时完成。",
			[]string{"会议要求抓好落实。 2024 年 3 月 7 日 全市启动检查。 各地要按时完成。"}},
		{"a 发文字号 cited in a sentence", "根据西府办函〔2021〕146号 文件要求，现部署如下。", []string{"根据西府办函〔2021〕146号 文件要求，现部署如下。"}},
		{"a 发文字号 after words that are no notice's title", "殡葬管理工作 西府办函〔2021〕146号", []string{"殡葬管理工作 西府办函〔2021〕146号"}},
		{"a space inside a quotation after a sentence, no heading's end",
			"会议表彰了先进单位。 今年我市活动以“善行某地 助力共富”为主题,旨在弘扬美德。 上午8时,活动开始。",
			[]string{"会议表彰了先进单位。 今年我市活动以“善行某地 助力共富”为主题,旨在弘扬美德。 上午8时,活动开始。"}},
		{"a date in a sentence after another", "会议要求各单位抓好落实。 全市于 2024 年 3 月 7 日 启动检查。",
			[]string{"会议要求各单位抓好落实。 全市于 2024 年 3 月 7 日 启动检查。"}},
		{"a list run within a sentence, its members parted by semicolons",
			"会议要求着重抓好以下三个方面的工作:一、完善社会救助体系,保障基本生活;二、加强应急救援体系建设;三、推进社区建设,夯实基础。会议还表彰了先进集体。",
			[]string{"会议要求着重抓好以下三个方面的工作:一、完善社会救助体系,保障基本生活;二、加强应急救援体系建设;三、推进社区建设,夯实基础。会议还表彰了先进集体。"}},
		{"a list run in on purpose after a label", "任务提示: 1、街道中心年底前完成; 2、社区设施年底前完成;",
			[]string{"任务提示: 1、街道中心年底前完成; 2、社区设施年底前完成;"}},
		{"an attachment list's first entry after its label", "附件：1. 重点任务清单\n2. 责任分工表",
			[]string{"附件：1. 重点任务清单", "2. 责任分工表"}},
		{"a date and a time in a sentence", "会议定于3/15/24, 9:30举行。", []string{"会议定于3/15/24, 9:30举行。"}},
		{"one enumerator in a sentence", "会议要求：一、要提高站位，二要落实责任。", []string{"会议要求：一、要提高站位，二要落实责任。"}},
		{"enumerators out of sequence", "情况如下：二、甲。一、乙。", []string{"情况如下：二、甲。一、乙。"}},
		{"a closing phrase alone", "特此通知。", []string{"特此通知。"}},
		{"the headline's words inside the body", "市民政局召开会议\n会上，市民政局召开会议的精神得到传达。", []string{"市民政局召开会议", "会上，市民政局召开会议的精神得到传达。"}},
		{"a letter-spaced label between a title and its text", "某某救助办事指南 办 理 程 序 救助的申请、审核按照下列程序进行：",
			[]string{"某某救助办事指南", "办 理 程 序", "救助的申请、审核按照下列程序进行："}},
		{"a letter-spaced label closing a line", "第一章 总 则", []string{"第一章 总 则"}},
		{"a copy that spaced out every glyph", "救 助 的 申 请 、 审 核 按 照 下 列 程 序 进 行 ：", []string{"救 助 的 申 请 、 审 核 按 照 下 列 程 序 进 行 ："}},
		{"a letter-spaced word inside a sentence", "会议要求，各单位 抓 好 落实工作。", []string{"会议要求，各单位 抓 好 落实工作。"}},
		{"a notice's title run on into its text", "关于某县撤县设市征集名称的公告 为加快推进我县发展，现公开征集名称。",
			[]string{"关于某县撤县设市征集名称的公告", "为加快推进我县发展，现公开征集名称。"}},
		{"a title over a page's fields on its line", "使用情况公告 发布日期:2024-06-10 15:04 浏览次数:", []string{"使用情况公告 发布日期:2024-06-10 15:04 浏览次数:"}},
		{"a masthead's body opening a line of co-issuers", "某县发展和改革局\n某县民政局\n某县发展和改革局 某县民政局关于核定公墓价格的通知",
			[]string{"某县发展和改革局", "某县民政局", "某县发展和改革局 某县民政局关于核定公墓价格的通知"}},
		{"a masthead's body run on into the text", "某县民政局\n某县民政局 近日，某县民政局召开会议。",
			[]string{"某县民政局", "某县民政局", "近日，某县民政局召开会议。"}},
		{"a headline, its date field and the text run into one line", "|\n某乡社工站开展送暖活动时间:2025-03-06 某报讯 近日，社工站开展活动。",
			[]string{"|", "某乡社工站开展送暖活动", "时间:2025-03-06", "某报讯 近日，社工站开展活动。"}},
		{"a date field after a clause is the text's", "近日，某乡开展报名时间:2025-03-06起的活动。", []string{"近日，某乡开展报名时间:2025-03-06起的活动。"}},
		{"a date field on a later line is not cut", "某乡社工站开展送暖活动\n报名时间:2025-03-06 请按时报名。",
			[]string{"某乡社工站开展送暖活动", "报名时间:2025-03-06 请按时报名。"}},
		{"a sentence opened by 关于, no title", "关于低保审核的问题 各地要严格把关，确保公平。", []string{"关于低保审核的问题 各地要严格把关，确保公平。"}},
		{"a numbered paragraph justified to the margin", "6、西至“火炬路”、东至“凤泉路”的 两 条 路 段 分 别 命 名 为“新旺路”；", []string{"6、西至“火炬路”、东至“凤泉路”的 两 条 路 段 分 别 命 名 为“新旺路”；"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, u := range units(clean.Lines(tc.text)) {
				got = append(got, u.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestGoldensAdmitted holds the profiles to the labelled documents: every
// document's roles, and its variants', fit a profile of its kind, and
// every role a line takes has a cue to allow it.
func TestGoldensAdmitted(t *testing.T) {
	m := weights()
	for _, ex := range loadRoles(t) {
		for _, e := range append([]Example{ex}, Variants(ex, fitWidths)...) {
			p := prepare(e)
			gold := m.decode(p.feats, p.matches, func(q int) bool { return family(profiles[q].kind) == p.family }, p.gold)
			if gold.profile < 0 {
				t.Errorf("%s: no profile of its kind admits its roles%s", e.Name, unevidenced(p))
			}
		}
	}
}

// TestWeightsCurrent fits the weights again and compares them with the
// embedded ones: a change to the cues, the profiles or the golden roles
// must come with `go generate ./parser/layout`.
func TestWeightsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("fits the weights again: slow")
	}
	var all []Example
	for _, ex := range loadRoles(t) {
		all = append(all, ex)
		all = append(all, Variants(ex, fitWidths)...)
	}
	var buf bytes.Buffer
	if err := Fit(all, DefaultFitting, &buf, ""); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("weights.tsv")
	if err != nil {
		t.Fatal(err)
	}
	strip := func(b []byte) string {
		var out []string
		for _, l := range strings.Split(string(b), "\n") {
			if !strings.HasPrefix(l, "#") {
				out = append(out, l)
			}
		}
		return strings.Join(out, "\n")
	}
	if strip(buf.Bytes()) != strip(want) {
		t.Errorf("weights.tsv is stale: run go generate ./parser/layout")
	}
}

// FuzzAnalyze checks that no text makes the layout panic, that every line
// gets a role, and that every item's lines lie inside the document.
func FuzzAnalyze(f *testing.F) {
	f.Add("南阳民政工作动态\n第 39 期\n\n市长调研 11 月 26 日上午，市长调研。（市局办公室）\n简讯\n5 月 26 日，活动。（西\n峡县民政局）\n报：市领导。")
	f.Add("# X文件\n\n平民〔2021〕54号\n\n## 关于X的通知\n\n各单位：\n\n### 一、A\n\nB\n\n附件 1\n\n表\n\n单位\t数\nA\t1\n")
	f.Add(" 本 期 内 容\n●市级动态\n标题\n●市级动态\n\n标题\n\n2022年1月18日，正文。")
	f.Add("为此通告如下：一、甲。二、乙。特此通告银川市人民政府—九九七年一月一日。")
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	for _, fn := range files {
		if b, err := os.ReadFile(fn); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := clean.Lines(s)
		d := Analyze(lines)
		for _, l := range d.Lines {
			if l.Role >= cue.NumRoles {
				t.Fatalf("line %d: no role", l.Num)
			}
		}
		for _, it := range d.Items {
			l := it.Lines()
			if l.First < 0 || l.Last > len(lines) || l.Last < l.First {
				t.Fatalf("item lines %v outside 1..%d", l, len(lines))
			}
		}
	})
}

// TestWrappedSignature: a 落款 that a page's width wrapped over two lines
// is read whole; a closing line that is no 落款 takes nothing from the next.
func TestWrappedSignature(t *testing.T) {
	body := "为此，市政府决定延长迁坟期限，现就有关事项通告如下：\n一、凡在范围内所葬坟墓，限1997年4月5日前全部迁出。\n二、具体事宜请与银川市殡葬管理所联系。\n特此通告\n"
	tests := []struct{ name, text, want string }{
		{"wrapped inside the date", body + "银川市人民政府—九九七年一\n月一日。\n", "银川市人民政府 1997-01-01"},
		{"on one line", body + "银川市人民政府—九九七年一月一日。\n", "银川市人民政府 1997-01-01"},
		{"wrapped after the body", body + "银川市人民政府\n一九九七年一月一日\n", "银川市人民政府 1997-01-01"},
		{"a line of text after a closing line", body + "联系人：张三\n月底前报送。\n", "- -"},
		{"a body's name wrapped over two lines", body + "张店区新型冠状病毒感染的肺炎疫情\n处置工作领导小组办公室\n2020年3月20日\n", "张店区新型冠状病毒感染的肺炎疫情处置工作领导小组办公室 2020-03-20"},
		{"two bodies one a line", body + "张店区民政局\n张店区卫生健康局\n2020年3月20日\n", "张店区民政局 2020-03-20"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			who, date := "-", "-"
			if d.Signer != nil {
				who = d.Signer.Value
			}
			if d.Date != nil {
				date = d.Date.Value
			}
			if got := who + " " + date; got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHeadingWraps: a heading line continues onto the next heading line
// when it is the longer of the two, the next measured to where its text
// begins if it runs into its text (a larger face for headings wraps them
// short of the body's width, and some extractors set a blank line after).
func TestHeadingWraps(t *testing.T) {
	body := []string{
		"日上午，市长深入我市民政服务机构开展调研指导",
		"调研组一行先后来到市社会福利院、市精神卫生福",
		"利中心，实地察看运营状况，听取有关人员汇报。",
	}
	tests := []struct {
		name, head, next string
		want             bool
	}{
		{"into a run-in line", "市民政局召开党组（扩大）会议传达学习市长", "调研指导民政工作讲话精神 11月26日下午，市民", true},
		{"into a shorter heading", "市民政局召开党组（扩大）会议传达学习市长", "调研指导民政工作讲话精神", true},
		{"a short label over a run-in line", "养老服务", "市民政局召开养老服务重点工作会议 11月27日下午", false},
		{"a heading that ends a sentence", "市民政局召开党组会议。", "调研指导民政工作讲话精神 11月26日下午，市民", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var lines []cue.Line
			for n, s := range append(append([]string{}, body...), tc.head, tc.next) {
				l := cue.Line{Num: n + 1, Text: s, Sq: span.SqueezeString(s)}
				if n >= len(body) {
					l.Blanks = 1
				}
				lines = append(lines, l)
			}
			d := cue.NewDoc(lines)
			roles := []cue.Role{cue.Body, cue.Body, cue.Body, cue.Heading, cue.Heading}
			a := &assembly{d: d, roles: roles, doc: &Document{}}
			if got := a.headingWraps([]int{3}, 4); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestFigureJoin: lines that break between two figures are joined with a
// space, as two cells; a line that breaks after a figure before words is
// joined as it wraps.
func TestFigureJoin(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"目标数 48", "26.51% 140", true},
		{"护理型床位占比 55%", "12", true},
		{"截至目前共排查 200", "余人，发放补助金", false},
		{"2021 年 7 月 29", "日印发", false},
		{"", "12", false},
	}
	for _, tc := range tests {
		if got := figureJoin(tc.a, tc.b); got != tc.want {
			t.Errorf("figureJoin(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestBulletedInfoLine: a page whose information lines are set as a list
// (• 索 引 号:…) takes its headline from the title below them, not from
// the first of them; a headline behind a bullet stays the title, its
// bullet left out.
func TestBulletedInfoLine(t *testing.T) {
	info := "  • 索 引 号:43060000/2014-09823\n  • 发布机构:平江县政府\n  • 生成日期:2014-03-19 00:00:00.0\n  • 公开日期:2014-03-19\n  • 公开方式:政府网站\n  • 公开范围:全部公开\n\n"
	body := "\n来源:民政局 2014-03-19 00:00\n| | | |\n\n3月15日上午,民政部李立国部长、省政府盛茂副省长一行10余人来到我县调研民政工作。调研组一行首先来到城关镇,听取了汇报。\n随后,调研组来到县烈士陵园,实地察看了陵园建设情况。\n"
	tests := []titleCase{
		{"bulleted fields above the headline", info + "民政部李立国部长一行来我县调研民政工作\n" + body, "民政部李立国部长一行来我县调研民政工作"},
		{"a bulleted headline", "• 民政部李立国部长一行来我县调研民政工作\n" + body, "民政部李立国部长一行来我县调研民政工作"},
	}
	checkTitles(t, tests)
}

// TestNoticeUnderHeadline: a page that carries a notice under a headline
// of its own takes the notice's title line as the document's title; a
// page whose headline is the notice's title keeps it.
func TestNoticeUnderHeadline(t *testing.T) {
	notice := "定州市民政局公告\n\n  鉴于河北省已启动重大突发公共卫生事件一级响应机制,为严格防控疫情,市民政局研究决定,特作如下公告:\n\n  1、倡议市民不要在2020年1月27日去定州市殡仪馆进行祭奠,可以采用网络祭奠的方式。\n\n  2、在疫情防控解除前,市儿童福利院和各养老机构不接受外来人员进入机构慰问。\n\n  定州市民政局\n\n  2020年1月26日\n"
	page := "来源: 长城网  作者:\n2020-01-27 14:41:00\n分享:\n\n"
	tests := []titleCase{
		{"a headline of the page's own", "@定州人 “20200202”不再办理结婚登记了!\n\n" + page + notice, "定州市民政局公告"},
		{"the notice's title as the headline", page + notice, "定州市民政局公告"},
		{"a site's headline over the notice's title", "定州市暂停祭扫服务公告\n" + notice, "定州市民政局公告"},
	}
	checkTitles(t, tests)
}

// TestIssuerOfPage: a page's issuer field names the issuer ahead of the
// body a notice's title opens with; with no such field, the title's body
// is the issuer.
func TestIssuerOfPage(t *testing.T) {
	notice := "市政府关于相城区太平街道部分道路地名命名的复函\n\n苏府地名函〔2024〕37号\n\n%s相城区人民政府太平街道办事处:\n\n你们上报的《关于申请部分道路地名命名的函》收悉。根据地名管理法规的相关规定,同意将你们申报的6条道路地名予以命名。\n\n一、将位于店港北的道路命名为“大窑桥路”。\n\n二、将位于潘家南的道路命名为“邢店路”。\n"
	tests := []issuerCase{
		{"a source field", "时间: 2024-07-05 14:59 来源: 苏州市人民政府办公室 访问量:\n\n", "苏州市人民政府办公室"},
		{"an article's source field", "本文来源: 苏州市人民政府办公室  浏览量: 【字体:   打印\n\n", "苏州市人民政府办公室"},
		{"a division as the source gives way to the body the title names", "来源:四铺镇发布时间:2023-10-19 11:13文字大小:\n\n", "市政府"},
		{"a source with its column", "【来源:苏州市人民政府办公室_通知公告】\n\n", "苏州市人民政府办公室"},
		{"a source with the stamp run on", "来源:某市民政局 2024年07月05日 14:59\n\n", "某市民政局"},
		{"a source with a field the labels do not know", "发布时间:2024-07-05 来源:某市民政局 发布开发区:某某工业园区\n\n", "某市民政局"},
		{"a source of words before a space", "来源:某某 2024年07月05日 14:59\n\n", "市政府"},
		{"a compiled source with the stamp run on", "来源:综合某区地名办 2024年07月05日 14:59\n\n", "某区地名办"},
		{"a body whole across a space", "来源:某区民政局 社会事务科\n\n", "某区民政局社会事务科"},
		{"a newspaper as the source", "来源:长城网  作者:\n\n", "市政府"},
		{"a county's media centre as the source", "来源:某县融媒体中心  作者:\n\n", "市政府"},
		{"a publisher field naming a media centre", "发布机构：某县融媒体中心\n\n", "市政府"},
		{"a 发文机构 field", "  • 发文机构:上海市长宁区民政局\n  • 发布日期:2025-03-17\n\n", "上海市长宁区民政局"},
		{"no field", "", "市政府"},
	}
	checkIssuers(t, notice, tests)
}

// TestSitePage: a saved page's banner over its trail of links is no
// issuer, the heading over the text is the report's headline, and the
// site's name at the foot is no item; a report with parts keeps its first
// heading as a part's.
func TestSitePage(t *testing.T) {
	body := "129日,县民政局组织县为民养老信息服务中心社工来到月溪镇和长塘瑶族乡走访慰问困难群众,为他们送去了米、油等生活物资。\n\n月溪镇禾梨村78岁的贫困户丰其云中年丧偶,社工们为她打扫卫生、整理房间,陪她聊天。\n\n"
	page := "洞口县人民政府\n您当前所在位置: 首页 > 政务公开 > 回应关切\n\n县民政局组织社工春节前夕走访慰问困难群众\n\n" + body + "扫一扫手机打开当前页\n【打印】\n洞口县人民政府网站\n"
	d := Analyze(clean.Lines(page))
	title, issuer := valueOf(d.Title), valueOf(d.Issuer)
	if title != "县民政局组织社工春节前夕走访慰问困难群众" || issuer != "-" || len(d.Items) != 0 {
		t.Errorf("got title %q, issuer %q, %d items; want the headline, no issuer, no items", title, issuer, len(d.Items))
	}
	parts := "县民政局组织社工春节前夕走访慰问困难群众\n\n" + body + "精准核实全面覆盖\n\n" + body
	if d := Analyze(clean.Lines(parts)); d.Title != nil && strings.Contains(d.Title.Value, "精准核实") {
		t.Errorf("a part's heading taken for the headline: %q", d.Title.Value)
	}
}

// TestSourceUnderText: a page that prints its source field under the
// text takes a body named there as its issuer, bracketed or not; a
// newspaper named there is none.
func TestSourceUnderText(t *testing.T) {
	page := "县民政局节前送温暖\n日期: 2016-02-04 字号:[ ]\n\n  春节将至,县民政局开展走访慰问困难群众活动,为3584户低保对象发放补助。\n\n  积极做好拥军优属工作,对全县重点优抚对象进行走访慰问。\n\n%s\n\n鄂公网安备 42020402000022号\n"
	tests := []issuerCase{
		{"a bracketed source", "[来源: 区民政局 ]", "区民政局"},
		{"a bare source", "来源:市民政局区划地名科", "市民政局区划地名科"},
		{"a newspaper", "来源:黄石日报", "-"},
		{"no source", "", "-"},
	}
	checkIssuers(t, page, tests)
}

// issuerCase is the text put into a page (at its %s) and the issuer the
// page should get, "-" for none.
type issuerCase struct{ name, text, want string }

// checkIssuers analyzes the page with each case's text put in and checks
// its issuer.
func checkIssuers(t *testing.T, page string, tests []issuerCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			issuer := Analyze(clean.Lines(fmt.Sprintf(page, tc.text))).Issuer
			if got := valueOf(issuer); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			// The value is what its source text says, no more, no less.
			if issuer != nil && span.SqueezeString(issuer.Text.String()) != span.SqueezeString(issuer.Value) {
				t.Errorf("value %q, source text %q", issuer.Value, issuer.Text.String())
			}
		})
	}
}

// titleCase is a text and the document title it should get.
type titleCase struct{ name, text, want string }

// checkTitles analyzes each case's text and checks its title.
func checkTitles(t *testing.T, tests []titleCase) {
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := valueOf(Analyze(clean.Lines(tc.text)).Title); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// itemCountCase is a text and how many items it should get.
type itemCountCase struct {
	name, text string
	items      int
}

// checkItemCounts analyzes each case's text and checks its count of
// items, naming the items' titles where it is off.
func checkItemCounts(t *testing.T, tests []itemCountCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			if len(d.Items) != tc.items {
				var ts []string
				for _, it := range d.Items {
					ts = append(ts, valueOf(it.Title))
				}
				t.Errorf("got %d items %q, want %d", len(d.Items), ts, tc.items)
			}
		})
	}
}

// itemTitlesCase is a text and the titles of its items, joined by " | ";
// a case that lists none opens with "!" and names the titles no item may
// have.
type itemTitlesCase struct{ name, text, items string }

func checkItemTitles(t *testing.T, tests []itemTitlesCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			var got []string
			for _, it := range d.Items {
				got = append(got, valueOf(it.Title))
			}
			s := strings.Join(got, " | ")
			if titles, ok := strings.CutPrefix(tc.items, "!"); ok {
				for _, l := range strings.Split(titles, " | ") {
					if strings.Contains(" | "+s+" | ", " | "+l+" | ") {
						t.Errorf("items %q, none should be %q", s, l)
					}
				}
				return
			}
			if s != tc.items {
				t.Errorf("items %q, want %q", s, tc.items)
			}
		})
	}
}

// valueOf is a field's value, or "-" where there is none.
func valueOf(f *Field) string {
	if f == nil {
		return "-"
	}
	return f.Value
}

// TestDateOfPage: the fields whose keys name the day of publishing give an
// article's date; other dated fields (实施日期, the day a rule takes
// effect) and counters do not.
func TestDateOfPage(t *testing.T) {
	body := "大足区民政工作会议召开\n%s\n\n3月18日，大足区民政工作会议召开，会议安排部署了下一步重点工作。\n"
	for _, tc := range []struct{ name, info, want string }{
		{"a newspaper site's 刊发日期", "刊发日期:2024-03-20 阅读次数: 作者:", "2024-03-20"},
		{"发表日期", "发表日期：2024-03-20 来源：区民政局", "2024-03-20"},
		{"the day a rule takes effect", "实施日期：2024-03-20", "-"},
		{"a disclosure grid's 公开日期", "|来源|某某网|公开日期|2024-03-20|", "2024-03-20"},
		{"the day a rule is promulgated", "公布日期：2024-03-20", "-"},
		{"a counter", "阅读次数：2024", "-"},
		{"the page's count of views before its field", "0次浏览 发布时间:2025-05-10 08:14:00", "2025-05-10"},
		{"a bracketed timestamp under the headline", "(2024-03-20 )", "2024-03-20"},
		{"a bracketed number under the headline", "(2024-03 )", "-"},
		{"a timestamp closing the byline's fields", "作者:何恒 编辑:李庆石2017-02-28 16:26:29", "2017-02-28"},
		{"a date with no time after the fields", "作者:何恒 编辑:李庆石 2017-02-28", "-"},
		{"a date with no time after the source's name", "来源:彭阳县民政局 2023.02.10", "2023-02-10"},
		{"a timestamp in Chinese form after the source's name", "来源:某市民政局 2017年05月18日 15:00", "2017-05-18"},
		{"a date in Chinese form after an editor's name, no time", "作者:何恒 编辑:李庆石 2017年05月18日", "-"},
		{"the article's date field before its source", "文章发布日期:2025-05-06 17:07 来源:区民政局", "2025-05-06"},
		{"a date with no time after a rule's field", "来源:彭阳县民政局 实施日期:2023.02.10", "-"},
		{"a number before the time", "作者:何恒 编号:1232017-02-28 16:26", "-"},
		{"a two-figure year in a date field", "发布时间:24年02月08日 信息来源:", "2024-02-08"},
		{"a two-figure year of the last century", "发布日期:98年12月01日", "1998-12-01"},
		{"a two-figure year in a field of no date", "编辑:24年02月08日", "-"},
		{"a two-figure year in figures", "来源: 发布时间:22-09-18 11:54:26", "2022-09-18"},
		// The page's last update is no day the text was published (GOLD: the date fields).
		{"a page's last update", "来源: 最后更新:22-09-18 11:54:26", "-"},
		{"a two-figure year in figures in a field of no date", "编号:22-09-18", "-"},
		{"no month 13", "发布时间:22-13-18 11:54", "-"},
		// Of two unlabelled stamps, the first is the page's own; the second
		// is something's the page shows after it (a repost's, a related story's).
		{"a timestamp, then a stamp opening its line", "2021-06-21 15:14:17\n2021年6月25日09:02:11某某资讯", "2021-06-21"},
		{"a stamp opening its line alone", "2021年6月25日09:02:11某某资讯401字阅读1分20秒", "2021-06-25"},
		{"a date with no clock opening a line", "2021年6月21日某某资讯401字", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(fmt.Sprintf(body, tc.info)))
			got := "-"
			if d.Date != nil {
				got = d.Date.Value
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHeadlineOfPage: what a saved page prints over its headline is no
// part of it: an app's name over its furniture, a site's name over a
// field that names the title; a lead that opens with its outlet is no
// headline; a byline printed again with the story is no item's heading.
func TestHeadlineOfPage(t *testing.T) {
	body := "\n\n  2月4日,县民政局组织干部职工到城关镇走访慰问困难群众,送上节日祝福。\n\n  据了解,县民政局累计慰问困难群众79户,发放慰问金3万元。\n"
	tests := []titleCase{
		{"an app's name over its furniture", "重庆头条\nAPP内浏览\n县民政局开展春节走访慰问活动\n县民政局 02-05 15:49 阅读量: 4959" + body, "县民政局开展春节走访慰问活动"},
		{"a headline printed again about furniture", "县民政局开展春节走访慰问活动\n分享到\n县民政局开展春节走访慰问活动" + body, "县民政局开展春节走访慰问活动"},
		{"a skip link over the headline", "跳至内容\n\n县民政局开展春节走访慰问活动" + body, "县民政局开展春节走访慰问活动"},
		{"a forum's name over the title field", "武安之窗\n\n标题: 县民政局开展春节走访慰问活动 [打印本页]\n\n作者: 日光倾城    时间: 2014-1-14 10:37" + body, "县民政局开展春节走访慰问活动"},
		{"a title field that the headline holds", "民政动态 县民政局开展春节走访慰问活动\n标题: 县民政局开展春节走访慰问活动\n时间: 2014-1-14 10:37" + body, "县民政局开展春节走访慰问活动"},
		{"a repost's note on the original title", "(原标题:县民政局开展春节走访慰问活动)" + body, "县民政局开展春节走访慰问活动"},
		{"an attachment's label over the attached report's title", "附件1\n政府信息公开工作年度报告\n一、总体情况\n按照条例要求,现公布本年度报告。\n二、主动公开情况\n全年主动公开信息120条。\n", "政府信息公开工作年度报告"},
		{"a trail's label with its links lost", "当前位置\n索引号 001008003015009/2024-00017\n组配分类 计划总结 发布机构 市民政局\n县民政局2023年工作总结\n发布日期:2024-03-05 11:24:15 来源:县民政局" + body, "县民政局2023年工作总结"},
		{"a grid's quoted 名称", "索引号: 8008/20241018-00001\n发布机构: 西盟县民政局 发布日时间: 2024-10-18\n名称: \"西盟县民政局关于征集地名采词库的公告\"" + body, "西盟县民政局关于征集地名采词库的公告"},
		{"a repost's note as its headline line", "原标题:县民政局开展春节走访慰问活动" + body, "县民政局开展春节走访慰问活动"},
		// A headline of clauses closed by an exclamation, printed again
		// further on, over a heading that opens the text.
		// A bulleted list of the page's source and time under the headline.
		{"bulleted facts under the headline", "事关2023年清明祭扫 某省多地发通知\n\n                • 东海网\n                • 2023-03-30 14:32:52\n\n                东海网3月29日讯(本网记者某某)近日,某市、某县发布清明祭扫通知。\n", "事关2023年清明祭扫某省多地发通知"},
		// A headline opened by its bullet keeps its second line.
		{"a bulleted headline over its second line", "•某市民政局召开\n养老服务推进会\n•2023-03-30 14:32:52" + body, "某市民政局召开养老服务推进会"},
		{"an exclaimed headline over a heading", "七夕,某县近200对新人登记结婚!\n古诗一首\n迢迢牵牛星,皎皎河汉女。\n七夕,某县近200对新人登记结婚!" + body, "七夕,某县近200对新人登记结婚!"},

		{"a place's tag over an outlet's lead", "黄浦\n上海慈善网讯 12月28日下午,区民政局举行慈善活动,现场认捐善款。\n本次活动由区民政局和市慈善基金会共同主办。\n", "-"},
		{"a copy button over the text", "正文复制" + body, "-"},
		{"running text over the information line", "记者从近日召开的会议获悉,县民政局将开展清明祭扫服务。会议还部署了散坟整治工作。\n发布时间:2020/11/17 19:27:33" + body, "-"},
		{"a lead over a notice titled by its kind", "近日,某某陵园发布通告,将开展骨灰迁葬工作。具体通告如下↓\n通告\n按照工作部署,陵园已完成存放室改造,请烈属及时联系办理。\n特此通告。\n某某烈士陵园\n2025年3月10日\n", "通告"},
		{"a guide's title over its numbered steps", "临时救助申请流程\n一、申请人应当向实际居住地的乡镇人民政府提出申请,并提交材料。\n二、乡镇人民政府在接到申请后,在3个工作日内完成审核。\n三、县区民政部门应当在2个工作日内完成审批。\n", "临时救助申请流程"},
		{"a sentence over numbered steps", "县民政局高度重视,扎实开展临时救助工作。\n一、申请人应当向实际居住地的乡镇人民政府提出申请,并提交材料。\n二、乡镇人民政府在接到申请后,在3个工作日内完成审核。\n", "-"},
		{"a lead opening with its outlet, no headline", "今日竹山网消息 又是一年新春至,最是情暖岁寒时。2月4日,县民政局组织干部职工走访慰问困难群众。" + body, "-"},
	}
	checkTitles(t, tests)
	story := "市救助管理站举行开放日活动\n□首席摄影记者 王建成\n6月19日是“全国救助管理机构开放日”。当天上午,市救助管理站开展活动,邀请市民参观。\n市救助管理站副站长刘竞汝告诉记者,开展这样的活动,是为了让更多人了解救助工作。\n"
	if d := Analyze(clean.Lines(story + story)); len(d.Items) != 0 {
		t.Errorf("a story printed twice: %d items, want none", len(d.Items))
	}
	for _, tc := range []struct {
		line  string
		items int
	}{
		{"记者 张紫艳 马颜慧", 0},
		{"张三 李四 摄", 0},
		// A heading that names its writers no more than a byline does.
		{"新人扎堆领证幸福满溢", 1},
	} {
		text := "婚姻登记处迎来结婚高峰\n5月20日,在市民政局婚姻登记处,新人正在排队办理结婚登记。\n\n" + tc.line + "\n\n上午8时30分,婚姻登记处已排起长队,新人们盛装出席。\n当天办理结婚登记的共有78对新人。\n"
		if d := Analyze(clean.Lines(text)); len(d.Items) != tc.items {
			t.Errorf("%s under a caption: %d items, want %d", tc.line, len(d.Items), tc.items)
		}
	}
	spam := "市民政局发出文明祭扫倡议\n时间:2023-04-04 来源:梧州日报\n\n清明节即将到来,市民政局向广大市民发出倡议。\n\n倡议书提出,倡导广大市民绿色低碳祭祀。\n\n"
	if d := Analyze(clean.Lines(spam + "主站模板: 甲乙丙丁| 戊己庚辛| 壬癸子丑 | 寅卯辰巳\n")); len(d.Items) != 0 {
		t.Errorf("a bar of links under the text: %d items, want none", len(d.Items))
	}
	parts := "市救助管理站举行开放日活动\n□首席摄影记者 王建成\n  6月19日是开放日。当天上午,市救助管理站开展活动。\n\n开放日活动的意义\n  副站长刘竞汝告诉记者,开展这样的活动很有意义。\n\n下一步工作安排\n  下一步将继续开展开放日活动。\n"
	if d := Analyze(clean.Lines(parts)); len(d.Items) != 2 {
		t.Errorf("a report with two parts: %d items, want 2", len(d.Items))
	}
}

// TestBulletinMarkedLists: a bulletin marks its contents' entries and its
// briefs with bullets (★ under 本期要目, ● under 简讯): an entry marked as the
// one above it is the list's next, no section's label, and a dated brief
// keeps its date and source behind its bullet.
func TestBulletinMarkedLists(t *testing.T) {
	text := "民 政 简 报\n2024年第5期（总第120期）\n某市民政局办公室编印                    2024年3月15日\n\n本期要目\n★ 市民政局召开2024年全市民政工作会议\n★ 东城区开展困难群众走访慰问活动\n★ 简讯\n\n市民政局召开2024年全市民政工作会议\n3月8日，市民政局召开2024年全市民政工作会议，总结2023年工作，部署2024年重点任务。局党组书记、局长张建国出席会议并讲话。会议指出，2023年全市共发放城乡低保金1.2亿元，惠及困难群众3.5万人。会议要求，各县区要聚焦主责主业，推动民政事业高质量发展。\n（局办公室）\n\n东城区开展困难群众走访慰问活动\n3月10日至12日，东城区民政局组织开展困难群众走访慰问活动，为200户困难家庭送去米面油等慰问品。区民政局副局长李明带队参加。\n（东城区民政局）\n\n简  讯\n●3月6日，市社会福利院开展“学雷锋”志愿服务活动，志愿者30余人参加。（市社会福利院）\n●3月13日，市殡葬管理所召开清明节祭扫工作部署会。（市殡葬管理所）\n\n报：市委办公室，市政府办公室\n送：各县区民政局\n发：局机关各科室、局属各单位\n（共印50份）\n"
	d := Analyze(clean.Lines(text))
	var got []string
	for _, it := range d.Items {
		var srcs []string
		for _, f := range it.Sources {
			srcs = append(srcs, f.Value)
		}
		got = append(got, fmt.Sprintf("%s|%v|%s|%s", it.Section, it.Brief, valueOf(it.Title), strings.Join(srcs, ",")))
	}
	want := []string{
		"|false|市民政局召开2024年全市民政工作会议|局办公室",
		"|false|东城区开展困难群众走访慰问活动|东城区民政局",
		"简讯|true|-|市社会福利院",
		"简讯|true|-|市殡葬管理所",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The count of copies under the last list closes the foot: no entry of
	// the list.
	if n := len(d.Distribution); n == 0 {
		t.Errorf("no distribution lists")
	} else if last := d.Distribution[n-1].Entries; len(last) == 0 || valueOf(&last[len(last)-1]) != "局属各单位" {
		t.Errorf("the last list ends %v, want 局属各单位", last)
	}
}

// TestBulletinParagraphALine: a bulletin copied a paragraph a line (a Word
// file's or a web page's text) wraps nowhere; its footer's lists (报：… /
// 送：…) run on like wrapped lines but set no wrap width, and the items'
// headings stand apart from their text.
func TestBulletinParagraphALine(t *testing.T) {
	text := "民 政 简 报\n\n第 5 期\n\n大悟县民政局办公室编                    2024年3月15日\n\n" +
		"县民政局召开2024年全县民政工作会议\n3月12日，县民政局召开2024年全县民政工作会议，总结2023年工作，安排部署2024年重点任务。局长王明华出席会议并讲话。\n会议要求，各乡镇要在4月底前完成低保对象动态复核。（局办公室）\n\n" +
		"我县启动困难群众春季救助行动\n为切实保障困难群众基本生活，县民政局于3月1日起在全县启动春季救助行动，计划发放临时救助金200万元。（社会救助股）\n\n" +
		"简  讯\n●3月5日，县民政局组织志愿者开展学雷锋志愿服务活动。\n●县殡仪馆完成设备更新改造。\n\n" +
		"报：市民政局，县委、县政府\n送：县人大、县政协\n发：各乡镇人民政府，局机关各股室\n                                          （共印30份）\n"
	d := Analyze(clean.Lines(text))
	var titles []string
	for _, it := range d.Items {
		titles = append(titles, valueOf(it.Title))
	}
	want := []string{"县民政局召开2024年全县民政工作会议", "我县启动困难群众春季救助行动", "-", "-"} // and the two 简讯, untitled
	if strings.Join(titles, "|") != strings.Join(want, "|") || valueOf(d.Issuer) != "大悟县民政局办公室" {
		t.Errorf("got items %q, issuer %q; want %q, 大悟县民政局办公室", titles, valueOf(d.Issuer), want)
	}
	if len(d.Items) > 0 && !d.Items[len(d.Items)-1].Brief {
		t.Errorf("the last item is no brief")
	}
}

// TestBracketedNote: a note in brackets under a rule's title (题注) is text
// about the rule, no heading; a numbered heading in brackets still is one.
func TestBracketedNote(t *testing.T) {
	page := "民政部发布《社会组织名称管理办法》5月1日起实施\n时间:2024-09-02 21:45:03\n\n中新网1月17日电 据民政部网站消息,《社会组织名称管理办法》将于5月1日起施行。\n\n社会组织名称管理办法\n\n%s\n\n  第二条 本办法适用于依法办理登记的社会组织。\n\n  本办法所称的社会组织,包括社会团体、基金会和民办非企业单位。\n"
	for _, tc := range []struct{ name, line string }{
		{"a note", "(中华人民共和国民政部令第69号已经2024年1月4日民政部部务会议通过,现予公布,自2024年5月1日起施行)"},
		{"a note in full-width brackets", "（2024年1月4日民政部部务会议通过，自2024年5月1日起施行）"},
	} {
		d := Analyze(clean.Lines(fmt.Sprintf(page, tc.line)))
		for _, it := range d.Items {
			if strings.Contains(valueOf(it.Title), "部务会议") {
				t.Errorf("%s: the note heads an item: %q", tc.name, valueOf(it.Title))
			}
		}
	}
	d := Analyze(clean.Lines("工作要点\n\n（一）加强组织领导,落实工作责任。\n\n各单位要高度重视。\n\n（二）强化督促检查,确保取得实效。\n\n各单位要加强督查。\n"))
	if len(d.Items) != 2 {
		t.Errorf("numbered headings in brackets: %d items, want 2", len(d.Items))
	}
}

// TestTablePageDate: a page that is a table, its title's line closing with
// the page's timestamp, is dated by it; a table's title with no date
// leaves the page undated.
func TestTablePageDate(t *testing.T) {
	grid := "\n序号 | 收费项目 | 计价单位 | 收费标准(元) |\n1 | 尸体火化 | 具 | 600 |\n2 | 遗体冷藏 | 天 | 100 |\n3 | 告别厅租用 | 次 | 300 |\n"
	for _, tc := range []struct{ name, title, want string }{
		{"a timestamp after the title", "市属殡仪馆主要收费项目和标准一览表 (2024-03-27 )", "2024-03-27"},
		{"no timestamp", "市属殡仪馆主要收费项目和标准一览表", "-"},
	} {
		d := Analyze(clean.Lines(tc.title + grid))
		got := "-"
		if d.Date != nil {
			got = d.Date.Value
		}
		if got != tc.want || valueOf(d.Title) != "市属殡仪馆主要收费项目和标准一览表" {
			t.Errorf("%s: got date %q, title %q; want %q and the table's title", tc.name, got, valueOf(d.Title), tc.want)
		}
	}
}

// TestIssuerFieldBeforeLongerLabel: a field's value ends where the next
// field's own label starts, after a space, though the key read in it is
// shorter (发布日时间 holds 时间).
func TestIssuerFieldBeforeLongerLabel(t *testing.T) {
	body := "\n\n为做好地名管理工作,县民政局面向社会征集地名采词。\n\n欢迎社会各界积极参与。\n"
	for _, tc := range []struct{ name, info, want string }{
		{"a longer label after a space", "发布机构: 西盟县民政局 发布日时间: 2024-10-18", "西盟县民政局"},
		{"fields run together", "来源:西盟县民政局发布时间:2024-10-18", "西盟县民政局"},
		{"a value of two words before a compound key", "发布机构: 西盟县民政局 办公室发布时间: 2024-10-18", "西盟县民政局办公室"},
	} {
		d := Analyze(clean.Lines("县民政局征集地名采词\n" + tc.info + body))
		if got := valueOf(d.Issuer); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestHeadlinePrintedAgain reads a headline printed again over the text as
// the header's, as often as it is printed, however an extraction spaced
// its figures; other words there are the body's.
func TestHeadlinePrintedAgain(t *testing.T) {
	body := " 记者今天从区民政局获悉,共有4个大项目,包含28个子项目。"
	tests := []struct {
		name, text string
		want       int // times the headline's words are in the header
	}{
		{"printed again as it is", "武进:28个项目获扶持资金140余万元\n武进:28个项目获扶持资金140余万元" + body, 2},
		{"printed again, figures spaced apart", "武进:28个项目获扶持资金140余万元\n武进:28 个项目获扶持资金 140 余万元" + body, 2},
		{"not printed again", "武进:28个项目获扶持资金140余万元\n" + body, 1},
		{"other words over the text", "武进:28个项目获扶持资金140余万元\n武进:28个项目获资金" + body, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			got := 0
			for _, p := range d.Passages {
				if p.Role == "header" {
					got += strings.Count(span.SqueezeString(p.Text.String()), "武进:28个项目获扶持资金140余万元")
				}
			}
			if got != tc.want {
				t.Errorf("headline in the header %d times, want %d", got, tc.want)
			}
		})
	}
}

// TestHeadlineRules reaches each of headlineRules and the headline before
// the fields, and names the rule that read the title; a page whose head
// holds no headline's place gets none.
func TestHeadlineRules(t *testing.T) {
	body := "\n\n  2月4日,县民政局组织干部职工到城关镇走访慰问困难群众,送上节日祝福。\n\n  据了解,县民政局累计慰问困难群众79户,发放慰问金3万元。\n"
	tests := []struct {
		name, text, rule, title string
	}{
		{"under a trail's label", "当前位置\n索引号: 001008003015009/2024-00017\n县民政局2023年工作总结\n发布机构: 市民政局\n发布日期:2024-03-05 11:24:15" + body,
			"headline under a label", "县民政局2023年工作总结"},
		{"after the information lines", "索引号：11410200/2024-00031\n发布机构：开封市民政局\n发布日期：2024-09-28\n开封市民政局召开第三季度工作会议\n9月27日上午，开封市民政局召开会议，总结前三季度工作。\n会议要求，各科室要对照年度目标，逐项抓好落实。",
			"headline after the information lines", "开封市民政局召开第三季度工作会议"},
		{"over the information line, under the grid", "索引号：11410200/2024-00031\n发布机构：开封市民政局\n开封市民政局2023年度报告\n时间：2018-03-16 16:32:00\n一、总体情况\n按照条例要求,现公布本年度报告。",
			"headline over the information line", "开封市民政局2023年度报告"},
		{"a yearbook entry's bracketed heading", "【1986年殡葬改革工作情况】 全年火化遗体1200具，火化率达到百分之八十。\n全县新建公墓3处。",
			"entry heading", "1986年殡葬改革工作情况"},
		{"on the information line, before its fields", "吉林省召开2023年全省民政工作会议 作者: 来源:吉林省民政厅 发布时间:2023-01-12" + body,
			"headline before the information fields", "吉林省召开2023年全省民政工作会议"},
		{"over a paper's lead, its date and kicker above", "2022年03月02日\n\n州救助管理站\n\n积极为流浪乞讨人员寻亲\n\n本报讯(张青春)2月24日,笔者从州救助管理站获悉,该站组织干部职工走上街头寻找流浪乞讨人员。\n\n近年来,该站救助危重病人120多人次。",
			"headline over the lead", "积极为流浪乞讨人员寻亲"},
		// No headline's place.
		{"a kicker alone over a paper's lead", "2022年03月02日\n\n州救助管理站\n\n本报讯(张青春)2月24日,笔者从州救助管理站获悉,该站组织干部职工走上街头寻找流浪乞讨人员。\n\n近年来,该站救助危重病人120多人次。", "", ""},
		{"a field's value under the information lines", "发布机构：开封市民政局\n发布日期：2024-09-28\n9月27日上午，开封市民政局召开会议，总结前三季度工作。\n会议要求，各科室要对照年度目标，逐项抓好落实。", "", ""},
		{"an editing office over the information line", "索引号：11410200/2024-00031\n开封市民政局办公室\n时间：2018-03-16 16:32:00\n9月27日上午，开封市民政局召开会议，总结前三季度工作。", "", ""},
		{"over the sections, a bar of key words above", "某某在线,某某精品免费,某某在线观看v片,某某午夜视频\n\n某区高龄津贴关于办理80周岁老年人高龄津贴的温馨提示\n\n一、享受对象\n凡年满80周岁的老人均可申请。\n二、补贴标准\n每人每月补贴30元。",
			"headline over the sections", "某区高龄津贴关于办理80周岁老年人高龄津贴的温馨提示"},
		{"a grid's title in its first row", "| 某区民政局主动公开事项目录 | ||||\n| 公开事项 | 公开内容 | 公开依据 |\n| 机关信息 | 机关简介 | 《条例》第二十条 |\n| 财政预决算 | 部门预算 | 《条例》第二十条 |",
			"grid title", "某区民政局主动公开事项目录"},
		{"a bracketed tag that runs on is no entry", "【民政动态】全年火化遗体1200具，火化率达到百分之八十。\n全县新建公墓3处。", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			var rule, title string
			if d.Title != nil {
				rule, title = d.Title.Rule, d.Title.Value
			}
			if rule != tc.rule || title != tc.title {
				t.Errorf("title %q by %q, want %q by %q", title, rule, tc.title, tc.rule)
			}
		})
	}
}

// TestRecipientsBrokenInName: a 主送 list a copy broke inside a name reads
// the name whole; a list broken at its marks keeps its lines apart; a
// reply's deputies are one addressee, a division's bodies one.
func TestRecipientsBrokenInName(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the recipients, joined by |
	}{
		{"broken inside a name",
			"某市人民政府关于印发某办法的通知\n某政发〔2008〕65号\n各县人民政府,某经济开发区、苏州\n宿迁工业园区,市各直属单位:\n现印发给你们,请认真贯彻执行。\n某市人民政府\n2008年6月4日",
			"各县人民政府|某经济开发区|苏州宿迁工业园区|市各直属单位"},
		{"broken at a comma",
			"某市人民政府关于印发某办法的通知\n某政发〔2008〕65号\n各县人民政府,某经济开发区,\n市各直属单位:\n现印发给你们,请认真贯彻执行。\n某市人民政府\n2008年6月4日",
			"各县人民政府|某经济开发区|市各直属单位"},
		{"the deputies a reply answers, one addressee",
			"某县民政局\n关于对政协某届某次会议第52号提案的答复\n马某、周某等委员:\n你们提出的关于加快养老服务发展的提案收悉，现答复如下：\n我县共建设养老机构3家。\n某县民政局\n2024年6月27日",
			"马某、周某等委员"},
		{"a district's bodies, each of them",
			"某区民政局关于开展社会组织审计抽查的通知\n某区各社会组织:\n为规范社会组织财务管理，现就有关事项通知如下：\n一、抽查范围。\n某区民政局\n2023年8月1日",
			"某区各社会组织"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range Analyze(clean.Lines(tc.text)).Recipients {
				got = append(got, r.Value)
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("got %s, want %s", g, tc.want)
			}
		})
	}
}

// TestNumberedHeadingBeforeText: a numbered heading an extractor set on
// one line with its text, white space between them, is titled by the
// words before the space; a numbered paragraph with no such space, or one
// whose first words hold a clause mark, keeps the Settled rule (no title
// where the first sentence holds a comma or a figure).
func TestNumberedHeadingBeforeText(t *testing.T) {
	notice := "某区民政局关于做好社会救助工作的通知\n\n各街道办事处：\n\n为做好社会救助工作，现将有关事项通知如下。\n\n一、总体要求 各街道要坚持问题导向，扎实做好救助工作。\n\n%s\n\n某区民政局\n2024年3月1日\n"
	tests := []titleCase{
		{"a heading and its dated text", "二、街道工作情况 朝天门街道于2月28日召开工作会议，部署全年任务。", "街道工作情况"},
		{"a space inside a clause", "二、各地要 加强领导，确保各项工作落到实处。", "-"},
		{"no space", "二、同意你乡行政村从现有的13个调整为8个，调整后的行政村区域由原区域组成。", "-"},
		{"spaces strewn between words", "二、加强 宣传 引导 工作，营造良好氛围。", "-"},
		{"a part's name before its text", "二、概述 2023年我局共办理救助申请120件。", "概述"},
		{"a nested part after the gap", "二、救助工作情况 （一）临时救助。全年共救助困难群众三百余人次。", "救助工作情况"},
		{"a word that names no part, and no nested part", "二、邮寄 通过邮局将申请材料寄送至区民政局。", "-"},
		{"a clause before the gap", "二、各街道，各社区 （一）加强领导。", "-"},
		{"a clause ending in 的 before a nested list", "二、符合下列条件之一的 （一）持有残疾证的困难群众；（二）其他困难群众。", "-"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(fmt.Sprintf(notice, tc.text)))
			if len(d.Items) != 2 {
				t.Fatalf("%d items, want 2", len(d.Items))
			}
			if got := valueOf(d.Items[1].Title); got != tc.want {
				t.Errorf("title %q, want %q", got, tc.want)
			}
		})
	}
}

// TestFiguresNoHeadline: figures a print's header dropped onto a line of
// their own (the year and month of the page's title) are no headline.
func TestFiguresNoHeadline(t *testing.T) {
	body := "发布机构 某区民政局\n发布日期 2024-03-18\n\n2024年2月全区社会救助工作动态\n\n本月全区共有低保对象1200户、2100人，较上月减少3户。本月发放低保金208.6万元。\n"
	checkTitles(t, []titleCase{
		{"figures under the print's stamp", "12/1/26, 2:36 PM                年 月全区社会救助工作动态\n                       2024 2\n\n" + body, "2024年2月全区社会救助工作动态"},
		{"no debris", body, "2024年2月全区社会救助工作动态"},
		{"a headline with figures in it", "2024年2月全区社会救助工作动态\n\n本月全区共有低保对象1200户、2100人，较上月减少3户。\n", "2024年2月全区社会救助工作动态"},
	})
}

// TestWrapStoppedShort: a wrapped line's end that stops short with no stop
// of its own, the text going on under it, is inside the paragraph (an
// extractor broke it where the page set a word apart); a short line that
// ends a sentence, or one under a line that is not full, ends one.
func TestWrapStoppedShort(t *testing.T) {
	head := "某区公益项目获扶持\n\n记者今天从区民政局获悉，今年全区共有为老服务、青少年服务等四类\n公益项目获得扶持，其中多数项目由区财政资金扶持，另有部分项目由区\n"
	tests := []struct {
		name, tail, want string
	}{
		{"a title set apart at the wrap", "慈善总会扶持，共计约六十万元。区民政局基层政权建设和社会治理科\n副科长\n张立群：以前是通过路演的环节评选项目，现在通过公开招标，\n更加公平公正。\n", "社会治理科副科长张立群"},
		{"a short line that ends its sentence", "慈善总会扶持，共计约六十万元。区民政局基层政权建设和社会治理科\n负责同志介绍了有关情况。\n张立群表示，现在通过公开招标评选项目，\n更加公平公正。\n", "介绍了有关情况。\n张立群"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(head + tc.tail))
			var all []string
			for _, p := range d.Passages {
				all = append(all, p.Text.String())
			}
			for _, it := range d.Items {
				all = append(all, it.Body.String())
			}
			if got := strings.Join(all, "\n"); !strings.Contains(got, tc.want) {
				t.Errorf("text %q holds no %q", got, tc.want)
			}
		})
	}
}

// TestRunInTitleLength: the Settled rule's 15 characters are counted as
// GOLD.md compares strings, with no white space.
func TestRunInTitleLength(t *testing.T) {
	tests := []struct{ in, want string }{
		{"兴堰路(Xing Yan Lu):东起规划道路，西至兴源大道。", "兴堰路(Xing Yan Lu)"},
		{"凤仪路(Feng Yi Lu):东起规划道路。", "凤仪路(Feng Yi Lu)"},
		{"加强组织领导和统筹协调推进工作落实机制建设:各地要…", "-"},
		{"明确目标，压实责任:各地要…", "-"},
		{"打开 <http://www.example.cn/a.html>链接,点击进入", "-"},
		{"网上办理:登录 https://www.example.cn 提交申请。", "网上办理"},
		{"访问网站http://www.example.cn", "-"},
	}
	for _, tc := range tests {
		got := "-"
		if head, _, ok := runInTitle(text(tc.in)); ok {
			got = head.String()
		}
		if got != tc.want {
			t.Errorf("runInTitle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBarOverHeadline: a bar of phrases run with the headline as one title
// is a row of links over it; a headline that closes with its tags is kept.
func TestBarOverHeadline(t *testing.T) {
	body := "\n\n时间: 2023-01-28 12:58来源:某市民政局\n\n春节期间，市、区两级民政部门持续开展救助工作，累计救助流浪乞讨人员120人次。\n"
	checkTitles(t, []titleCase{
		{"links over the headline", "养老新闻在线|社区动态最新|慈善公益专题|婚姻登记指南\n寒潮来袭，某市民政局持续做好救助工作" + body, "寒潮来袭，某市民政局持续做好救助工作"},
		{"two cells make no bar (the rule wants three)", "养老新闻|社区动态\n某市民政局持续做好救助工作" + body, "养老新闻|社区动态某市民政局持续做好救助工作"},
		{"a headline with its tags", "某市民政局持续做好救助工作|民政|救助|寒潮" + body, "某市民政局持续做好救助工作|民政|救助|寒潮"},
	})
}

// TestStopBetweenWords: a Latin full stop between Chinese words is a stop;
// between figures, after an enumerator's figure or at a line's end it is
// none.
func TestStopBetweenWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"申请.申请人或其代理人、村居民委员会代为提出申请", true},
		{"发起信息核对.乡镇人民政府受理核对申请", true},
		{"批准.符合条件的予以批准", true},
		{"补助标准提高到1.5万元", false},
		{"1.提高站位、加强领导", false},
		{"见www.mca.gov.cn网站", false},
	} {
		if got := stopBetweenWords(tc.in); got != tc.want {
			t.Errorf("stopBetweenWords(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestRelatedListItems: a site's list of links under its label, set as a
// Markdown list, runs on over items that hold a comma; a sentence of the
// text, no list item, ends it.
func TestRelatedListItems(t *testing.T) {
	text := "活动开展以来,取得圆满成功。本文来源:某网 责任编辑:佚名 |\n最新内容\n- 某县小学开展寒假安全系列教育活动,筑牢家校安全防线\n- 某社区为特殊群体送上温情\n下一步,各地将继续推进。\n"
	d := cue.NewDoc(units(clean.Lines(text)))
	k := cue.Index("related-links")
	var got []bool
	for i := range d.Lines {
		got = append(got, cue.All[k].Match(d, i))
	}
	if want := []bool{false, true, true, true, false}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("related-links on the lines = %v, want %v", got, want)
	}
}

// TestDatedLinks: timestamps set as a list under the text are a site's
// links' dates; a timestamp alone under the headline is the page's time,
// and one list item alone is no list of them.
func TestDatedLinks(t *testing.T) {
	k := cue.Index("dated-links")
	for _, tc := range []struct {
		text string
		want []bool
	}{
		{"某市民政局召开会议\n会议要求抓好落实。\n国内新闻精选:\n- 2026年02月26日 13:41:58\n- 2026年02月26日 11:01:22\n", []bool{false, false, false, true, true}},
		{"某市民政局召开会议\n2026-02-26 13:41\n会议要求抓好落实。\n", []bool{false, false, false}},
		{"某市民政局召开会议\n会议要求抓好落实。\n- 2026年02月26日 13:41:58\n", []bool{false, false, false}},
	} {
		d := cue.NewDoc(units(clean.Lines(tc.text)))
		var got []bool
		for i := range d.Lines {
			got = append(got, cue.All[k].Match(d, i))
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("dated-links on %q = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestBulletinItemCredits: a bulletin's item may close with a credit on a
// line of its own, its writer (撰稿：某某) or the body that supplied it
// (上报单位：某区民政局); the credit is the item's, and the items after it
// are still items, no foot.
func TestBulletinItemCredits(t *testing.T) {
	item := func(head, body, credit string) string { return head + "\n\n" + body + "\n\n" + credit + "\n\n" }
	doc := func(c1, c2, c3 string) string {
		return "某市民政工作简报\n\n第 12 期\n\n某市民政局办公室                2024 年 5 月 6 日\n\n" +
			item("某区开展养老服务质量提升行动", "4月28日，某区民政局召开养老服务质量提升行动部署会，对全区23家养老机构开展安全隐患排查。", c1) +
			item("某县推进社会救助扩围增效", "今年以来，某县民政局新认定低保边缘家庭126户、318人，发放临时救助金45.6万元。", c2) +
			item("某街道举办婚俗改革宣传活动", "5月1日，某街道在中心广场举办婚俗改革宣传活动，发放宣传资料600余份。", c3) +
			"报：市政府办公室。\n发：各县区民政局。\n编辑：赵某\n"
	}
	for _, c := range []struct {
		name    string
		text    string
		sources string
	}{
		{"writers", doc("撰稿：张某某", "撰稿：李某", "撰稿：王某某"), "||"},
		{"suppliers", doc("上报单位：某区民政局", "上报单位：某县民政局", "上报单位：某街道办事处"), "某区民政局|某县民政局|某街道办事处"},
	} {
		d := Analyze(clean.Lines(c.text))
		var titles, srcs []string
		for _, it := range d.Items {
			titles = append(titles, valueOf(it.Title))
			var s []string
			for _, f := range it.Sources {
				s = append(s, f.Value)
			}
			srcs = append(srcs, strings.Join(s, ","))
		}
		if want := "某区开展养老服务质量提升行动|某县推进社会救助扩围增效|某街道举办婚俗改革宣传活动"; strings.Join(titles, "|") != want {
			t.Errorf("%s: items %q, want %q", c.name, strings.Join(titles, "|"), want)
		}
		if got := strings.Join(srcs, "|"); got != c.sources {
			t.Errorf("%s: sources %q, want %q", c.name, got, c.sources)
		}
		if d.Kind != Bulletin {
			t.Errorf("%s: kind %v", c.name, d.Kind)
		}
	}
}

// TestListRunTogether: a notice's numbered paragraphs an extractor ran
// together on one line, the count going on in paragraphs of their own
// (1、…；2、… / 3、… / 4、…), are items all; a guide's list in one line,
// no member of it on a line of its own, is none.
func TestListRunTogether(t *testing.T) {
	head := "某县民政局关于调整低保标准的通知\n\n各乡镇人民政府：\n\n经研究，现将有关事项通知如下。\n\n"
	tests := []struct {
		name, text string
		items      int
	}{
		{"the count goes on under the line", "1、低保标准由每人每月800元提高到850元；2、特困人员基本生活标准同步提高。\n\n3、新标准自2024年1月1日起执行。\n\n4、各乡镇要做好宣传解释工作。", 3},
		{"the whole count in one line", "所需材料：\n\n1.申请书；2.户口簿复印件；3.身份证复印件。", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(head + tc.text + "\n\n某县民政局\n2024年1月1日\n"))
			if len(d.Items) != tc.items {
				t.Errorf("%d items, want %d", len(d.Items), tc.items)
			}
		})
	}
}

// TestLabelledListInGrid: a guide's grid row whose value is a numbered
// list (办理程序 1、…) opens the list with its first member, the row's
// label set apart; a row whose value is a single figure, or whose next line
// does not go on with the count, stays one line.
func TestLabelledListInGrid(t *testing.T) {
	grid := "事项名称 某项登记\n办理单位 某区民政局\n收费标准 不收费\n%s\n备注事项 无\n"
	tests := []struct {
		name, rows string
		items      int
		first      string
	}{
		{"a list under its label", "申请条件 1、申请人年满十八周岁。\n2、申请人户籍在本区。\n3、申请人无犯罪记录。", 3, "申请人年满十八周岁"},
		{"two lists under their labels", "申请条件 1、申请人年满十八周岁。\n2、申请人户籍在本区。\n办理程序 1、申请人到窗口提交材料。\n2、窗口当场审核办结。", 4, "申请人年满十八周岁"},
		{"a row with one numbered value", "申请条件 1、申请人年满十八周岁。\n办理时限 即时办结", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(fmt.Sprintf(grid, tc.rows)))
			if len(d.Items) != tc.items {
				t.Fatalf("%d items, want %d", len(d.Items), tc.items)
			}
			if tc.items == 0 {
				return
			}
			if got := valueOf(d.Items[0].Title) + d.Items[0].Body.String(); !strings.HasPrefix(got, tc.first) {
				t.Errorf("first item %q, want it to open with %q", got, tc.first)
			}
		})
	}
}
