package extract

import "testing"

// TestAgencyGovernmentPortals covers a division's government named by its
// portal (某市人民政府网, 《政府网站发展指引》: a portal is named after its
// government): the text that sends its reader there names the government.
// Each with cases where the rule must not fire: a portal's brand, a bare
// level, a news site, a site named as the source or with its address.
func TestAgencyGovernmentPortals(t *testing.T) {
	checkRows(t, []rowCase{
		{"请登录溧阳市人民政府网查询。", "溧阳市人民政府"},
		{"登录宜兴市人民政府网“意见征集”栏目留言。", "宜兴市人民政府"},
		{"登录江苏省政府网查询。", "江苏省政府"},
		// Must not fire: a brand, a bare level, a news site, the page's source,
		// a site with its address (siteAddressAfter).
		{"登录中国政府网查询。", ""},
		{"登录中国溧阳网查询。", ""},
		{"登录省政府网查询。", ""},
		{"登录溧阳新闻网查询。", ""},
		{"来源:溧阳市人民政府网", ""},
		{"本文转自溧阳市人民政府网。", ""},
		{"本文来源于溧阳市人民政府网。", ""},
		{"此文原载于溧阳市人民政府网站。", ""},
		{"详见溧阳市人民政府网：www.liyang.gov.cn。", ""},
	}, "agencies", agencyNames)
}
