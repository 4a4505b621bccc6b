package extract

import "testing"

// TestAgencyActorBoundary covers 结合 (to act in line with), a verb that
// ends the name of the body before it and opens the next, but is part of
// a name after a field's words (中西医结合医院).
func TestAgencyActorBoundary(t *testing.T) {
	checkRows(t, []rowCase{
		{"县民政局结合中办、国办文件要求开展自查。", "县民政局; 中办; 国办"},
		{"区民政局结合国办文件精神开展自查。", "区民政局; 国办"},
		{"镇政府结合妇联的安排走访困难家庭。", "镇政府; 妇联"},
		// Must not fire: 结合 inside a name, after a field's words, or
		// before no name at all.
		{"市中西医结合医院开展义诊。", "市中西医结合医院"},
		{"县中西医结合医院结合实际开展义诊。", "县中西医结合医院"},
		{"县医养结合服务中心开展服务。", "县医养结合服务中心"},
		{"市民政局结合实际制定方案。", "市民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyUnitAfterKindWord covers a one-character ending after a word
// of a kind of body: 部 there is a unit's ending (学会|部, a unit of a
// 科协 for its societies), while 处 is also a word of place (机构|处).
func TestAgencyUnitAfterKindWord(t *testing.T) {
	checkRows(t, []rowCase{
		{"市科协学会部部长王华出席会议。", "市科协学会部"},
		{"省社科联学会部开展年检。", "省社科联学会部"},
		{"县科协学会部、组织部负责人参加。", "县科协学会部; 组织部"},
		// Must not fire: 处 of place after a kind of body, 部分 a common
		// word.
		{"请向受理机构处提交材料。", ""},
		{"申请人到登记单位处办理。", ""},
		{"该协会部分会员参加。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyKindWordsAlone covers words that name a kind of body or a
// service, no one body: 俱乐部 alone (a list of the words a name may end
// in), and a name opened by 网上 (online: a service on the web).
func TestAgencyKindWordsAlone(t *testing.T) {
	checkRows(t, []rowCase{
		{"名称中冠以“研究院”“俱乐部”的组织须经审批。", ""},
		{"有的组织自称“基金会”“俱乐部”开展活动。", ""},
		{"俱乐部负责人参加。", ""},
		{"开通“网上纪念馆”供群众祭扫。", ""},
		{"市殡仪馆开通网上纪念馆。", "市殡仪馆"},
		// Must not fire: a club or a memorial hall named by its own words.
		{"市老年人体育俱乐部开展活动。", "市老年人体育俱乐部"},
		{"成立了“夕阳红俱乐部”。", "夕阳红俱乐部"},
		{"县老干部俱乐部组织活动。", "县老干部俱乐部"},
		{"市烈士纪念馆开放。", "市烈士纪念馆"},
	}, "agencies", agencyNames)
}

// TestAgencyNeighbourhoodCentre covers 邻里中心 and 社区邻里中心, a kind of
// community facility: named alone it is the kind, one centre is named by
// its community or street.
func TestAgencyNeighbourhoodCentre(t *testing.T) {
	checkRows(t, []rowCase{
		{"调研我区社区邻里中心建设。", ""},
		{"邻里中心要以党建为引领。", ""},
		{"市民政局调研社区邻里中心运营情况。", "市民政局"},
		// Must not fire: one centre named by its community or street.
		{"南湖街道红星社区邻里中心开展活动。", "南湖街道红星社区邻里中心"},
		{"市民政局调研城东社区邻里中心。", "市民政局; 城东社区邻里中心"},
		{"东湖街道邻里中心开展活动。", "东湖街道邻里中心"},
	}, "agencies", agencyNames)
}

// TestAgencyPlaceBeforeQuote covers a body whose own words are quoted
// after its place: the name runs from the place through the closing
// quote, as printed.
func TestAgencyPlaceBeforeQuote(t *testing.T) {
	checkRows(t, []rowCase{
		{"调研了南浔区“爱心卡运营中心”。", "南浔区“爱心卡运营中心”"},
		{"走访湖州市南浔区“爱心卡运营中心”。", "湖州市南浔区“爱心卡运营中心”"},
		// Must not fire: no place before the quote, a place's whole
		// (全区), a quote that names its own place.
		{"选择“市民政局”办理。", "市民政局"},
		{"全区“爱心卡运营中心”已建成。", "爱心卡运营中心"},
		{"湖州市“南浔区民政局”开业。", "南浔区民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyVerificationCentre covers 核对中心, the short name of the
// 居民家庭经济状况核对中心, a word of its own though 核对 is a verb.
func TestAgencyVerificationCentre(t *testing.T) {
	checkRows(t, []rowCase{
		{"核对中心副主任冯怡参加。", "核对中心"},
		{"信息中心主任张三,核对中心副主任李四参加。", "信息中心; 核对中心"},
		{"区核对中心开展工作。", "区核对中心"},
		// Must not fire: 核对 the verb before 中心城区, a class of centres.
		{"认真核对中心城区低保对象信息。", ""},
		{"各地核对中心要加强工作。", ""},
		{"市居民家庭经济状况核对中心主任王五参加。", "市居民家庭经济状况核对中心"},
	}, "agencies", agencyNames)
}
