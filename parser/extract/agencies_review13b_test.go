package extract

import "testing"

// TestAgenciesReview13b covers the conventions read from reviewer 13's
// pages on which words name a body, each with cases where the rule must
// not fire (at least a third of each table).

// A community named after the street it lies on (党湾街社区, 中山街社区)
// is one, as one named after a road's name the segmenter knows is
// (环东路社区); a kind of community named by a common word is none.
func TestAgenciesReview13bStreets(t *testing.T) {
	checkRows(t, []rowCase{
		{"分别对环东路社区、党湾街社区、中山街社区进行了调研。", "环东路社区; 党湾街社区; 中山街社区"},
		{"调研组来到中山街社区。", "中山街社区"},
		{"调研组来到党湾街社区和环东路社区。", "党湾街社区; 环东路社区"},
		// Must not fire: a common word or a verb before the community.
		{"推进城乡社区建设。", ""},
		{"志愿者走上街社区服务。", ""},
		{"加强居家社区养老服务。", ""},
	}, "agencies", agencyNames)
}

// Every member of a list of one government's bodies closed by 等 is a
// body when the list opens with one named by its place: a bureau named
// after its field (城市执法局), a commission's short name (卫健委), a
// unit named after the body it serves (宣传部文明办, 办 for 办公室). A
// bureau named after a field whose verb closes it (城市|执法|局) is one
// alone too.
func TestAgenciesReview13bLists(t *testing.T) {
	checkRows(t, []rowCase{
		{"市民政局、宣传部文明办、城市执法局、卫健委、市场监督管理局、公安局治安支队、交警支队等6家殡葬改革成员单位分别进行了汇报。",
			"市民政局; 宣传部文明办; 城市执法局; 卫健委; 市场监督管理局; 公安局治安支队; 交警支队"},
		{"城市执法局、卫健委、市场监督管理局分别进行了汇报。", "城市执法局; 卫健委; 市场监督管理局"},
		{"城市执法局进行了汇报。", "城市执法局"},
		{"宣传部文明办进行了汇报。", "宣传部文明办"},
		{"行政审批局负责受理。", "行政审批局"},
		// Must not fire: kinds of body listed with 等, a list with no
		// member named by its place, a unit's ending after a verb, a 办
		// with no body before it.
		{"对养老机构、居家服务中心、照料中心等场所开展检查", ""},
		{"联合中心镇政府、儿童福利院等单位开展慰问。", ""},
		{"获奖单位：龙泉街道民政科、基层政权建设和社区治理科、东沙河街道民政科。", "龙泉街道民政科; 东沙河街道民政科"},
		{"坚决反对大操大办。", ""},
	}, "agencies", agencyNames)
}

// A body of co-ordination (领导小组) is named after its field of work,
// which may hold a plan's verb and its object; a name that opens with its
// place keeps them.
func TestAgenciesReview13bFieldGroups(t *testing.T) {
	checkRows(t, []rowCase{
		{"在省全面推进依法行政工作领导小组的具体指导下,省民政厅认真贯彻落实。", "省全面推进依法行政工作领导小组; 省民政厅"},
		{"在省委、省政府的正确领导和省全面推进依法行政工作领导小组的具体指导下,省民政厅认真贯彻落实。", "省委; 省政府; 省全面推进依法行政工作领导小组; 省民政厅"},
		{"市养老服务工作领导小组同意。", "市养老服务工作领导小组"},
		// Must not fire: a group set up with no place, a plan's verb
		// before a community.
		{"县政府成立推进殡葬改革工作领导小组。", "县政府"},
		{"指导江口街道完成南浦社区的设立", "江口街道"},
	}, "agencies", agencyNames)
}

// Words that only look like a body: 局 of a course of things (开好局,
// 新局), a kind of body counted after its noun (社区养老服务站805个), a
// body referred to by a pronoun (那个医院).
func TestAgenciesReview13bNonBodies(t *testing.T) {
	checkRows(t, []rowCase{
		{"助力春耕备耕开好局、起好步。", ""},
		{"谋划发展新局。", ""},
		{"破解发展困局。", ""},
		{"全市建成各类养老服务设施2406个,其中养老机构168家,社区养老服务站805个,农村互助幸福院1000个。", ""},
		{"北京那个医院看白癜风最好", ""},
		{"那个民政局的人来了。", ""},
		// Must not fire: a bureau named 创新局, a count after a body named
		// by its place, a count of another noun, a pronoun before a name
		// with its place.
		{"市科技创新局开展检查。", "市科技创新局"},
		{"参会人员:市民政局3人。", "市民政局"},
		{"社会事务办公室2名干部参加。", "社会事务办公室"},
		{"这个县民政局做得好。", "县民政局"},
		{"如何加强县民政局建设。", "县民政局"},
	}, "agencies", agencyNames)
}

// Every member of a list of bodies after one the scan found is a body:
// a short name the segmenter guessed whole after its level (县|发改局/x,
// whose 发 only looks like a boundary word), the trade's word for a
// government's office between two bodies (公安局、民政局、自然资源局), an
// office's short name ending in 办 (台港澳办).
func TestAgenciesReview13bMembers(t *testing.T) {
	checkRows(t, []rowCase{
		{"分别召开由县发改局、公安局、财政局等单位相关人员参加的座谈会。", "县发改局; 公安局; 财政局"},
		{"由县发改局负责。", "县发改局"},
		{"成员包括市发展改革局、民族宗教局、公安局、民政局、自然资源局、生态环境局等单位。", "市发展改革局; 民族宗教局; 公安局; 民政局; 自然资源局; 生态环境局"},
		{"成员包括市委宣传部、统战部、台港澳办,市发展改革局。", "市委宣传部; 统战部; 台港澳办; 市发展改革局"},
		// Must not fire: a boundary word glued onto a word that points at
		// the body, the trade's word last in a list or before a unit, an
		// idiom ending in 办, an ending alone.
		{"可在政府门户网站或本局网站上下载。", ""},
		{"云安区、新兴县人民政府、民政局和相关镇负责同志参加。", "新兴县人民政府"},
		{"市行政审批服务局、民政局相关科室参加。", "市行政审批服务局"},
		{"市民政局、大操大办。", "市民政局"},
		{"县民政局、领导小组、办公室参加。", "县民政局"},
	}, "agencies", agencyNames)
}
