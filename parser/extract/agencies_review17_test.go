package extract

import "testing"

// TestAgenciesReview17 covers the conventions read from reviewer 17's
// pages, each with cases where the rule must not fire (about a third of
// each table).

// A member list puts a body's other names (挂牌, 合署) in brackets: an
// other name that opens with its own place or level is a name of its
// own; one that does not names the body before it again, as written.
// Joint issuers run together in a cited title part where a name ends and
// the next opens with a place or 中共.
func TestAgenciesReview17Aliases(t *testing.T) {
	checkRows(t, []rowCase{
		{"成员包括县委宣传部、县委统战部(县民族宗教局、县台港澳局)、县发改局。", "县委宣传部; 县委统战部; 县民族宗教局; 县台港澳局; 县发改局"},
		{"成员包括市委宣传部(市文明办)、市委统战部(市民族宗教事务局)、市委台港澳工作办公室。", "市委宣传部; 市文明办; 市委统战部; 市民族宗教事务局; 市委台港澳工作办公室"},
		{"成员单位:县民政局、县自然资源局(县林业局)、县农业农村局。", "县民政局; 县自然资源局; 县林业局; 县农业农村局"},
		{"根据《中共西藏自治区委员会办公厅西藏自治区人民政府办公厅印发<自治区关于改革完善社会救助制度的若干措施>的通知》精神,制定本办法。", "中共西藏自治区委员会办公厅; 西藏自治区人民政府办公厅"},
		// Must not fire: an other name with no place of its own, a
		// bracket of levels, one issuer.
		{"民政部新闻发言人、办公厅(国际合作司)副主任贾维周主持发布会。", "民政部; 办公厅(国际合作司)"},
		{"市社会福利和捐助救助中心(救助管理站)将在全市范围内开展专项救助。", "市社会福利和捐助救助中心(救助管理站)"},
		{"根据《西藏自治区人民政府办公厅印发<若干措施>的通知》精神,制定本办法。", "西藏自治区人民政府办公厅"},
	}, "agencies", agencyNames)
}

// Where a name opens and ends: a quoted proper name is the name's; a
// name opens neither inside a word nor after a function word; a body of
// volunteers is named whole.
func TestAgenciesReview17Bounds(t *testing.T) {
	checkRows(t, []rowCase{
		{"来自南开区的天津“绿邻居”社区环保志愿者工作站、交警南开支队志愿服务队等8支青年志愿服务队接受了新的旗帜。", "天津“绿邻居”社区环保志愿者工作站; 交警南开支队志愿服务队"},
		{"具体事宜由自治区民政厅设立的“3·14”事件社会救助办公室负责。", "自治区民政厅; “3·14”事件社会救助办公室"},
		{"仅供参考,实际情况以墓园前台咨询为准。", ""},
		{"需要办理医疗救助的人,需由就诊医院医疗机构提供规范的费用凭证。", ""},
		// Must not fire: a quoted slogan before a kind of body, a name
		// after a preposition that is no function word inside it.
		{"开展“我为群众办实事”志愿服务活动。", ""},
		{"成立社区环保志愿者工作站。", "社区环保志愿者工作站"},
		{"慰问现役军人工作站。", ""},
		{"以市民政局名义发布。", "市民政局"},
		{"县林业局(县自然资源局)召开会议。", "县林业局; 县自然资源局"},
		{"需由县人民医院提供凭证。", "县人民医院"},
	}, "agencies", agencyNames)
}

// A class: a member of a list of fields closed by 等部门, a kind of body
// counted after its other name; a news dateline names an outlet.
func TestAgenciesReview17Classes(t *testing.T) {
	checkRows(t, []rowCase{
		{"教育、财政、人力资源社会保障、卫生健康、医保、残联等部门和组织,按照职责做好工作。", ""},
		{"其中社会福利医院(精神病院)155个,床位数4.5万张。", ""},
		{"儋州新闻中心消息 4月5日,正值清明节,墓区祭祀现场井然有序。", ""},
		// Must not fire: a list of bodies named with their place, a
		// hospital named once.
		{"市教育局、市财政局、市残联等部门参加。", "市教育局; 市财政局; 市残联"},
		{"县民政局、残联等单位参加。", "县民政局; 残联"},
		{"市民政局消息称,今年救助人数增加。", "市民政局"},
		{"据琼海市疫情防控工作指挥部消息,暂停祭扫。", "琼海市疫情防控工作指挥部"},
		{"市社会福利医院(精神病院)收治病人。", "市社会福利医院(精神病院)"},
	}, "agencies", agencyNames)
}

// A body named in context: before a title, a unit of 局 with its ending
// 股, the issuer a cited title forwards, a body a decision abolishes.
func TestAgenciesReview17Context(t *testing.T) {
	checkRows(t, []rowCase{
		{"汊沽港镇社工站邀请汊沽港镇副镇长李振宇、社区办主任李耀清开展了首次联席会议。", "汊沽港镇社工站; 汊沽港镇; 社区办"},
		{"请各乡镇社会事务办将打卡发放的情况及时反馈局社会事务股。", "局社会事务股"},
		{"省政府办公厅下发了《关于转发国务院办公厅国办发明电【2013】7号文件的通知》。", "省政府办公厅; 国务院办公厅"},
		{"省政府办公厅下发了《关於转发国务院办公厅国办发明电【2013】7号文件的通知》。", "省政府办公厅; 国务院办公厅"},
		{"市政府决定,建立联席会议制度,同时撤销梅州市殡葬改革领导小组。", "市政府; 梅州市殡葬改革领导小组"},
		{"不断激发广大适龄青年参军入伍报国的热情。(开远市双拥办 开远市小龙潭镇)", "开远市双拥办; 开远市小龙潭镇"},
		{"此外,市长青园公墓推出代客祭扫服务。\n长青园公墓预约电话:王经理", "长青园公墓"},
		// Must not fire: a title with no body before it, a bare 股, a
		// credit of places alone, a title's reading the document does
		// not contradict.
		{"不断激发广大适龄青年参军入伍报国的热情。(开远市 小龙潭镇)", ""},
		{"此外,市长青园公墓推出代客祭扫服务。", "青园公墓"},
		{"副镇长李振宇出席。", ""},
		{"股民数量增加。", ""},
		{"会议由社区办主任主持。", ""},
		{"汊沽港镇副书记出席。", ""},
		{"《关于转发全面推进工作的通知》", ""},
	}, "agencies", agencyNames)
}
