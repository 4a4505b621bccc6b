package extract

import "testing"

// TestAgencyClassesByScope covers words that make a class of the bodies
// after them: 各, 所有 and 每个 count bodies one by one, 全 spreads over a whole
// division, a rank (地级以上) or a division's word for its levels (乡镇办, 村务)
// ranks them. Each with cases where the rule must not fire.
func TestAgencyClassesByScope(t *testing.T) {
	checkRows(t, []rowCase{
		// A whole division's organ it has one of (全国人大) names that organ;
		// a congress's session counted with no 第 (一次会议) is a meeting.
		{"全国人大审议通过了慈善法。", "全国人大"},
		{"代表团参加十四届全国人大一次会议。", ""},
		{"会议期间召开了某市十届人大三次全体会议。", ""},
		// Must not fire: a deputy's title, and a whole division's government
		// system, a class.
		{"全国人大代表王某参加调研。", ""},
		{"全市政府系统召开会议。", ""},
		// Two levels read as one word (省州, 县乡) open the bodies of both
		// levels, a class.
		{"贯彻党中央、国务院和省州党委政府的部署。", "党中央; 国务院"},
		{"县乡人民政府负责组织实施。", ""},
		// Must not fire: a level before a word that opens with a level's
		// character (乡村, 市场).
		{"县乡村振兴局负责组织实施。", "县乡村振兴局"},
		{"省市场监管局开展检查。", "省市场监管局"},
		// A verb that brings a number to a total (增加至, 达到) and a count
		// after a kind's name, with its place or not, count the kind.
		{"项目建成后，安顺市城市社区居家养老服务中心增加至18个。", ""},
		{"安顺市乡镇敬老院达到30家。", ""},
		// Must not fire: a grade reached, and 达成 (to reach an agreement).
		{"安顺市养老服务中心达到三星级标准。", "安顺市养老服务中心"},
		{"安顺市民政局达成合作协议。", "安顺市民政局"},
		// 待 (awaiting) before a verb and a kind of body names those awaiting
		// the act, no one body.
		{"以下待整治学会请及时与市科协联系。", "市科协"},
		// A word that names all of a division (全市) opens its phrase: the
		// verb before it is the clause's, and the name is the division's class.
		{"为加强和规范全市村委会调整工作，现通知如下。", ""},
		// 社区居民委员会 alone is the kind of committee every community elects.
		{"社区居民委员会根据居民居住状况设立。", ""},
		// Must not fire: a community's own committee, named.
		{"东湖社区居民委员会根据居民居住状况设立。", "东湖社区居民委员会"},
		// A kind of committee right after a class of places (城市社区, 农村社区)
		// is the kind every such place has, whatever word goes before it; the
		// short forms 居委会, 社区居委会 alone are the kind too.
		{"要求健全农村社区居民委员会工作制度。", ""},
		{"进一步健全城市社区居民委员会组织体系。", ""},
		{"明确了社区居委会的职责范围。", ""},
		// 为老服务中心 and 综合为老服务中心 alone are the kind; no name opens
		// inside the word 为老.
		{"以综合为老服务中心为平台开展服务。", ""},
		// Must not fire: a community's own committee, in either form, and a
		// centre with its place.
		{"东湖社区居委会组织志愿者。", "东湖社区居委会"},
		// A kind after a verb of founding (新设) is the kind set up, a class.
		{"对去年新设居民委员会进行验收。", ""},
		// Must not fire: 新设 inside a word (新设计), and a community's own
		// committee after the verb.
		{"东湖县新设计研究院开展活动。", "东湖县新设计研究院"},
		{"对新设的东湖社区居民委员会进行验收。", "东湖社区居民委员会"},
		{"南岭街道综合为老服务中心开展服务。", "南岭街道综合为老服务中心"},
		// Must not fire on a body the whole division has one of.
		{"会议由第十三届全国人大常委会副委员长主持。", "全国人大常委会"},
		{"加强全区社会组织评估委员会建设。", "全区社会组织评估委员会"},
		// Must not fire: 待 inside a word (接待, 对待) bounds nothing.
		{"市接待办负责接待。", "市接待办"},
		// A word that counts bodies one by one (各, 所有) makes a class of the name
		// after it, also where the segmenter read it with the level it counts as
		// one word (各县|区民政局).
		{"各县区民政局:", ""},
		{"洛阳市各县区婚姻登记处迎来结婚登记高峰。", ""},
		{"强制火化扩面(所有社区)", ""},
		{"所有县民政局参加会议。", ""},
		// Two levels of one rank with no 各 are every district's and county's
		// body too, a plural (GOLD.md; levelPairOpens).
		{"县区民政局参加会议。", ""},
		// Must not fire: a body named with its place, or one level.
		{"县民政局参加会议。", "县民政局"},
		{"所属社区开展活动。", ""},
		// 各 over a 主送 line's list of levels and kinds, over alternatives (或), with
		// a rank (各地级以上), or over a class listed with a conjunction.
		{"各县、区民政局,市各开发区、新区政社局(政社办、社会事业局):", ""},
		{"各县、区民政局，市各乡镇民政办：", ""},
		{"各乡镇人民政府、街道办事处：", ""},
		{"各县民政局、县财政局：", ""},
		{"各地级以上市民政局、中级人民法院、人民检察院：", ""},
		{"各县级以上民政部门要加强指导。", ""},
		{"申请人向各县区乡镇人民政府民政办或街道办事处民政办提出申请。", ""},
		{"办理地点各县区乡镇人民政府民政办或街道办事处民政办。", ""},
		{"各省、自治区、直辖市及计划单列市残疾人康复工作办公室要加强", ""},
		{"各区民政局、各功能区社会事务局(城乡工作处、 社会事业局)、局属各单位:", ""},
		{"各镇人民政府(区办事处),市府直属各单位:", ""},
		// Must not fire: the same list with no 各.
		{"广州市民政局、广州市中级人民法院：", "广州市民政局; 广州市中级人民法院"},
		// 全 before a division makes a class of a kind of body after it; the office
		// of a field's work over a whole division (全县工作办公室) is a class too.
		{"全市敬老院、福利院等", ""},
		{"全市居民委员会换届", ""},
		{"全市养老服务中心开展检查", ""},
		{"全县工作办公室开展检查", ""},
		// Must not fire: a whole division's one body (全国妇联, 全区社会组织评估委员会).
		{"自治区民政厅及时组建全区社会组织评估委员会", "自治区民政厅; 全区社会组织评估委员会"},
		{"全国妇联召开会议", "全国妇联"},
		{"全国总工会、全国妇联、全国工商联", "全国总工会; 全国妇联; 全国工商联"},
		{"南阳市消防救援支队防火监督科副科长郑新芳", "南阳市消防救援支队防火监督科"},
		{"全国残疾人康复工作办公室制定了《规划》。", "全国残疾人康复工作办公室"},
		// 每个 counts a class.
		{"为每个街道社工站配备2名社工。", ""},
		// 每 alone before the noun counts the same way.
		{"群众可在线预约,每人每陵园限约一个时段。", ""},
		{"每户每敬老院限送一份慰问品。", ""},
		// Must not fire: a body's name after a clause that opens with 每.
		{"每年由东湖区民政局组织检查。", "东湖区民政局"},
		// A division's name then a word that ranks a level (石首市乡镇办) and a body
		// every village sets up (村务) are classes.
		{"标志着石首市乡镇办区社会工作站建设全面铺开。", ""},
		{"由村务监督委员会负责。", ""},
		// Must not fire: a village's own committee.
		{"张家村村务监督委员会负责。", "张家村村务监督委员会"},
	}, "agencies", agencyNames)
}

