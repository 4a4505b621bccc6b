package extract

import "testing"

// TestAgencyListMembers covers the members of a list of bodies: later
// members after a body the scan found, each with a body's ending; members
// of one government's list closed by 等 or by its count; short names that
// are words of their own; classes, fields and kinds end the list. Each
// with cases where the rule must not fire.
func TestAgencyListMembers(t *testing.T) {
	checkRows(t, []rowCase{
		// The later members of a list that a body the scan found leads, or governs
		// with a preposition, are bodies each with a body's ending (short names in
		// context).
		{"1月20日，高新区民政局按照党工委、管委会的部署安排，开展走访慰问。", "高新区民政局; 党工委; 管委会"},
		{"宁波市社会福利院、市恩美儿童福利院和市老年疗养院是三家福利机构。", "宁波市社会福利院; 市恩美儿童福利院; 市老年疗养院"},
		{"市局办公室、计财处、救灾处等部门负责同志陪同调研。", "市局办公室; 计财处; 救灾处"},
		{"市民政局、住建局、各乡镇民政主管负责人参加了仪式。", "市民政局; 住建局"},
		{"县民政局和住建局负责人参加了仪式。", "县民政局; 住建局"},
		{"县民政局、市场监管局开展检查。", "县民政局; 市场监管局"},
		// A community named by common words is one body as a member of a list
		// beside one named by a proper name, first or last in the list.
		{"工作人员先后到东风社区、西湖社区和南山社区走访。", "东风社区; 西湖社区; 南山社区"},
		{"一行到龙井社区和长铺社区实地查看。", "龙井社区; 长铺社区"},
		{"一行到光明社区、西湖社区实地查看。", "光明社区; 西湖社区"},
		// Must not fire: kinds of community listed, or a kind beside a name.
		{"推进城市社区、农村社区建设。", ""},
		{"加强城乡社区和古塔社区建设。", "古塔社区"},
		// A social body's own name after a placed member of a list closed by 等 is
		// the place's body; a kind of social body, or a list with no placed
		// member before it, is not.
		{"联合县妇联、县慈善会、儿童发展基金会等部门开展活动。", "县妇联; 县慈善会; 儿童发展基金会"},
		{"联合县慈善会、儿童发展基金会等组织开展活动。", "县慈善会; 儿童发展基金会"},
		{"联合县慈善会、老年协会等组织开展活动。", "县慈善会"},
		{"引导村委会、老年协会、志愿服务队等参与。", ""},
		{"县民政局根据财政局、审计局的意见进行整改", "县民政局; 财政局; 审计局"},
		{"市民政局、公安局和交警大队开展检查", "市民政局; 公安局; 交警大队"},
		// Must not fire: classes, fields and kinds of institution end the list.
		{"县民政局和有关部门负责同志参加。", "县民政局"},
		{"县民政局会同民政、财政等部门开展检查。", "县民政局"},
		{"县民政局、各乡镇民政办参加会议。", "县民政局"},
		{"县民政局走访敬老院、光荣院。", "县民政局"},
		{"县民政局、照料中心等单位参加。", "县民政局"},
		{"县民政局、市场营销中心参加", "县民政局"},
		{"燕子河镇民政办紧紧围绕党委、政府的中心工作", "燕子河镇民政办"},
		{"县民政局按照党工委的部署开展工作。", "县民政局"},
		{"县民政局和计财处同志参加了区委会议。", "县民政局; 计财处; 区委"},
		{"县民政局和群众代表参加区委", "县民政局; 区委"},
		{"县民政局对下属科室、直属站所进行考核", "县民政局"},
		{"严格按照省民政厅和市委市政府的有关工作部署要求", "省民政厅; 市委; 市政府"},
		// Every member of a list of one government's bodies closed by 等 is a body
		// when the list opens with one named by its place: a bureau named after
		// its field (城市执法局), a commission's short name (卫健委), a unit named after
		// the body it serves (宣传部文明办).
		{"市民政局、宣传部文明办、城市执法局、卫健委、市场监督管理局、公安局治安支队、交警支队等6家殡葬改革成员单位分别进行了汇报。", "市民政局; 宣传部文明办; 城市执法局; 卫健委; 市场监督管理局; 公安局治安支队; 交警支队"},
		{"城市执法局、卫健委、市场监督管理局分别进行了汇报。", "城市执法局; 卫健委; 市场监督管理局"},
		{"城市执法局进行了汇报。", "城市执法局"},
		{"宣传部文明办进行了汇报。", "宣传部文明办"},
		{"行政审批局负责受理。", "行政审批局"},
		// Must not fire: kinds of body listed with 等, a list with no member named
		// by its place.
		{"对养老机构、居家服务中心、照料中心等场所开展检查", ""},
		{"联合中心镇政府、儿童福利院等单位开展慰问。", ""},
		// A short name the segmenter guessed whole after its level (县|发改局), the
		// trade's word for a government's office between two bodies, an office's
		// short name in 办 (台港澳办).
		{"分别召开由县发改局、公安局、财政局等单位相关人员参加的座谈会。", "县发改局; 公安局; 财政局"},
		{"由县发改局负责。", "县发改局"},
		{"成员包括市发展改革局、民族宗教局、公安局、民政局、自然资源局、生态环境局等单位。", "市发展改革局; 民族宗教局; 公安局; 民政局; 自然资源局; 生态环境局"},
		{"成员包括市委宣传部、统战部、台港澳办,市发展改革局。", "市委宣传部; 统战部; 台港澳办; 市发展改革局"},
		// Must not fire: a boundary word glued onto a word that points at the
		// body, the trade's word last in a list or before a unit, an idiom ending
		// in 办, an ending alone.
		{"可在政府门户网站或本局网站上下载。", ""},
		{"云安区、新兴县人民政府、民政局和相关镇负责同志参加。", "新兴县人民政府"},
		{"市行政审批服务局、民政局相关科室参加。", "市行政审批服务局"},
		{"市民政局、大操大办。", "市民政局"},
		{"县民政局、领导小组、办公室参加。", "县民政局"},
		// A merged bureau's short name in a list after a member with its place.
		{"及时征求平顶山记者站、文旅局、慈善总会等相关部门意见", "平顶山记者站; 文旅局; 慈善总会"},
		// Must not fire: the short name alone.
		{"文旅局开展活动", ""},
		// A field of work after 基层 ends no list; the 科 between two found
		// members is a unit of the list's kind (agencies_listpropagated.go;
		// the unfitted tengzhou gold names it).
		{"获奖单位：龙泉街道民政科、基层政权建设和社区治理科、东沙河街道民政科。", "龙泉街道民政科; 基层政权建设和社区治理科; 东沙河街道民政科"},
		// Must not fire: 基层 before a kind of body is a class.
		{"县民政局、基层社区、乡镇民政办参加会议。", "县民政局"},
		// A list closed by its count of departments names each member; the first
		// member of a list of peers after a verb is named as the rest are; a
		// rank's 等 (三等奖) closes no list.
		{"民政部联合教育部、公安部、司法部等十部门制定出台了意见。", "民政部; 教育部; 公安部; 司法部"},
		{"国务院妇儿工委办公室、共青团中央、全国妇联等部门参加。", "国务院妇儿工委办公室; 共青团中央; 全国妇联"},
		{"二等奖,局办公室、福利彩票服务站、市社会救助综合服务中心汇报人分别荣获三等奖。", "局办公室; 福利彩票服务站; 市社会救助综合服务中心"},
		{"民政局、公安局等5个部门参加。", "民政局; 公安局"},
		{"民政部、公安部、全国妇联、中国残联等十部门制定意见。", "民政部; 公安部; 全国妇联; 中国残联"},
		{"天津市南开区民政局、和平区民政局等单位参加。", "天津市南开区民政局; 和平区民政局"},
		{"市教育局、市财政局、市残联等部门参加。", "市教育局; 市财政局; 市残联"},
		{"县民政局、残联等单位参加。", "县民政局; 残联"},
		// Must not fire: fields of work listed, a list member with no place closed
		// by 等, kinds of body counted.
		{"教育、财政、人力资源社会保障、卫生健康、医保、残联等部门和组织,按照职责做好工作。", ""},
		{"教育、财政、医保、残联等部门参加。", ""},
		{"联合宣传部、组织部等部门开展活动。", ""},
		{"养老机构、照料中心等3个单位参加。", ""},
		// A body's short name that is a word of its own (团委) is a member of a list
		// after a body once the list has named a member, but not right after the
		// body that leads it (市纪委、监委).
		{"新疆生产建设兵团文明办、民政局、教育局、团委,各有关单位:", "新疆生产建设兵团文明办; 民政局; 教育局; 团委"},
		{"县民政局、财政局、团委、妇联联合开展活动。", "县民政局; 财政局; 团委; 妇联"},
		{"相关线索移交市纪委、监委,依规处理。", "市纪委"},
		// Must not fire: a two-character word that names no body after a body.
		{"县民政局、团队负责人参加。", "县民政局"},
		// A domain's kind of institution after a placed member of a list is that
		// place's.
		{"督导组先后检查了漳州市正兴养护院、社会福利院（儿童福利院）、台商投资区角美镇敬老院。", "漳州市正兴养护院; 社会福利院（儿童福利院）; 台商投资区角美镇敬老院"},
		{"伊犁州民政局组织伊犁慈善总会、伊犁州福彩彩票发行中心筹集御寒衣物。", "伊犁州民政局; 伊犁慈善总会; 伊犁州福彩彩票发行中心"},
		// Must not fire: a kind after a field's words.
		{"发行福利彩票，市福利彩票发行中心负责。", "市福利彩票发行中心"},
		// A township or street office in a 主送 line, a body of a level above the
		// class a 各-list spreads over, and a 主送 member with a name of its own
		// after 各 are one body each.
		{"各乡镇人民政府、甘蔗街道办事处：", "甘蔗街道办事处"},
		{"各镇(街)分管领导、民政所主任、区民政局领导班子成员参加会议。", "区民政局"},
		{"各县民政局，市救助管理站：", "市救助管理站"},
		{"各县（区）民政局，市救助管理站：", "市救助管理站"},
		{"各县民政局及市救助站", "市救助站"},
		{"关于做好2024年清明节祭扫工作的通知\n各镇民政所、焦岗湖国家湿地公园管理处社会事务部:\n清明节是传统节日。", "焦岗湖国家湿地公园管理处社会事务部"},
		{"各县(市、区)行政审批服务局、民政局,高新区社区管理局、行政审批服务局:", "高新区社区管理局"},
		// A zone's kind alone opening a 主送 member, a mark after the 各-list:
		// the city's own zone, one body.
		{"各县(市、区)民政局、开发区社会事业局:", "开发区社会事业局"},
		{"各县（区）民政局、新区社会事务局：", "新区社会事务局"},
		// A 主送 line whose members lost their marks: the category ends at its
		// ending, and a name that opens with its own place or zone runs on.
		{"各县(区)人民政府东湖高新区管委会西山新区管委会,市直各单位:", "东湖高新区管委会; 西山新区管委会"},
		{"各县人民政府西山新区管委会:", "西山新区管委会"},
		// Must not fire: a unit of the category's body, with no place of its own.
		{"各县(区)民政局婚姻登记处:", ""},
		{"各县民政局社会事务股:", ""},
		// Must not fire: the zone's kind after 各, or a 主送 line of 各-kinds only.
		{"各县(市、区)民政局、各开发区社会事业局:", ""},
		{"各县(市、区)民政局、财政局:", ""},
		// Must not fire: a 主送 member that is a kind.
		{"各镇人民政府、社会福利服务中心:\n请认真贯彻执行。", ""},
		// Short names in a distribution list; 人大 is a division's congress.
		{"抄报：市民政局；县委、人大、县政府、政协、纪委。", "市民政局; 县委; 人大; 县政府; 政协; 纪委"},
		{"在市人大、市政协的监督支持下，全市民政工作取得进展。", "市人大; 市政协"},
		// Must not fire: the short names as part of a person's title.
		{"邀请人大代表、政协委员参加。", ""},
		// Towns listed after a street of their level are bodies as the street is.
		{"现将凤凰街道、樊口街道、花湖镇、汀祖镇、碧石渡镇申报的47条道路进行命名。", "凤凰街道; 樊口街道; 花湖镇; 汀祖镇; 碧石渡镇"},
		{"根据规定,凤凰街道、花湖镇政府申报道路命名。", "凤凰街道; 花湖镇政府"},
		// Must not fire: a village after a street is another level.
		{"凤凰街道、花湖村申报道路命名。", "凤凰街道"},
	}, "agencies", agencyNames)
}

// TestAgencySharedHeads covers names that share a head: two divisions
// joined by 和 before one ending, zones listed before the head of the last,
// places listed before a government's office. Each with cases where the
// rule must not fire.
func TestAgencySharedHeads(t *testing.T) {
	checkRows(t, []rowCase{
		// A name ends before 和 after a division's level; a zone's name that shares
		// the head of the next member names no body; a development zone's name
		// opens the names of the bodies in it.
		{"迎泽区和杏花岭区民政局联合开展活动。", "杏花岭区民政局"},
		{"各县区人民政府,市开发区、高新区管委会:", "高新区管委会"},
		{"各县市区民政局、经济技术开发区社会事业局、三山经济开发区人社局、爱心企业等参加了启动仪式。", "经济技术开发区社会事业局; 三山经济开发区人社局"},
		// Must not fire: two zones alone; 各 over a zone's kind; a government's
		// office after a list of places is each place's.
		{"市开发区、高新区参加。", "市开发区; 高新区"},
		{"各县市区民政局、开发区社会事业局参加会议。", ""},
		{"云安区、新兴县人民政府、民政局和相关镇（街）负责同志陪同调研。", "新兴县人民政府"},
	}, "agencies", agencyNames)
}
