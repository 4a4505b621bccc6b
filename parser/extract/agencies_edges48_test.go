package extract

import "testing"

// TestAgencyClauseWords48 covers the words of a clause that stand before
// a name and are no part of it: an adverb run onto 与, the 旗下 of a
// group, the verbs of a 清理规范 campaign, 因 of cause, the particle 所
// before 处, and the place an applicant is registered in; each with rows
// where the name must still be read.
func TestAgencyClauseWords48(t *testing.T) {
	checkRows(t, []rowCase{
		// 还与: the party's name opens after the conjunction.
		{"西城区民政局还与中国电信股份有限公司签约", "西城区民政局; 中国电信股份有限公司"},
		// Must not fire: a conjunction inside a name; 与 alone.
		{"市自然资源与规划局发布公告", "市自然资源与规划局"},
		{"县民政局与县财政局联合发文", "县民政局; 县财政局"},
		// 旗下: the group and what it owns are two names.
		{"金陵饮食集团旗下南京大三元餐饮有限公司推出敬老餐", "金陵饮食集团; 南京大三元餐饮有限公司"},
		// Must not fire: a group alone.
		{"金陵饮食集团推出敬老餐", "金陵饮食集团"},
		// 清理规范: the campaign's verbs before a class.
		{"清理规范行业协会商会收费", ""},
		{"开展清理整顿行业协会工作", ""},
		// Must not fire: a named association after a campaign's words.
		{"清理规范工作由省行业协会商会联合会承担", "省行业协会商会联合会"},
		// 因: a cause, the name opens after it.
		{"因公墓车位紧张,请绿色出行", ""},
		{"因县殡仪馆设备检修暂停服务", "县殡仪馆"},
		// Must not fire: 因 inside a word before the name.
		{"因此市民政局决定延期", "市民政局"},
		{"原因是县民政局未及时审核", "县民政局"},
		// 所处: where a thing lies, no 处 of a body.
		{"按照道路所处方位命名", ""},
		// Must not fire: a 所 and a 处 of bodies.
		{"城关镇派出所处理此事", "城关镇派出所"},
		{"市档案馆所处位置便利", "市档案馆"},
		{"经县民政局社会事务处审核", "县民政局社会事务处"},
		// 户籍所在地: whichever body the applicant falls to.
		{"由户籍所在地乡镇人民政府审核", ""},
		{"向居住地街道办事处提出申请", ""},
		// Must not fire: a body named by its place.
		{"由东山镇人民政府审核", "东山镇人民政府"},
	}, "agencies", agencyNames)
}

// TestAgencyCompanyBranch48 covers a company's 分公司 named after the
// company and its area, one name with no second body at the place; with
// rows where the rule must not fire: a company alone, a bank's branch,
// 分行 the verb of printing in lines.
func TestAgencyCompanyBranch48(t *testing.T) {
	checkRows(t, []rowCase{
		{"中国人寿保险股份有限公司南京市分公司承保", "中国人寿保险股份有限公司南京市分公司"},
		{"区民政局与中国移动通信集团有限公司杭州市分公司签约", "区民政局; 中国移动通信集团有限公司杭州市分公司"},
		{"由中国电信股份有限公司江苏分公司承建", "中国电信股份有限公司江苏分公司"},
		// Must not fire: a company alone, a bank's branch, no bank.
		{"县民政局与人保财险公司签约", "县民政局; 人保财险公司"},
		{"中国农业银行股份有限公司南京分行营业部", "中国农业银行股份有限公司南京分行"},
		{"正文分行排列", ""},
	}, "agencies", agencyNames)
}

// TestAgencyCentreListed48 covers 中央 listed alone before the Party's
// committees below it, with rows where it must not be read: 中央 before
// a noun it qualifies, a list of no bodies, 中央 inside a name.
func TestAgencyCentreListed48(t *testing.T) {
	checkRows(t, []rowCase{
		{"认真落实中央、省委关于殡葬改革的部署", "中央; 省委"},
		{"贯彻中央、省委、省政府决策部署", "中央; 省委; 省政府"},
		{"认真落实中央和市委要求", "中央; 市委"},
		// Must not fire: a qualifier, a list of funds, 团中央, 党中央.
		{"中央财政、省级财政安排资金", ""},
		{"争取中央、省级资金支持", ""},
		{"团中央、团省委联合开展活动", "团中央; 团省委"},
		{"落实党中央、国务院的部署", "党中央; 国务院"},
	}, "agencies", agencyNames)
}

// TestAgencyPhoneUnit48 covers a unit named alone in brackets after its
// phone number, with rows where the bracket names no unit: a service
// point, a time, a person, a class.
func TestAgencyPhoneUnit48(t *testing.T) {
	checkRows(t, []rowCase{
		{"咨询电话:0571-87654321(老龄办)", "老龄办"},
		{"联系电话：23456789（救助站）", "救助站"},
		{"联系电话：23456789（双拥办）", "双拥办"},
		// Must not fire: a window, working hours, a person, a class.
		{"咨询电话：23456789（受理窗口）", ""},
		{"咨询电话：23456789（工作日）", ""},
		{"联系电话：23456789（李女士）", ""},
		{"联系电话：23456789（各科室）", ""},
	}, "agencies", agencyNames)
}
