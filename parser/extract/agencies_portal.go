package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// governmentPortal reports whether name, before a medium's word 网, is a
// division's government named whole, by its place and level (某市人民
// 政府|网, 某县政府|网): the government's portal, which 《政府网站发展指引》
// (国办发〔2017〕47号) names after the government that runs it (地方名+人民
// 政府+网站/网), so the text that sends its reader there (登录…人民政府网
// 留言) names that government, as 某县人民政府网站 already does. A portal's
// brand (中国政府网, 中国南平政府网: a place with no level, portalBrand), a
// bare level (省政府网) or any other body's 网 stays a site's name; a site
// named as the page's source stays the source (sourceNamed).
func governmentPortal(name string) bool {
	suffix, kind := agency.Ending(name)
	if kind != "government" || lexicon.AgencySuffixes().Label(suffix, 1) != "division" || !lexicon.GenericAgencies().Has(suffix) {
		return false
	}
	if portalBrand(name) {
		return false
	}
	body := name[:len(name)-len(suffix)]
	if _, ok := lexicon.Places().At(body, 0); !ok {
		return false
	}
	_, level := lexicon.Levels().Suffix(body)
	return level
}
