package extract

import "testing"

// TestAgenciesReview8 covers the conventions read from reviewer 8's
// bureaus: a name opens after the clause words a scan ran through
// (function words, a word that points at the writer, a meeting's name, a
// body whose act a verb after an adverb is); a count inside a name makes
// it a description and a rank in quotes an honour; a party organ before
// its secretary's title; merged commissions' and bureaus' short names; a
// class of people served before an ending after a place; a body that
// opens a quoted headline; a whole division's one committee; a zone in
// brackets in an address; a venue; a row of links. Each with cases where
// the rule must not fire.
func TestAgenciesReview8(t *testing.T) {
	tests := []rowCase{
		// The clause's words before a name that opens with its place.
		{"那么菏泽市牡丹区民政局婚姻登记处当天是否开门?", "菏泽市牡丹区民政局婚姻登记处"},
		{"生产生活情况时刻牵动着市委、市政府和全市人民的心。", "市委; 市政府"},
		{"感谢您对我市地名工作的关心和支持我局区划地名主要负责命名", ""},
		{"联合为民社会工作服务中心开展活动", "为民社会工作服务中心"},
		{"由和县民政局负责", "和县民政局"},
		{"经与溧水经济开发区对接", "溧水经济开发区"},
		// A meeting named before a body.
		{"落实省第十五次党代会第八次党代会县委十四届四次全会要求", "县委"},
		{"县人大常委会召开会议", "县人大常委会"},
		// A count of bodies inside the words.
		{"郑陆镇首家综合养老服务中心正式揭牌启用。", ""},
		{"市第一人民医院开展义诊", "市第一人民医院"},
		// A party organ before its secretary's title.
		{"郑陆镇党委书记李汉田出席活动。", "郑陆镇党委"},
		{"市民政局党组书记、局长张三主持会议。", "市民政局"},
		// A merged commission's short name after its level; a merged
		// bureau's short name in a list after a member with its place.
		{"市卫计委副主任李银鹏陪同。", "市卫计委"},
		{"及时征求平顶山记者站、文旅局、慈善总会等相关部门意见", "平顶山记者站; 文旅局; 慈善总会"},
		{"文旅局开展活动", ""},
		{"协会、学会、基金会等社会组织", ""},
		// A class of people served, right before the ending, after a place.
		{"谷城县退役军人服务中心再次在央视露脸", "谷城县退役军人服务中心"},
		{"城关镇老君山村退役军人服务站获评", "城关镇老君山村退役军人服务站"},
		{"为退役军人服务中心建设提供保障", ""},
		// A body that opens a quoted headline; ranked honours and slogans.
		{"报道了“退役军人事务部发布庆祝建党100周年系列活动”新闻", "退役军人事务部"},
		{"获襄阳市“十佳退役军人服务站”称号", ""},
		{"在宣传“建强百家红色退役军人服务站”时", ""},
		{"开展“三社联动”服务", ""},
		// A conjunction after a name's ending parts two names; the scan
		// goes on through a title that opens an ending (委员|会).
		{"组建全区社会组织评估委员会和复核委员会", "全区社会组织评估委员会; 复核委员会"},
		{"县老龄工作委员会办公室印发通知", "县老龄工作委员会办公室"},
		{"颐和护理中心开业", "颐和护理中心"},
		// A whole division's one body; every body of a kind.
		{"自治区民政厅及时组建全区社会组织评估委员会", "自治区民政厅; 全区社会组织评估委员会"},
		{"全国妇联召开会议", "全国妇联"},
		{"全国总工会、全国妇联、全国工商联", "全国总工会; 全国妇联; 全国工商联"},
		{"全市敬老院、福利院等", ""},
		{"全市居民委员会换届", ""},
		{"全市养老服务中心开展检查", ""},
		{"南阳市消防救援支队防火监督科副科长郑新芳", "南阳市消防救援支队防火监督科"},
		// A zone in brackets in an address; a venue; a class of trade
		// associations.
		{"2、地址:阳新县兴国镇(经济开发区)民福路6号", ""},
		{"阳新县经济开发区管委会召开会议", "阳新县经济开发区管委会"},
		{"在县行政中心集体参加了捐款活动", ""},
		{"县行政服务中心开展活动", "县行政服务中心"},
		{"强化行业协会商会收费行为监管", ""},
		{"准备好由本地会计师事务所出具的财务审计报告", ""},
		{"由华信会计师事务所出具审计报告", "华信会计师事务所"},
		// A row of links.
		{"· 中国政府网  · 河北省政府  · 秦皇岛市政府 |  无障碍", ""},
		{"· 市民政局召开会议，县民政局参加", "市民政局; 县民政局"},
		{"· 中国政府网  · 河北省政府\n县民政局召开会议\n首页/ 市民政局 / 正文\n市民政局参加", "县民政局; 市民政局"},
		// A trail with arrows is the layout's breadcrumb too; arrows in
		// a sentence are not a trail.
		{"首页 > 市民政局 > 通知公告\n县民政局召开会议", "县民政局"},
		{"当前位置：首页 > 县民政局 > 正文", ""},
		{"流程为市民政局受理 > 县民政局审核，结果另行通知。", "市民政局; 县民政局"},
	}
	checkRows(t, tests, "agencies", agencyNames)
}
