package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestMarkdownHeads: the head and the rows of a Markdown grid above its
// delimiter row that the decoder read as the page's header are the
// grid's, its head the row above the delimiter; rows of other widths, no
// delimiter, or a delimiter with no head above it leave the run as it is.
func TestMarkdownHeads(t *testing.T) {
	h, c, tb := cue.Header, cue.Chrome, cue.Table
	tests := []struct {
		name  string
		lines []string
		roles []cue.Role
		grids string
	}{
		{"head and rows read as the page's header",
			[]string{"事项名称 | 慈善组织认定 | | |", "---|---|---|---|", "职权名称 | 慈善组织认定 | | |", "事项编号 | 1121 | 职权类型 | 行政确认 |",
				"受理机构 | 朝阳市民政局 | 机构性质 | 法定机关 |", "数量限制 | 1 | 权力来源 | 法定本级行使 |"},
			[]cue.Role{h, c, h, h, tb, tb},
			"- | 1 | 职权名称 事项编号 受理机构 数量限制 | "},
		{"the delimiter right above the run",
			[]string{"项目 | 标准 | 单位 | 备注", "---|---|---|---", "火化 | 600 | 元/具 | 无", "接运 | 360 | 元/具 | 无"},
			[]cue.Role{h, c, tb, tb},
			"- | 1 | 火化 接运 | "},
		// Not extended.
		{"no delimiter row",
			[]string{"事项名称 | 慈善组织认定 | | |", "职权名称 | 慈善组织认定 | | |", "受理机构 | 朝阳市民政局 | 机构性质 | 法定机关 |", "数量限制 | 1 | 权力来源 | 法定本级行使 |"},
			[]cue.Role{h, h, tb, tb},
			"职权名称|慈善组织认定 | 1 | 数量限制 | "}, // the line above titles the grid, as before
		{"a row of other width between",
			[]string{"事项名称 | 慈善组织认定 | | |", "---|---|---|---|", "职权名称 | 慈善组织认定 |", "受理机构 | 朝阳市民政局 | 机构性质 | 法定机关 |", "数量限制 | 1 | 权力来源 | 法定本级行使 |"},
			[]cue.Role{h, c, h, tb, tb},
			"职权名称|慈善组织认定 | 1 | 数量限制 | "}, // the line above titles the grid, as before
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(assembleLines(tc.lines, tc.roles, len(profiles)-1)); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}
