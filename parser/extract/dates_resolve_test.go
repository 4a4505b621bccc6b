package extract

import (
	"strings"
	"testing"

	"bulletin/parser/chrono"
	"bulletin/schema"
)

// TestDatesOfStatedYear: an undated text's month and day resolve against the
// year it states for its subject, or stay unresolved where it states none,
// as where its only year dates an earlier event a since-phrase starts from
// (GOLD.md: a date whose year no year of the text decides is not listed);
// against an issue date they resolve as ever, whatever years the text sets
// as goals.
func TestDatesOfStatedYear(t *testing.T) {
	tests := []struct {
		in   string
		ref  *chrono.Ref // nil: the year the text states
		want string
	}{
		{"6月7日上午,自治区民政会议召开。部长说,党的十八大提出了到2020年实现全面建成小康社会的宏伟目标。", nil, ""},
		{"2月28日,全省民政工作座谈会召开,会议总结了去年我省民政工作情况。会议指出,2021年,全省民政系统顺利实现了良好开局。", nil, ""},
		{"7月19日上午,全市殡葬改革推进会议召开,综合评价2020年以来全市殡葬改革工作。", nil, ""},
		{"1月10日,全市养老服务统计显示,截至2021年底全市共有养老机构120家。", nil, ""},
		{"12月20日,全市发放2021年全年救助资金1.2亿元。", nil, ""},
		{"6月7日上午,2013年自治区民政会议召开,会议提出到2020年实现全面小康。", nil, "2013-06-07"},
		{"3月26日,2025年全市民政工作会议召开,力争到2027年底实现全覆盖。", nil, "2025-03-26"},
		{"6月7日上午,自治区民政会议召开,提出到2020年实现全面小康。", &chrono.Ref{Year: 2013, Month: 6, Day: 9}, "2013-06-07"},
		{"2月28日,全省民政工作座谈会召开,会议总结了去年工作。", &chrono.Ref{Year: 2022, Month: 3, Day: 1}, "2022-02-28"},

		// A year that dates the event a since-phrase starts from resolves nothing;
		// a year in a clause of its own does.
		{"人民网西安8月26日电 总结2002年全省第十八次民政会议以来的民政工作。", nil, ""},
		{"人民网西安8月26日电 2009年全省民政会议召开,总结2002年全省第十八次民政会议以来的民政工作。", nil, "2009-08-26"},
		{"8月26日,2009年全省民政会议召开。", nil, "2009-08-26"},
		{"本报8月26日讯 2016年机构改革以来,全市民政事业持续发展。", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			in.Env.Ref = chrono.Ref{Year: chrono.StatedYear(tc.in)}
			if tc.ref != nil {
				in.Env.Ref = *tc.ref
			}
			var out schema.Entities
			Dates{}.Extract(in, &out)
			if len(out.Dates) == 0 || out.Dates[0].Value != tc.want {
				t.Errorf("got %+v, want first date %q", out.Dates, tc.want)
			}
		})
	}
}

