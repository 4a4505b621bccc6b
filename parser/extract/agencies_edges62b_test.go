package extract

import "testing"

// TestAgencyCemeteryWorshipSite covers a 清明 notice that names no kind of
// cemetery, only the one its town keeps: a proper name closing on 园 that
// the sentence names as the ground of worship (对某某园实行…现场祭扫) is one
// cemetery. Rows where it must not fire: a 园 whose sentence names no
// worship, grounds of another kind, a 园 that runs on into a place.
func TestAgencyCemeteryWorshipSite(t *testing.T) {
	checkRows(t, []rowCase{
		{"为确保清明祭扫安全,镇政府决定对天福园实行分时限流、有序开放的现场祭扫。", "镇政府; 天福园"},
		{"清明期间,前往天福园祭扫的群众请错峰出行。", "天福园"},
		{"倡导居民清明期间到思亲园文明祭扫。", "思亲园"},
		// Must not fire.
		{"倡导网上祭扫。居民可到锦绣园办理登记手续。", ""},
		{"清明期间倡导文明祭扫,周末可到植物园游玩。", ""},
		{"清明期间,梨园村村民可就近祭扫。", ""},
		{"请到锦绣园社区报名参加网上祭扫。", "锦绣园社区"},
	}, "agencies", agencyNames)
}

// TestAgencyInspectionStanding covers a heading that sorts cemeteries or
// social organisations by what the 年检 found (一、年检合格公墓, 三、延期
// 年检公墓, 年检不合格): a class whose members the rows below name, no one
// body. Rows where the name must still be found: a cemetery by its own
// name, which the finding follows, and a body with its place.
func TestAgencyInspectionStanding(t *testing.T) {
	checkRows(t, []rowCase{
		{"一、年检合格公墓\n百芳公墓年检合格。", "百芳公墓"},
		{"三、延期年检公墓", ""},
		{"二、年检不合格公墓", ""},
		{"对年检合格社会组织予以公告。", ""},
		// Must not fire.
		{"百芳公墓年检合格。", "百芳公墓"},
		{"江油市园宝山公墓通过年检。", "江油市园宝山公墓"},
		{"市民政局公布年检结果。", "市民政局"},
		{"县民政局对合格的养老机构予以公示。", "县民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyZoneWithinExtent covers a zone's or a division's name right
// before a locative of extent (范围内, 辖区内, 境内: the agency cues
// labelled within): the name marks where what the sentence says holds, no
// body that acts. Rows where the name must still be found: the zone
// acting, its 管委会, a body placed in it.
func TestAgencyZoneWithinExtent(t *testing.T) {
	checkRows(t, []rowCase{
		{"即日起重庆市高新区范围内,停止一切祭扫活动。", ""},
		{"即日起重庆市高新区辖区内停止现场祭扫。", ""},
		{"凡在成都高新区境内去世的居民,均应实行火化。", ""},
		// Must not fire.
		{"济宁高新区召开民政工作会议。", "济宁高新区"},
		{"重庆市高新区管委会发布通告。", "重庆市高新区管委会"},
		{"重庆市高新区民政局在辖区内开展检查。", "重庆市高新区民政局"},
	}, "agencies", agencyNames)
}
