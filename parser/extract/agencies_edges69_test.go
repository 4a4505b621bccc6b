package extract

import "testing"

// TestAgencyFollowsBoundary69 covers 随 (along with) between two names
// (某某登记处随某某中心搬迁): a preposition, so each side is a name of its
// own. Rows where it must not cut: a place that opens with 随 (随州市,
// 随县), read whole.
func TestAgencyFollowsBoundary69(t *testing.T) {
	checkRows(t, []rowCase{
		{"东城区婚姻登记处随东城区政务服务中心搬迁到新址。", "东城区婚姻登记处; 东城区政务服务中心"},
		{"市救助管理站随市民政局迁入新楼。", "市救助管理站; 市民政局"},
		// Must not fire.
		{"随州市民政局开展慰问活动。", "随州市民政局"},
		{"随县民政局召开会议。", "随县民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyQuotedApp69 covers a quote that a word of software follows
// (打开“某某市政府”APP, “某某”客户端): the quote names an app, no body.
// Rows where the rule must not fire: a quoted body before 微信公众号 (its
// own account names it), a quoted body with no word after it.
func TestAgencyQuotedApp69(t *testing.T) {
	checkRows(t, []rowCase{
		{"打开“杭州市政府”APP,进入办事页面。", ""},
		{"下载“南京市民政局”客户端办理。", ""},
		{"通过“广州市民政局”小程序预约。", ""},
		// Must not fire.
		{"关注“清水县民政局”微信公众号查询。", "清水县民政局"},
		{"请选择“市民政局”进行办理。", "市民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyEducationStation69 covers 教育站, a station that teaches the
// public a field (环保教育站), as an institution's ending. Rows where it
// must not fire: the bare ending with no name of its own.
func TestAgencyEducationStation69(t *testing.T) {
	checkRows(t, []rowCase{
		{"老人每日到白沙门环保教育站义务缝制环保袋。", "白沙门环保教育站"},
		{"学生到海口市环保教育站参观。", "海口市环保教育站"},
		// Must not fire.
		{"加强教育站管理。", ""},
		{"教育站工作人员到场。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyClassConjunct69 covers a name with no place of its own joined
// to a kind of body named by its ending alone (敬老院及殡仪服务站): the
// list's members share their kind, a class (agencies_classconjunct.go).
// Rows where it must not fire: the first conjunct a named body, the
// second named by its place.
func TestAgencyClassConjunct69(t *testing.T) {
	checkRows(t, []rowCase{
		{"聚焦敬老院及殡仪服务站重点,开展检查。", ""},
		{"为了让敬老院、福利院和残疾人托养中心的特困供养人员安心过节。", ""},
		// Must not fire.
		{"走访城关镇敬老院及爱心服务站。", "城关镇敬老院; 爱心服务站"},
		{"检查敬老院及县殡仪服务站。", "县殡仪服务站"},
		{"县民政局和爱心服务站联合开展活动。", "县民政局; 爱心服务站"}, // 殡仪服务站 alone: a kind (generic_agencies.txt)
	}, "agencies", agencyNames)
}

// TestAgencyCultureStation69 covers 文化站, a township's cultural station
// (某镇综合文化站), as an institution's ending. Rows where it must not
// fire: the bare ending, a class of every township's.
func TestAgencyCultureStation69(t *testing.T) {
	checkRows(t, []rowCase{
		{"现确认内坑镇综合文化站为社会救助服务点。", "内坑镇综合文化站"},
		{"活动在城关镇文化站举行。", "城关镇文化站"},
		// Must not fire.
		{"加强文化站建设。", ""},
		{"各乡镇文化站要做好工作。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyListPropagated69 covers a 、 list whose every other member is
// a name found whole: a member of Han characters alone closing on a found
// member's last character is a name of that kind (南山龙园 beside 屏鼎山墓园).
// Rows where it must not fire: a member that closes otherwise, a first
// member with no colon before the list, a list with one name found.
func TestAgencyListPropagated69(t *testing.T) {
	checkRows(t, []rowCase{
		{"提供预约服务的机构为:屏鼎山墓园、南山龙园、灵安陵园、华夏园。", "屏鼎山墓园; 南山龙园; 灵安陵园; 华夏园"},
		{"开放的公墓有:北碚公墓、涂山公墓、飞来寺公墓、莲花公墓。", "北碚公墓; 涂山公墓; 飞来寺公墓; 莲花公墓"},
		// Must not fire.
		{"提供预约服务的机构为:屏鼎山墓园、灵安陵园、南山福座。", "屏鼎山墓园; 灵安陵园"},
		{"局长特别感谢东风福利基金会、南山福利基金会。", "东风福利基金会; 南山福利基金会"},
		{"对社会福利院、敬老院、光荣院开展检查。", ""},
	}, "agencies", agencyNames)
}