// TestDatesInSentence: a yearless date takes the year of the date before it
// in its sentence, read against it (2019年12月25日前…，12月31日前 → 2019-12-31;
// …1月15日前 → 2020-01-15), before the document's; days listed with 、 share the
// month (12月13日、20日); an English date line (Nov 22, 2025) is read with its
// year; a site's clock (今天是2019年5月6日 星期一) dates nothing of the
// text. Dated 2020-01-10.
func TestDatesInSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"各村要在2019年12月25日前完成评议,12月31日前将花名册报街道备案,原则上应在1月15日前结束慰问。",
			"2019-12-25 2019-12-31 2020-01-15"},
		{"12月13日、20日夜间,救助站开展巡查。", "2019-12-13 2019-12-20"},
		{"Nov 22, 2025", "2025-11-22"},
		// Another sentence, a relative year, a list that runs back, no year.
		{"2018年12月25日前完成评议。12月31日前报送。", "2018-12-25 2019-12-31"},
		{"2018年12月25日完成评议,今年1月5日报送。", "2018-12-25 2020-01-05"},
		{"12月20日、13日开展巡查。", "2019-12-20"},
		{"Nov 22 开展巡查。", ""},
		// The first day of Unix time in the text is a site's placeholder
		// (某网友 1970-01-01); the day after it is a day.
		{"某某社区网友  1970-01-01  互联网", ""},
		{"某某社区网友  1970-01-02  互联网", "1970-01-02"},
		// A site's clock shows the reader the day (今天是 and the
		// weekday printed with the date): no date of the text. Prose
		// that names the day sets it off and keeps it, as does a date
		// with no label before it or no weekday after it.
		{"今天是2019年5月6日 星期一,欢迎访问某某网", ""},
		{"今日是：2019年5月6日 週一 某县民政局欢迎您", ""},
		{"今天是2019年5月6日(周一)", ""},
		{"今天是2019年5月6日,星期一,某社区开展义诊活动。", "2019-05-06"},
		{"2019年5月6日 星期一 某县民政局召开会议。", "2019-05-06"},
		{"今天是2019年5月6日,某社区开展义诊活动。", "2019-05-06"},
		// Prose with no comma between the date and its weekday ends a
		// sentence on the line; the label inside a sentence is prose.
		{"今天是2023年10月23日星期一，也是重阳节，某社区开展敬老活动。", "2023-10-23"},
		{"今天是2月9日（周五）值班人员张某到岗。", "2020-02-09"},
		{"记者了解到，今天是2019年5月6日 星期一", "2019-05-06"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			in.Env.Ref = chrono.Ref{Year: 2020, Month: 1, Day: 10}
			if g := dateValues(in); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}

// TestDatesPageTimestamp: an e-paper prints the page's timestamp under the
// body (2023-11-22 11:10:01 A6版), a line the layout reads as chrome and
// gives no part: the part that ends before it lists its date. A part that
// another follows does not, nor is a list of links' dates read.
func TestDatesPageTimestamp(t *testing.T) {
	const body = "全媒体记者 王钟楠 通讯员 林凡香 报道\n" +
		"本报讯 为应对凉寒天气,让困难群众感受到党和政府的关怀,近日,莒县民政局组织开展“暖手暖心”行动。\n" +
		"本次活动共为南关社区辖区8位特困分散人员发放棉手套66副,帮助他们安全温暖过冬。\n" +
		"今后南关社区将继续以居民群众需求为导向,不断增强辖区群众的获得感、幸福感。\n"
	tests := []struct {
		in    string
		lines int // the part read: the text's first lines
		want  string
	}{
		{body + "“为老”志愿服务为老人“暖手暖心”\n2023-11-22 11:10:01 A6版 社区", 4, "2023-11-22"},
		{body + "2023-11-22 11:10 A6版", 4, "2023-11-22"},
		// Negatives: a part another part follows; a list of related
		// links, each with its date; a chrome line with no timestamp.
		{body + "“为老”志愿服务为老人“暖手暖心”\n2023-11-22 11:10:01 A6版 社区", 1, ""},
		{body + "相关链接\n- 海口特色农产品走俏冬交会(2019-12-16)\n- 海口市社科规划课题顺利结项(2019-12-14)", 4, ""},
		{body + "打印 关闭", 4, ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			s := in.Text.String()
			end := 0
			for n := 0; n < tc.lines; n++ {
				k := strings.IndexByte(s[end:], '\n')
				if k < 0 {
					t.Fatalf("the text has fewer than %d lines", tc.lines)
				}
				end += k + 1
			}
			in.Text = in.Text.Slice(0, end-1)
			if g := dateValues(in); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}

// dateValues runs the dates extractor over in and lists the dates' values.
func dateValues(in *Input) string {
	var out schema.Entities
	Dates{}.Extract(in, &out)
	var got []string
	for _, d := range out.Dates {
		got = append(got, d.Value)
	}
	return strings.Join(got, " ")
}
