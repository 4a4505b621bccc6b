package extract

import "testing"

// TestAgencyShortNamesInContext covers bodies named short where the text
// names them whole or places them: an office before its head's title, a
// unit named again by its last word, a unit of the writing bureau, a body
// named before a title. Each with cases where the rule must not fire.
func TestAgencyShortNamesInContext(t *testing.T) {
	checkRows(t, []rowCase{
		// A unit with no place that the text prints after two different
		// places is the kind each place has, no one body.
		{"新人来到西城区婚姻登记处领证。东城区民政局婚姻登记处也迎来高峰。婚姻登记处都提前开门。", "西城区婚姻登记处; 东城区民政局婚姻登记处"},
		// Must not fire: the text names the unit of one place only.
		{"新人来到西城区婚姻登记处领证。西城区民政局婚姻登记处迎来高峰。婚姻登记处提前开门。", "西城区婚姻登记处; 西城区民政局婚姻登记处; 婚姻登记处"},
		{"婚姻登记处提前开门，西城区婚姻登记处迎来高峰。", "婚姻登记处; 西城区婚姻登记处"},
		// An office named without its place before its head's title and name,
		// where the text names its place elsewhere; a post's chain of titles as
		// long as the text prints it.
		{"县政府召开会议。会上民政局局长彭君作工作报告", "县政府; 民政局"},
		{"县政府召开会议,会议由政府办副主任杨春泉主持", "县政府; 政府办"},
		{"县政府召开会议。民政局党组书记、局长杨先春作报告", "县政府; 民政局"},
		{"县政府召开会议。会上,民政局党组书记、局长、主任、委员、书记、副主任、组长、副组长、处长、科长张三作报告", "县政府; 民政局"},
		{"林区民政局组织检查。林区人民政府沈绍平副区长、民政局蒋勇局长等随同督导。", "林区民政局; 林区人民政府; 民政局"},
		// Must not fire: no place named anywhere, a chain no name closes, a kind
		// of member, a pronoun, a bureau named again with no title.
		{"民政局副局长金朝霞讲话", ""},
		{"县政府召开会议。会上,民政局党组书记、局长、主任、委员、书记、副主任、组长、副组长、处长、科长出席", "县政府"},
		{"县政府召开会议。民政局领导班子成员参加会议。", "县政府"},
		{"县政府召开会议。张三、办公室主任李四出席。", "县政府"},
		{"县政府召开会议。该局局长张三出席。", "县政府"},
		{"林区民政局组织检查。各县(市、区)财政局、民政局负责人参加。", "林区民政局"},
		{"林区民政局组织检查,民政局将于1月24日督导。", "林区民政局"},
		// A unit named again by its last word and ending is the same unit; a short
		// name again after the full one is the same body.
		{"记者来到了魏都区民政局婚姻登记处。他们8时30分到登记处后填写了表格。登记处工作人员加班办理。", "魏都区民政局婚姻登记处; 登记处"},
		{"区民政局社会救助科负责审核。经调查,由救助科出具意见。", "区民政局社会救助科; 救助科"},
		{"信阳消息(蒋彬)为深入贯彻落实羊山新区党委关于近期安全生产工作的部署,羊山新区民政办在新年第一周,逐一对辖区养老机构进行消防安全检查。\n在检查中民政办对辖区养老机构下发告知书。", "羊山新区党委; 羊山新区民政办; 民政办"},
		{"记者在市民政局婚姻登记处了解到情况。\n市民政局", "市民政局婚姻登记处; 市民政局"},
		{"此外,市长青园公墓推出代客祭扫服务。\n长青园公墓预约电话:王经理", "长青园公墓"},
		// Must not fire: a unit's last word before its full name, a title's
		// reading the document does not contradict.
		{"到登记处后填写表格。魏都区民政局婚姻登记处主任葛晓凤说。", "魏都区民政局婚姻登记处"},
		{"此外,市长青园公墓推出代客祭扫服务。", "青园公墓"},
		// A body named in context before a title, a unit of 局 with its ending 股, a
		// unit after 我部 or 相应.
		{"汊沽港镇社工站邀请汊沽港镇副镇长李振宇、社区办主任李耀清开展了首次联席会议。", "汊沽港镇社工站; 汊沽港镇; 社区办"},
		{"请各乡镇社会事务办将打卡发放的情况及时反馈局社会事务股。", "局社会事务股"},
		{"向我部社会组织管理局举报社会组织涉嫌冒用民政部名义的各类活动。", "社会组织管理局; 民政部"},
		{"利益相关方可主动与民政部相应司局联系核实。", "民政部"},
		// Must not fire: a title with no body before it, a bare 股.
		{"副镇长李振宇出席。", ""},
		{"股民数量增加。", ""},
		{"会议由社区办主任主持。", ""},
		{"汊沽港镇副书记出席。", ""},
		// Units closed by 等 after a head's title are the writing body's.
		{"局长率领福利科、执法科等相关科室负责人检查", "福利科; 执法科"},
		// Must not fire: a class of bodies before 等.
		{"局长率领各县民政局等相关科室负责人", ""},
	}, "agencies", agencyNames)
}

