package extract

import "testing"

// TestAgencyFollowsBoundary69 covers 随 (along with) between two names
// (某某登记处随某某中心搬迁): a preposition, so each side is a name of its
// own. Rows where it must not cut: a place that opens with 随 (随州市,
// 随县), read whole.
func TestAgencyFollowsBoundary69(t *testing.T) {
	checkRows(t, []rowCase{
		{"东城区婚姻登记处随东城区政务服务中心搬迁到新址。", "东城区婚姻登记处; 东城区政务服务中心"},
		{"市救助管理站随市民政局迁入新楼。", "市救助管理站; 市民政局"},
		// Must not fire.
		{"随州市民政局开展慰问活动。", "随州市民政局"},
		{"随县民政局召开会议。", "随县民政局"},
	}, "agencies", agencyNames)
}
