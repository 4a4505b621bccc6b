package extract

import "testing"

// TestAgenciesReview23 covers the conventions read from reviewer 22's
// pages and those reviewer 21 left, each with cases where the rule must
// not fire (about a third of the table): a body of co-ordination runs
// back over its field's verbs to its place; a step of handling a document
// (批办) and a set phrase (楼堂馆所, 政府性) end no name; a change of
// divisions (撤镇设街道) and a plan's act on a level's body (拟调整街道
// 办事处) name no body, nor a form's blank (×××街道办事处) or a
// division's area (街道办事处区划); a guess that runs a preposition into
// a name, or a count of something else before a list, cuts no member;
// units closed by 等 and a kind of unit are the writing body's; kinds of
// facility closed by 等 are classes; a place's other name in brackets
// stays inside the name; a bureau named by its field alone before its
// head's title is the page's own where the page prints it with its place.
func TestAgenciesReview23(t *testing.T) {
	checkRows(t, []rowCase{
		{"根据舟山市定海区社会救助工作联席会议办公室《关于做好春节慰问工作的通知》", "舟山市定海区社会救助工作联席会议办公室"},
		{"舟山市定海区扶贫帮困奔小康工作领导小组办公室印发通知", "舟山市定海区扶贫帮困奔小康工作领导小组办公室"},
		{"和西安市人民政府办公厅批办单(省级文件)要求", "西安市人民政府办公厅"},
		{"区政府办公室交办单已收悉", "区政府办公室"},
		{"同意你们申请的撤镇设街道工作。", ""},
		// 旗 and 盟 are levels as 县 and 市 are (levels.tsv).
		{"旗人民政府副旗长刘晓东参加调研。", "旗人民政府"},
		{"盟民政局召开全盟民政工作会议。", "盟民政局"},
		{"高高飘扬的红旗映红了会场。", ""},
		{"坚持厉行节约,不新建政府性楼堂馆所。", ""},
		{"①县(市、区)及拟调整街道办事处基本情况", ""},
		{"②填写拟设立或撤销街道办事处基本情况表;", ""},
		{"②街道办事处区划存在的问题", ""},
		{"2、×××县(市、区)×××街道办事处行政区划基本情况统计表", ""},
		{"分三个小组集中对南联颐养中心、任达颐养院、利群颐养院和群爱园颐养园开展检查", "南联颐养中心; 任达颐养院; 利群颐养院; 群爱园颐养园"},
		{"还前往来宾市红水河护养院调研", "来宾市红水河护养院"},
		{"局长率领福利科、执法科等相关科室负责人检查", "福利科; 执法科"},
		{"严禁非法兴建殡仪服务站、骨灰堂等殡葬设施", ""},
		{"乌鲁木齐经济技术开发区(头屯河区)民政局开展慰问", "乌鲁木齐经济技术开发区(头屯河区)民政局"},
		{"还前往来宾市社会(儿童)福利院调研", "来宾市社会(儿童)福利院"},
		{"林区民政局组织检查。林区人民政府沈绍平副区长、民政局蒋勇局长等随同督导。", "林区民政局; 林区人民政府; 民政局"},
		// Must not fire: a street named with a verbal noun, a body
		// acting before a guessed name, an office's short name after
		// its body, a 馆 before 所在, a count that counts the list, a
		// kind of unit with no unit before 等, named facilities with
		// their place, a bracket of levels.
		{"建设街道办事处召开会议", "建设街道办事处"},
		{"县委农办牵头", "县委农办"},
		{"市图书馆所在地", "市图书馆"},
		{"来自9家社会工作服务机构和社区社会工作室的社工", ""},
		{"局长率领各县民政局等相关科室负责人", ""},
		{"严禁非法兴建县殡仪馆、骨灰堂等殡葬设施", "县殡仪馆"},
		{"各县(市、区)民政局要高度重视", ""},
		{"价格为3×市民政局核定", "市民政局"},
		{"村(居)民委员会换届", ""},
		{"林区民政局组织检查。各县(市、区)财政局、民政局负责人参加。", "林区民政局"},
		{"林区民政局组织检查,民政局将于1月24日督导。", "林区民政局"},
	}, "agencies", agencyNames)
}
