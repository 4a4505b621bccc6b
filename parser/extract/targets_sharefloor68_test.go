package extract

import "testing"

// TestTargetsShareFloor68: a negated comparison that floors a share of a
// base the clause names between them (不得低于在册人数的70%, 按照不低于上年
// 度…支出的30%调整, 不少于床位总数的30%) sets a level to reach, as 不低于70%
// does. Not so: a share that 的 closes (whom a rule is for), a ceiling on a
// share, a share with no bound before its base, a bound parted from the
// base by a clause mark or a figure, and a count (no share) after a base.
func TestTargetsShareFloor68(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"不得低于 base 的 N%", "执法机关执法人员不得低于在册人数的70%。", "plan 70 % -"},
		{"不少于 base 的 N%", "护理型床位不少于床位总数的30%。", "plan 30 % -"},
		{"不低于 base 的 N倍", "特困人员基本生活标准不低于当地低保标准的1.3倍。", "plan 1.3 倍 -"},
		{"with a verb after", "城乡低保标准按照不低于上年度居民人均消费支出的30%调整。", "plan 30 % -"},

		// Not targets.
		{"a share closing a noun", "执法机关不得低于在册人数的70%的单位。", ""},
		{"a ceiling", "现场祭扫人员不得超过场所容量的50%。", ""},
		{"no bound", "全市老年人占总人口的21%。", ""},
		{"a clause mark between", "比例不低于规定,占在册人数的70%。", ""},
		{"a figure between", "执法机关不得低于3个部门在册人数的70%。", "plan 3 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
