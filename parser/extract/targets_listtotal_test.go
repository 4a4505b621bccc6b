package extract

import "testing"

// TestTargetsListTotal: the count that closes an enumeration (…等20项工作)
// totals the list, no target; a count after a grade (三等) and a count with
// no 等 right before it stay targets.
func TestTargetsListTotal(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"等N项 tasks", "明确编制方案、建设词库、保护老地名等20项工作。", ""},
		{"等 after one example", "计划推动敬老院等15个机构转型。", ""},
		{"a space before the digits", "力争完成普查、设标等 8项任务。", ""},

		{"names counted with no 等", "计划在甲区、乙县2个县区推进社工站建设。", ""},
		{"five names counted", "正在推进甲区、乙区、丙区、丁县、戊县5个区(县)共21个社工站建设工作。", "plan 21 个 -"},

		{"no 等", "计划推动15个敬老院转型。", "plan 15 个 -"},
		{"names not counted by the number", "计划在甲区、乙县新建3个社工站。", "plan 3 个 -"},
		{"a list of counts", "计划新建食堂5个、助餐点2个。", "plan 5 个 -; plan 2 个 -"},
		{"a note's 、", "每个县(区、园区)计划抽查2个乡镇。", "plan 2 个 -"},
		{"a grade", "计划评选三等50名。", "plan 50 名 -"},
		{"等 elsewhere in the clause", "计划对敬老院等机构新建15个食堂。", "plan 15 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