// TestAgencyAliases covers a body's other names in brackets: an other name
// with its own place or level is a name of its own, one without names the
// body again; a bracket of what a body takes in (含) and a place's or
// region's other name inside a name. Each with cases where the rule must
// not fire.
func TestAgencyAliases(t *testing.T) {
	checkRows(t, []rowCase{
		// A district's short name in brackets after a zone's (经开区(东区)):
		// one place's two names, as a gazetteer's place in brackets is.
		{"今年，经开区(东区)民政局开展走访活动。", "经开区(东区)民政局"},
		{"今年，高新区（南区）民政局开展走访活动。", "高新区（南区）民政局"},
		// Must not fire: brackets of levels, a class.
		{"各县(市区)民政局开展走访活动。", ""},
		{"各镇(街道)民政办开展走访活动。", ""},
		// A whole division's committee named by its remit, an area word
		// (城乡) opening the remit, before its short form.
		{"经全国城乡社区建设表彰委员会(以下简称“全国表彰委员会”)审定", "全国城乡社区建设表彰委员会; 全国表彰委员会"},
		{"经全国城乡社区治理评审委员会审核", "全国城乡社区治理评审委员会"},
		// Must not fire: a kind of committee every village has, after the
		// area word, is a class.
		{"全县农村村民委员会要做好工作", ""},
		{"全县城乡居民委员会要做好工作", ""},
	}, "agencies", agencyNames)
	checkRows(t, []rowCase{
		// A member list puts a body's other names (挂牌, 合署) in brackets: an other
		// name that opens with its own place or level is a name of its own; a
		// bracketed note of what a body takes in (含) is no part of its name.
		{"成员包括县委宣传部、县委统战部(县民族宗教局、县台港澳局)、县发改局。", "县委宣传部; 县委统战部; 县民族宗教局; 县台港澳局; 县发改局"},
		{"成员包括市委宣传部(市文明办)、市委统战部(市民族宗教事务局)、市委台港澳工作办公室。", "市委宣传部; 市文明办; 市委统战部; 市民族宗教事务局; 市委台港澳工作办公室"},
		{"成员单位:县民政局、县自然资源局(县林业局)、县农业农村局。", "县民政局; 县自然资源局; 县林业局; 县农业农村局"},
		{"市民政局(市老龄办)召开会议", "市民政局; 市老龄办"},
		{"县林业局(县自然资源局)召开会议。", "县林业局; 县自然资源局"},
		// The same in full-width brackets: the bracket is read past its
		// opening mark's three bytes.
		{"成员单位：县民政局、县自然资源局（县林业局）、县农业农村局。", "县民政局; 县自然资源局; 县林业局; 县农业农村局"},
		{"县林业局（县自然资源局）召开会议。", "县林业局; 县自然资源局"},
		{"民政部新闻发言人、办公厅（国际合作司）副主任主持发布会。", "民政部; 办公厅; 国际合作司"},
		// Must not fire: a bare bureau's bare other bureau name is the same
		// body again, in either width.
		{"民政局（社会事业局）召开会议。", ""},
		{"民政局(社会事业局)召开会议。", ""},
		{"市委宣传部(市文明办)召开会议。", "市委宣传部; 市文明办"},
		{"市民政局(含市老龄办)负责。", "市民政局; 市老龄办"},
		{"市殡仪馆骨灰存放处(含育王陵园)暂停祭扫。", "市殡仪馆骨灰存放处; 育王陵园"},
		// A body's other name by its own ending is a name of its own too
		// (挂牌, or the name it also goes by).
		{"民政部新闻发言人、办公厅(国际合作司)副主任贾维周主持发布会。", "民政部; 办公厅; 国际合作司"},
		{"拉萨市救助管理站(未成年人保护中心)接收儿童。", "拉萨市救助管理站; 未成年人保护中心"},
		{"入住大店镇敬老院(恒德颐养中心)。", "大店镇敬老院; 恒德颐养中心"},
		// Must not fire: a trade's word for a kind of office in brackets says
		// what else the body is and stays in its name; a class's
		// other kind (各县(区、管委会)民政局(社会事务管理局)) is a class too.
		{"市社会福利和捐助救助中心(救助管理站)将在全市范围内开展专项救助。", "市社会福利和捐助救助中心(救助管理站)"},
		{"各县(区、管委会)民政局(社会事务管理局)、行政服务中心:", ""},
		{"各镇人民政府(区办事处)负责。", ""},
		// A place's other name or a company's region in brackets stays inside the
		// name.
		{"乌鲁木齐经济技术开发区(头屯河区)民政局开展慰问", "乌鲁木齐经济技术开发区(头屯河区)民政局"},
		{"还前往来宾市社会(儿童)福利院调研", "来宾市社会(儿童)福利院"},
		{"明阳智慧能源集团股份公司捐赠1000万元支持助学项目,完美(中国)有限公司捐赠1000万元。", "明阳智慧能源集团股份公司; 完美(中国)有限公司"},
	}, "agencies", agencyNames)
}

