package extract

import (
	"strings"
	"testing"

	"bulletin/parser/span"
	"bulletin/schema"
)

// TestAgencyGridRowLabel: a grid row's first cell that names a kind of
// body, a measure cell and a figure after it, is no agency; a name with
// its place, a row with no measure cell, and a measure with no figure
// after it keep the name.
func TestAgencyGridRowLabel(t *testing.T) {
	tests := []rowCase{
		{"指标\t单位\t数量\n乡\t个\t12816\n街道办事处\t个\t7564\n", ""},
		{"指标\t单位\t数量\n社区服务站\t个\t3\n社区服务中心\t万个\t2.5\n", ""},
		{"行政区划\n镇 个 20113\n乡 个 12816\n街道办事处 个 7564\n", ""},
		// Kept.
		{"单位\t计量\t数量\n北京市民政局\t个\t12\n上海市民政局\t个\t9\n", "北京市民政局; 上海市民政局"},
		{"单位\t负责人\t数量\n街道办事处\t王明\t12\n乡\t李华\t9\n", "街道办事处"},
		{"单位\t计量\t备注\n街道办事处\t个\t无\n乡\t个\t无\n", "街道办事处"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			in := input(t, "正文。")
			in.Role = "tables"
			in.Text = span.Text{}
			in.Blocks = grid(t, tc.in)
			in.Cells = DataCells(in.Blocks)
			var out schema.Entities
			Agencies{}.Extract(in, &out)
			var got []string
			for _, a := range out.Agencies {
				got = append(got, a.Text)
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}
