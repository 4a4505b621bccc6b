package extract

import "testing"

// TestTargetsCopulaClass: a count right after the copula 是 that a phrase
// closed by 的 qualifies names the programme the subject belongs to, no
// target; a count that is the copula's whole complement, one after a verb,
// and one with no 的 after it stay targets.
func TestTargetsCopulaClass(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a programme's list", "美丽社区建设是20项民心工程、重点政务目标必须做好的一项重要工作。", ""},
		{"a list of tasks", "养老服务设施建设是10件民生实事必须完成的一项任务。", ""},

		{"the whole complement", "全市新建养老服务设施必须是20个。", "plan 20 个 -"},
		{"a verb after the copula", "全市的任务是必须完成新建20个养老服务设施。", "plan 20 个 -"},
		{"no 的 after it", "全年必须完成20项民心工程。", "plan 20 项 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
