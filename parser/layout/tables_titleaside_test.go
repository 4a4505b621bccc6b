package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestTitleAside: a line wholly in one bracket that holds a clause mark,
// under a table's title, is an aside (a note); a bracket of no clause (a
// month, 试行), two brackets, or words outside the bracket are none.
func TestTitleAside(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"(市场调节价,家属自愿选择)", true},
		{"（政府指导价，按次收取）", true},
		{"（单位：元；按月发放）", true},
		// Not an aside.
		{"（2023年1月）", false},
		{"（试行）", false},
		{"(一)救助情况,按月统计", false},
		{"(市场调节价)(家属自愿,选择)", false},
		{"殡葬服务收费标准(试行,暂定)", false},
		{"“市场调节价,家属自愿选择”", false},
	}
	for _, tc := range tests {
		if got := titleAside(tc.s); got != tc.want {
			t.Errorf("titleAside(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestFeeTablesApart: a page that prints two schedules of charges one
// under the other, each titled by its 收费标准 (the first in its grid's
// first row, the second on a line of its own with an aside under it),
// has two tables, each with its title; the aside is the second's note.
func TestFeeTablesApart(t *testing.T) {
	text := "某市殡仪馆收费项目价格公示\n" +
		"殡葬基本服务项目及收费标准 | ||||\n" +
		"序号 | 收费项目 | 计价单位 | 收费标准 | 备注 |\n" +
		"1 | 遗体火化 | 元/具 | 600元 | 含拣灰、装盒 |\n" +
		"2 | 遗体冷藏 | 元/天 | 50元/天 | 不满一天按一天计算 |\n" +
		"3 | 骨灰寄存 | 元/年 | 80元/年 | 不满一年按一年计算 |\n" +
		"殡葬选择性服务项目及收费标准\n" +
		"(市场调节价,家属自愿选择)\n" +
		"序号 | 收费项目 | 计价单位 | 收费标准 | 备注 |\n" +
		"1 | 运送骨灰 | 元/次 | 360元 | 火化后送骨灰 |\n" +
		"2 | 遗体收殓 | 元/具 | 360元 | 特殊遗体 |\n"
	want := "殡葬基本服务项目及收费标准 | 1 | 1 2 3 | ; " +
		"殡葬选择性服务项目及收费标准 | 1 | 1 2 | (市场调节价,家属自愿选择)"
	if got := gridSummary(Analyze(clean.Lines(text))); got != want {
		t.Errorf("tables\n got %q\nwant %q", got, want)
	}
}
