package layout

import "testing"

// TestNumberedColumns: the rows under the row that numbers a statistical
// form's columns, each a key and its figures (or the key alone), are a
// table titled by the page's headline that names it, the numbers row its
// head. A numbers row that does not rise from 1, rows of words, no row of
// figures, or a key that states a sentence leave the lines as read.
func TestNumberedColumns(t *testing.T) {
	const top = "某县农村居民最低生活保障统计表(2023年1月)\n来源:某县民政局 时间:2023-02-23 08:13\n" +
		"填报单位:某县民政局     填表人:      填表日期:2023年1月28日\n地 区 低保\n户数\n低保 人数 低保人员分类 劳动能力情况\n女性 老年人 未成年人 残疾人\n"
	tests := []gridCase{
		{"a total with its cells lost and a row of figures",
			top + "序号 1 2 5 6 7 8\n合计\n某县 3333 5679 2438 1440 1061 1158\n",
			"某县农村居民最低生活保障统计表(2023年1月) | 1 | 合计 某县 | "},
		{"the numbers row of 栏次",
			top + "栏次 1 2 3 4 5 6\n合计\n某县 3333 5679 2438 1440 1061 1158\n",
			"某县农村居民最低生活保障统计表(2023年1月) | 1 | 合计 某县 | "},
		{"the rows stop at a key in no words",
			top + "序号 1 2 5 6 7 8\n合计\n某县 3333 5679 2438 1440 1061 1158\nTotal\n",
			"某县农村居民最低生活保障统计表(2023年1月) | 1 | 合计 某县 | "},
		{"the rows stop at a sentence",
			top + "序号 1 2 5 6 7 8\n合计\n某县 3333 5679 2438 1440 1061 1158\n以上数据截至1月底,供参考。\n",
			"某县农村居民最低生活保障统计表(2023年1月) | 1 | 合计 某县 | "},
		// Left as read.
		{"numbers with no label",
			top + "1 2 5 6 7 8\n合计\n某县 3333 5679 2438 1440 1061 1158\n",
			""},
		{"rows the decoder read as a grid's: the other readers'",
			top + "栏次 1 2 3 4\n甲镇 12 30 5 6\n乙镇 15 41 7 2\n",
			"地区低保户数 | 3 | 甲镇 乙镇 | "},
		{"numbers that do not rise from 1",
			top + "序号 3 2 5 6 7 8\n合计\n某县 3333 5679 2438 1440 1061 1158\n",
			""},
		{"rows of words",
			top + "序号 1 2 5 6\n合计 低保 人数 女性 老年人\n",
			""},
		{"keys alone, no figures",
			top + "序号 1 2 5 6\n合计\n某县\n",
			""},
		{"a sentence under the numbers",
			top + "序号 1 2 5 6\n以上数据截至1月底,供参考。\n",
			""},
	}
	checkGrids(t, tests, analyzed)
}
