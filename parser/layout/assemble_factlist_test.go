package layout

import "testing"

// TestFactList: lines each led by a label over a value that is no running
// text (a 公示's classes and the names under each) are the text's list,
// no items. Paragraphs led by their units' labels, running text after the
// colon, are items, and so is a label's line over text of its own.
func TestFactList(t *testing.T) {
	const head = "2025年省级地名保护名录推荐名单公示\n信息来源:市民政局 发布时间:2025-04-30\n为进一步挖掘保护和弘扬地名文化,经评审,现将推荐名单公示如下:\n"
	const tail = "现予以公示,公开征求社会意见。\n公示时间:2025年4月30日至2025年5月7日\n某市民政局\n2025年4月30日\n"
	checkItemTitles(t, []itemTitlesCase{
		{"classes and the names under each", head + "百年古街巷:某盐街(某区)\n古建筑遗址遗迹:某文庙(某县)、某济桥(某县);\n红色地名:某某基地(某县)。\n" + tail, ""},
		{"classes and the names under each, two lines", head + "百年古街巷:某盐街(某区)\n古建筑遗址遗迹:某文庙(某县)、某济桥(某县)。\n" + tail, ""},
		// Not so.
		{"a label's line over text of its own", "某社区开展重阳节活动\n2024-10-11 09:00:00\n活动一:义诊咨询\n10月11日上午，社区志愿者为老人测量血压、打扫卫生。\n活动二:乐龄集市\n社区在广场举办乐龄集市，为老人提供法律咨询。\n", "活动二:乐龄集市"},
		{"units' paragraphs", "某局工作动态\n2024-05-10 09:00:00\n办公室:牵头开展安全生产检查,督促各科室落实整改。\n社会救助科:开展低保专项治理,核查对象1200户。\n养老服务科:组织养老机构消防演练,覆盖全部机构。\n", "办公室 | 社会救助科 | 养老服务科"},
	})
}
