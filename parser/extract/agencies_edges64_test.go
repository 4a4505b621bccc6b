package extract

import "testing"

// TestAgencyAgeBeforeList64 covers a list of kinds of people after an
// age (60岁以上老年人、农业农村局监测人口): an age measures the first
// member, it counts no members, so a later member that names a body
// (农业农村局, attributive before its noun) is read. Rows where the rule
// must not fire: a count of bodies before the list (9家), a count of
// people (名) that counts the members, a class of bodies (各…局).
func TestAgencyAgeBeforeList64(t *testing.T) {
	checkRows(t, []rowCase{
		{"为60岁以上老年人、农业农村局监测人口准备了防疫包。", "农业农村局"},
		{"为80岁老人、农业农村局监测人口发放了慰问金。", "农业农村局"},
		{"为3万元以下的困难户、农业农村局监测人口发放了慰问金。", "农业农村局"},
		// Must not fire.
		{"来自9家社会工作服务机构和社区社会工作室的社工参加。", ""},
		{"为60名老年人、农业农村局监测人口准备了防疫包。", ""},
		{"为60岁以上老年人、各区农业农村局监测人口准备了防疫包。", ""},
	}, "agencies", agencyNames)
}
