package layout

import "testing"

// TestLostGrids: the titles a page keeps of the tables it printed as
// pictures, under a text that points to a table below and over no grid,
// are tables of their own with no data row. Titles under a text that
// points to no table, titles over a grid, or a run that holds a line
// naming no table are left to the other readers.
func TestLostGrids(t *testing.T) {
	const top = "关于某市主城区道路命名方案的公示\n" +
		"根据地名管理的有关规定,经有关单位申请、专家评审,初步拟定了主城区10条主干道、14条支路的命名方案。\n"
	const foot = "公示时间:2024年4月29日至2024年5月8日\n联系电话:027-60896869\n某市地名办公室\n2024年4月29日\n"
	const below = "现将相关命名方案(见下表)公示如下。\n"
	tests := []gridCase{
		{"three titles under a text that points below",
			top + below + foot + "拟命名主干道一览表\n拟命名次干道一览表\n拟命名支路一览表\n",
			"拟命名主干道一览表 | 1 |  | ; 拟命名次干道一览表 | 1 |  | ; 拟命名支路一览表 | 1 |  | "},
		{"one title",
			top + "现将相关命名方案公示如下表所示。\n" + foot + "拟命名道路一览表\n",
			"拟命名道路一览表 | 1 |  | "},
		// Left as read.
		{"a text that points to no table",
			top + "现将相关命名方案公示如下。\n" + foot + "拟命名主干道一览表\n拟命名次干道一览表\n",
			""},
		{"a title over its grid",
			top + below + foot + "拟命名主干道一览表\n序号 | 名称 | 起点 | 终点 |\n1 | 凤凰路 | 滨湖路 | 寿山路 |\n2 | 南浦路 | 滨湖路 | 吴都路 |\n",
			"拟命名主干道一览表 | 1 | 1 2 | "},
		{"the text points below only after the titles",
			top + foot + "拟命名主干道一览表\n拟命名次干道一览表\n" + below,
			""},
	}
	checkGrids(t, tests, analyzed)
}
