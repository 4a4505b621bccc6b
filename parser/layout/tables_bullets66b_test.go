package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestBulletList66b: lines each opened by a list bullet (● 城乡低保对象
// 每户800元) are a bulleted list, no grid, though a space parts their
// words. Rows that open with their keys, or a grid with one bulleted row
// among keyed ones, stay a grid.
func TestBulletList66b(t *testing.T) {
	const intro = "某市发放春节一次性生活补助\n近日,某市民政局下发通知,安排资金发放春节一次性生活补助。\n"
	tests := []struct{ name, text, grids string }{
		{"rows opened by ●",
			intro + "补助标准\n● 城乡低保对象 每户800元\n● 低收入家庭 每户560元\n● 其他对象 每人800元\n", ""},
		{"rows opened by ■",
			intro + "补助标准\n■ 城乡低保对象 每户800元\n■ 低收入家庭 每户560元\n■ 其他对象 每人800元\n", ""},
		// Not a list: rows open with keys, or one bullet among keyed rows.
		{"rows opened by keys",
			intro + "补助标准\n城乡低保对象 每户 800元\n低收入家庭 每户 560元\n其他对象 每人 800元\n", "补助标准 | 1 | 低收入家庭 其他对象 | "},
		{"one bulleted row among keyed rows",
			intro + "补助标准\n城乡低保对象 每户 800元\n● 低收入家庭 每户 560元\n其他对象 每人 800元\n", "补助标准 | 1 | ● 其他对象 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}
