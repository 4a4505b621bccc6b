package layout

import "testing"

// TestGridHeadCells: a page that publishes a table under a headline
// naming it, the table's head printed a cell a line, has no items: the
// head's cells head no parts. A text with sentences before its table, or
// a headline that names no table, keeps its headings.
func TestGridHeadCells(t *testing.T) {
	grid := "万元 万元 万元 万元\n序号 1 2 3 4\n甲镇 90 171 83 9\n乙镇 80 137 65 5\n丙镇 3 3 1 1\n某县 173 311 149 15\n"
	checkItemCounts(t, []itemCountCase{
		{"a statistics page as a copy gives it", statisticsPage, 0},
		// Not so.
		{"sentences before the table", "2024年10月城市居民最低生活保障统计表\n\n一、总体情况\n\n全县低保工作运行平稳。\n\n二、资金发放\n\n当月资金已全部发放到位。\n\n" + grid, 2},
		{"a headline naming no table", "某县民政局召开低保工作会议\n\n一、总体情况\n\n补贴发放\n\n二、资金发放\n\n" + grid, 2},
	})
}

// statisticsPage is a county's monthly statistics page as a copy from it
// gives it: the grid's head a cell a line, its figures spaced.
const statisticsPage = "2024年10月城市居民最低生活保障统计表\n时间:2024-11-15 17:06 浏览量:\n     \n    地 区\n\n    低保户数\n\n    低保 人数 低保人员分类 劳动能力情况 致贫原因 动态管理 1-10月资金总支出   当月资金支出   当月人均补助额\n    女性 老年人 未成年人 残疾人 部分丧失 完全丧失 疾病 残疾 因学 灾害 缺乏劳动力 其他 当月新增 当月退出 其中:低保金 其中:\n    物价\n    补贴\n    其中:\n    高龄\n    补贴\n    其中:\n    其他\n    补贴\n    其中:\n    低保金\n    其中:\n    物价\n    补贴\n    其中:\n    高龄\n    补贴\n    其中:\n    其他\n    补贴\n      万元 万元 万元 万元 万元 万元 万元 万元 万元 万元\n    序号 1 2 5 6 7 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31\n    甲镇 90 171 83 9 58 61 14 18 106 33 45 61 29 0 16 20 2 3 1138579 1136579   2000   110989 110789    200    \n    乙镇 80 137 65 5 58 58 28 13  39 57 20 58 44 0 0 15 2 0 824233 823033 0 1200 0 84484 84384 0 100 0  \n    丙镇 3 3 1 1 0 1 1 0 1 0 0 2 0 0 0 21550 21550       2155 2155 0 0 0  \n    某县 173 311 149 15 116 120 42 32 146 91 65 120 73 0 18 35 4 3 1984362 1981162 0 3200 0 197628 197328 0 300 0 634\n"
