package cue

import "testing"

// TestProclaimsRules: the formula with which an issuing body proclaims
// its notice's rules, opened by 现 or led by 现将/现就 after the body, and
// closed by a notice's kind and 如下. A results report (通报如下), a
// formula with no 现 (具体公告内容如下), or 现 in an earlier clause is none.
func TestProclaimsRules(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"现将有关事项通告如下：", true},
		{"为做好清明祭扫工作，现就有关工作安排公告如下，请大家自觉遵守：", true},
		{"某区政府现将今年清明祭扫活动有关事项通告如下：", true},
		{"现通知如下：", true},
		{"现将检查结果通报如下：", false},
		{"具体公告内容如下：", false},
		{"现已完成登记，具体通知如下：", false},
		{"通告如下", false},
	}
	for _, tc := range tests {
		if got := ProclaimsRules(tc.in); got != tc.want {
			t.Errorf("ProclaimsRules(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
