package extract

import "testing"

// TestTargetsTimes: a count of times before its verb (6次召开) tells how
// often an act was done, no target; a count after the verb (召开1次), one
// with 每 before it or a bound, and a count of things stay targets.
func TestTargetsTimes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"times before 召开", "区民政局6次召开推进会,推动助餐点建设。", "achieved 6 次 -"},
		{"times before 组织", "街道4次组织推进应急演练。", "achieved 4 次 -"},

		// After the verb, a rate, a bound, a count of things.
		{"times after the verb", "每季度召开1次推进会,推动任务落实。", "plan 1 次 -"},
		{"a rate with 每", "每年2次开展推进检查。", "plan 2 次 -"},
		{"a bound", "推进会议召开不少于4次。", "plan 4 次 -"},
		{"a count the future sets", "区民政局将3次召开推进会。", "plan 3 次 -"},
		{"a count a plan sets", "下半年拟2次组织推进应急演练。", "plan 2 次 -"},
		{"a count of things", "区民政局推进6个助餐点建设。", "plan 6 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
