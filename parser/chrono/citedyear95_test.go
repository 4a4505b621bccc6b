package chrono

import "testing"

// TestCitedAboutYear: a text that states no year of its own outside 《》
// takes the year a cited title names after its 关于 (or after 关于 and a
// verb of the list citedlead), as one whose title opens with it. Not so: a
// year after a 关于 with other words between them, a 关于 of a nested
// title, and a text that states its own year outside the title.
func TestCitedAboutYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"按照市委、市政府《关于做好2023年元旦春节期间困难群众生活保障工作的通知》要求", 2023},
		{"根据《民政部办公厅关于做好2020年清明节祭扫工作的通知》等文件要求", 2020},
		{"省民政厅官网发布《关于2024年全省性社会组织随机抽查情况的通告》。", 2024},
		{"根据《关于下达2025年中央财政困难群众救助补助资金的通知》", 2025},
		{"根据《2022年全市民政工作要点》", 2022},
		// Not the year of the text.
		{"根据《关于进一步加强2019年以后新建小区养老服务设施的意见》", 0},
		{"根据《某某省民政厅关于印发〈某某办法〉的通知》和2021年新修订的规定", 2021},
		{"根据《关于印发《2019年某某方案》的通知》", 0},
		{"根据《关于做好清明节祭扫工作的通知》", 0},
	}
	for _, tc := range tests {
		if got := OwnYear(tc.in); got != tc.want {
			t.Errorf("OwnYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
