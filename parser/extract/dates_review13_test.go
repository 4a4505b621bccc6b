package extract

import (
	"testing"

	"bulletin/parser/chrono"
	"bulletin/schema"
)

// TestLineYearReview13: only a year the text states for its subject
// stands in for an undated text's year. A year its words give another role
// (year_roles.tsv) does not: a goal (到2020年实现…), a deadline (2025年底
// 前), the start of a period up to the text's own time (2020年以来), the
// end of a count (截至2021年底), a whole year summed up (2021年全年). A
// text that names its own year relatively (去年…今年) before any year has
// placed itself without the number: a year it writes afterwards may be
// either (review 13, doc 20: 总结了去年… 2021年,全省…).
func TestLineYearReview13(t *testing.T) {
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

// TestDatesReview13: an undated text's month and day resolve against the
// year it states for its subject, or stay unresolved where it states none
// (GOLD.md: a date whose year no year of the text decides is not listed);
// against an issue date they resolve as ever, whatever years the text
// sets as goals.
func TestDatesReview13(t *testing.T) {
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
