package extract

import "testing"

// TestAgencySiteFooter: the lines of a government site's foot name who
// hosts, runs and maintains the site, no body of the text: a line opening
// with a label of the site's own roles (运行管理, 技术维护, 开发维护, 技术支持),
// or with 主办单位 or 承办 beside a word of the foot (标识码, ICP, 备案, 网站),
// and a name right after a site role's label run into the text's last
// line. An event's 主办单位 and 承办单位 lines, with no word of a site's foot,
// and a body the text names elsewhere keep their names.
func TestAgencySiteFooter(t *testing.T) {
	checkRows(t, []rowCase{
		{"长丰县民政局开展走访慰问。\n运行管理:长丰县数据资源中心", "长丰县民政局"},
		{"长丰县民政局开展走访慰问。\n主办单位:长丰县人民政府办公室 网站标识码:3401210001", "长丰县民政局"},
		{"长丰县民政局开展走访慰问。\n• 技术维护:长丰县信息中心 Tel:0551-1234567", "长丰县民政局"},
		{"长丰县民政局开展走访慰问。网站运行管理:长丰县数据资源中心", "长丰县民政局"},
		{"长丰县民政局开展走访慰问。\n运行管理:长丰县数据资源中心、长丰县信息中心", "长丰县民政局"},
		// Must not fire.
		{"敬老文艺汇演通知\n主办单位:长丰县民政局\n承办单位:长丰县社会工作服务中心", "长丰县民政局; 长丰县社会工作服务中心"},
		{"长丰县数据资源中心负责运行管理,长丰县信息中心负责技术维护。", "长丰县数据资源中心; 长丰县信息中心"},
		{"长丰县民政局开展走访慰问。\n主办:长丰县老年协会 联系电话:0551-1234567", "长丰县民政局; 长丰县老年协会"},
		{"运行管理工作由长丰县民政局负责。", "长丰县民政局"},
		{"长丰县民政局负责网站技术支持长丰县信息中心派员值守。", "长丰县民政局; 长丰县信息中心"},
	}, "agencies", agencyNames)
}
