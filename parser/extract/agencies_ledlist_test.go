package extract

import "testing"

// TestAgencyLedList: a 、-list of bodies that a verb of leading opens and
// 等 and a word of bodies close names the bodies of the one government
// the leader serves, each one body though printed with no place (cue
// words listlead; ledListBodies). Not so: a partner's bodies after 联合,
// a list of kinds or of fields, one a class word opens, one with no word
// of bodies after 等, and one member alone.
func TestAgencyLedList(t *testing.T) {
	checkRows(t, []rowCase{
		{"副县长某某带领民政局、公安局、应急局、消防大队等相关部门开展节前检查。", "民政局; 公安局; 应急局; 消防大队"},
		{"省民政厅副厅长某某率救灾处、社会救助处、养老服务处等部门的负责人参加座谈。", "省民政厅; 救灾处; 社会救助处; 养老服务处"},
		{"局长带领办公室、财务科等部门负责人参加。", "办公室; 财务科"},
		{"局长率领办公室、财务科等部门负责人参加。", "办公室; 财务科"},
		{"副县长某某带领青山县民政局、公安局等相关部门开展检查。", "青山县民政局; 公安局"},
		// Must not fire.
		{"联合宣传部、组织部等部门开展活动。", ""},
		{"带领养老机构、照料中心等单位开展检查。", ""},
		{"带领市场监管、公安等部门开展检查。", ""},
		{"带领各县民政局、公安局等相关部门开展检查。", ""},
		{"带领民政局、应急局等开展检查。", ""},
		{"带领民政局等相关部门开展检查。", ""},
		{"局长带领办公室、中心等部门负责人参加。", ""},
	}, "agencies", agencyNames)
}
