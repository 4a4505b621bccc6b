package chrono_test

import (
	"testing"

	"bulletin/parser/chrono"
)

// TestInspectionYear: a year written with 年度 whose clause names the
// annual inspection (年检, 年度检查) is checked in the next year, the
// year the notice holds it in. A year without 度, a report with no
// inspection, an inspection in another clause, a year in a cited title or
// document number name none.
func TestInspectionYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"经研究决定,自即日起开展2022年度市属社会组织年检工作", 2023},
		{"开展2022年度市属社会组织(不含慈善组织)年度检查工作", 2023},
		{"关于做好2019年度社会团体年检工作的通知\n于4月30日前提交", 2020},
		// No inspection of a year named.
		{"2023年开展年度检查", 0},
		{"报送2021年度社会团体年报", 0},
		{"做好2023年度基金会年度报告工作", 0},
		{"部署2023年度全市民政工作,年检另行通知", 0},
		{"填报《2022年度年检报告书》", 0},
		{"苏民〔2022〕年度检查", 0},
		{"2021年检结论为基本合格", 0},
	}
	for _, tc := range tests {
		if got := chrono.InspectionYear(tc.in); got != tc.want {
			t.Errorf("InspectionYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
