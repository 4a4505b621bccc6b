package extract

import "testing"

// TestAgencyOneBureau: a bare short name (民政局) in running text, where
// the document prints it after one place only (周至县民政局), names that
// place's bureau (oneBureauShorts). Not so: where two places' bureaus are
// printed, after a level's bracket, after a class word, after a body's
// name (its unit or a list sharing its level), and a name withheld.
func TestAgencyOneBureau(t *testing.T) {
	checkRows(t, []rowCase{
		{"周至县民政局印发通知。根据文件规定,经民政局审核,决定下拨资金。", "周至县民政局; 民政局"},
		{"周至县民政局开展活动。发放仪式在民政局门口举行。", "周至县民政局; 民政局"},
		{"周至县民政局公开信息。全年发布信息36条,民政局微信公众号发布20条。", "周至县民政局; 民政局"},
		// Must not fire.
		{"周至县民政局、长安区民政局开展活动。发放仪式在民政局门口举行。", "周至县民政局; 长安区民政局"},
		{"周至县民政局开展活动。各县(市、区)民政局要加强指导。", "周至县民政局"},
		{"周至县民政局开展活动。全县各民政局要加强指导。", "周至县民政局"},
		{"周至县民政局开展活动。2024年,**民政局共收到资金。", "周至县民政局"},
	}, "agencies", agencyNames)
}
