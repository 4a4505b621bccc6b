package layout

import "testing"

// TestRewrappedFlatParts: a notice a copy flattened onto one line, each
// part's heading run into its text with white space between, that a later
// extraction wrapped anew at its width: the heading's gap is read on the
// part's line and the next together, as on the one line the part was; a
// part's heading cut from the next part of the same line (第一章 总则 /
// 第一条 …), or over a line that opens a part of its own, stays whole.
func TestRewrappedFlatParts(t *testing.T) {
	const head = "某区民政局关于某项服务的公告\n为做好某项服务工作，方便群众办事，按照有关要求，\n某服务中心自2021年3月20日至4月5日实行预约办理\n"
	checkItemTitles(t, []itemTitlesCase{
		{"parts wrapped anew", head + "。现将有关事宜公告如下: 一、服务预约 群众可提前通过电\n话联系预约，每天限额办理，约满后顺延至下一日期。 二、办理须\n知 预约成功后来中心办理时，请携带有效证件，遵守现场秩序。 三、注意事项\n 群众需遵守规定，服从现场工作人员引导。\n某区民政局\n2021年3月\n",
			"服务预约 | 办理须知 | 注意事项"},
		// Not so.
		{"parts that were never flattened", head + "。现将有关事宜公告如下:\n一、服务预约 群众可提前通过电\n话联系预约，每天限额办理，约满后顺延至下一日期。\n二、办理须\n知 预约成功后来中心办理时，请携带有效证件，遵守现场秩序。\n某区民政局\n2021年3月\n",
			"服务预约群众可提前通过电 | 办理须"},
		{"chapters and articles on one line", "某社会组织评估办法\n现予公布，自2011年3月1日起施行。 第一章 总则   第一条 为了规范某项评估工作，制定本办法。   第二条 本办法所称评估，是指依照规范进行综合评价。   第二章 评估对象和内容   第三条 申请参加评估的组织应当符合下列条件。\n",
			"总则 | 评估对象和内容"},
	})
}
