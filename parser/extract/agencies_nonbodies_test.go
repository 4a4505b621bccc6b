package extract

import "testing"

// TestAgencyNonBodies covers words that only look like a body: a venue, an
// event or a meeting, a body pointed at by a pronoun, a change of
// divisions or a form's blank, a term defined, the office of a residence,
// the halls of a fair. Each with cases where the rule must not fire.
func TestAgencyNonBodies(t *testing.T) {
	checkRows(t, []rowCase{
		// A venue is no body: a name after 在 and before the verb of holding an
		// event, named without a place's level.
		{"普陀区在东港商务中心隆重举办启动仪式。", ""},
		{"活动在东港商务中心举行。", ""},
		{"在县行政中心集体参加了捐款活动", ""},
		// Must not fire: a body named by its place hosts the event.
		{"在市儿童福利院举行开放日活动。", "市儿童福利院"},
		{"在渝北区救助管理站举行开放日活动。", "渝北区救助管理站"},
		{"区民政局在彩屯街道办事处彩玉社区举办了揭牌仪式。", "区民政局; 彩屯街道办事处彩玉社区"},
		{"县行政服务中心开展活动", "县行政服务中心"},
		// An event or a meeting is no body.
		{"举办“第三届微公益创投大赛暨社区治理创新评选”活动。", ""},
		{"召开人大建议、政协提案面商会,", ""},
		// A division's level before 人大建议 names its congress, as 区政协提案
		// names 区政协; the meeting is still no body.
		{"召开区人大建议、政协提案面商会,", "区人大"},
		{"承办市人大建议12件、县人大议案3件。", "市人大; 县人大"},
		// Must not fire: the deputies' things with no level.
		{"办理人大代表建议15件、政协委员提案9件。", ""},
		// A form's checkbox option names a kind of channel; one named with its
		// place is a body.
		{"公开渠道:■政府网站 □政务服务中心 ■便民服务站", ""},
		{"■ 政务服务中心 □公开查阅点", ""},
		// Must not fire: the option names its place.
		{"公开主体:□汉阴县民政局 ■汉阴县政务服务中心", "汉阴县民政局; 汉阴县政务服务中心"},
		// A box alone opening a line is a bulletin's bullet before a heading.
		{"■财政部下达2024年困难群众救助补助资金", "财政部"},
		// Must not fire: a body that convenes it, an association before its
		// founding meeting.
		{"县政协召开协商会", "县政协"},
		// A party committee's plenary (全委会, 全委扩大会议) after its term's
		// numbering is a meeting; the committee before it is the body.
		{"落实区委五届七次全委会议部署。", "区委"},
		{"学习市委八届四次全委扩大会议精神。", "市委"},
		// Must not fire: a committee's own name.
		{"县纪委监委开展工作。", "县纪委监委"},
		{"举行养老服务协会成立大会", "养老服务协会"},
		{"参加残疾人协会活动", "残疾人协会"},
		// A body referred to by a pronoun (那个医院).
		{"北京那个医院看白癜风最好", ""},
		{"那个民政局的人来了。", ""},
		// Must not fire: a pronoun before a name with its place.
		{"这个县民政局做得好。", "县民政局"},
		{"如何加强县民政局建设。", "县民政局"},
		// A change of divisions (撤镇设街道), a plan's act on a level's body, a form's
		// blank (×××街道办事处), a division's area, and a set phrase (楼堂馆所, 政府性) name
		// no body.
		{"同意你们申请的撤镇设街道工作。", ""},
		{"坚持厉行节约,不新建政府性楼堂馆所。", ""},
		{"①县(市、区)及拟调整街道办事处基本情况", ""},
		{"②填写拟设立或撤销街道办事处基本情况表;", ""},
		{"②街道办事处区划存在的问题", ""},
		{"2、×××县(市、区)×××街道办事处行政区划基本情况统计表", ""},
		// Must not fire: a street named with a verbal noun, a 馆 before 所在.
		{"建设街道办事处召开会议", "建设街道办事处"},
		{"市图书馆所在地", "市图书馆"},
		// A term defined (是指), the office of a residence, the halls of a fair, the
		// townships and street offices as a pair, places listed with 等地 name no
		// one body.
		{"根据规定:“公益性公墓是指县(市、区)人民政府设立的公墓。”", ""},
		{"向户籍所在地的街道办事处、乡镇人民政府或社区居委会提交书面申请表。", ""},
		{"共有2931家机构参展,设置高质量发展成果馆、美好生活体验馆。", ""},
		{"是指福利院与部分家庭签署协议。", ""},
		{"区领导对今年示范点创建的乡办工作给予了肯定。", ""},
		{"领导出席成都高新区、成华区等地颁证活动。", ""},
		{"调研组走访了青山街道、白云镇等地。", ""},
		// Must not fire: a list of bodies, a town's office, a notice reprinted by
		// a body.
		{"成都高新区、成华区等单位参加。", "成都高新区"},
		// An institution among the sites listed with 等地 is a body whose site is
		// visited (an ordinal before its kind: 第二殡仪馆).
		{"检查组实地查看了市第二殡仪馆、青山镇敬老院等地。", "市第二殡仪馆; 青山镇敬老院"},
		{"城关镇文明办召开会议。", "城关镇文明办"},
		{"转载市民政局通知。", "市民政局"},
		// A run of characters the dictionary holds as no word (text decoded in
		// the wrong code page) spells no name.
		{"收入低于當?灞眬涫牳司芍杖", ""},
		{"收入低于?灞眬委员会", ""},
		// Must not fire: one rare character of a place's own name.
		{"甪直镇人民政府开展工作。", "甪直镇人民政府"},
		{"由甪直镇人民政府负责。", "甪直镇人民政府"},
		// A name priced by the unit (100元/天, 300元／次) is a room or a hall
		// rented, no body.
		{"(三)守灵费:安宁厅120元/天。", ""},
		{"守灵厅使用费:福安厅200元／天;", ""},
		// Must not fire: a sum with no unit after a name (a donor's list).
		{"向阳集团有限公司10万元;东城区民政局5万元。", "向阳集团有限公司; 东城区民政局"},
		// Must not fire: a home that charges by the month is a body.
		{"收费标准:青川县社会福利院1200元/月,夕阳红护理院3000元每月。", "青川县社会福利院; 夕阳红护理院"},
	}, "agencies", agencyNames)
}

