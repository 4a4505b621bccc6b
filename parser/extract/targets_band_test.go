package extract

import "testing"

// TestTargetsBand: a plan's range whose ends are both targets gives each
// end once; a cap over a range (倡导1-2名) keeps its upper end alone, and a
// range no plan sets gives none.
func TestTargetsBand(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a band 至", "每个社区至少建有1至2个助餐点。", "plan 1 个 -; plan 2 个 -"},
		{"a band with a dash", "每个乡镇新建3-5所托育机构。", "plan 3 所 -; plan 5 所 -"},

		{"a cap", "确需现场祭扫倡导1-2名家庭成员作代表。", "plan 2 名 -"},
		{"a range with no plan", "全县现有1至2个助餐点。", ""},
		{"a range done", "去年每个社区建有1至2个助餐点。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
