package extract

import (
	"testing"

	"bulletin/parser/chrono"
)

// TestUnitColumn: a year.month right after a measure printed as a cell of
// its own (万人 2061.3) is a grid's figure, no date; one after a label, a
// word that ends with a measure, or joined to the text stays a date.
func TestUnitColumn(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"居民最低生活保障人数 万人 2061.3", ""},
		{"社会服务费实际支出 亿元 2012.5", ""},
		{"社区服务中心 个 2019.11", ""},

		// A label, a word that ends with a measure, joined, a full date.
		{"项目负责人 2019.06", "2019-06"},
		{"开工时间 2019.06", "2019-06"},
		{"统计时间:2019.06", "2019-06"},
		{"万人 2019.6.3", "2019-06-03"},
	}
	for _, tc := range tests {
		in := input(t, tc.in)
		in.Env.Ref = chrono.Ref{Year: 2020}
		if g := dateValues(in); g != tc.want {
			t.Errorf("Dates(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
}