// TestAgencyIssuerCodes covers the ending inside a 发文字号's issuer
// code (永川委办发〔2021〕1号), no body's name, with a case where the rule
// must not fire.
func TestAgencyIssuerCodes(t *testing.T) {
	checkRows(t, []rowCase{
		// A 发文字号's issuer code closes with the kind of paper (发, 函, 字)
		// right before the year: an ending inside it is the code's letter.
		{"按照《通知》(永川委办发〔2021〕1号)要求,做好工作。", ""},
		{"依据《意见》(县民政局函〔2020〕5号)办理。", ""},
		// Must not fire: a body named before the document it issued.
		{"按照永川区委办公室《通知》(永川委办发〔2021〕1号)要求。", "永川区委办公室"},
	}, "agencies", agencyNames)
}

// TestAgencyWordsEndingLikeBodies covers words that close on an ending but name
// no body (破局, 公办, 协商会), with cases where the rule must not fire.
func TestAgencyWordsEndingLikeBodies(t *testing.T) {
	checkRows(t, []rowCase{
		// A word that closes on an ending names an act or a thing: a heading's
		// phrase (破局, breaking a deadlock), an attribute (公办, run by the
		// state), a meeting a body holds (协商会).
		{"政策破局:制度创新为婚俗“减负”", ""},
		{"协助做好市公办福利机构的工作。", ""},
		{"市政协副主席胡亚明主持协商会。", "市政协"},
		// 评委 (a judge of a panel) is people, no committee.
		{"项目由专家评委现场打分。", ""},
		{"经大众评委投票产生。", ""},
		// 处 as "place" after a word of where something lies (拐角处, 路口处).
		{"走到小区东门拐角处，就能看到食堂。", ""},
		{"走到东湖小区门口处就能看到。", ""},
		// Must not fire: an office whose name ends in 处.
		{"县民政局社会事务处负责审核。", "县民政局社会事务处"},
		// Quoted words before a noun of wording (等字样, 字眼) cite words, no body.
		{"名称中不得出现“协会”“俱乐部”等字样。", ""},
		{"名称不得含有“俱乐部”字眼。", ""},
		// Must not fire: a quoted body's name with no noun of wording after it.
		{"请到“东湖县民政局”咨询。", "东湖县民政局"},
		// An exhibition hall or room (展馆, 展厅) is a venue, no institution.
		{"新人走进婚俗展馆参观。", ""},
		{"东湖县民政局人事处负责审核。", "东湖县民政局人事处"},
		// Must not fire: a public institution ending in 馆.
		{"东湖县文化馆组织演出。", "东湖县文化馆"},
		// Must not fire: a committee named whole.
		{"由项目评审委员会确定。", "项目评审委员会"},
		// Must not fire: a unit's label and an office whose name holds 办.
		{"办公室:牵头开展年度考核工作。", "办公室"},
		{"县政府办公室印发通知。", "县政府办公室"},
	}, "agencies", agencyNames)
}
