package extract

import "testing"

// TestAgencyNameOpens covers where a body's name opens: where a word does,
// after the words of the clause the scan ran through, after a preposition
// glued to the level that opens it, past the adverbs, prepositions and
// marks a span was trimmed back over; a year's 度, a page counter, a lost
// ordinal, a category's prefix or a span of time opens none. Each with
// cases where the rule must not fire.
func TestAgencyNameOpens(t *testing.T) {
	checkRows(t, []rowCase{
		// A guess of one character and a county's or a district's level
		// (溪区/x) after a guess that ran a boundary word on (由峰/x) is
		// the tail of the division's name: the name opens after 由.
		{"此次活动由峰溪区社管局主办。", "峰溪区社管局"},
		{"此次活动由台商区社管局主办。", "台商区社管局"},
		// Must not fire: the one-character divisions, words of the
		// dictionary, and a bare level after 由.
		{"此次活动由丰县民政局主办。", "丰县民政局"},
		{"此次活动由市民政局主办。", "市民政局"},
		// 及其 (and its) bounds the name before it: the unit after it is
		// that body's, named by it alone.
		{"宪法规定全国人大及其常委会行使国家立法权。", "全国人大"},
		{"某省人大及其常委会审议了该条例。", ""},
		// A bracket that introduces the text's short form (以下简称) is a note,
		// no other name glued to the body's.
		{"阜阳市科学技术协会(以下简称市科协)决定公示。", "阜阳市科学技术协会; 市科协"},
		{"市慈善总会(下称慈善总会)发起募捐。", "市慈善总会"},
		// A bracket that ends in a common word longer than the ending it ends
		// in (承办: the step of handling) is a note, no other name.
		{"邵阳市民政局(民间组织管理局承办)", "邵阳市民政局"},
		// A body's other name in brackets is a name of its own.
		{"市民政局(社会事业局)负责。", "市民政局; 社会事业局"},
		// 辖下 (under its jurisdiction) parts the body and its unit.
		{"社会工作局辖下长者服务处的员工到访。", "社会工作局; 长者服务处"},
		// Must not fire: a unit named after its body with no word between.
		{"社会工作局长者服务处的员工到访。", "社会工作局长者服务处"},
		// A verb's or a preposition's character inside the 字号 the segmenter
		// guessed after the place (福至/x, 至诚/x, 乐为/x, 尚致/x) cuts no name:
		// the name runs whole from its place.
		{"5.江西省福至安康服务中心:某镇项目;", "江西省福至安康服务中心"},
		{"6.湖南省至诚助残服务中心:某县项目;", "湖南省至诚助残服务中心"},
		{"8.江苏省乐为助学服务中心:某镇项目;", "江苏省乐为助学服务中心"},
		{"9.安徽省尚致公益服务中心:某村项目;", "安徽省尚致公益服务中心"},
		// Must not fire: a guess of two bounding words (送至/x), a preposition
		// and a level (由市/x), a word of the dictionary (至今), a guess after
		// no place.
		{"江西省送至安康服务中心。", "安康服务中心"},
		{"由市民政局牵头负责。", "市民政局"},
		{"福建省至今已建成区域性养老服务中心12个。", ""},
		{"向福至安康服务中心捐款。", "安康服务中心"},

		// A name opens where a word does: not inside the word before it (2025年度,
		// 原属), nor on a verb's character the segmenter ran into the place (指|宝兴),
		// nor on the act before its place (综合|鄂城区).
		{"现向社会公布2025年度鞍山市民政局政府信息公开工作年度报告。", "鞍山市民政局"},
		{"计划在原属呼热胡社区北物流新建1个社区。", "呼热胡社区"},
		{"指宝兴殡仪馆。", "宝兴殡仪馆"},
		{"来源:综合鄂城区地名和界线管理领导小组办公室", "鄂城区地名和界线管理领导小组办公室"},
		{"计划在原属呼热胡社区北新建1个社区。", "呼热胡社区"},
		// Must not fire: the name's own first word, place or level.
		{"计划在原呼热胡社区北物流新建。", "呼热胡社区"},
		{"2025年鞍山市民政局开展工作。", "鞍山市民政局"},
		{"由市民政局牵头负责。", "市民政局"},
		{"综合行政执法局开展检查。", "综合行政执法局"},
		{"来源:永宁县民政局", "永宁县民政局"},
		{"市综合行政执法局开展检查。", "市综合行政执法局"},
		// A name that opens with its place opens after the clause's words the scan
		// ran through: function words, a word that points at the writer, a
		// meeting's name, a body whose act a verb after an adverb is.
		{"那么菏泽市牡丹区民政局婚姻登记处当天是否开门?", "菏泽市牡丹区民政局婚姻登记处"},
		{"生产生活情况时刻牵动着市委、市政府和全市人民的心。", "市委; 市政府"},
		{"感谢您对我市地名工作的关心和支持我局区划地名主要负责命名", ""},
		{"联合为民社会工作服务中心开展活动", "为民社会工作服务中心"},
		{"由和县民政局负责", "和县民政局"},
		{"经与溧水经济开发区对接", "溧水经济开发区"},
		{"落实省第十五次党代会第八次党代会县委十四届四次全会要求", "县委"},
		{"县人大常委会召开会议", "县人大常委会"},
		// A preposition (据, 到, 在) glued to the one-character level that opens a
		// name (据市, 到州) leaves the level to the name; 州 stands for 自治州 as 市 for
		// its city.
		{"据市救助管理站工作人员介绍,市救助管理站将增加巡视班次。", "市救助管理站"},
		{"据县民政局统计,全县共有低保对象。", "县民政局"},
		{"该站成立寻亲小组,由专人负责,经常到州荣复医院,看望危重病人。", "州荣复医院"},
		{"现一直滞留在州荣复医院依托临时安置。", "州荣复医院"},
		// A preposition the segmenter glued to a bare level (由乡/x) is no
		// township's name: a proper name has two characters before its level.
		{"由乡人民政府提出,报县人民政府批准。", "乡人民政府; 县人民政府"},
		// Must not fire: a town or a village named before its level.
		{"由东湖乡人民政府拟订方案。", "东湖乡人民政府"},
		{"月池村委会负责登记。", "月池村委会"},
		// Must not fire: 据 inside a word, a report with no body.
		{"据了解,今年以来全市共救助流浪人员。", ""},
		{"省大数据管理局开展调研。", "省大数据管理局"},
		{"根据工作人员介绍,救助人数有所增加。", ""},
		// A span is trimmed back to the name past an adverb and its verb, a
		// preposition, 原 and 特邀, a room's number.
		{"关于暂停殡仪馆遗体告别的通告", ""},
		{"为进一步规范沙坪街道坡山村内道路名称", "沙坪街道"},
		{"为进一步规范社区服务中心管理", ""},
		{"实施办法已经县政府同意,现印发给你们", "县政府"},
		{"专职工作人员及特邀市第二十七中学在职高级教师", "市第二十七中学"},
		{"从242个申报资助的项目中,经过评审委员会初评", "评审委员会"},
		{"(原董马库乡人民政府驻地)", "董马库乡人民政府"},
		{"(原民乐镇人民政府驻地)", "民乐镇人民政府"},
		{"自怀镇敬老院开展活动", "自怀镇敬老院"},
		{"地址:本溪市明山区新城路18号406室社会事务科", "社会事务科"},
		// A name opens neither inside a word nor after a function word.
		{"仅供参考,实际情况以墓园前台咨询为准。", ""},
		{"需要办理医疗救助的人,需由就诊医院医疗机构提供规范的费用凭证。", ""},
		// Must not fire: a name after a preposition that is no function word
		// inside it.
		{"以市民政局名义发布。", "市民政局"},
		{"需由县人民医院提供凭证。", "县人民医院"},
		// A year's 度 (年度, or 2022度 with its 年 lost) and a page counter's 页 open no
		// name.
		{"现下达2022度城乡日间照料中心运营补贴资金", ""},
		{"现下达2022年度城乡日间照料中心运营补贴资金", ""},
		{"第1页共2页市民政局关于村务公开的情况汇报", "市民政局"},
		// Must not fire: a body named after its year.
		{"2025年度鞍山市民政局工作要点", "鞍山市民政局"},
		// An ordinal whose number was lost opens no name, while a 落款 keeps its
		// term's ordinal.
		{"本社区定于2014年1月16日,开展第届东湖社区居委会换届直选。", "东湖社区居委会"},
		{"西南交大社区第五届社区选举委员会\n2013年12月2日", "西南交大社区第五届社区选举委员会"},
		// A category's prefix (相关, 有关) before a verb ranks the verb's subject, and
		// the place after the verb opens a name.
		{"对因失职的行为,一经发现,相关线索移交市纪委、监委,依规处理。", "市纪委"},
		{"有关材料报送县民政局审核。", "县民政局"},
		// Must not fire: a category with no verb before the name.
		{"相关职能部门履行各自监管职责。", ""},
		// An upper level read with its ending as one word (市局, 市委) opens the name
		// after a common noun of the clause.
		{"对存在的问题市局将发出整改意见书。", "市局"},
		{"按市领导要求将检查情况报告市委、市政府,同时通报。", "市委; 市政府"},
		// A body acting before a guessed name, or a mark before a name, cuts
		// nothing off it.
		{"县委农办牵头", "县委农办"},
		{"价格为3×市民政局核定", "市民政局"},
		// An adverb-like adjective (充分) and the verb after it open no name; a span
		// of time (工作日内) opens none and leaves a bare bureau, a kind.
		{"为充分尊重陵园所存放烈士骨灰的家属的情感和权益。", ""},
		{"工作日内民政局各部门办理收养、婚姻等工作。", ""},
		// Must not fire: a body's name, an adverb and a verb make a clause, no
		// longer name.
		{"县民政局已完成审批。", "县民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyNameEnds covers where a body's name ends: at a verb between
// its units (联系, 驻, 会同, 交由, 委托, 批转, 冒用, 批办, 推荐, 按), at its head before 在
// or 组成, at a conjunction after its ending; a boundary word or an ending
// inside a longer word ends none. Each with cases where the rule must not
// fire.
func TestAgencyNameEnds(t *testing.T) {
	checkRows(t, []rowCase{
		// A body's name holds no verb between its units: a verb and its object
		// (担任|评委), a verb of contact (联系) between two bodies, and 驻, which joins a
		// body and the place where it sits unless the stationed body's own ending
		// follows the place.
		{"6位领导和专家出席活动并担任评委。", ""},
		{"故城县郑口镇民政所联系县局救助站,称在村里发现一名流浪人员。", "故城县郑口镇民政所; 县局救助站"},
		{"县民政局联系县妇联开展活动。", "县民政局; 县妇联"},
		{"年检材料报送至市民政局驻政务中心一楼窗口。", "市民政局"},
		{"河南省人民政府驻北京办事处举办活动。", "河南省人民政府驻北京办事处"},
		{"市养老服务中心驻村工作队全力为生产保驾护航。", "市养老服务中心驻村工作队"},
		// A division's 批复 names its government, then 驻 and the seat's address:
		// the government is a body, no place of the address.
		{"青山区人民政府驻白云镇兴华大道88号。", "青山区人民政府"},
		{"撤销白云县,设立白云市,白云市人民政府驻城关镇府前路2号。", "白云市人民政府"},
		// Must not fire: a place that opens with 驻, 联系 as a noun, 民政所 alone as the
		// kind.
		{"驻马店市民政局召开会议。", "驻马店市民政局"},
		{"通讯地址:青山区白云镇兴华大道88号", ""},
		{"加强与县民政局的联系。", "县民政局"},
		{"结合城区办、民政所，指导村居参与。", "城区办"},
		// An ending whose last character opens a common word (志愿服务队|伍: 队伍,
		// the ranks) ends no name there.
		{"壮大志愿服务队伍,服务困难群众。", ""},
		{"发展志愿服务队伍,服务困难群众。", ""},
		{"加强社会工作人才队伍建设。", ""},
		// Must not fire: a team named by its place, no word after it.
		{"青山县志愿服务队开展活动。", "青山县志愿服务队"},
		// A county's short name that is also a verb of working together (会同)
		// bounds the name after it.
		{"省退役军人事务厅会同省委宣传部、省委党史方志办等单位组成评审组。", "省退役军人事务厅; 省委宣传部; 省委党史方志办"},
		{"市民政局会同市财政局印发通知。", "市民政局; 市财政局"},
		{"市民政局还会同资中县民政局,在全市开展活动。", "市民政局; 资中县民政局"},
		{"由市民政局牵头,会同综治办、法院、检察院等8个部门开展关爱行动。", "市民政局; 综治办; 法院; 检察院"},
		{"由县民政局会同县财政局负责。", "县民政局; 会同县财政局"},
		// Must not fire: a county's full name is read whole.
		{"会同县民政局召开会议。", "会同县民政局"},
		{"会同县民政局开展救助活动。", "会同县民政局"},
		// Verbs of handing a work over (交由, 转交), of commissioning (委托), of
		// forwarding (批转) and of misusing a name (冒用) bound the name of the body
		// they govern.
		{"财政出资设立基金,交由南京市慈善总会管理。", "南京市慈善总会"},
		{"将材料转交县民政局审核。", "县民政局"},
		{"民政部关于贯彻国务院批转民政部《关于保护和扶持社会福利生产的请示报告》的通知", "民政部; 国务院"},
		{"关于对社会组织冒用民政部名义活动的严正声明", "民政部"},
		// Must not fire: a work handed to no body named.
		{"所需资金交由其统一管理。", ""},
		// A step of handling a document (批办, 交办) ends the name of the body before
		// it.
		{"和西安市人民政府办公厅批办单(省级文件)要求", "西安市人民政府办公厅"},
		{"区政府办公室交办单已收悉", "区政府办公室"},
		// 推荐 and 按 bound the name after them.
		{"2023年8月,推荐三里街街道铁一社区、长淮街道胜利社区参加评选。", "三里街街道铁一社区; 长淮街道胜利社区"},
		{"善款按市红十字会、市慈善总会各50%分配。", "市红十字会; 市慈善总会"},
		// A name ends at its head: before 在 where the body acts, before the verb
		// 组成; a title inside a name read whole is the name's.
		{"中原区慈善总会联合区民政局及区退役军人事务局在区民政局召开会议。", "中原区慈善总会; 区民政局; 区退役军人事务局"},
		{"中卫市人大常委会组成执法检查组赴中卫市殡仪馆。", "中卫市人大常委会; 中卫市殡仪馆"},
		{"宁夏回族自治区人民代表大会常务委员会办公厅主办", "宁夏回族自治区人民代表大会常务委员会办公厅"},
		// Must not fire: a list with no 在, a title before a name.
		{"市民政局、市财政局和市残联召开会议。", "市民政局; 市财政局; 市残联"},
		{"人大代表视察了市民政局。", "市民政局"},
		// A conjunction after a name's ending parts two names; the scan goes on
		// through a title that opens an ending (委员|会).
		{"组建全区社会组织评估委员会和复核委员会", "全区社会组织评估委员会; 复核委员会"},
		{"县老龄工作委员会办公室印发通知", "县老龄工作委员会办公室"},
		{"颐和护理中心开业", "颐和护理中心"},
		// A boundary word inside a longer word (自 in 自然资源, 和 and 城乡 inside one
		// name) ends no half of the name.
		{"市财政局、市自然资源和规划局、市市场监管局参加会议。", "市财政局; 市自然资源和规划局; 市市场监管局"},
		{"市自然资源和规划局开展工作。", "市自然资源和规划局"},
		{"市社会福利和捐助救助中心召开会议。", "市社会福利和捐助救助中心"},
		{"市住房和城乡建设局召开会议。", "市住房和城乡建设局"},
		// Must not fire: 和 between two whole names parts them.
		{"市民政局和市财政局联合印发通知。", "市民政局; 市财政局"},
		{"民政部和财政部联合印发", "民政部; 财政部"},
		{"由城东区民政局和市救助站负责。", "城东区民政局; 市救助站"},
		// 办 after a body's name is a verb, and 局属 says what belongs to the bureau:
		// neither is part of the name.
		{"民政局办理了登记手续。", ""},
		{"区民政局领导班子成员和局属单位负责人参加会议。", "区民政局"},
		{"市民政局属于政府组成部门。", "市民政局"},
		// An ending that opens a common word (中心工作) or the next word after a name
		// (民政部|部务会议) ends none; 处 after a kind of body is its place.
		{"紧密围绕民政中心工作，扎实推进。", ""},
		{"已经2024年1月4日民政部部务会议通过。", "民政部"},
		{"申请表可向受理机构处申请领取。", ""},
		{"异地商会名称由所在地行政区划名称构成。", ""},
		// Must not fire: a name with its own unit, a body's ending.
		{"市民政局社会事务处开展检查。", "市民政局社会事务处"},
		{"县委办、县政府办联合印发通知。", "县委办; 县政府办"},
		{"市救助管理站开展救助。", "市救助管理站"},
		{"市老年人活动中心组织活动。", "市老年人活动中心"},
		// An adjective before a guessed word in 处 makes a verb phrase (和谐共处); 局 of
		// a course of things (开好局, 新局) and the idiom 大操大办 end no name; 所 before a
		// verb and 的 is a particle.
		{"营造团结互助、和谐共处的良好氛围。", ""},
		{"助力春耕备耕开好局、起好步。", ""},
		{"谋划发展新局。", ""},
		{"破解发展困局。", ""},
		{"坚决反对大操大办。", ""},
		{"团体志愿者服务所产生的时间先期仅可用于捐赠。", ""},
		// Must not fire: a unit in 处, a bureau named 创新局.
		{"省民政厅人事处来我县调研。", "省民政厅人事处"},
		{"市科技创新局开展检查。", "市科技创新局"},
	}, "agencies", agencyNames)
}

// TestAgencyNamesInQuotes covers names in quotation marks: a quoted proper
// name is the name's, a body that opens a quoted headline is named, a
// quoted social body after its class word and a quoted list of full names
// name each; honours, slogans and services in quotes name none. Each with
// cases where the rule must not fire.
func TestAgencyNamesInQuotes(t *testing.T) {
	checkRows(t, []rowCase{
		// A quoted name is read as a name.
		{"报道了“退役军人事务部发布庆祝建党100周年系列活动”新闻", "退役军人事务部"},
		{"“退役军人事务部发布庆祝建党100周年系列活动”", "退役军人事务部"},
		{"来自南开区的天津“绿邻居”社区环保志愿者工作站、交警南开支队志愿服务队等8支青年志愿服务队接受了新的旗帜。", "天津“绿邻居”社区环保志愿者工作站; 交警南开支队志愿服务队"},
		{"具体事宜由自治区民政厅设立的“3·14”事件社会救助办公室负责。", "自治区民政厅; “3·14”事件社会救助办公室"},
		{"黄浦区民政局与公益组织“感恩会”一起为老人送去温暖。", "黄浦区民政局; 感恩会"},
		{"该局对“合肥市大成拳研究会、合肥市大成拳协会”作出撤销登记的行政处罚。", "合肥市大成拳研究会; 合肥市大成拳协会"},
		{"选择“市民政局”办理。", "市民政局"},
		// Must not fire: ranked honours and slogans, a quote after no class word,
		// a service quoted.
		{"获襄阳市“十佳退役军人服务站”称号", ""},
		{"在宣传“建强百家红色退役军人服务站”时", ""},
		{"开展“三社联动”服务", ""},
		{"开展“我为群众办实事”志愿服务活动。", ""},
		{"开展“党建引领,温暖社区”主题活动。", ""},
		{"他说这是一次“感恩会”。", ""},
		{"全省已实现结婚登记“市内通办”。", ""},
		// A quote that a programme's noun follows, past the verbal nouns of
		// the work (建设项目), names the kind of body the programme builds.
		{"“社区居家养老服务站和农村幸福院”建设项目已完工。", ""},
		{"“社区儿童之家”建设项目开工。", ""},
		// Must not fire: a quoted name with its place, and no programme after.
		{"“安顺市社区养老服务中心”建设项目已完工。", "安顺市社区养老服务中心"},
		{"市民可选择“安顺市儿童福利院”进行捐赠。", "安顺市儿童福利院"},
	}, "agencies", agencyNames)
}

// TestAgencyEndingWords covers where a name opens and ends around words
// the agency endings and titles read wrongly, each with cases where the
// rule must not fire (about a third of the table).
func TestAgencyEndingWords(t *testing.T) {
	checkRows(t, []rowCase{
		// 委託 (繁體 委托) bounds the name of the body engaged after it,
		// as 委托 does.
		{"县民政局委託广信会计师事务所开展审计。", "县民政局; 广信会计师事务所"},
		// 致电 bounds the name of the body called.
		{"可致电社会工作局查询。", "社会工作局"},
		// A title that 者 follows opens a noun (长者), no title: the
		// name runs through it; a profession before a body's ending
		// inside the name (社工|局) is the body's field.
		{"或于办公时间内致电社工局长者服务处查询。", "社工局长者服务处"},
		{"有关详情请向社会工作局长者服务处查询。", "社会工作局长者服务处"},
		// A field of work before a quoted proper name opens the name:
		// [field][“proper name”][ending].
		{"由养老志愿服务联合会来运营养老服务“时间银行”管理中心。", "养老志愿服务联合会; 养老服务“时间银行”管理中心"},
		// 部际 is a word the ending 部 opens, no ministry's name.
		{"据悉,国务院养老服务部际联席会议印发通知。", "国务院"},
		// 事务受理服务中心 is a place's centre named after its field.
		{"据悉,浦锦街道社区事务受理服务中心专职副主任康燕元介绍情况。", "浦锦街道社区事务受理服务中心"},
		// 联防联控机制 is a body of a place or a government.
		{"根据省应对疫情联防联控机制印发的通知要求。", "省应对疫情联防联控机制"},
		// A word the segmenter guessed after the verb of a field opens
		// no name: the verb and its object are the field's words.
		{"根据国务院应对新冠疫情联防联控机制印发的通知要求。", "国务院应对新冠疫情联防联控机制"},
		// 办公室 alone names the office of the body the page prints it
		// after, where it is the agent of the clause.
		{"请与昌江区民政局办公室联系。由办公室分管领导统筹协调。", "昌江区民政局办公室; 办公室"},
		// Must not fire: a title that no 者 follows; a quote with a
		// verb, no field, before it; a mechanism with no place; 办公室 with no
		// body's office printed, or not the agent of its clause; a
		// centre with no place.
		{"社会工作局局长出席。", "社会工作局"},
		{"由联合会来运营“时间银行”管理中心。", "“时间银行”管理中心"},
		{"要健全联防联控机制,落实各项措施。", ""},
		{"由办公室分管领导统筹协调。", ""},
		{"请与昌江区民政局办公室联系。各单位办公室人员参加。", "昌江区民政局办公室"},
		{"办理社区事务受理服务中心的业务。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyOnBehalfOf covers 代 between the body that acts and the
// body acted for, with cases where the rule must not fire.
func TestAgencyOnBehalfOf(t *testing.T) {
	checkRows(t, []rowCase{
		// 代 (on behalf of) parts the body that acts from the body acted
		// for: two names.
		{"经深入调研,金口河区民政局代金口河区人民政府拟定了方案。", "金口河区民政局; 金口河区人民政府"},
		{"由市民政局代市人民政府起草。", "市民政局; 市人民政府"},
		// Must not fire: 代 inside a word (代表, 现代).
		{"县人民代表大会常务委员会召开会议。", "县人民代表大会常务委员会"},
		{"市现代农业服务中心开展培训。", "市现代农业服务中心"},
	}, "agencies", agencyNames)
}

// TestAgencyVerbsAndCauses covers a verb (宣传) and a conjunction of cause
// (因为, 由于) before a name: no part of it. Each with cases where the rule
// must not fire.
func TestAgencyVerbsAndCauses(t *testing.T) {
	checkRows(t, []rowCase{
		// A verb before a class: 宣传 acts on what follows, and 村民委员会 after it is
		// every village's; 宣传部 is read whole.
		{"其主要职责是:宣传村民委员会选举的法律。", ""},
		{"市委宣传部召开会议。", "市委宣传部"},
		// A conjunction of cause (因为, 由于) opens the clause, no part of the name.
		{"因为社署已为长者制订了申请手续。", "社署"},
		{"由于妇联已为长者制订了手续。", "妇联"},
		// 致信, 致函 (to write to) take the body written to as their object.
		{"市政府致信市慈善总会表示感谢。", "市政府; 市慈善总会"},
		{"省民政厅致函市慈善总会。", "省民政厅; 市慈善总会"},
		// Must not fire: 致电 as before, and a body that writes to no body.
		{"可致电区民政局查询。", "区民政局"},
		{"县委致信全县退役军人。", "县委"},
		// A verb of a change of divisions (撤销, 划归, 改设) takes the division as its
		// object: no part of its name, nor of the name before the verb.
		{"关于撤销城南街道东风社区的批复", "城南街道东风社区"},
		{"县政府决定撤销城南街道东风社区。", "县政府; 城南街道东风社区"},
		{"将原东风社区管辖区划归城南街道中心社区统一管理。", "城南街道中心社区"},
		{"依法撤销东湖村民委员会改设社区居民委员会。", "东湖村民委员会"},
		// A bare level after a verb that abolishes or turns a division into
		// another (撤销, 改设) is the kind of division changed.
		{"县政府决定撤销街道办事处。", "县政府"},
		{"将村民委员会改设社区居委会。", ""},
		// Must not fire: the verb after the body, or each division named.
		{"由县民政局撤销登记。", "县民政局"},
		{"将该村划归镇政府管理。", "镇政府"},
		{"撤销东湖村民委员会改设东湖社区居民委员会", "东湖村民委员会; 东湖社区居民委员会"},
		// Must not fire: a short name in brackets after the full name.
		{"社会福利署(社署)现正邀请学校申请。", "社会福利署"},
		// A verb of the clause among the words before a county's or a
		// city's level (市, 县) that opens a body's name: the level opens it,
		// however the segmenter cut the words before it.
		{"响亮的宣誓口号回荡市社会福利院大厅。", "市社会福利院"},
		// Must not fire: a place of the gazetteer closed by its level, a
		// verb right before the level, a name with no verb before it.
		{"邀请商丘市民政局参加。", "商丘市民政局"},
		{"欢快的锣鼓敲响县社会福利院大门。", "县社会福利院"},
		{"联合为民社会工作服务中心开展活动", "为民社会工作服务中心"},
		// A plan's or a report's word that is also a place's short name (新建
		// of 新建区), right after a province it does not lie in, is the
		// province's act: what follows is the kind built, or a body named by
		// its own place.
		{"2020年,甘肃省新建社区养老服务站、农村互助幸福院。", ""},
		{"去年四川省新建巴中市社会福利院。", "巴中市社会福利院"},
		// Must not fire: the place inside the province it lies in.
		{"江西省新建区民政局开展工作。", "江西省新建区民政局"},
		// A verb before a kind of body's whole term (残疾人之家, 社会工作站)
		// acts on the kind.
		{"规范运营残疾人之家。", ""},
		{"建设、运营残疾人之家。", ""},
		{"鼓励残疾人到残疾人之家参加康复。", ""},
		// Must not fire: the kind named by its town, a name's words before
		// its ending (捐助|中心), a verb after a place's name.
		{"城关镇残疾人之家开展活动。", "城关镇残疾人之家"},
		{"指导江门市社会捐助中心开展工作。", "江门市社会捐助中心"},
		{"南岭街道综合为老服务中心开展服务。", "南岭街道综合为老服务中心"},
	}, "agencies", agencyNames)
}
