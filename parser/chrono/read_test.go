package chrono

import "testing"

// TestLineEnumerator: figures that open their line, white space alone
// before them, are a list's number; figures after words are not.
func TestLineEnumerator(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"1", true},
		{"活动安排如下：\n1", true},
		{"活动安排如下：\n\u3000\u3000 12", true},
		{"共有 12", false},
		{"活动安排如下：\n共有1", false},
		{"活动安排如下：\n123", false},
	} {
		if got := lineEnumerator(tc.s); got != tc.want {
			t.Errorf("lineEnumerator(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
