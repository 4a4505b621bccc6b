package extract

import "testing"

// TestAgenciesMore covers the recipient lines, cited titles, list members
// and endings that bureau pages beyond the corpus print, each with cases
// where the rule must not fire.
func TestAgenciesMore(t *testing.T) {
	tests := []rowCase{
		// A 主送 line of bare township levels names a class; a level with
		// its place, a county's level, or the same words in running text
		// name one body.
		{"镇人民政府、街道办事处:\n现就有关事项通知如下", ""},
		{"镇人民政府：\n现就有关事项通知如下", ""},
		{"相城区人民政府太平街道办事处:\n你办《关于…的请示》收悉", "相城区人民政府太平街道办事处=相城区人民政府太平街道办事处/乡"},
		{"县民政局、县财政局:\n现就有关事项通知如下", "县民政局=县民政局/县; 县财政局=县财政局/县"},
		{"镇人民政府负责组织实施。", "镇人民政府=镇人民政府/乡"},
		// A cited title names its issuers before 关于, on both sides of a
		// forwarding verb, and in the title it forwards.
		{"《市政府办公厅转发江宁区政府〈关于加强民政工作规范化建设意见〉的通知》", "市政府办公厅=南阳市政府办公厅/市; 江宁区政府=江宁区政府/县"},
		{"《市民政局关于转发〈省民政厅关于做好救助工作的通知〉的通知》", "市民政局=南阳市民政局/市; 省民政厅=河南省民政厅/省"},
		{"《国务院批转民政部关于进一步做好工作的通知》", "国务院=国务院/国家; 民政部=民政部/国家"},
		{"《关于转发〈社会团体登记管理条例〉的通知》", ""},
		// 幸福院 ends a village's home for the elderly named by its place;
		// the rural ones as a kind are none.
		{"先后察看了白琳镇翁江幸福院、龙安敬老院的建设运营情况", "白琳镇翁江幸福院=白琳镇翁江幸福院/; 龙安敬老院=龙安敬老院/县"},
		{"检查了城区养老院和农村幸福院。", "城区养老院=城区养老院/县"},
		{"检查了城区养老院和农村敬老院。", "城区养老院=城区养老院/县"},
		// A trade's word for one office, in a list opened by a name with
		// its bare level, takes that level; after a named place, or as a
		// kind of body, it does not.
		{"对县中心敬老院、社会福利院和城北老年活动中心进行检查", "县中心敬老院=县中心敬老院/县; 社会福利院=社会福利院/; 城北老年活动中心=城北老年活动中心/县"},
		{"县民政局和光荣院、殡仪馆等单位", "县民政局=县民政局/县; 光荣院=光荣院/; 殡仪馆=殡仪馆/"},
		{"云安区、新兴县人民政府、民政局和相关镇负责同志", "新兴县人民政府=新兴县人民政府/县"},
		{"县民政局、养老机构负责人参加", "县民政局=县民政局/县"},
		{"市行政审批服务局、民政局相关科室", "市行政审批服务局=南阳市行政审批服务局/市"},
		// A community's name holds no second community.
		{"实地调研了诸暨市东盛社区未来社区建设情况", "诸暨市东盛社区=诸暨市东盛社区/县"},
		{"走访了城关镇月池塘社区", "城关镇月池塘社区=城关镇月池塘社区/乡"},
		// A one-character ending that closes a common word or a guessed
		// one ending in it (开好局, 公馆, the traditional 部門) ends no name;
		// 馆 of a public institution does.
		{"为全区“十五五”民政事业开好局。", ""},
		{"与合启公馆相连，南接盛泰花园", ""},
		{"协调有關政府部門处理", ""},
		{"请县政府部門配合", "县政府=县政府/县"},
		{"参观了县文化馆和图书馆", "县文化馆=县文化馆/县"},
		// A village's level after 中心 makes it a village's name (中心村).
		{"她是珠海市金湾区三灶镇中心村村民", ""},
		{"县民政局村级组织建设", "县民政局=县民政局/县"},
		// The kind of meeting (专题) opens no party group's name.
		{"民政厅召开专题党组(扩大)会议", ""},
		{"市民政局党组召开专题会议", "市民政局党组=南阳市民政局党组/市"},
		// A page's field label glued to the body it names.
		{"责任部门西夏区民政局", "西夏区民政局=西夏区民政局/县"},
		{"成立时间银行服务中心", "时间银行服务中心=时间银行服务中心/"},
		// A service guide's field label before the body it names, a space or a
		// colon apart: the label is no part of the name.
		{"事项名称 某某登记\n办理单位 民政局\n承诺时限 即办", "民政局=民政局/"},
		{"实施主体 丰县民政局\n受理机构 婚姻登记处", "丰县民政局=丰县民政局/县; 婚姻登记处=婚姻登记处/"},
		// Must not fire: the label's words in running text, or a kind as the value.
		{"办理单位民政局负责审核。", ""},
		{"办理机构 各级民政部门", ""},
		// Numbered bodies: a prison, a geological team, and the members of
		// a list that a place and a number head.
		{"途经云南技师学院、云南省第三监狱、三一二地质队", "云南技师学院=云南技师学院/省; 云南省第三监狱=云南省第三监狱/省; 三一二地质队=三一二地质队/"},
		{"建有蔚县第二实验小学、第二中学、第一幼儿园等", "蔚县第二实验小学=蔚县第二实验小学/县; 第二中学=第二中学/; 第一幼儿园=第一幼儿园/"},
		{"建有蔚县实验小学、第二中学", "蔚县实验小学=蔚县实验小学/县"},
		{"蔚县第二实验小学、第二所学校", "蔚县第二实验小学=蔚县第二实验小学/县"},
		// A verb between a whole name and a name with its place or level
		// parts two bodies; inside a name it parts none.
		{"海林市民政局发挥市未成年人保护工作领导小组办公室的职能作用", "海林市民政局=海林市民政局/县; 市未成年人保护工作领导小组办公室=南阳市未成年人保护工作领导小组办公室/市"},
		{"市民政局指导县社会福利院开展工作", "市民政局=南阳市民政局/市; 县社会福利院=县社会福利院/县"},
		{"海林市民政局发挥职能作用", "海林市民政局=海林市民政局/县"},
		// 分会, a social body's branch, ends a name that runs on through its
		// area to the body; no second body opens at the place.
		{"联合黑龙江省应用心理学会牡丹江地区分会开展宣传", "黑龙江省应用心理学会牡丹江地区分会=黑龙江省应用心理学会牡丹江地区分会/省"},
		{"联合市民政局县救助站开展宣传", "市民政局=南阳市民政局/市; 县救助站=县救助站/县"},
		// A merged bureau's short name: a level, two or three fields, 局.
		{"区民政局联合市教体局、市文旅局、县教科体局开展活动。", "区民政局=区民政局/县; 市教体局=南阳市教体局/市; 市文旅局=南阳市文旅局/市; 县教科体局=县教科体局/县"},
		{"近日，市文旅局开展活动。", "市文旅局=南阳市文旅局/市"},
		{"县城中心开展活动", ""},
		// Members of a list closed by 等单位 that a township names are
		// bodies; members with no place are kinds.
		{"联合定城镇政府、雷鸣镇未成年人保护工作站等单位开展慰问。", "定城镇政府=定城镇政府/; 雷鸣镇未成年人保护工作站=雷鸣镇未成年人保护工作站/"},
		{"联合乡镇政府、未成年人保护工作站等单位开展慰问。", ""},
		{"联合中心镇政府、儿童福利院等单位开展慰问。", ""},
		// A profession right before the ending is the body's trade.
		{"尧都区民政局联合华夏社工服务中心开展活动", "尧都区民政局=尧都区民政局/县; 华夏社工服务中心=华夏社工服务中心/"},
		{"市律师协会召开会议", "市律师协会=南阳市律师协会/市"},
		{"市委书记王智慧出席", "市委=南阳市委/市"},
		// A class of foundations by legal status names a kind.
		{"根据有关规定，公募基金会可以申领证书。", ""},
		{"省慈善基金会可以申领证书。", "省慈善基金会=河南省慈善基金会/省"},
	}
	checkRows(t, tests, "agencies", agencyRows)
}

// A unit's label that the layout read off as the item's title (its colon
// left out) names the unit, as it does when it leads its paragraph.
func TestUnitLabelAsTitle(t *testing.T) {
	tests := []struct {
		text, label, want string
	}{
		{"社会救助和养老福利科\n向县人民医院送去慰问金。", "社会救助和养老福利科", "社会救助和养老福利科; 县人民医院"},
		{"办公室\n牵头开展政府投资项目谋划工作。", "办公室", "办公室"},
		{"各乡镇民政办\n做好安全生产巡检。", "各乡镇民政办", ""},
		{"办公室\n牵头开展政府投资项目谋划工作。", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			in := input(t, tc.text)
			in.Label = len(tc.label)
			if got := agencyTexts(in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
