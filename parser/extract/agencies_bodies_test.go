package extract

import "testing"

// TestAgencyBodyEndings covers the endings of the bodies that bureaus'
// pages name beside their own (agency_suffixes.tsv): the short names of
// the people's bodies (社科联, 残联), the committees of residents and
// villagers (居委会, 村委会), the homes of the welfare system (老人院,
// 光荣院), a full primary school (完小) and the groups that guide a
// field's work (指导小组). Each with words that end the same and name no
// body (联系, 关联, 小组长, 院子, 读完小学) or a class of bodies.
func TestAgencyBodyEndings(t *testing.T) {
	tests := []rowCase{
		{"在县老龄委的指导下，活动顺利开展。", "县老龄委"},
		{"市老龄办组织志愿者走访慰问。", "市老龄办"},
		{"区养老服务工作指导小组召开会议。", "区养老服务工作指导小组"},
		{"县人民政府防汛抗旱工作领导小组办公室发布通知。", "县人民政府防汛抗旱工作领导小组办公室"},
		{"省社科联举办学术年会。", "省社科联"},
		// A city's hub of social organisations (社会组织总会): 总会 is its
		// name's ending after 社会组织, as after 慈善.
		{"东莞市社会组织总会举办培训。", "东莞市社会组织总会"},
		// Must not fire: 总会 of a venue, 总数 after the class.
		{"依法查处一家夜总会。", ""},
		{"市社会组织总数达1200家。", ""},
		// A zone's kind standing for the zone (新区) opens a bureau's name
		// that joins two portfolios with 和, as a level does.
		{"各区民政局、新区党群和社会事务局,市救助站:", "新区党群和社会事务局; 市救助站"},
		{"新区经济和科技促进局开展调研。", "新区经济和科技促进局"},
		// Must not fire: two zones joined, the second's bureau alone.
		{"开发区和高新区民政局联合开展。", "高新区民政局"},
		{"县残联、市妇联、县工商联参加会议。", "县残联; 市妇联; 县工商联"},
		{"城关镇中心完小开展活动。", "城关镇中心完小"},
		// A township's station of veterans' affairs (事务站) beside its 服务站.
		{"青山县白云镇退役军人事务站组织开展了慰问活动。", "青山县白云镇退役军人事务站"},
		{"加强退役军人事务站建设。", ""},
		// A bank's branch (分行, 支行) is a company's office of its own.
		{"联合东湖农商银行城南支行开展宣传。", "东湖农商银行城南支行"},
		{"联合东湖银行江北分行开展宣传。", "东湖银行江北分行"},
		// Must not fire: 分行 as a verb (to print in lines), 支行 as a class.
		{"正文分行排列。", ""},
		{"各支行要加强管理。", ""},
		// A unit named after its staff's work (秘书股, 文书科) right after its
		// bureau's name is one name with it.
		{"请与东湖县民政局秘书股联系。", "东湖县民政局秘书股"},
		{"请将材料送东湖县民政局秘书科。", "东湖县民政局秘书科"},
		// Must not fire: a person's title after a bureau, with no unit's ending.
		{"东湖县民政局秘书小王负责。", "东湖县民政局"},
		{"李家村完小的学生参加比赛。", "李家村完小"},
		{"县老人院收住老人20名。", "县老人院"},
		{"城关镇敬老院、县光荣院参加会议。", "城关镇敬老院; 县光荣院"},
		{"东街居委会组织居民。", "东街居委会"},
		{"李家村村委会开展活动。", "李家村村委会"},
		{"县红十字会开展救护培训。", "县红十字会"},
		// Must not fire: the same characters in a word of the clause, or
		// a body's kind named without its place.
		{"请与市社科联联系。", "市社科联"},
		{"两者相关联。", ""},
		{"村民小组长参加会议。", ""},
		{"担任指导小组长。", ""},
		{"他读完小学后外出打工。", ""},
		{"院子里种满了花。", ""},
		{"县委成立了工作指导小组。", "县委"},
		{"各村委会要做好登记。", ""},
		{"居委会干部入户走访。", ""},
		// 结婚登记处, as notices print the marriage registry beside
		// 婚姻登记处: an ending, its verbs the ending's words. A count of
		// cases after it (8宗) counts no bodies.
		{"当天共办理42宗，其中南湾港结婚登记处8宗。", "南湾港结婚登记处"},
		// Must not fire: the ending alone names none; a count of bodies
		// after a kind counts the kind.
		{"请双方到结婚登记处办理。", ""},
		{"全市建成社区养老服务站805个。", ""},
	}
	checkRows(t, tests, "agencies", agencyNames)
}
