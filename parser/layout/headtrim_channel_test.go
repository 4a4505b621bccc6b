package layout

import "testing"

// TestChannelUnder: a news app's channel (account • column) between the
// headline and the timestamp is the page's header, no line of the title;
// a line with no spaced bullet, or a part of it holding a sentence's
// marks, stays the title's.
func TestChannelUnder(t *testing.T) {
	body := "\n\n某某客户端12月31日讯(通讯员 某某)为做好低温雨雪天气防范工作，镇民政所走访敬老院。\n\n工作人员为老人送去棉被和慰问品，叮嘱注意防寒保暖。\n"
	tests := []titleCase{
		{"an account and its column", "某镇民政所开展走访慰问活动\n新某县 • 单位乡镇\n2020-12-31 10:47:59" + body, "某镇民政所开展走访慰问活动"},
		{"a bullet with no space about it", "某镇民政所开展走访慰问活动\n新某县•单位乡镇\n2020-12-31 10:47:59" + body, "某镇民政所开展走访慰问活动新某县•单位乡镇"},
		{"a notice's title wrapped", "某镇民政所关于开展走访慰问活动\n的通知\n2020-12-31 10:47:59" + body, "某镇民政所关于开展走访慰问活动的通知"},
		{"a channel alone for a headline", "新某县 • 单位乡镇\n2020-12-31 10:47:59" + body, "新某县•单位乡镇"},
		{"one name, no bullet", "某镇民政所开展走访慰问活动\n新某县 单位乡镇\n2020-12-31 10:47:59" + body, "某镇民政所开展走访慰问活动新某县单位乡镇"},
		{"a bulleted part with a clause", "某镇民政所开展走访慰问活动\n新某县 • 情系敬老院，真情暖人心\n2020-12-31 10:47:59" + body, "某镇民政所开展走访慰问活动新某县•情系敬老院，真情暖人心"},
	}
	checkTitles(t, tests)
}
