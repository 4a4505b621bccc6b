package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestTablesReview46 covers review 46: a grid flattened one cell a line,
// a blank line after each cell, under a 序号 head is a table, its rows
// opened by their serial numbers, whatever the cells hold; a grid in bars
// whose rows open with an outline's enumerators (一、… | 0 | 0) under a
// header of several rows is one table, its rows no items. Each case gives
// the tables (gridSummary) and the titles of the items.
func TestTablesReview46(t *testing.T) {
	tests := []struct {
		name, text string
		grids      string
		items      string // the items' titles, "/" between
	}{
		{"a serial grid of sentence cells",
			"某县社会救助事项目录\n\n" + cellLines("序号", "事项名称", "办理依据", "办理时限", "办理地点",
				"1", "低保审核", "1、申请材料：身份证、户口簿；", "2、办理流程：乡镇受理后报县民政局审批；", "十五个工作日", "县政务大厅",
				"2", "临时救助", "(一)因灾致困的家庭；", "(二)因病致困的家庭；", "七个工作日", "乡镇便民服务中心"),
			"某县社会救助事项目录 | 1 | 1 2 | ", ""},
		{"a grid in bars, a header of two rows, rows opened by enumerators",
			"某区民政局2023年政务公开工作年度报告\n一、总体情况\n本年度依法公开各类信息。\n二、收到和处理申请情况\n" +
				"(说明) | 申请人情况 | |||\n自然人 | 法人 | 总计 ||\n" +
				"一、本年新收申请数量 | 3 | 1 | 4 |\n二、上年结转申请数量 | 0 | 1 | 1 |\n" +
				"三、本年度办理结果 | (一)予以公开 | 2 | 0 | 2 |\n(二)不予公开 | 1 | 0 | 1 |\n" +
				"三、存在的主要问题\n公开的及时性有待提高。\n",
			"收到和处理申请情况 | 2 | 一、本年新收申请数量 二、上年结转申请数量 三、本年度办理结果 (二)不予公开 | ",
			"总体情况/收到和处理申请情况/存在的主要问题"},
		// Not changed: numbered paragraphs parted by blank lines with no
		// 序号 head; an outline's heading above a grid in bars stays an item.
		{"numbered paragraphs with blank lines, no grid",
			"工作安排\n\n" + cellLines("一、加强组织领导", "各乡镇要成立工作专班。", "二、强化资金保障", "县财政安排资金12万元。"),
			"", "加强组织领导/强化资金保障"},
		{"a heading over a grid in bars",
			"一、基本情况\n全县共有低保对象1200人。\n二、资金发放情况\n| 乡镇 | 人数 | 金额 |\n| 甲镇 | 25 | 3600 |\n| 乙镇 | 18 | 2400 |\n三、下步打算\n继续做好发放工作。\n",
			"资金发放情况 | 1 | 甲镇 乙镇 | ", "基本情况/资金发放情况/下步打算"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			if got := gridSummary(d); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
			var titles []string
			for _, it := range d.Items {
				if it.Title != nil {
					titles = append(titles, it.Title.Value)
				} else {
					titles = append(titles, "-")
				}
			}
			if got := strings.Join(titles, "/"); got != tc.items {
				t.Errorf("items\n got %q\nwant %q", got, tc.items)
			}
		})
	}
}
