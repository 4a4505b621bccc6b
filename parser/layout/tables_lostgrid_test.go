package layout

import "testing"

// TestLostGrids: the titles a page keeps of the tables it printed as
// pictures, under a text that points to a table below and over no grid,
// are tables of their own with no data row. Titles under a text that
// points to no table (or that points from a line of no body text), or
// over a grid (next to it or a sentence apart) are left to the other
// readers.
func TestLostGrids(t *testing.T) {
	const top = "关于某市新城片区道路命名方案的公示\n" +
		"按照地名管理办法,经征集意见、专家论证,拟定了新城片区8条干道、12条支路的名称。\n"
	const foot = "公示时间:2023年6月1日至2023年6月10日\n联系电话:0000-1234567\n某市地名办公室\n2023年6月1日\n"
	const below = "现将拟定的道路名称(见下表)公示如下。\n"
	tests := []gridCase{
		{"three titles under a text that points below",
			top + below + foot + "新城片区干道名称一览表\n新城片区支路名称一览表\n新城片区街巷名称一览表\n",
			"新城片区干道名称一览表 | 1 |  | ; 新城片区支路名称一览表 | 1 |  | ; 新城片区街巷名称一览表 | 1 |  | "},
		{"one title",
			top + "现将拟定的道路名称公示如下表所示。\n" + foot + "新城片区道路名称一览表\n",
			"新城片区道路名称一览表 | 1 |  | "},
		// Left as read.
		{"a text that points to no table",
			top + "现将拟定的道路名称公示如下。\n" + foot + "新城片区干道名称一览表\n新城片区支路名称一览表\n",
			""},
		{"a title over its grid",
			top + below + foot + "新城片区干道名称一览表\n序号 | 名称 | 起点 | 终点 |\n1 | 东江路 | 长源路 | 青石路 |\n2 | 南岭路 | 长源路 | 柳塘路 |\n",
			"新城片区干道名称一览表 | 1 | 1 2 | "},
		{"titles over a grid further down",
			top + below + foot + "新城片区干道名称一览表\n新城片区支路名称一览表\n序号 | 名称 | 起点 | 终点 |\n1 | 东江路 | 长源路 | 青石路 |\n2 | 南岭路 | 长源路 | 柳塘路 |\n",
			"新城片区干道名称一览表新城片区支路名称一览表 | 1 | 1 2 | "},
		{"titles, a sentence, a grid under them",
			top + below + foot + "新城片区干道名称一览表\n新城片区支路名称一览表\n以上道路名称经专家论证后拟定,现予公示。\n序号 | 名称 | 起点 | 终点 |\n1 | 东江路 | 长源路 | 青石路 |\n2 | 南岭路 | 长源路 | 柳塘路 |\n",
			"- | 1 | 1 2 | "},
		{"the text points below only after the titles",
			top + foot + "新城片区干道名称一览表\n新城片区支路名称一览表\n" + below,
			""},
		{"a headline that points below, no body line",
			"关于新城片区道路名称(见下表)的公示\n" + top[len("关于某市新城片区道路命名方案的公示\n"):] + foot + "新城片区干道名称一览表\n新城片区支路名称一览表\n",
			""},
	}
	checkGrids(t, tests, analyzed)
}
