package extract

import (
	"strings"
	"testing"

	"bulletin/parser/span"
	"bulletin/schema"
)

// TestAgencyOneBureau: a bare short name (民政局) in running text, where
// the document prints it after one place only (周至县民政局), names that
// place's bureau (oneBureauShorts). Not so: where two places' bureaus are
// printed, after a level's bracket, after a class word, after a body's
// name (its unit or a list sharing its level), and a name withheld.
func TestAgencyOneBureau(t *testing.T) {
	checkRows(t, []rowCase{
		{"周至县民政局印发通知。根据文件规定,经民政局审核,决定下拨资金。", "周至县民政局; 民政局"},
		{"周至县民政局开展活动。发放仪式在民政局门口举行。", "周至县民政局; 民政局"},
		{"周至县民政局公开信息。全年发布信息36条,民政局微信公众号发布20条。", "周至县民政局; 民政局"},
		// Must not fire.
		{"周至县民政局、长安区民政局开展活动。发放仪式在民政局门口举行。", "周至县民政局; 长安区民政局"},
		{"周至县民政局开展活动。各县(市、区)民政局要加强指导。", "周至县民政局"},
		{"周至县民政局开展活动。全县各民政局要加强指导。", "周至县民政局"},
		{"周至县民政局开展活动。2024年,**民政局共收到资金。", "周至县民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyOneBureauCells: a grid's cell that holds the bare short name
// alone (a column of the bodies responsible) is read so too, where the
// document names one place's bureau; not where it names none.
func TestAgencyOneBureauCells(t *testing.T) {
	tests := []struct{ doc, grid, want string }{
		{"周至县民政局印发进度表。", "序号\t项目\t责任单位\n1\t高龄补贴\t民政局\n2\t临时救助\t民政局\n", "民政局"},
		// Must not fire.
		{"进度表印发如下。", "序号\t项目\t责任单位\n1\t高龄补贴\t民政局\n2\t临时救助\t民政局\n", ""},
		{"周至县民政局、长安区民政局印发进度表。", "序号\t项目\t责任单位\n1\t高龄补贴\t民政局\n2\t临时救助\t民政局\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.doc, func(t *testing.T) {
			in := input(t, tc.doc)
			in.Role = "tables"
			in.Text = span.Text{}
			in.Blocks = grid(t, tc.grid)
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
