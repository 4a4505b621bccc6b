package extract

import "testing"

// TestAgencyNounTaggedVerb: a verb of governing the segmenter tags as a
// noun (规范/n) opens no name that a place follows; with no place after
// it, or inside a name after its place, the rule does not fire.
func TestAgencyNounTaggedVerb(t *testing.T) {
	checkRows(t, []rowCase{
		{"为规范山东省民政厅依申请公开政府信息工作,提高工作的透明度。", "山东省民政厅"},
		{"为规范市民政局机关财务管理,制定本办法。", "市民政局"},
		{"为规范县殡仪馆服务收费行为,现公告如下。", "县殡仪馆"},
		// Must not fire.
		{"为进一步规范社区服务中心管理。", ""},
		{"山东省民政厅依申请公开政府信息。", "山东省民政厅"},
	}, "agencies", agencyNames)
}
