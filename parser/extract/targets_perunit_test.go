package extract

import "testing"

// TestTargetsPerUnit: a ceiling on a sum per unit written with a slash (不
// 超过300元/次, 不高于800元/平方米) is a price or a rate, no target; a
// ceiling on a whole sum, a floor on a sum per unit, a count or a time per
// unit, and a ceiling a word of demand requires keep theirs. The test
// document is dated 2025-06-03.
func TestTargetsPerUnit(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a fee per use", "1、守灵厅:不超过300元/次;", ""},
		{"a fee per day", "冷藏柜租用费不超过60元/天。", ""},
		{"a fee per area", "墓位用地收费不高于900元/平方米。", ""},
		{"最高 before the ceiling", "骨灰寄存费最高不超过120元/年。", ""},
		{"a grant per project", "项目资助金额不超过8万元/个。", ""},
		{"full-width slash", "灵车租用费不超过200元／趟。", ""},

		// A whole sum, a floor, a count or time per unit, a demand, no
		// measure after the slash.
		{"a ceiling on the whole sum", "项目资助金额不超过8万元。", "plan 80000 元 -"},
		{"a floor per month", "对分散供养特困人员救助标准不低于700元/月。", "plan 700 元 -"},
		{"a count per batch", "入园人员不超过6人/批。", "plan 6 人 -"},
		{"a time per visit", "祭扫时间不超过40分钟/次。", "plan 40 分钟 -"},
		{"a word of demand", "各殡仪馆要严格执行,告别厅租赁费不得超过300元/次。", "plan 300 元 -"},
		{"a slash with no measure", "单个项目资助金额不超过8万元/ 。", "plan 80000 元 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
