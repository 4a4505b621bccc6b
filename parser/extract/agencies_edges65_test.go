package extract

import "testing"

// TestAgencyListMemberOpens65 covers a member of a 、-list or of a list
// joined by 和 whose first character the segmenter read as a verb or ran
// into a guess before a place of the gazetteer (演/v 丰镇, 浮/v 陵水,
// 苍马山/x over 马山): a list joins names, so the member opens right
// after the mark, and a township's own name keeps it one body where the
// list closes on a kind of facility (等场所). Rows where the rule must
// not fire: a one-character verb before a place with no list mark before
// it (指宝兴殡仪馆), a verb of two characters after the mark (慰问|…),
// kinds of facility listed without a township's name.
func TestAgencyListMemberOpens65(t *testing.T) {
	checkRows(t, []rowCase{
		{"暂停灵山镇晋文坟墓安置点、演丰镇吴贤秀公墓、符氏公墓等场所的现场祭扫活动。", "演丰镇吴贤秀公墓; 符氏公墓"},
		{"市民政局、市殡仪馆、浮陵水公墓、颜春岭公墓均开通了网络祭祀平台。", "市民政局; 市殡仪馆; 浮陵水公墓; 颜春岭公墓"},
		{"全县设有婚姻登记处和苍马山公墓管理所6个事业单位。", "苍马山公墓管理所"},
		// Must not fire.
		{"指宝兴殡仪馆。", "宝兴殡仪馆"},
		{"走访了县敬老院、慰问宝兴殡仪馆职工。", "县敬老院; 宝兴殡仪馆"},
		{"兴建殡仪服务站、骨灰堂等殡葬设施。", ""},
		{"加快建设乡镇敬老院、公益性公墓等场所。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyCemeteryNameOpens65 covers a cemetery named by its own name
// and 园 (cemeteryNames) whose first characters the segmenter cut one by
// one after a list's conjunction (和|小/a 蜀/j 山福寿园/x), and a word of
// place between the division and the name (秦都区|西郊/s|福寿园). Rows
// where the rule must not fire: a pronoun of one character after the
// conjunction (和|该/r), a verb and a particle (和|在建/v 的/uj).
func TestAgencyCemeteryNameOpens65(t *testing.T) {
	checkRows(t, []rowCase{
		{"对上派镇公益性公墓和小蜀山福寿园等殡葬服务机构开展了实地检查,做好清明祭扫工作。", "小蜀山福寿园"},
		{"清明祭扫期间,秦都区西郊福寿园暂停现场祭扫。", "秦都区西郊福寿园"},
		// Must not fire.
		{"对公益性公墓和该福寿园开展检查,做好清明祭扫工作。", "福寿园"},
		{"对公益性公墓和在建的福寿园开展检查,做好清明祭扫工作。", "福寿园"},
	}, "agencies", agencyNames)
}

// TestAgencyLeadUnit65 covers a body's own unit named by its ending
// alone that the text makes the lead of its work (办公室牵头, 办公室为…的
// 牵头处室: X为…的Y defines X), one body in context; and the collective
// noun of units (处室, 科室) after 的 or after a body, a role, no name.
// Rows where the rule must not fire: the unit with no lead verb after
// it, a lead verb after a class (各科室牵头), a unit inside a longer
// word that goes on, the collective noun after a class (各处室).
func TestAgencyLeadUnit65(t *testing.T) {
	checkRows(t, []rowCase{
		{"明确了工作职责,办公室为全局信息公开工作的牵头处室,负责推进工作。", "办公室"},
		{"形成了分管领导具体抓、各科室负责人为第一责任人、办公室牵头的工作格局。", "办公室"},
		{"要主动对接省民政厅对口处室,争取支持。", "省民政厅"},
		// Must not fire.
		{"明确了工作职责,办公室负责推进全局信息公开工作。", ""},
		{"形成了各科室牵头的工作格局。", ""},
		{"局机关各处室负责人参加会议。", ""},
		{"要主动对接对口处室,争取支持。", ""},
	}, "agencies", agencyNames)
}