// TestAgencyUnits covers units inside bodies and bodies of co-ordination:
// a unit keeps the whole name of the body over it, a ministry's department
// is named by its fields, a roster's person's name is no part of a unit, a
// 领导小组 is named after its field of work. Each with cases where the rule
// must not fire.
func TestAgencyUnits(t *testing.T) {
	checkRows(t, []rowCase{
		// A unit inside a body keeps the whole name: the 机关工委 a party committee
		// sets up over the organs of its level is named after it.
		{"滕州市委市直机关工委、滕州市委办公室等单位给予支持。", "滕州市委市直机关工委; 滕州市委办公室"},
		{"县委县直机关工委开展活动。", "县委县直机关工委"},
		{"滕州市委市直机关工委委员郑胜培同志出席。", "滕州市委市直机关工委"},
		// Must not fire: two bodies side by side, a 机关工委 alone.
		{"市委市政府高度重视。", "市委; 市政府"},
		{"市直机关工委书记张三讲话。", "市直机关工委"},
		// A ministry's department named by its fields, and its division.
		{"民政部基层政权建设和社区治理司负责此事。", "民政部基层政权建设和社区治理司"},
		{"地址:北京市东城区北河沿大街147号民政部基层政权建设和社区治理司城市社区治理处", "民政部基层政权建设和社区治理司城市社区治理处"},
		// A party organ before its secretary's title.
		{"郑陆镇党委书记李汉田出席活动。", "郑陆镇党委"},
		{"市民政局党组书记、局长张三主持会议。", "市民政局"},
		// A roster line's person's name is no part of the unit after it; a
		// bureau's 受理大厅 is its unit.
		{"二、督查成员\n组 长:郭鹏逸 市民政局副局长\n成 员:李 鹏 市民政局救灾科科长\n李 萍 市防灾减灾中心主任", "市民政局; 市民政局救灾科; 市防灾减灾中心"},
		{"办理机构:北京市民政局行政受理大厅", "北京市民政局行政受理大厅"},
		// A body of co-ordination (领导小组, 联席会议办公室) is named after its field of
		// work, which may hold a plan's verb and its object, and runs back to its
		// place; a body a decision abolishes is named.
		{"市流浪乞讨人员救助与管理工作协调领导小组办公室起草了细则。", "市流浪乞讨人员救助与管理工作协调领导小组办公室"},
		{"在省全面推进依法行政工作领导小组的具体指导下,省民政厅认真贯彻落实。", "省全面推进依法行政工作领导小组; 省民政厅"},
		{"在省委、省政府的正确领导和省全面推进依法行政工作领导小组的具体指导下,省民政厅认真贯彻落实。", "省委; 省政府; 省全面推进依法行政工作领导小组; 省民政厅"},
		{"市养老服务工作领导小组同意。", "市养老服务工作领导小组"},
		{"根据舟山市定海区社会救助工作联席会议办公室《关于做好春节慰问工作的通知》", "舟山市定海区社会救助工作联席会议办公室"},
		{"舟山市定海区扶贫帮困奔小康工作领导小组办公室印发通知", "舟山市定海区扶贫帮困奔小康工作领导小组办公室"},
		{"市政府决定,建立联席会议制度,同时撤销梅州市殡葬改革领导小组。", "市政府; 梅州市殡葬改革领导小组"},
		// Must not fire: a group set up with no place, a plan's verb before a
		// community.
		{"县民政局成立工作协调小组", "县民政局"},
		{"成立工作领导小组", ""},
		{"县政府成立推进殡葬改革工作领导小组。", "县政府"},
		{"指导江口街道完成南浦社区的设立", "江口街道"},
	}, "agencies", agencyNames)
}

