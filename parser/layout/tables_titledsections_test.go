package layout

import "testing"

// TestTitledSections: statistical tables set one under another a cell a
// line, each its title, its heads and its figures: a run of three words
// or more after figures opens the next table, one word keys a row, and
// a key whose figures the page left empty stands before the next title
// where the head is as wide as its row. Serial numbers, a run of two
// words after figures, one table alone, or a line in bars leave the run
// to the other readers.
func TestTitledSections(t *testing.T) {
	tests := []gridCase{
		{"two tables, a row of figures each",
			cellLines("5月最低生活保障", "低保户数", "(户)", "低保人数", "(人)", "231", "363",
				"5月特困人员供养", "总户数", "总人数", "资金(万元)", "76", "76", "13.71"),
			"5月最低生活保障 | 1 | 231 | ; 5月特困人员供养 | 1 | 76 | "},
		{"keyed rows, the last left empty before the next title",
			cellLines("5月特困人员照料护理费", "户数", "人数", "资金", "35", "35", "3.57",
				"日常照料护理费", "1", "1", "0.09", "住院照料护理费", "2", "2", "1.51", "必要丧葬费",
				"4月临时救助", "救助户数", "救助资金", "0", "0",
				"附件:5月发放表.xls"),
			"5月特困人员照料护理费 | 1 | 35 日常照料护理费 住院照料护理费 必要丧葬费 | ; 4月临时救助 | 1 | 0 | "},
		// Left to the other readers.
		{"serial numbers",
			cellLines("等级评定名单", "序号", "机构名称", "等级", "1", "甲老年公寓", "二级", "丙类", "2", "乙敬老院", "一级", "丁类"),
			"not read"},
		{"two words after figures",
			cellLines("5月最低生活保障", "低保户数", "低保人数", "231", "363", "城镇", "农村", "100", "131"),
			"not read"},
		{"one table alone",
			cellLines("5月最低生活保障", "低保户数", "低保人数", "资金", "231", "363", "35.7"),
			"not read"},
		{"a line in bars",
			cellLines("5月最低生活保障", "低保户数 | 低保人数 |", "231", "363",
				"5月特困人员供养", "总户数", "总人数", "资金(万元)", "76", "76", "13.71"),
			"not read"},
	}
	checkGrids(t, tests, runRead((*assembly).titledSections, gridSummary))
}

// TestTitledSectionsGuards: each run is two titled tables a cell a line
// broken in one way that leaves it to the other readers, or read with
// what follows its figures set apart.
func TestTitledSectionsGuards(t *testing.T) {
	tests := []gridCase{
		{"an attachment's line after the figures",
			cellLines("5月最低生活保障", "低保户数", "低保人数", "231", "363",
				"5月特困人员供养", "总户数", "总人数", "资金(万元)", "76", "76", "13.71",
				"附件:5月发放表.xls", "甲镇", "12"),
			"5月最低生活保障 | 1 | 231 | ; 5月特困人员供养 | 1 | 76 | ; text: 附件:5月发放表.xls 甲镇 12"},
		{"a key whose figures the page left empty, under a head as wide as the row",
			cellLines("5月特困人员照料护理费", "户数", "人数", "资金", "35", "35", "3.57",
				"日常照料护理费", "1", "1", "0.09", "必要丧葬费",
				"4月临时救助", "救助户数", "救助资金", "0", "0"),
			"5月特困人员照料护理费 | 1 | 35 日常照料护理费 必要丧葬费 | ; 4月临时救助 | 1 | 0 | "},
		{"no keyed row before a title and head two cells wider than the figures under them",
			cellLines("5月特困人员照料护理费", "户数", "人数", "资金", "35", "35", "3.57",
				"4月临时救助", "救助户数", "救助资金", "其他", "0", "0"),
			"5月特困人员照料护理费 | 1 | 35 | ; 4月临时救助 | 1 | 0 | "},
		// Left to the other readers.
		{"a line of cells parted by tabs",
			cellLines("5月最低生活保障", "低保户数\t低保人数", "资金", "231", "363",
				"5月特困人员供养", "总户数", "总人数", "资金(万元)", "76", "76", "13.71"),
			"not read"},
		{"a line of cells in bars",
			cellLines("5月最低生活保障", "低保户数 | 低保人数", "资金", "231", "363",
				"5月特困人员供养", "总户数", "总人数", "资金(万元)", "76", "76", "13.71"),
			"not read"},
		{"no cells", "", "not read"},
		{"figures first",
			cellLines("231", "363", "35.7", "城镇", "100", "131", "5月特困人员供养", "总户数", "总人数", "资金(万元)", "76", "76", "13.71"),
			"not read"},
		{"words alone",
			cellLines("5月最低生活保障", "低保户数", "低保人数", "5月特困人员供养", "总户数", "总人数"),
			"not read"},
		{"a title and one head over the first figures",
			cellLines("5月最低生活保障", "低保户数", "231", "363",
				"5月特困人员供养", "总户数", "总人数", "资金(万元)", "76", "76", "13.71"),
			"not read"},
		{"a figure alone",
			cellLines("5月最低生活保障", "低保户数", "低保人数", "231", "363",
				"5月特困人员供养", "总户数", "总人数", "资金(万元)", "76",
				"5月临时救助", "救助户数", "救助资金", "3", "0"),
			"not read"},
		{"a table with no figures",
			cellLines("5月最低生活保障", "低保户数", "低保人数", "231", "363",
				"5月特困人员供养", "总户数", "总人数", "资金(万元)"),
			"not read"},
	}
	checkGrids(t, tests, runRead((*assembly).titledSections, withText))
}
