package extract

import "testing"

// TestAgencyQuotedKind: a quoted community or street named by a common
// word (an epithet, an honour's title) is a kind, no body. Not so: a
// quoted street with its place, or a quote of another ending.
func TestAgencyQuotedKind(t *testing.T) {
	tests := []rowCase{
		{"他把脏乱差“问题社区”营造成远近闻名的“明星社区”。", ""},
		{"开展“美丽社区”创建活动,评出一批示范点。", ""},
		{"居民可登录“市民政局”网站查询。", "市民政局"},
		{"请联系“江汉区民意街道”办理。", "江汉区民意街道"},
		{"发布仪式由“全国评审委员会”主持。", "全国评审委员会"},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}
