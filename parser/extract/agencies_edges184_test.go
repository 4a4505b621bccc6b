package extract

import "testing"

// TestAgencyEdges184 covers the names' edges left by reviews 125b and 126b:
// 动员 (to mobilise, agency_boundaries.txt) before the body it rallies is
// no part of its name. With rows where the name must stay whole.
func TestAgencyEdges184(t *testing.T) {
	checkRows(t, []rowCase{
		{"县红十字会先后动员永兴瑞达商贸有限公司等企业捐赠物资。", "县红十字会; 永兴瑞达商贸有限公司"},
		{"积极动员市慈善总会参与救助。", "市慈善总会"},
		// Must not fire: a body named with the word, a mobilising with no body.
		{"市国防动员办公室组织演练。", "市国防动员办公室"},
		{"动员全县人民募集款物。", ""},
		{"市人民防空和国防动员办公室开展宣传。", "市人民防空和国防动员办公室"},
	}, "agencies", agencyNames)
}
