package layout

import "testing"

// TestRewrappedFlatParts: a notice a copy flattened onto one line, each
// part's heading run into its text with white space between, that a later
// extraction wrapped anew at its width: the heading's gap is read on the
// part's line and the next together, as on the one line the part was; a
// part's heading cut from the next part of the same line (第一章 总则 /
// 第一条 …), or over a line that opens a part of its own, stays whole.
func TestRewrappedFlatParts(t *testing.T) {
	const head = "某区民政局关于清明节祭扫的公告\n为统筹做好清明节期间疫情防控和群众祭扫工作，实现文明祭扫、平安清明目标，按照\n要求，某寝园自2021年3月20日至4月5日实行预约限流祭扫\n"
	checkItemTitles(t, []itemTitlesCase{
		{"parts wrapped anew", head + "。现将有关事宜公告如下: 一、祭扫预约 祭扫群众可提前通过电\n话联系预约，每天限制3000号，当日预约人满后顺延至下一日期。 二、祭扫需\n知 预约成功来园祭扫时，请携带安葬证，自觉遵守殡葬服务场所疫情防控规定。 三、注意事项\n 祭扫群众需遵守规定，不焚香燃纸，不明火祭扫，不燃放烟花爆竹。\n某区民政局\n2021年3月\n",
			"祭扫预约 | 祭扫需知 | 注意事项"},
		// Not so.
		{"chapters and articles on one line", "某社会组织评估管理办法\n现予公布，自2011年3月1日起施行。 第一章 总则   第一条 为了规范社会组织评估工作，制定本办法。   第二条 本办法所称社会组织评估，是指依照规范对社会组织进行综合评价。   第二章 评估对象和内容   第三条 申请参加评估的社会组织应当符合下列条件。\n",
			"总则 | 评估对象和内容"},
	})
}
