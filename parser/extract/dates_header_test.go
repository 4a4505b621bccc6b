package extract

import (
	"strings"
	"testing"

	"bulletin/parser/chrono"
	"bulletin/parser/layout"
	"bulletin/parser/span"
	"bulletin/schema"
)

// TestDatesInTableHeaders: a month a column heading names (7月份某金) is a
// date the text prints, read against the document's year; a heading that
// names no month, and a month in a data row (which the cells read, not
// the header), give none from the header. Dated 2024-09-05.
func TestDatesInTableHeaders(t *testing.T) {
	tests := []struct {
		header []string
		data   []string
		want   string
	}{
		{[]string{"单位", "8月份救助金"}, []string{"某镇", "500"}, "2024-08"},
		{[]string{"乡镇", "2023年12月发放数", "本月发放数"}, []string{"某乡", "20"}, "2023-12"},
		{[]string{"序号", "3月新增户数", "4月新增户数"}, []string{"1", "5"}, "2024-03 2024-04"},
		// No month in the header.
		{[]string{"单位", "户数", "金额(元)"}, []string{"某镇", "5"}, ""},
		{[]string{"单位", "月增发金额"}, []string{"某镇", "5"}, ""},
		{[]string{"单位", "年度合计"}, []string{"某镇", "120"}, ""},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.header, "|"), func(t *testing.T) {
			in := input(t, "")
			in.Env.Ref = chrono.Ref{Year: 2024, Month: 9, Day: 5}
			in.Role = "tables"
			in.Blocks = []layout.Block{{
				Rows:   []layout.Row{{Cells: tc.header, Line: 1}, {Cells: tc.data, Line: 2}},
				Header: 1,
			}}
			var out schema.Entities
			Dates{}.Extract(in, &out)
			var got []string
			for _, d := range out.Dates {
				got = append(got, d.Value)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}

// TestDatesInTableTitles: a grid's own title set among its cells names its
// month (2022年4月临时救助 over the month's figures); a title the text
// holds too is read there, once, and a title with no month gives none.
// Dated 2024-09-05.
func TestDatesInTableTitles(t *testing.T) {
	tests := []struct {
		text, title, want string
	}{
		{"", "2022年4月临时救助", "2022-04"},
		{"", "8月份救助金发放表", "2024-08"},
		// Not from the title.
		{"", "临时救助发放表", ""},
		{"附表:2022年4月临时救助", "2022年4月临时救助", ""},
	}
	for _, tc := range tests {
		t.Run(tc.title, func(t *testing.T) {
			in := input(t, tc.text)
			in.Env.Ref = chrono.Ref{Year: 2024, Month: 9, Day: 5}
			in.Role = "tables"
			title := span.Plain(tc.title, 1)
			in.Blocks = []layout.Block{{
				Title:  &layout.Field{Value: tc.title, Text: title},
				Rows:   []layout.Row{{Cells: []string{"单位", "户数"}, Line: 2}, {Cells: []string{"某镇", "5"}, Line: 3}},
				Header: 1,
			}}
			var out schema.Entities
			Dates{}.Extract(in, &out)
			var got []string
			for _, d := range out.Dates {
				if d.Rule == "dates/table-title" {
					got = append(got, d.Value)
				}
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}
