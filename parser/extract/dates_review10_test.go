package extract

import (
	"testing"

	"bulletin/parser/chrono"
	"bulletin/schema"
)

// TestStatedYearReview10: a year that dates an event a since-phrase starts
// from (总结2002年全省第十八次民政会议以来的工作) is not the text's year, so
// it resolves no month and day of the text; a year that stands in a clause
// of its own is. A year that opens the phrase itself (2025年以来) starts a
// period that runs up to the text's own time, which it does not name: it
// is no more the text's year (reviews 12 and 13: 综合评价2020年以来…).
func TestStatedYearReview10(t *testing.T) {
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

// TestDatesReview10: a month and day resolve against the year the text
// states; where its only year dates an earlier event, they stay unresolved
// (GOLD.md: a date whose year no year of the text decides is not listed).
func TestDatesReview10(t *testing.T) {
	tests := []struct{ in, want string }{
		{"人民网西安8月26日电 总结2002年全省第十八次民政会议以来的民政工作。", ""},
		{"人民网西安8月26日电 2009年全省民政会议召开,总结2002年全省第十八次民政会议以来的民政工作。", "2009-08-26"},
		{"8月26日,2009年全省民政会议召开。", "2009-08-26"},
		{"本报8月26日讯 2016年机构改革以来,全市民政事业持续发展。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			in.Env.Ref = chrono.Ref{Year: chrono.StatedYear(tc.in)}
			var out schema.Entities
			Dates{}.Extract(in, &out)
			if len(out.Dates) == 0 || out.Dates[0].Value != tc.want {
				t.Errorf("got %+v, want first date %q", out.Dates, tc.want)
			}
		})
	}
}
