package extract

import "testing"

// TestAgencySiteBetween: two bodies printed back to back with the first
// one's site or account between them (某省人民政府网站|省民政厅…专栏) are two
// names, the second opening at its place or level. Rows where it must
// not fire: a site's word inside a name with no place after it, a paper's
// office, 网 of a company's short name, a site named alone.
func TestAgencySiteBetween(t *testing.T) {
	checkRows(t, []rowCase{
		{"申请人可在海南省人民政府网站省民政厅政务公开专栏查阅。", "海南省人民政府; 省民政厅"},
		{"可登录市政府网站市民政局专栏查询。", "市政府; 市民政局"},
		{"县政府门户网站县民政局信息公开栏目发布。", "县民政局"},
		{"关注市民政局微信公众号县民政局专栏。", "市民政局; 县民政局"},
		// Must not fire.
		{"省民政厅网站管理中心负责。", "省民政厅网站管理中心"},
		{"枣庄日报滕州工作部记者报道。", "枣庄日报滕州工作部"},
		{"国网山西省电力公司捐赠。", "国网山西省电力公司"},
		{"海南省人民政府网站查阅。", ""},
	}, "agencies", agencyNames)
}
