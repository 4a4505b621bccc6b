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