// TestAgencyClassesInBrackets covers brackets that print a class: the
// levels of a class, a class's other readings (村(居)民委员会), a bracketed
// other kind inside a 各… or 所在… item. Each with cases where the rule must
// not fire.
func TestAgencyClassesInBrackets(t *testing.T) {
	checkRows(t, []rowCase{
		// A bracket that holds the levels of a class makes a class of the name
		// around it.
		{"各县（市、区）民政局要加强", ""},
		{"县（市、区）民政局要加强", ""},
		{"各县（市、\n区）委深改委、人民政府、民政局。", ""},
		{"街道(乡镇)养老照料中心作为巡视探访服务机构", ""},
		{"（二）居民地名称村(居)民委员会所在地名称。", ""},
		{"各村（居）民委员会要加强管理。", ""},
		{"各县(市、区)民政局要高度重视", ""},
		{"村(居)民委员会换届", ""},
		{"由市殡仪馆或镇(办)殡仪服务中心负责。", "市殡仪馆"},
		{"向所在地的县(市、区)委文明办和志愿中心申报。", ""},
		{"资助县(含县)以上社会福利院、社会福利中心、老年公寓等项目170个。", ""},
		// Must not fire: a list's bracket before a name.
		{"（二）市民政局负责", "市民政局"},
		// A bracketed other kind inside a 各… or 所在… item, and a class's other
		// names in brackets.
		{"民政局（社会事业局）召开会议", ""},
		{"由所在镇人民政府(区办事处)核准后再申请。", ""},
		// A zone's bare kind in a bracket of 含 or 包括 after an area (主城区,
		// 全县) is a kind of area the area takes in, no body.
		{"主城区（含高新区、经济开发区）的养老机构纳入检查。", ""},
		{"全县（包括工业园区、经济开发区）开展排查。", ""},
		// Must not fire: the bracket after a body's name, a zone named with its
		// level, zones listed with no bracket.
		{"市民政局(含经济开发区)负责。", "市民政局; 经济开发区"},
		{"城区(含市经济开发区)实施。", "市经济开发区"},
		{"市开发区、高新区参加。", "市开发区; 高新区"},
	}, "agencies", agencyNames)
}

