package extract

import (
	"testing"

	"bulletin/parser/chrono"
)

// TestStatedYear: a year that dates an event a since-phrase starts from
// (总结2002年全省第十八次民政会议以来的工作) is not the text's year, so it resolves no month
// and day of the text; a year that stands in a clause of its own is. A year
// that opens the phrase itself (2025年以来) starts a period that runs up to the
// text's own time, which it does not name: it is no more the text's year
// (综合评价2020年以来…).
func TestStatedYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"人民网西安8月26日电 今天上午,陕西省第十九次民政会议召开,总结2002年全省第十八次民政会议以来的民政工作。", 0},
		{"2016年机构改革以来,全市民政事业持续发展。", 0},
		{"自2019年《条例》实施以来,全市共登记社会组织120家。", 0},
		{"总结2002年全省第十八次民政会议以来的工作,部署2009年全省民政工作。", 2009},
		{"2025年以来,全市新增城乡低保265户。", 0},
		{"2025年3月以来,全市新增城乡低保265户。", 0},
		{"2022年下半年以来,全市新增城乡低保265户。", 0},
		{"3月26日,2025年全市民政工作会议召开。", 2025},
		{"2002年召开了会议,以来工作有序推进。", 2002},
		{"2024年全市民政工作会议召开,回顾党的十八大以来的工作。", 2024},
	}
	for _, tc := range tests {
		if got := chrono.StatedYear(tc.in); got != tc.want {
			t.Errorf("StatedYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestLineYear: only a year the text states for its subject stands in for an
// undated text's year. A year its words give another role (year_roles.tsv)
// does not: a goal (到2020年实现…), a deadline (2025年底前), the start of a period
// up to the text's own time (2020年以来), the end of a count (截至2021年底), a
// whole year summed up (2021年全年). A text that names its own year relatively
// (去年…今年) before any year has placed itself without the number: a year it
// writes afterwards may be either (总结了去年… 2021年,全省…).
func TestLineYear(t *testing.T) {
	tests := []struct {
		in     string
		year   int
		placed bool
	}{
		// The year is the subject's.
		{"3月26日,2025年全市民政工作会议召开。", 2025, true},
		{"6月7日上午,2013年自治区民政会议召开,会议提出到2020年实现全面小康。", 2013, true},
		{"党的十八大提出了到2020年实现全面建成小康社会的目标,2013年全区民政会议召开。", 2013, true},
		{"2025年前三季度,全市发放救助资金3亿元。", 2025, true},
		{"2025年前5个月,全市新增低保对象120户。", 2025, true},
		{"总结2002年全省第十八次民政会议以来的工作,部署2009年全省民政工作。", 2009, true},
		{"2月28日,全省民政工作座谈会召开。", 0, false},
		// A goal, a deadline, a since-period, a count's end, a whole year:
		// no year stated for the subject.
		{"党的十八大提出了到2020年实现全面建成小康社会的宏伟目标。", 0, false},
		{"力争到2025年底,全市养老机构护理型床位占比达到55%。", 0, false},
		{"2025年底前完成全部改造任务。", 0, false},
		{"2020年前建成覆盖城乡的养老服务体系。", 0, false},
		{"2025年6月30日之前完成年检。", 0, false},
		{"综合评价2020年以来全市殡葬改革工作。", 0, false},
		{"截至2021年底,全市共有养老机构120家。", 0, false},
		{"2021年全年共发放低保金1.2亿元。", 0, false},
		// Placed by a relative year before any year.
		{"会议总结了去年我省民政工作情况,并对今年工作进行全面部署。会议指出,2021年,全省民政系统实现良好开局。", 0, true},
		{"今年以来,全市新增低保265户,2025年计划新增300户。", 0, true},
		// A year a period starts from (2012年起) up to the text's own time.
		{"2012年起,某区实施牧民安居工程。", 0, false},
		{"2018年3月起,某县全面推行惠民殡葬政策。", 0, false},
		{"2018年,某县起草了殡葬管理办法。", 2018, true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			y, placed := chrono.LineYear(tc.in)
			if y != tc.year || placed != tc.placed {
				t.Errorf("LineYear = %d, %v; want %d, %v", y, placed, tc.year, tc.placed)
			}
			if got := chrono.StatedYear(tc.in); got != tc.year {
				t.Errorf("StatedYear = %d, want %d", got, tc.year)
			}
		})
	}
}

// TestOwnYear: where no line states a year before the text places itself,
// the year it names for its own time further on. A text that calls its time
// 今年 and then writes a year for its subject names that year; one that
// first names another year by relation (去年, 明年) decides none. A text
// that states no year outside 《》 takes that of a cited title opening with
// its year (《2023年…方案》, 《2022年1季度…数据》), not a law's nor a year
// inside a title or a document number.
func TestOwnYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"今年10月是某市第八个敬老月。\n某区印发了2023年全区助老活动实施方案。", 2023},
		{"今年情人节恰逢元宵节,某区婚姻登记处提前上班。\n而2019年元宵节更是难得一遇。", 2019},
		{"10月8日,某县举行首届助老集市。\n现场发布了《2023年某市居家养老服务补贴实施方案》。", 2023},
		{"较去年同期减少10万对。\n某部官网5月6日发布的《2022年1季度民政统计数据》显示,今年一季度登记减少。", 2022},
		{"5月6日,某县召开会议。\n2021年,全县新增养老床位100张。", 2021},
		// No year of the text's own.
		{"会议总结了去年某县民政工作。\n会议指出,2021年,全县民政系统实现良好开局。", 0},
		{"明年3月,某县将举办活动。\n2023年全县计划新增床位100张。", 0},
		{"今年68岁的老某是牧民,2015年起,某区实施牧民安居工程。", 0},
		{"今年年初,某省开展2021年民政工作综合检查,某市获评优秀。", 0},
		{"今年年初,某省开展2021年民政工作综合检查。\n2022年,某市新增床位100张。", 2022},
		{"10月8日,某县举行活动,宣传《中华人民共和国老年人权益保障法》。", 0},
		{"10月8日,某县宣传《某省养老服务条例(2019年修订)》。", 0},
		{"5月6日,某局依据某民发〔2020〕8号文件开展检查。", 0},
		{"今年以来,某区力争到2025年实现全覆盖。", 0},
		{"6月1日,某县召开会议,回顾2020年以来的工作。", 0},
		{"今年1至5月,全县发放救助金100万元。与2023年同期相比,增长10%。", 0},
	}
	for _, tc := range tests {
		if got := chrono.OwnYear(tc.in); got != tc.want {
			t.Errorf("OwnYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
