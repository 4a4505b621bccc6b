package extract

import "testing"

// TestAgencyNounTaggedVerb: a verb of governing the segmenter tags as a
// noun, an adjective or an abbreviation (规范/n, 健全/a, 深化/j) opens no name that a place follows; with no place after
// it, or inside a name after its place, the rule does not fire.
func TestAgencyNounTaggedVerb(t *testing.T) {
	checkRows(t, []rowCase{
		{"为规范山东省民政厅依申请公开政府信息工作,提高工作的透明度。", "山东省民政厅"},
		{"为规范市民政局机关财务管理,制定本办法。", "市民政局"},
		{"为规范县殡仪馆服务收费行为,现公告如下。", "县殡仪馆"},
		// The same verbs tagged as an adjective or an abbreviation (健全/a,
		// 深化/j); a trade's own office word after the verb, found at no
		// boundary, is no name of the verb's.
		{"为健全山东省民政厅依申请公开工作机制,制定本办法。", "山东省民政厅"},
		{"深化县民政局机构改革。", "县民政局"},
		{"健全民政厅机关政府信息公开的申请受理和归口答复机制。", ""},
		{"深化民政局机构改革。", ""},
		// Must not fire.
		{"为进一步规范社区服务中心管理。", ""},
		{"山东省民政厅依申请公开政府信息。", "山东省民政厅"},
		{"县民政局健全了工作机制。", "县民政局"},
		{"市民政局深化改革。", "市民政局"},
	}, "agencies", agencyNames)
}
