package extract

import "testing"

// TestAgencyPlaceNames covers the places that open bodies' names: streets
// and proper names before 街道 and 社区, a community after its township, a
// town run into its level, 旗 and 盟 as levels, zones, roads and areas. Each
// with cases where the rule must not fire.
func TestAgencyPlaceNames(t *testing.T) {
	checkRows(t, []rowCase{
		// A bracket of levels is a class; a place's other
		// name of the gazetteer reads as before.
		{"各县(市)社会工作中心开展服务。", ""},
		{"乌鲁木齐经济技术开发区(头屯河区)民政局发放物资。", "乌鲁木齐经济技术开发区(头屯河区)民政局"},
		// A community or street office named after the street it lies on (…路, …街),
		// a place's proper name read whole though its last character is a common
		// word (太平|桥), a distance in 里 that opens a place's name.
		{"分别对环东路社区、党湾街社区、中山街社区进行了调研。", "环东路社区; 党湾街社区; 中山街社区"},
		{"调研组来到中山街社区。", "中山街社区"},
		{"调研组来到党湾街社区和环东路社区。", "党湾街社区; 环东路社区"},
		{"联合区公安分局治安支队、六里桥街道、六里桥派出所、太平桥街道及太平桥派出所等部门开展行动。", "区公安分局治安支队; 六里桥街道; 六里桥派出所; 太平桥街道; 太平桥派出所"},
		{"太平桥街道开展活动。", "太平桥街道"},
		{"太平桥社区开展活动。", "太平桥社区"},
		{"长江路街道玫瑰花园社区组织了巡逻队。", "长江路街道玫瑰花园社区"},
		{"山西省太原市海边街社区主任胡贵云说。", "山西省太原市海边街社区"},
		{"并确定迎泽区海边街社区和杏花岭区锦绣苑社区为首批试点。", "迎泽区海边街社区; 杏花岭区锦绣苑社区"},
		{"总结会在五里堡街道办事处召开。", "五里堡街道办事处"},
		{"十里铺镇人民政府召开会议。", "十里铺镇人民政府"},
		{"解放路街道办事处开展活动。", "解放路街道办事处"},
		// Must not fire: a common word or a verb before the community.
		{"推进城乡社区建设。", ""},
		{"志愿者走上街社区服务。", ""},
		{"加强居家社区养老服务。", ""},
		// A community's name after the township it lies in; a document that prints
		// it so names the community alone too; a quoted speech is read as text.
		{"推荐长淮街道胜利社区、方庙街道站塘社区、胜利路街道建设社区参加评选。", "长淮街道胜利社区; 方庙街道站塘社区; 胜利路街道建设社区"},
		{"长淮街道胜利社区开展活动。", "长淮街道胜利社区"},
		{"玫瑰花园社区 夕阳红巡逻队在行动\n长江路街道玫瑰花园社区组织巡逻。", "玫瑰花园社区; 长江路街道玫瑰花园社区"},
		{"“我找不到家了。我知道我家在长江北社区,书记叫杨杰。”", "长江北社区"},
		// Must not fire: the township's own act, a community no township names
		// anywhere.
		{"长淮街道加强社区建设。", "长淮街道"},
		{"玫瑰花园社区 夕阳红巡逻队在行动", ""},
		// A town's name the segmenter ran into the word before it or into its
		// level.
		{"石栏镇人民政府驻保楼村(原雅桥乡人民政府驻地)。", "石栏镇人民政府; 雅桥乡人民政府"},
		{"优胜单位城关镇民政办、县殡葬管理所和县殡仪馆", "城关镇民政办; 县殡葬管理所; 县殡仪馆"},
		{"相城区人民政府太平街道办事处：", "相城区人民政府太平街道办事处"},
		// Must not fire: a class of townships.
		{"乡镇民政办开展工作", ""},
		{"重点镇民政办开展工作", ""},
		// 旗 and 盟 are levels as 县 and 市 are (levels.tsv).
		{"旗人民政府副旗长刘晓东参加调研。", "旗人民政府"},
		{"盟民政局召开全盟民政工作会议。", "盟民政局"},
		// Must not fire: 旗 inside a word.
		{"高高飘扬的红旗映红了会场。", ""},
		// A development zone names the body in it; a zone in brackets in an
		// address is none.
		{"阳新县经济开发区管委会召开会议", "阳新县经济开发区管委会"},
		// Must not fire: a zone in brackets in an address.
		{"2、地址:阳新县兴国镇(经济开发区)民福路6号", ""},
		// A road before a body in an address is no part of it.
		{"通讯地址:汕尾市区政和路汕尾市民政局救灾救济科,邮政编码516600", "汕尾市民政局救灾救济科"},
		// A division before an area's noun (片区) and the complement of 所在地为 name no
		// body.
		{"凯里市公开征集炉山工业园区和开怀街道片区新增道路名称公告", ""},
		{"开怀街道片区新增道路11条。", ""},
		{"男女双方其中一方当事人常住户口所在地为南部。", ""},
		// Must not fire: a division that acts, a county whose name holds an ending
		// (南部县).
		{"开怀街道召开会议。", "开怀街道"},
		{"南部县民政局召开会议。", "南部县民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyTownNamesCut covers a township's or a village's name
// the segmenter cut after its first character, with cases where the rule
// must not fire.
func TestAgencyTownNamesCut(t *testing.T) {
	checkRows(t, []rowCase{
		// A township's or a village's proper name has two characters or
		// more before its level: a guess of one character and the level
		// (苏镇, 回村) is the rest of a name whose first character the
		// segmenter cut off, as a verb (来) or glued to the word before (原罗).
		{"中共重庆市永川区来苏镇委员会", "中共重庆市永川区来苏镇委员会"},
		{"来苏镇第十一届村民委员会换届选举工作方案", "来苏镇第十一届村民委员会"},
		{"居委会地址:原罗回村村民委员会。", "罗回村村民委员会"},
		// Must not fire: a verb before a town's name of two characters; 原
		// before a village's name the segmenter kept whole.
		{"前来松柏镇民政办求助。", "松柏镇民政办"},
		{"(原民乐镇人民政府驻地)", "民乐镇人民政府"},
	}, "agencies", agencyNames)
}
