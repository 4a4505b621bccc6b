package extract

import "testing"

// TestAgencyElderHomeAndMemorialEndings covers the endings of homes for
// the elderly (安养院, 颐养中心, 康养中心) and of a cemetery named as a
// memorial garden (纪念园): a name before them is a body, the ending
// alone the kind.
func TestAgencyElderHomeAndMemorialEndings(t *testing.T) {
	checkRows(t, []rowCase{
		{"检查组来到松鹤安养院检查消防安全。", "松鹤安养院"},
		{"市民可在青松人文纪念园门口候车。", "青松人文纪念园"},
		// The ending alone is the kind, no name: no longer cut from it
		// (颐养|中心 read as a name ending in 中心).
		{"推动建设一批康养中心和颐养中心。", ""},
		{"入住颐养中心的老人逐年增多。", ""},
		// Must not fire: names before the endings stay whole.
		{"检查组来到县康养中心检查消防安全。", "县康养中心"},
		{"检查组来到夕阳红颐养中心检查消防安全。", "夕阳红颐养中心"},
		{"各纪念园实行预约祭扫。", ""},
		{"老人可选择入住安养院。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyAddressField covers an address's label (通讯地址, 报送至,
// 邮寄至) before a street run into an ending with no number: an office's
// place, no name; a name after the number, or a street that names a level
// or a body of its own, stays.
func TestAgencyAddressField(t *testing.T) {
	checkRows(t, []rowCase{
		{"通讯地址:湖北省通山县通羊镇九宫大道民政局。", ""},
		{"材料报送至通山县通羊镇城东区九宫大道民政局306室。", ""},
		{"请邮寄至江宁区东山街道上元大街民政局办公室。", ""},
		// Must not fire.
		{"地址:宜兴市荆溪路725号宜兴市民政局412室。", "宜兴市民政局"},
		{"地址:宜兴市民政局2楼202室。", "宜兴市民政局"},
		{"联系地址:宜兴市东风路社区居委会。", "宜兴市东风路社区居委会"},
		{"宜兴市东风路派出所开展宣传。", "宜兴市东风路派出所"},
	}, "agencies", agencyNames)
}

// TestAgencyPointedBack covers a unit's short form after 该 or 此, which
// points back at the body named before (the said registry), and 县内 (within
// the county), which makes what follows a class.
func TestAgencyPointedBack(t *testing.T) {
	checkRows(t, []rowCase{
		{"新人来到海淀区民政局婚姻登记处领证。请在该登记处恢复办理后再联系。", "海淀区民政局婚姻登记处"},
		{"县内殡仪馆一律停止服务。", ""},
		// Must not fire: the short form at a clause's opening, a name
		// that opens with its own place.
		{"新人来到海淀区民政局婚姻登记处领证。登记处工作人员加班办理。", "海淀区民政局婚姻登记处; 登记处"},
		{"县殡仪馆一律停止服务。", "县殡仪馆"},
		{"县内乡镇敬老院由县民政局统一管理。", "县民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyUrgeBoundary covers 督促 (to urge), a verb whose object is the
// body acted on: the name before it ends there.
func TestAgencyUrgeBoundary(t *testing.T) {
	checkRows(t, []rowCase{
		{"县民政局要督促殡仪馆做好服务。", "县民政局"},
		{"市民政局督促敬老院落实整改。", "市民政局"},
		// Must not fire.
		{"县殡仪馆做好服务。", "县殡仪馆"},
		{"县民政局指导敬老院落实整改。", "县民政局"},
	}, "agencies", agencyNames)
}