// TestAgencyKinds covers kinds of body named without a place: designated
// by a scheme, by a kind of running or standing in law, a pilot's kind, a
// kind to be set up or built, kinds listed or counted, and classes of
// station. Each with cases where the rule must not fire.
func TestAgencyKinds(t *testing.T) {
	checkRows(t, []rowCase{
		// A kind of body named by a scheme (定点), a kind of running (公办), a pilot's
		// kind, or a kind to be set up or built is no body.
		{"属危重病人、精神病人送定点医院救治。", ""},
		{"全县共有定点医疗机构。", ""},
		{"听取了社会组织双孵化工作、公办敬老院运行等情况的汇报。", ""},
		// A kind of school by its mode of teaching (全日制).
		{"凡在本市全日制学校就读的学生均可申请。", ""},
		{"在本市全日制學校就讀的學生,免收基本殯葬服務費。", ""},
		{"入选省智慧养老院试点县区。", ""},
		{"鼓励组建“社区救助顾问工作室”。", ""},
		{"还有一个是“十三五”期间集中建设的未成年人保护中心,明确职责。", ""},
		{"为发挥试点社工站建设的示范效应。目前,六个试点社工站均已运营。", ""},
		// Must not fire: a placed pilot station, a hospital named whole, a body
		// built by a body.
		{"伙牌镇试点社工站已建成。", "伙牌镇试点社工站"},
		{"灵宝市职业技术学校全日制学生参加。", "灵宝市职业技术学校"},
		// A social-work body (社工机构) is one by the name it trades under, also
		// after a list that 各 opens; a common word or a place alone before the
		// ending, or the ending alone, names the kind.
		{"县民政局联合益扬青少年社工机构开展活动。", "县民政局; 益扬青少年社工机构"},
		{"县民政局联合各乡镇及益扬青少年社工机构开展活动。", "县民政局; 益扬青少年社工机构"},
		{"县民政局联合各镇(街道)及益扬青少年社工机构开展活动。", "县民政局; 益扬青少年社工机构"},
		{"县民政局联合各乡镇(街道)及专业社工机构开展活动。", "县民政局"},
		{"县民政局联合各乡镇及社区养老服务中心开展活动。", "县民政局"},
		{"鼓楼区社工机构开展活动。", ""},
		{"优秀社工机构评选结果公布。", ""},
		{"市民政局购买社工机构服务。", "市民政局"},
		{"全区共有3家社工机构。", ""},
		{"送市第一人民医院救治。", "市第一人民医院"},
		{"由市民政局新建的城东养老院负责。", "市民政局; 城东养老院"},
		// A kind of body named by a programme after it, or counted with the first
		// member of its list.
		{"据了解,社会工作服务站项目于9月18日上午,济阳区机关服务中心举行启动仪式。", "济阳区机关服务中心"},
		{"仪式结束后,来自9家社会工作服务机构和社区社会工作室的一线社工,在富昌乡香溪名苑社区发放宣传单页。", "富昌乡香溪名苑社区"},
		// A count that closes a list sums up the members before it; a member
		// after it is one more member, no kind the count makes.
		{"划出甲组、乙组2个居民小组、青石村委会上寨组,组成新社区。", "青石村委会"},
		{"划出东坡、西坡、新区5个居民小组、干河村委会上新寨,组成新社区。", "干河村委会"},
		// Must not fire: a count that opens the list counts its members all.
		{"建成5个居民小组、村委会活动室。", ""},
		{"来自9家社会工作服务机构和社区社会工作室的社工", ""},
		// Must not fire: a body named by its place before the programme, a member
		// with its place after a count.
		{"市民政局项目于9月启动。", "市民政局"},
		{"来自3家单位和市民政局的干部参加了培训。", "市民政局"},
		// Kinds listed after 包括 or closed by 等, kinds of facility and of cemetery
		// by their standing in law (合法, 公益性, 经营性).
		{"据悉,民政服务机构主要包括:社会福利机构、特困人员供养机构、救助管理机构、军休军供机构、优抚医院、光荣院、养老服务机构等。", ""},
		{"严禁非法兴建殡仪服务站、骨灰堂等殡葬设施", ""},
		{"骨灰安葬在合法公墓、农村公益性纪念堂内。", ""},
		{"禁止建造经营性公墓和公益性公墓。", ""},
		{"禁止在学校、医院、城区街道、居民社区等公共场所搭建灵棚。", ""},
		{"火化后骨灰一律入葬镇、村公益性公墓或存入骨灰堂。", ""},
		{"资助老年人社会福利机构、社会福利中心、农村五保供养服务设施等项目的建设。", ""},
		{"协会、学会、基金会等社会组织", ""},
		// A member noting its kind in brackets (家庭(个案)工作室) is one member of
		// the list of rooms.
		{"中心设有谈心工作室、小组工作室、家庭(个案)工作室等场所。", ""},
		// Must not fire: named facilities with their place.
		{"严禁非法兴建县殡仪馆、骨灰堂等殡葬设施", "县殡仪馆"},
		// 村居, 街镇 and 镇街 join two levels into a class.
		{"1.申请.申请人或其代理人、村居民委员会代为提出申请(提供身份证、户口本等基础材料)", ""},
		{"街镇社区党群服务中心、城市网格化综合管理中心、社会治安综合治理中心等部门专职从事社区服务的人员。", ""},
		{"镇街社区事务受理服务中心、社区文化活动中心等部门参加。", ""},
		// Classes of station and of 照料中心.
		{"社会工作站建设稳步推进。", ""},
		{"居家社区养老服务照料中心等级评定标准按照有关办法执行。", ""},
		// Must not fire: a station named by its place.
		{"城关街道社会工作站开展活动。", "城关街道社会工作站"},
		// A kind counted after its noun, counted as a community, after its other
		// name, or closing a statistics line; a kind after a place and a locative
		// (境内).
		{"全市建成各类养老服务设施2406个,其中养老机构168家,社区养老服务站805个,农村互助幸福院1000个。", ""},
		{"其中社会福利医院(精神病院)155个,床位数4.5万张。", ""},
		{"两个社区居委会召开会议。", ""},
		{"清明节期间,招远市境内殡仪馆、各类公墓暂停接待祭扫。", ""},
		{"本市行政区域内殡仪馆开展安全检查。", ""},
		{"五、社区服务\n社区服务指导中心16\n社区服务中心190\n社区服务站7,149\n", ""},
		// Must not fire: a count after a body named by its place, a count of
		// another noun, a place whose name holds 内, a placed body before a figure.
		{"参会人员:市民政局3人。", "市民政局"},
		{"社会事务办公室2名干部参加。", "社会事务办公室"},
		{"招远市殡仪馆暂停接待祭扫。", "招远市殡仪馆"},
		{"内蒙古自治区民政厅召开会议。", "内蒙古自治区民政厅"},
		{"朝阳区社区服务中心16\n", "朝阳区社区服务中心"},
		// A class noun of bodies the segmenter cut in two is no boundary inside a
		// name.
		{"海曙区社会组织服务中心、海曙区公益组织发展基金会将对项目进行中期评估。", "海曙区社会组织服务中心; 海曙区公益组织发展基金会"},
		// Must not fire: the class noun alone.
		{"鼓励公益组织发展。", ""},
		// An activity centre named alone (活动中心) is a kind of venue.
		{"在村组织活动中心举行揭牌仪式。", ""},
		{"老人们每天到活动中心下棋。", ""},
		// Must not fire: one named by its place.
		{"城关镇老年活动中心开展活动。", "城关镇老年活动中心"},
	}, "agencies", agencyNames)
}

// TestAgencySystemsAndSetUps covers 系统 after a kind of body (every body of
// the kind) and 建制 after a division (its set-up), no body; with cases
// where the rule must not fire.
func TestAgencySystemsAndSetUps(t *testing.T) {
	checkRows(t, []rowCase{
		// 系统 after a kind of body names every body of the kind, 全国 scoping it.
		{"全国慈善会系统共募集款物。", ""},
		{"全市民政系统干部参加培训。", ""},
		// Must not fire: a body scoped by 全国 with no 系统 after it.
		{"全国妇联副主席出席会议。", "全国妇联"},
		// 建制 after a division's name in a cited title says what is reorganised
		// there, no body.
		{"关于《乐山市金口河区社区建制调整优化改革方案》的说明", ""},
		{"关于《乐山市金口河区民政局信息公开办法》的说明", "乐山市金口河区民政局"},
	}, "agencies", agencyNames)
}
