package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestSentenceCells reads a web page's table flattened a cell a line, each
// cell closed by its bar, whose rows close with a cell of sentences: the
// header is the cells before the first row, the rows as wide as the
// sentence cells' stride; a copy cut off in the last cell keeps it.
func TestSentenceCells(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // title | header rows | keys | notes, or "" for no table
	}{
		{"rows of a word and a sentence under a header of two",
			"某市民政工作取得新进展。\n某市民政工作成效表\n项目 |\n主要成效 |\n社会救助 |\n全市低保标准提高到每月800元。 |\n养老服务 |\n新建社区养老服务站12个，覆盖全部街道。 |\n",
			"某市民政工作成效表 | 1 | 社会救助 养老服务 | "},
		{"a header of three, rows closing with a sentence",
			"某县工作情况\n类别 |\n牵头单位 |\n完成情况 |\n低保 |\n县民政局 |\n已全部完成。 |\n特困 |\n县民政局 |\n正在推进。 |\n",
			"某县工作情况 | 1 | 低保 特困 | "},
		{"the copy cut off in the last cell",
			"某市民政工作成效表\n项目 |\n主要成效 |\n社会救助 |\n全市低保标准提高到每月800元。 |\n养老服务 |\n新建社区养老服务站12个，覆盖",
			"某市民政工作成效表 | 1 | 社会救助 养老服务 | "},
		// Not a table: sentences that end in bars with no cell of words,
		// and a text cut off after paragraphs.
		{"two sentences closed by bars alone",
			"某市召开民政工作会议。\n会议总结了去年工作。 |\n会议部署了今年任务。 |\n",
			""},
		{"paragraphs closed by bars over a page's tool cells",
			"某市开展走访慰问活动\n近日，某市民政局走访困难群众120户。\n活动共发放慰问金6万元、棉被200床。 |\n打印 |\n关闭 |\n",
			""},
		{"a table of sentence cells over the text's 落款",
			"某县民政工作成效表\n项目 |\n主要成效 |\n社会救助 |\n全县低保标准提高到每月700元。 |\n养老服务 |\n新建农村幸福院8所，覆盖全部乡镇。 |\n某县民政局\n",
			"某县民政工作成效表 | 1 | 社会救助 养老服务 | "},
		{"a text cut off after its paragraphs",
			"某市召开民政工作会议。\n会议总结了去年工作，部署了今年任务。\n会议要求各地加强",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
