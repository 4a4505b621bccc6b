package chrono_test

import (
	"testing"

	"bulletin/parser/chrono"
)

// TestBareEventYear: an event's yearly name prints its year in four
// figures, without 年, before the place that holds it (2024某地…活动): the
// line states that year. Figures that touch another digit, a letter or a
// count word, or that stand before no place, are no year.
func TestBareEventYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"5月20日,2024上海某区助老集市在某公园开市。", 2024},
		{"记者获悉,2023广州老年人运动会昨日闭幕。", 2023},
		{"9月28日,某街道举办2022杭州社区敬老节。", 2022},
		// No year.
		{"约2000北京市民参加了活动。", 0},
		{"编号A2023北京某区社区服务站。", 0},
		{"某街道共接待2023人次,服务老人。", 0},
		{"报名电话62023北京某区民政局。", 0},
		{"版本2023.5北京某区办事指南。", 0},
	}
	for _, tc := range tests {
		if got := chrono.StatedYear(tc.in); got != tc.want {
			t.Errorf("StatedYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestOwnYearAhead: a text whose 今年 names the year of the work it sets
// out ahead (今年…工作要…, 今年,…工作将…) has been written before that
// work; a year it writes afterwards for work done may be the year before,
// and decides none. A year whose own sentence sets out work ahead is the
// text's; 今年 that times an event (今年3月) or compares (较往年要多), or
// 主要/需要, sets out nothing.
func TestOwnYearAhead(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"3月2日,某市召开民政工作会议。会议要求,今年全市民政工作要突出重点。\n2024年,全市新增养老床位500张。", 0},
		{"某县召开老龄工作会议。今年,全县老龄工作将重点推进三项任务。\n2023年,全县建成助餐点20个。", 0},
		{"会议提出,今年的重点任务要抓实抓细。2022年,全区办成了一批民生实事。", 0},
		// The text's year.
		{"今年民政工作要抓好五件事。\n2025年,全市将新建社区食堂30个。", 2025},
		{"今年情人节恰逢元宵节,登记人数较往年要多。\n2019年元宵节也是情人节。", 2019},
		{"今年3月,某县将困难老人纳入救助工作。\n2024年,全县新增床位100张。", 2024},
		{"今年,全县民政系统主要任务十分繁重。\n2022年,全县新增床位100张。", 2022},
	}
	for _, tc := range tests {
		if got := chrono.OwnYear(tc.in); got != tc.want {
			t.Errorf("OwnYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
