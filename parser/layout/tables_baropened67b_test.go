package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestBarOpened67b: a grid saved one cell a line, each closed by a bar,
// with no padding at a row's end: the cells that open rows cut them — a
// serial column's numbers counting on from 1 (一、 over (一), (二)), a
// note cell ending a row as wide as the head, the word cell that leads a
// row of figures. A head cell wrapped over lines is one cell; a unit label
// over the head is the grid's note. Where no cell opens rows so, the rule
// takes nothing.
func TestBarOpened67b(t *testing.T) {
	lines := func(ls ...string) string { return strings.Join(ls, "\n") + "\n" }
	const intro = "一、收费管理\n各服务站应按规定公示收费项目。\n"
	tests := []struct{ name, text, want string }{
		{"a serial column, a section row of empty cells, a sub-row after a note",
			lines("为规范收费行为,现将标准公布如下。", "附件", "服务站基本服务收费标准",
				"序号 |", "收费项目 |", "计费单位 |", "收费", "标准", "(元) |", "备注 |",
				"一、接运费 |", "|", "|", "|",
				"(一) |", "普通车接运 |", "20公里以内 |", "具/20公里 |", "免费 |", "含空驶费,按往返实际公里计。 |",
				"超出20公里 |", "具/公里 |", "5 |",
				"(二) |", "收殓抬运 |", "具/100米 |", "270 |",
				"二、火化费 |", "|", "|", "|",
				"(一) |", "普通炉 |", "具 |", "300 |"),
			"服务站基本服务收费标准 | 1 | 一、接运费 (一) 超出20公里 (二) 二、火化费 (一) | "},
		{"a serial column of bare numbers, a column of sentences",
			intro + lines("二、道路命名方案表",
				"序号 |", "拟定名称 |", "起止点 |", "长/宽(米) |", "所属区域 |",
				"1 |", "龙华大道 |", "北起锦绣路,南至国道。 |", "3399/26 |", "东镇 |",
				"2 |", "锦绣路 |", "东起凤凰路,西至东门路。 |", "3300/50 |", "西镇 |",
				"3 |", "凤凰路 |", "东起东门路,西至龙华大道。 |", "1375/50 |", "东镇 |"),
			"道路命名方案表 | 1 | 1 2 3 | "},
		{"a grid of figures led by a word cell a row, empty cells printing no line",
			intro + lines("二、专项补助资金分配表",
				"单位:万元 |",
				"县区 |", "小计 |", "生活救济 |", "退职补助 |",
				"东城区 |", "13 |", "13 |",
				"西城区 |", "12.72 |", "3.72 |", "9 |",
				"南山区 |", "2.5 |", "2.5 |",
				"合计 |", "28.22 |", "3.72 |", "24.5 |"),
			"专项补助资金分配表 | 1 | 东城区 西城区 南山区 合计 | 单位:万元|"},
		// The rule must not fire.
		{"numbers under a serial head that count from no 1: no serial column",
			intro + lines("二、收费标准",
				"序号 |", "项目 |", "收费 |",
				"二 |", "火化 |", "300 |",
				"遗体 |", "冷藏 |", "40 |"),
			"收费标准 | 0 | 序号 遗体 | "},
		{"a row of words among the figures: no grid led by words",
			intro + lines("二、专项补助资金分配表",
				"县区 |", "小计 |", "说明 |",
				"东城区 |", "13 |", "已拨付 |",
				"西城区 |", "12 |"),
			"专项补助资金分配表 | 0 | 县区 已拨付 | "},
		{"cells of words only, no serial head and no figure",
			intro + lines("二、各地联系人",
				"地区 |", "联系人 |", "职务 |",
				"东城 |", "张三 |", "科长 |",
				"西城 |", "李四 |", "科员 |"),
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.want {
				t.Errorf("tables\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
