package extract

import "testing"

// TestAgencySiteBanner: a saved page's first line that holds a division's
// government alone, or with the site's address or the day's date, is the
// site's banner, no body of the text, where the text prints the name
// nowhere else. Printed again in the text, a bureau's name on the first
// line, or a first line with words of a title keeps the name (the rule
// must not fire).
func TestAgencySiteBanner(t *testing.T) {
	checkRows(t, []rowCase{
		{"沧源县人民政府\n关于公布殡葬服务收费标准的公示\n县民政局将按标准收费。", "县民政局"},
		{"昆明市晋宁区人民政府 www.example.gov.cn\n关于社会组织评估的通知\n区民政局组织评估。", "区民政局"},
		{"天津市河东区人民政府 2019年12月3日星期二\n政府信息公开年度报告\n区民政局编制本报告。", "区民政局"},
		// Must not fire.
		{"昆明市五华区人民政府 www.example.gov.cn\n发布机构: 昆明市五华区人民政府\n区民政局开展慰问。", "昆明市五华区人民政府; 区民政局"},
		{"佛坪县民政局\n2023年政府信息公开工作年度报告\n县民政局编制本报告。", "佛坪县民政局; 县民政局"},
		{"某县人民政府关于加强殡葬管理的通知\n县民政局负责实施。", "县民政局"},
		{"天津市河东区人民政府 2019年12月3日召开会议\n政府信息公开年度报告\n区民政局编制本报告。", "天津市河东区人民政府; 区民政局"},
	}, "agencies", agencyNames)
}
