package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// keySummary prints each grid's title, its data rows' first cells and its
// notes: "title: k1 / k2 [note; note]", grids parted by " || ".
func keySummary(d *Document) string {
	var got []string
	for _, b := range d.Blocks {
		var keys, notes []string
		for _, r := range b.Rows[b.Header:] {
			k := ""
			if len(r.Cells) > 0 {
				k = r.Cells[0]
			}
			keys = append(keys, k)
		}
		for _, n := range b.Notes {
			notes = append(notes, n.Value)
		}
		t := ""
		if b.Title != nil {
			t = b.Title.Value
		}
		got = append(got, t+": "+strings.Join(keys, " / ")+" ["+strings.Join(notes, "; ")+"]")
	}
	return strings.Join(got, " || ")
}

// TestGroupLabels68b: a label spanning a grid (常规延伸服务项目 | |||||)
// over the grid's head printed again groups the rows under it: the grid
// goes on, the label is a note and the head printed again no row. A label
// over a head of other cells opens a table of its own; a label with no
// head printed again under it, or a head printed again with no row under
// it, is read as before.
func TestGroupLabels68b(t *testing.T) {
	lines := func(ls ...string) string { return strings.Join(ls, "\n") + "\n" }
	const intro = "某县殡葬管理所服务项目及价格标准 | |||\n"
	tests := []struct{ name, text, want string }{
		{"a label and the head printed again in the middle of the grid",
			lines("某县殡葬管理所服务项目及价格标准 | |||",
				"基本服务项目 | |||",
				"序号 | 服务项目 | 价格 | 定价形式 |",
				"1 | 遗体接运 | 300元/具 | 政府定价 |",
				"2 | 遗体存放 | 15元/小时 | 政府定价 |",
				"3 | 遗体火化 | 600元/具 | 政府定价 |",
				"延伸服务自选项目 | |||",
				"序号 | 服务项目 | 价格 | 定价形式 |",
				"4 | 遗体整容 | 600元/具 | 政府指导价 |",
				"5 | 礼厅租赁 | 25元/小时 | 政府指导价 |"),
			"某县殡葬管理所服务项目及价格标准: 1 / 2 / 3 / 4 / 5 [基本服务项目||||; 延伸服务自选项目]"},
		{"the head printed again spaced otherwise",
			lines("某县殡葬管理所服务项目及价格标准 | |||",
				"序号 | 服务项目 | 价格 | 定价形式 |",
				"1 | 遗体接运 | 300元/具 | 政府定价 |",
				"2 | 遗体存放 | 15元/小时 | 政府定价 |",
				"延伸服务自选项目 (监制部门:某县发改局) | |||",
				"序号 | 服务 项目 | 价格 | 定价 形式 | |",
				"3 | 遗体整容 | 600元/具 | 政府指导价 |",
				"4 | 礼厅租赁 | 25元/小时 | 政府指导价 |"),
			"某县殡葬管理所服务项目及价格标准: 1 / 2 / 3 / 4 [延伸服务自选项目 (监制部门:某县发改局)]"},
		{"a page's wording over a repeated head of a roster",
			lines("某市养老机构名单 | ||",
				"序号 | 机构名称 | 地址 |",
				"1 | 东城区福利院 | 东城路1号 |",
				"2 | 西城区福利院 | 西城路2号 |",
				"城区以外 | ||",
				"序号 | 机构名称 | 地址 |",
				"3 | 南山敬老院 | 南山镇 |",
				"4 | 北坡敬老院 | 北坡镇 |"),
			"某市养老机构名单: 1 / 2 / 3 / 4 [城区以外]"},
		{"the head printed again read apart, over a row the copy cut off",
			lines("某县殡葬管理所服务项目及价格标准 | ||||||",
				"政府定价服务基本项目 (监制部门:某县发改局、某县民政局、某县财政局、某县市场监督管理局) | ||||||",
				"序号 | 服务项目 | 服务内容 | 类型 | 价格 | 定价形式 | |",
				"1 | 基本 服务 | 遗体接运 (含抬尸、消毒) | 到指定地点接运遗体;对正常死亡遗体进行消毒后装殓 | / | 城区300元/具,乡镇400元/具 | 政府定价 |",
				"2 | 遗体存放 (含冷藏、冷冻保存) | 将遗体放入冷藏棺(冷冻箱)内,以低温方式保存遗体。 | / | 15元/小时 (三天内全免) | ||",
				"3 | 遗体火化 (含骨灰装整) | 使用火化设备对遗体进行焚化 (含骨灰装整) | / | 平板炉:600元/具(全免) | ||",
				"常规延伸服务自选项目 (监制部门:某县发改局、某县民政局、某县财政局、某县市场监督管理局) | ||||||",
				"序号 | 服务项目 | 服务内容 | 类型 | 价格 | 定价形式 | |",
				"4 | 常规 延伸 服务 (自选) | 丧葬用品服务 | 按照服务对象需求,对逝者生前照片进行翻印、扩像、成片、"),
			"某县殡葬管理所服务项目及价格标准: 1 / 2 / 3 / 4 [政府定价服务基本项目(监制部门:某县发改局、某县民政局、某县财政局、某县市场监督管理局)|||||||; 常规延伸服务自选项目 (监制部门:某县发改局、某县民政局、某县财政局、某县市场监督管理局)]"},
		// Not a head printed again: the grid is read as before.
		{"a label over a head of other cells opens a section table",
			lines("某县信息公开情况统计 | |||",
				"信息内容 | 本年制发件数 | 上年件数 | 现行有效件数 |",
				"规章 | 0 | 0 | 0 |",
				"规范性文件 | 2 | 1 | 5 |",
				"第二十条第(五)项 | |||",
				"信息内容 | 本年处理决定数量 | 上年数量 | 备注 |",
				"行政许可 | 12 | 10 | 无 |",
				"行政处罚 | 3 | 4 | 无 |"),
			"某县信息公开情况统计: 规章 / 规范性文件 [] || 第二十条第(五)项: 行政许可 / 行政处罚 []"},
		{"a heading of its own between two grids",
			lines("一、基本服务收费标准",
				"序号 | 服务项目 | 价格 | 定价形式 |",
				"1 | 遗体接运 | 300元/具 | 政府定价 |",
				"2 | 遗体存放 | 15元/小时 | 政府定价 |",
				"二、延伸服务收费标准",
				"序号 | 服务项目 | 价格 | 定价形式 |",
				"3 | 遗体整容 | 600元/具 | 政府指导价 |",
				"4 | 礼厅租赁 | 25元/小时 | 政府指导价 |"),
			"基本服务收费标准: 1 / 2 [] || 延伸服务收费标准: 3 / 4 []"},
		{"a caption numbered in the outline over the head printed again",
			lines("各区收费标准 | |||",
				"序号 | 服务项目 | 价格 | 定价形式 |",
				"1 | 遗体接运 | 300元/具 | 政府定价 |",
				"2 | 遗体存放 | 15元/小时 | 政府定价 |",
				"二、外区收费标准 | |||",
				"序号 | 服务项目 | 价格 | 定价形式 |",
				"3 | 遗体整容 | 600元/具 | 政府指导价 |",
				"4 | 礼厅租赁 | 25元/小时 | 政府指导价 |"),
			"各区收费标准: 1 / 2 [] || 外区收费标准: 3 / 4 []"},
		{"a label with rows under it and no head printed again",
			intro + lines("序号 | 服务项目 | 价格 | 定价形式 |",
				"1 | 遗体接运 | 300元/具 | 政府定价 |",
				"2 | 遗体存放 | 15元/小时 | 政府定价 |",
				"延伸服务自选项目 | |||",
				"3 | 遗体整容 | 600元/具 | 政府指导价 |",
				"4 | 礼厅租赁 | 25元/小时 | 政府指导价 |"),
			"某县殡葬管理所服务项目及价格标准: 1 / 2 / 延伸服务自选项目 / 3 / 4 []"},
		{"a label and the head printed again with no row under them",
			intro + lines("序号 | 服务项目 | 价格 | 定价形式 |",
				"1 | 遗体接运 | 300元/具 | 政府定价 |",
				"2 | 遗体存放 | 15元/小时 | 政府定价 |",
				"3 | 遗体火化 | 600元/具 | 政府定价 |",
				"延伸服务自选项目 | |||",
				"序号 | 服务项目 | 价格 | 定价形式 |"),
			"某县殡葬管理所服务项目及价格标准: 1 / 2 / 3 []"},
		{"a total row over the head printed again",
			intro + lines("序号 | 服务项目 | 价格 | 定价形式 |",
				"1 | 遗体接运 | 300元/具 | 政府定价 |",
				"2 | 遗体存放 | 15元/小时 | 政府定价 |",
				"合计 | |||",
				"序号 | 服务项目 | 价格 | 定价形式 |",
				"3 | 遗体整容 | 600元/具 | 政府指导价 |",
				"4 | 礼厅租赁 | 25元/小时 | 政府指导价 |"),
			"某县殡葬管理所服务项目及价格标准: 1 / 2 / 合计 / 序号 / 3 / 4 []"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := keySummary(Analyze(clean.Lines(tc.text))); got != tc.want {
				t.Errorf("grids\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
