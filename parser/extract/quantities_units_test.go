package extract

import "testing"

// TestQuantityUnits covers the measure words and units a count is read with
// (units.tsv): longer words read whole (平方千米, 场次, 头只, 车道), words that count
// cases, vehicles, pairs or graves, the days a span lasts, the size of a
// photograph, the magnitude of an earthquake and an anniversary; and the
// figures before words of the same characters that count nothing.
func TestQuantityUnits(t *testing.T) {
	tests := []rowCase{
		// 平方千米 is read whole (its 千 is no numeral before 米), 例 counts cases, 部
		// counts vehicles.
		{"总面积201.2平方千米", "201.2 平方千米"},
		{"总面积1108.69平方千米,总人口30.9万人", "1108.69 平方千米; 309000 人"},
		{"道路全长3千米", "3 千米"},
		{"全长五千米", "5000 米"},
		{"每千米补助500元", "500 元"}, // 千米 alone is the unit's name
		{"装配了7万例普及型下肢假肢", "70000 例"},
		{"装配70000例", "70000 例"},
		{"仅限2部5座以下车辆进馆", "2 部; 5 座"},
		{"联合3部门印发", "3 部门"},
		{"例如养老服务", ""},
		// 毫米 and 厘米 are read whole, 毫 and 厘 no characters before 米; a
		// percentage point keeps its 个 as 个月 does, and 个 alone stays 个.
		{"某地累计降雨量30-80毫米", "30 毫米; 80 毫米"},
		{"积雪深度达15厘米以上", "15 厘米"},
		{"比上年提高2.5个百分点", "2.5 个百分点"},
		{"低于全省平均水平1.2百分点", "1.2 百分点"},
		{"新建3个百姓议事厅", "3 个"},
		{"距离河道30米", "30 米"},
		// A floor right after a building's name is the address's, no count.
		{"地址:某市某路某某大厦12层", ""},
		{"某某大廈3層", ""},
		{"新建办公楼共5层", "5 层"},
		{"建成3栋5层的楼房", "3 栋; 5 层"},
		// A size word between the number and its measure word (大项, 小项) is
		// part of the measure word; a unit that opens with it (小时) is read
		// whole, and a size word before no measure word makes no unit.
		{"职责任务目前已发展到30多大项100多小项", "30 大项; 100 小项"},
		{"梳理为8大类", "8 大类"},
		{"服务时长3小时", "3 小时"},
		{"第2小组", ""},
		{"建成3大厦", ""},
		{"民政部印发通知", ""},
		// 方米, the short form of 平方米 (平方米 read whole before it), and 枚
		// of seals and badges.
		{"每百户不低于20方米", "20 方米"},
		{"用房面积120平方米", "120 平方米"},
		{"集齐4枚纪念章即可兑换", "4 枚"},
		{"为老人颁发纪念章60枚", "60 枚"},
		// Negatives: a 方 with no 米 after it, and 枚 in a word of its own.
		{"某地方案第3方面", ""},
		{"不胜枚举", ""},
		{"第2部分", ""},

		// The longer measure word 场次, and multipliers that count nothing (亿万,
		// "countless"); a hotline, a year, a code count nothing.
		{"服务638场次、惠及8115人次", "638 场次; 8115 人次"},
		{"开展活动12场", "12 场"},
		{"关系亿万家庭的幸福安宁", ""},
		// Negatives: a hotline, a year, a code, a figure with its measure
		// word.
		{"拨打12345市民热线", ""},
		{"2023社区工作会议", ""},
		{"第1社区", ""},
		{"A12社区", ""},
		{"覆盖11个乡镇", "11 个"},
		// A short quotation's figure with its unit (a service circle named
		// by its span) is an amount; a bare figure or a formula there is none.
		// A percentage after a count and its measure word (两个100%) is an
		// amount, as gold reads “四个100%” (see countedPercent).
		{"打造“10分钟养老服务圈”", "10 分钟"},
		{"建成“1小时应急救援圈”", "1 小时"},
		{"开通“96345”服务热线", ""},
		{"推行“5+2”服务模式", ""},
		{"实现“两个100%”目标", "100 %"},

		// 载 is the year of literary writing; 分 after 加, 扣 or 减 is the points
		// a scoring rule gives or takes. A clock time's minute, a fen of money
		// and 载 inside a longer word count nothing.
		{"阔别7载的老家", "7 载"},
		{"笔试成绩加2分、助理社工师的加1分", "2 分; 1 分"},
		{"每缺一项扣1分", "1 分"},
		{"8时30分开始", ""},
		{"下载3次", "3 次"},
		{"售价3元5分", "3 元"},

		// 具 is a measure word.
		{"全年火化遗体2,040具,火化率达90%。", "2040 具; 90 %"},

		// 副 counts pairs and sets (棉手套66副); where it opens a deputy's title after
		// a figure (局长1名副局长2名) it is the title's, and a title's holder count stays
		// with 名.
		{"为50余位困难群众发放棉手套66副。", "50 位; 66 副"},
		{"向残疾人发放拐杖20副、护膝100副。", "20 副; 100 副"},
		{"送去春联3000副。", "3000 副"},
		{"配备局长1名副局长2名。", "1 名; 2 名"},
		// Negatives: 副 before a title after a figure, a title with no
		// figure, a list's number before a deputy.
		{"领导班子2副局长参加。", ""},
		{"副市长张三出席。", ""},
		{"1.副主任李四主持会议。", ""},

		// Measure words of roads, graves and livestock (车道, 冢, 头只), the days a
		// span lasts (共7日, 为期7日: qualifiers.tsv's duration words make 日 a count of
		// days), and the designation of a military unit (35551部队), which counts
		// nothing.
		{"设计速度60km/h,双向6车道,道路等级为交通性城市主干路。", "60 km/h; 6 车道"},
		{"目前烈士陵园安葬有2冢非烈士人员墓。", "2 冢"},
		{"调派冲锋舟40艘、救生衣100件。", "40 艘; 100 件"},
		{"调拨手电筒450把、铁锹和洋镐200把。", "450 把; 200 把"},
		{"单位一把手亲自抓，把救灾物资送到群众手中。", ""},
		{"全县3把消防锁具已更换，把好安全关。", "3 把"},
		{"死亡大牲畜2577头只。", "2577 头只"},
		// A day before 元宵 or 元旦 is no sum of 元.
		{"正月15元宵节当天举办灯会", ""},
		{"农历正月15元宵佳节", ""},
		{"元旦前发放慰问金500元", "500 元"},
		{"元宵节每户发放汤圆券15元。", "15 元"},
		// 顶 counts tents and hats; 顶 of its own words (顶格, 屋顶) counts nothing.
		{"调拨救灾帐篷800顶、棉衣1500件", "800 顶; 1500 件"},
		{"为环卫工人发放棉帽60顶", "60 顶"},
		{"顶格发放补贴3000元", "3000 元"},
		{"维修屋顶12处", "12 处"},
		{"公示时间:2025年12月22日至12月28日(共7日)。", "7 日"},
		{"活动为期3日。", "3 日"},
		{"自公告之日起30日内。", "30 日"},
		// A dash between a cited title's words before a figure; a code's
		// hyphen after its letters, a range's between amounts, a sign
		// outside a title.
		{"根据《某省关于下达专项资金的通知-80周岁以上老年人高龄补贴资金》下达资金。", "80 周岁"},
		{"共3人-5人参加。", "3 人; 5 人"},
		{"编号为MZ-2023的文件", ""},
		{"下达资金的通知-80周岁以上老年人高龄补贴资金。", ""},
		// A bound a notice sets on a span of days (不得超过7日, 超过30日的).
		{"遗体存放期不得超过7日,延期存放不得超过30日。", "7 日; 30 日"},
		{"超过3日另行按每天100元计算", "3 日; 100 元"},
		{"公示期不少于5日。", "5 日"},
		{"不得超过12月31日。", ""},
		// Negatives: a military unit's designation, a day of the month,
		// 日 with no duration word before the figure.
		{"中国人民解放军35551部队61分队战士。", ""},
		{"公示时间:2025年12月22日至12月28日。", ""},
		{"会议于7日召开。", ""},
		{"共同开展工作。", ""},

		// 寸, the size of a photograph a form asks for (2寸合影照片), and 级, the
		// magnitude of an earthquake, read only with 地震 right after it or 里氏
		// before the figure (units.tsv's third column, qualifiers.tsv): a figure
		// before 级 elsewhere names a grade or a rank.
		{"带齐双方户口簿、身份证、3 张 2寸合影彩色红底照片等相关证件材料。", "3 张; 2 寸"},
		{"须提交近期1寸免冠照片。", "1 寸"},
		{"因积石山6.2级地震,省慈善总会接收捐赠。", "6.2 级"},
		{"当地发生里氏5.1级。", "5.1 级"},
		// Negatives: a grade, a rank, a level of response, a disability
		// grade: 级 with no earthquake around it.
		{"由1名二级巡视员专职配合。", "1 名"},
		{"启动一级响应。", ""},
		{"评定为3级伤残。", ""},
		{"创建4A级景区。", ""},

		// N周年 counts the years since an event, an amount with its unit (GOLD
		// quantities), not a year of the calendar.
		{"2024年是中华人民共和国成立75周年。", "75 周年"},
		{"庆祝建党100周年系列活动。", "100 周年"},
		{"全面建成小康社会10周年座谈会。", "10 周年"},
		// Negatives: a year of the calendar, an anniversary with no
		// number.
		{"2024年工作要点。", ""},
		{"每年周年纪念日。", ""},
		{"周年庆典活动。", ""},

		// A score's points after a word of the score (满分, 得分); seconds; the
		// hour counted with 个, which keeps its 个 as 个月 does.
		{"评估指标体系采取计分制,满分为1000分。", "1000 分"},
		{"考核得分92.5分。", "92.5 分"},
		{"婚姻登记程序在30秒内完成。", "30 秒"},
		{"历经6个小时、355公里的长途跋涉。", "6 个小时; 355 公里"},
		{"服务时长累计24小时。", "24 小时"},
		// The items that add or take off points (加分项, 扣分项) and a band
		// of scores (得分在…之间, 得分在…以上, the 分 left off).
		{"满分为1000分,另设加分项50分。", "1000 分; 50 分"},
		{"扣分项20分。", "20 分"},
		{"得分在801—850分之间的为2A级。", "801 分; 850 分"},
		{"得分在950以上的为5A级。", "950 "},
		{"总分在60以下的不予评级。", "60 "},
		// Negatives: a clock time and a fraction after a score's word, a
		// score's word before a count or a figure with no bound after it.
		{"得分在10时30分公布。", ""},
		{"加分项占三分之一。", ""},
		{"得分在3个方面体现。", "3 个"},
		{"得分在950。", ""},
		// Negatives: the minute of a clock time, a figure before 分 with
		// no word of the score, a 分 that opens a word.
		{"会议于8时30分开始。", ""},
		{"共分3个阶段。", "3 个"},
		{"划为3分区管理。", ""},
		// A figure scaled by 万 or 亿 before a 分 that measures nothing (a
		// share widget run on, 万分 "extremely") is an amount with no unit; an
		// unscaled figure there is none.
		{"长者人口料约达70万分享到:", "700000 "},
		{"惠及1.2亿分散供养人员", "120000000 "},
		{"约达70分享到:", ""},
		{"满分为10万分。", "100000 分"},
		{"风险控制在1万分之3以内。", ""}, // a ratio, no amount
	}
	checkRows(t, tests, "quantities", amountRows)
}

