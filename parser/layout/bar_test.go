package layout

import "testing"

// TestOpensClause tells the tail of a cut line (,欢迎访问…) from words.
func TestOpensClause(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{",欢迎访问某某新闻网", true},
		{"、社会救助工作", true},
		{"；以下简称", true},
		{"欢迎访问某某新闻网", false},
		{"“十四五”民政事业发展规划", false},
		{"(一)总体要求", false},
	} {
		if got := opensClause(tc.in); got != tc.want {
			t.Errorf("opensClause(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
