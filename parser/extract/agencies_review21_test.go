package extract

import "testing"

// TestAgenciesReview21 covers the conventions read from reviewer 20's
// pages, each with cases where the rule must not fire (about a third of
// each table).

// A class: a kind of body after a place and a locative (境内), a bracketed
// other kind inside a 各… or 所在… item, a kind of body with its count
// closing a statistics line.
func TestAgenciesReview21Classes(t *testing.T) {
	checkRows(t, []rowCase{
		{"清明节期间,招远市境内殡仪馆、各类公墓暂停接待祭扫。", ""},
		{"本市行政区域内殡仪馆开展安全检查。", ""},
		{"各镇人民政府(区办事处),市府直属各单位:", ""},
		{"由所在镇人民政府(区办事处)核准后再申请。", ""},
		{"五、社区服务\n社区服务指导中心16\n社区服务中心190\n社区服务站7,149\n", ""},
		// Must not fire: a place's own body, a place whose name holds 内,
		// a body's other name in brackets, a placed body before a figure.
		{"招远市殡仪馆暂停接待祭扫。", "招远市殡仪馆"},
		{"内蒙古自治区民政厅召开会议。", "内蒙古自治区民政厅"},
		{"市委宣传部(市文明办)召开会议。", "市委宣传部; 市文明办"},
		{"朝阳区社区服务中心16\n", "朝阳区社区服务中心"},
	}, "agencies", agencyNames)
}

// A place: a name ends before 和 after a division's level; a division
// before an area's noun (片区); the complement of 所在地为; a site's name
// in 网 that its address follows.
func TestAgenciesReview21Places(t *testing.T) {
	checkRows(t, []rowCase{
		{"凯里市公开征集炉山工业园区和开怀街道片区新增道路名称公告", ""},
		{"迎泽区和杏花岭区民政局联合开展活动。", "杏花岭区民政局"},
		{"开怀街道片区新增道路11条。", ""},
		{"男女双方其中一方当事人常住户口所在地为南部。", ""},
		{"登录凯里市人民政府网(http://www.kaili.gov.cn)查询。", ""},
		{"详见凯里市人民政府网：www.kaili.gov.cn。", ""},
		// Must not fire: 和 inside one name, a division that acts, a
		// county whose name holds an ending (南部县), a body's own 网站
		// with its address, a body with no site.
		{"市社会福利和捐助救助中心召开会议。", "市社会福利和捐助救助中心"},
		{"开怀街道召开会议。", "开怀街道"},
		{"南部县民政局召开会议。", "南部县民政局"},
		{"可以从乌海市民政局门户网站(www.wuhai.gov.cn)下载。", "乌海市民政局"},
		{"请联系凯里市人民政府(http://www.kaili.gov.cn)。", "凯里市人民政府"},
	}, "agencies", agencyNames)
}
