package extract

import (
	"testing"

	"bulletin/schema"
)

// agencyNames renders each agency by its text alone.
func agencyNames(e schema.Entities) []string {
	var out []string
	for _, a := range e.Agencies {
		out = append(out, a.Text)
	}
	return out
}

// TestAgenciesLists covers units listed before their heads' titles, names
// after verbs of visiting or with a proper name the segmenter guessed,
// verbs acting on a kind of body, and the endings 康复院 and 司, each with
// cases where the rule must not fire.
func TestAgenciesLists(t *testing.T) {
	tests := []rowCase{
		// Units before their heads' title: a conjunction inside a unit's
		// name, or as the list's last mark.
		{"副厅长江宇率办公室、人事处、基层政权和社区治理处处长来我县调研。", "办公室; 人事处; 基层政权和社区治理处"},
		{"局长带领办公室、财务科和人事科负责人参加。", "办公室; 财务科; 人事科"},
		{"局长带领办公室、基层社区负责人参加。", ""},
		{"张三和社区处负责人参加。", ""},
		{"局长带领办公室、张三和人事科负责人参加。", ""},
		{"各科室、基层政权和社区治理处负责人参加。", ""},
		// A unit between two titles of one person is the first body's.
		{"民政部新闻发言人、办公厅(国际合作司)副主任贾维周主持发布会", "民政部; 办公厅; 国际合作司"},
		{"市民政局党组成员、办公室主任张三出席。", "市民政局; 办公室"},
		{"张三、办公室主任李四出席。", ""},
		{"市民政局局长、各科室负责人参加。", "市民政局"},
		// 司, a ministry's department; 康复院, a home of care.
		{"由民政部养老服务司负责。", "民政部养老服务司"},
		{"要求各司其职。", ""},
		{"合江县康城养老康复院", "合江县康城养老康复院"},
		{"加强康复院建设。", ""},
		// A verb of visiting bounds the name it takes; a verb before a
		// proper name the segmenter guessed opens no part of it.
		{"实地查看新宅中心敬老院提升改造工程建设进度", "新宅中心敬老院"},
		{"县民政局看望福利院老人", "县民政局"},
		{"并听取新宅中心敬老院汇报", "新宅中心敬老院"},
		{"实地查看乡镇敬老院", ""},
		{"指导江口街道完成南浦社区的设立", "江口街道"},
		// A verb before a kind of body acts on the kind, even after a
		// boundary word; a verb that opens a name after one stays.
		{"要求加快建设乡镇敬老院", ""},
		{"要求加快建设县敬老院", "县敬老院"},
		{"联合为民社会工作服务中心开展活动", "为民社会工作服务中心"},
		// A list closed by 等: a member named by a proper name is one body.
		{"联合区红十字会、沈家寨红十字服务总站等单位开展活动", "区红十字会; 沈家寨红十字服务总站"},
		{"县民政局对南山养老院、儒林中心敬老院等场所开展检查", "县民政局; 南山养老院; 儒林中心敬老院"},
		{"对养老机构、居家服务中心、照料中心等场所开展检查", ""},
		// 所在(的): whichever body the case falls to, a class.
		{"由老人所在的街道办事处、乡镇人民政府组织实施。", ""},
		{"由老人所在社区居委会负责。", ""},
		{"由街道办事处组织实施。", "街道办事处"},
		// A member right after a bare level listed after 各 shares its
		// ending: both are the class (各市、区人民政府).
		{"各市、区人民政府，市政府各部门：", "市政府"},
		{"各县、区人民政府：", ""},
		// 市 before the civil-affairs field (市|民政) opens the city's body,
		// though the segmenter read 市民 (citizens).
		{"市民政局、市慈善总会、市民政事务服务中心联合举办。", "市民政局; 市慈善总会; 市民政事务服务中心"},
		{"活动由市民政事务中心负责。", "市民政事务中心"},
		// Must not fire: 市民 before a word that runs past the field's.
		{"市民政策宣讲中心开讲。", ""},
		// Must not fire: a member after a whole member is the issuer's own
		// division's body.
		{"各镇（街）民政办、区民政局：", "区民政局"},
	}
	checkRows(t, tests, "agencies", agencyNames)
}