// TestQuantityClauseEndMeasures covers measure words that also open common
// words: 单, the measure word of trusts and filings, and 问, the count of a
// question-and-answer page's questions, are read only where the clause ends
// after them.
func TestQuantityClauseEndMeasures(t *testing.T) {
	tests := []rowCase{
		// 单 of trusts and filings; a word 单 opens (单位, 单元, 单项).
		{"全年备案慈善信托5单,资金2000万元。", "5 单; 20000000 元"},
		{"新设立慈善信托12单。", "12 单"},
		// Negatives: a word 单 opens.
		{"全市共有3单位参加。", ""},
		{"居住在2单元。", ""},
		{"设立2单项基金。", ""},

		// 问 of a question-and-answer page; a word 问 opens, and a slogan.
		{"甘肃省退役军人、其他优抚对象优待证申领25问", "25 问"},
		{"社会救助政策100问:", "100 问"},
		{"养老服务十问", "10 问"},
		// Negatives: a word 问 opens, and a slogan.
		{"梳理出30问题。", ""},
		{"发放5问卷。", ""},
		{"开展十问十答活动。", ""},

		// 客 of a canteen's servings (万 folded into the value); a word 客
		// opens.
		{"某长者食堂日均供餐能力达1.2万客,缓解了就餐难。", "12000 客"},
		{"每天配送午餐300客。", "300 客"},
		// Negatives: a word 客 opens.
		{"新开通2客运班线。", ""},
		{"走访5客户。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}

// TestQuantityTemperatures covers temperatures: the degree Celsius is a unit
// (℃, °C, 摄氏度); 度 after a figure is a temperature's unit where 零下 or 零上
// stands before the figure (qualifiers.tsv, units.tsv), the value the figure
// as printed; elsewhere a figure before 度, or a bare degree sign, is none.
func TestQuantityTemperatures(t *testing.T) {
	tests := []rowCase{
		// The degree Celsius in its printed forms; a bare degree sign.
		{"7日下午,37℃的高温。", "37 ℃"},
		{"气温达到38 ℃。", "38 ℃"},
		{"体温36.5°C。", "36.5 °C"},
		{"水温保持在40摄氏度。", "40 摄氏度"},
		{"温度达到℃", ""},

		// 零下 and 零上 before a figure and 度.
		{"受强寒潮影响,1月24日上海的最低气温降至了零下4度。", "4 度"},
		{"最低氣溫降至了零下4度。", "4 度"},
		{"夜间气温零下十度。", "10 度"},
		{"白天最高零上5度。", "5 度"},
		{"最低气温零下5℃。", "5 ℃"},
		// Negatives: no sign word before the figure, a year that lost
		// its 年, words that hold 度.
		{"现下达2022度城乡日间照料中心运营补贴。", ""},
		{"气温降至4度。", ""},
		{"一年一度春草绿。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}

// TestQuantityMagnitudeNoTarget: the magnitude of an earthquake is what
// struck, neither a plan's target nor a deed done, while the money of the
// same report still is.
func TestQuantityMagnitudeNoTarget(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"money beside the quake", "因积石山6.2级地震,省慈善总会已接收社会捐赠资金7211.11万元。", "achieved 72111100 元 -"},
		{"a plan beside the quake", "震后力争新建安置房6.2万套,应对6.2级地震。", "plan 62000 套 -"},
		// Negatives: the magnitude alone, in a report and in a plan.
		{"the magnitude in a report", "全年已应对6.2级地震。", ""},
		{"the magnitude in a plan", "力争应对8级地震。", ""},
		// The rain a warning forecasts, with 将 before it, is no target
		// either; a plan's number beside it still is.
		{"the rain a warning forecasts", "明天某市将出现强降水,最大小时雨量30-50毫米。", ""},
		{"a plan beside the rain", "某县将新建避险安置点30个,防范最大小时雨量50毫米的强降水。", "plan 30 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