// TestAgencyUnitListsAndShortForms covers the standard short forms of the two general
// offices and the issuer codes they stand in, the verbs that set out a
// body's units, a list of units closed by their count, a party committee
// named by its short name before its head's title, the body at the head
// of a cited guide's title, and a zone's office shared by two zones. Each with cases where the rule must not
// fire.
func TestAgencyUnitListsAndShortForms(t *testing.T) {
	checkRows(t, []rowCase{
		// Short forms: 中办 and 国办 each name one body alone, as 国务院 does.
		{"为贯彻中办、国办有关加强地名文化遗产保护工作的部署,省民政厅开展试点。", "中办; 国办; 省民政厅"},
		{"中办、国办发布《关于加强保护的意见》。", "中办; 国办"},
		// 国新办, 国务院新闻办公室's short form, names one body alone too.
		{"国新办今天举行新闻发布会。", "国新办"},
		{"国新办发布白皮书。", "国新办"},
		// Must not fire: an issuer code (国办发, 中办发, 国办发明电, its year's
		// bracket after it, printed whole or not), a word that holds the
		// characters (全国办理, 集中办理).
		{"根据《国务院办公厅关于规范裁量权的意见》(国办发〔202227号)规定。", "国务院办公厅"},
		{"按照中办发〔2012〕14号文件执行。", ""},
		{"省政府办公厅下发了《关于转发国务院办公厅国办发明电【2013】7号文件的通知》。", "省政府办公厅; 国务院办公厅"},
		// 电 alone is a kind of paper as 明电 is (某办发电〔2016〕: a cable).
		{"依据《关于推进殡葬改革的通知》(市办发电〔2016〕21号)执行。", ""},
		{"按照县办发电【2019】5号文件要求,县民政局开展排查。", "县民政局"},
		// Must not fire: the body that sends a cable, named in running text.
		{"县政府办公室发电报通知各乡镇。", "县政府办公室"},
		{"在全国办理婚姻登记业务,可到县民政局集中办理。", "县民政局"},
		// 内设, 下设 set out a body's units: no name runs over the verb.
		{"领导小组下设办公室,办公室设在县民政局。", "县民政局"},
		// Must not fire: a body's own name (内设机构 is the count's noun, no
		// verb before a unit).
		{"市民政局内设机构调整后,县民政局随之调整。", "市民政局; 县民政局"},
		// A list of units closed by their count (共N个科室, 等N个处室): each
		// member is one unit, whatever words of its field its name holds.
		{"民政局内设办公室、救灾救济科、优抚科、退伍军人安置办、基层政权建设科、地名区划科、移民科共11个科室。",
			"办公室; 救灾救济科; 优抚科; 退伍军人安置办; 基层政权建设科; 地名区划科; 移民科"},
		{"省民政厅内设社会救助处、基层政权建设处等2个处室。", "省民政厅; 社会救助处; 基层政权建设处"},
		// Must not fire: a kind of unit (各业务科室), a class (有关处室), a count
		// with no list before it.
		{"市民政局下设各业务科室共11个科室。", "市民政局"},
		{"全局共有干部职工96人,共11个科室。", ""},
		{"由有关处室等3个处室负责。", ""},
		// A party committee's short name (纪委, 政法委) before its head's title
		// and name names the committee of the place, as 市委书记 names 市委.
		{"区党委常委、纪委书记金书波出席会议。", "区党委; 纪委"},
		{"县委常委、政法委书记李明出席。", "县委; 政法委"},
		// Must not fire: a class (各级), no name after the title, no body named
		// by its place in the text.
		{"县民政局召开会议,各级纪委书记参加。", "县民政局"},
		{"县民政局召开会议,纪委书记参加了会议。", "县民政局"},
		{"纪委书记金书波出席会议。", ""},
		// A body's own guide (指南) is titled by its name, as its rules are:
		// the body at the head of the cited title is its issuer.
		{"根据《甘肃省人民政府信息公开指南》《临夏回族自治州人民政府信息公开指南》编制本指南。",
			"甘肃省人民政府; 临夏回族自治州人民政府"},
		// Must not fire: a guide with no body at its head, a class at its head.
		{"请参阅《养老服务指南》。", ""},
		{"参照《民政部门信息公开指南》编制。", ""},
		// A zone's name before another zone's office named after its field
		// (港区 a zone as 开发区 is): the office is the head of both members,
		// printed once, and the first names no body.
		{"嘉兴经济开发区、嘉兴港区社会发展局、财政分局:", "嘉兴港区社会发展局; 财政分局"},
		{"市开发区、高新区社会事业局:", "高新区社会事业局"},
		// Must not fire: an institution with its own place after the zone.
		{"漳州开发区、台商投资区角美镇敬老院开展活动。", "漳州开发区; 台商投资区角美镇敬老院"},
	}, "agencies", agencyNames)
}

// TestLocalityCountyCity covers the 市 of a county-level city's own
// document: it stands for the city, not the prefecture above it; a
// county's document and a prefecture's keep the prefecture.
func TestLocalityCountyCity(t *testing.T) {
	tests := []struct{ issuer, want string }{
		{"邓州市人民政府", "邓州市"},
		{"广水市民政局", "广水市"},
		// Must not fire: a county's own document, and a prefecture's.
		{"唐河县民政局", "南阳市"},
		{"随州市人民政府", "随州市"},
	}
	for _, tc := range tests {
		var l Locality
		l.setFrom(firstPlace(tc.issuer))
		if l.Prefecture == nil || l.Prefecture.Name != tc.want {
			t.Errorf("%s: prefecture %v, want %s", tc.issuer, l.Prefecture, tc.want)
		}
	}
}
