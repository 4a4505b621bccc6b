package layout

import "testing"

// TestSiteNameNoGap: a copy with no blank lines at all sets nothing
// apart, yet a trail of links alone over the headline is the page's, no
// word of the headline; a headline line that only ends in 网 where the
// wrap cut it, and a short headline over its second line, stay whole
// (the weaker readings of siteOrTrail are not asked where no gap parts).
func TestSiteNameNoGap(t *testing.T) {
	text := "时间: 2024-01-05 10:20 来源: 某市人民政府\n" +
		"为进一步提升养老服务质量，根据《养老机构等级划分与评定》国家标\n" +
		"准，经各养老机构组织申报、区级初评、市级复核，现将结果公告如下。\n" +
		"某市某区社会福利中心等四家养老机构获评五级养老机构，特此公告。\n"
	checkTitles(t, []titleCase{
		{"a trail alone over the headline", "  • 网友您好!某某网欢迎您的光临!设为首页加入收藏\n  • 当前位置:某某网 - 某某网 > 某某民意 >\n      4家养老机构获评“五级”\n" + text, "4家养老机构获评“五级”"},
		// Not so.
		{"a headline that ends in 网", "某区开展“护苗”行动筑牢未成年人网\n络安全防护网\n" + text, "某区开展“护苗”行动筑牢未成年人网络安全防护网"},
		{"a headline over its second line", "某区民政局召开养老服务\n工作推进会\n" + text, "某区民政局召开养老服务工作推进会"},
	})
}
