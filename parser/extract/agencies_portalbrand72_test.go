package extract

import "testing"

// TestAgencySiteOfShortPlace: a body named by a place the gazetteer holds by
// its short name, with its level printed after it (楚雄|州民政局), before
// its own site names the body. Not so: a portal's brand of a place with no
// level (中国南平政府网, 南平政府门户网站), and a site named as the page's
// source.
func TestAgencySiteOfShortPlace(t *testing.T) {
	tests := []rowCase{
		{"报告电子版可在楚雄州民政局门户网站下载。", "楚雄州民政局"},
		{"通过大理州民政局门户网站公开信息。", "大理州民政局"},
		{"通过楚雄市民政局门户网站公开信息。", "楚雄市民政局"},
		{"信息已在中国南平政府网发布。", ""},
		{"通过南平政府门户网站公开信息。", ""},
		{"据大理州民政局网站消息,会议召开。", ""},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}
