package layout

import "testing"

// TestDeployedYear: an annual work meeting's report names the year whose
// work it deploys after 部署, 谋划 or 部署安排; the year it reviews, or a
// year after other words, is none.
func TestDeployedYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"会议首先回顾2020年民政工作，安排部署2021年民政各项工作。", 2021},
		{"会议总结过去5年和2022年全省民政工作，分析研究当前形势，部署安排2023年重点任务。", 2023},
		{"会议谋划2024年工作。", 2024},
		{"会议总结2022年全省民政工作。", 0},
		{"2023年，我省将加快健全社会救助体系。", 0},
	}
	for _, tc := range tests {
		if got := deployedYear(tc.in); got != tc.want {
			t.Errorf("deployedYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
