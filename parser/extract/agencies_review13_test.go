package extract

import "testing"

// TestAgenciesReview13 covers the conventions read from reviewer 12's
// pages on where a body's name starts and ends, each with cases where
// the rule must not fire (at least a third of each table).

// A body's name holds no verb between its units: a verb and its object
// (担任|评委), a verb of contact (联系) between two bodies, and 驻, which
// joins a body and the place where it sits unless the stationed body's
// own ending follows the place.
func TestAgenciesReview13Verbs(t *testing.T) {
	checkRows(t, []rowCase{
		{"6位领导和专家出席活动并担任评委。", ""},
		{"故城县郑口镇民政所联系县局救助站,称在村里发现一名流浪人员。", "故城县郑口镇民政所; 县局救助站"},
		{"县民政局联系县妇联开展活动。", "县民政局; 县妇联"},
		{"年检材料报送至市民政局驻政务中心一楼窗口。", "市民政局"},
		{"河南省人民政府驻北京办事处举办活动。", "河南省人民政府驻北京办事处"},
		{"市养老服务中心驻村工作队全力为生产保驾护航。", "市养老服务中心驻村工作队"},
		// Must not fire: a verb that opens a body's own name, a place that
		// opens with 驻, 联系 as a noun, 民政所 alone as the kind.
		{"联合为民社会工作服务中心开展活动", "为民社会工作服务中心"},
		{"驻马店市民政局召开会议。", "驻马店市民政局"},
		{"加强与县民政局的联系。", "县民政局"},
		{"结合城区办、民政所，指导村居参与。", "城区办"},
	}, "agencies", agencyNames)
}

// A name opens with the place that opens it: a town's name the segmenter
// ran into the word before it (原雅桥/x|乡), a community's name after the
// township it lies in (长淮街道|胜利社区).
func TestAgenciesReview13Places(t *testing.T) {
	checkRows(t, []rowCase{
		{"石栏镇人民政府驻保楼村(原雅桥乡人民政府驻地)。", "石栏镇人民政府; 雅桥乡人民政府"},
		{"推荐长淮街道胜利社区、方庙街道站塘社区、胜利路街道建设社区参加评选。", "长淮街道胜利社区; 方庙街道站塘社区; 胜利路街道建设社区"},
		{"长淮街道胜利社区开展活动。", "长淮街道胜利社区"},
		// Must not fire: a verb of the township's own act, a kind of
		// community, a name after a word the guess holds.
		{"长淮街道加强社区建设。", "长淮街道"},
		{"指导江口街道完成南浦社区的设立", "江口街道"},
		{"推进城乡社区建设。", ""},
		{"计划在原属呼热胡社区北新建1个社区。", "呼热胡社区"},
	}, "agencies", agencyNames)
}

// A unit inside a body keeps the whole name: the 机关工委 a party
// committee sets up over the organs of its level is named after it.
func TestAgenciesReview13Units(t *testing.T) {
	checkRows(t, []rowCase{
		{"滕州市委市直机关工委、滕州市委办公室等单位给予支持。", "滕州市委市直机关工委; 滕州市委办公室"},
		{"县委县直机关工委开展活动。", "县委县直机关工委"},
		{"滕州市委市直机关工委委员郑胜培同志出席。", "滕州市委市直机关工委"},
		// Must not fire: two bodies side by side, a 机关工委 alone.
		{"市委市政府高度重视。", "市委; 市政府"},
		{"市直机关工委书记张三讲话。", "市直机关工委"},
	}, "agencies", agencyNames)
}

// A venue is no body: a name after 在 and before the verb of holding an
// event, named without a place's level; an event's name in quotes; a
// class that a bracket prints with its other reading (村(居)民委员会).
func TestAgenciesReview13NonBodies(t *testing.T) {
	checkRows(t, []rowCase{
		{"普陀区在东港商务中心隆重举办启动仪式。", ""},
		{"活动在东港商务中心举行。", ""},
		{"举办“第三届微公益创投大赛暨社区治理创新评选”活动。", ""},
		{"（二）居民地名称村(居)民委员会所在地名称。", ""},
		{"各村（居）民委员会要加强管理。", ""},
		// Must not fire: a body named by its place hosts the event; a body
		// that opens a quoted clause; a byline's bracket before a name.
		{"在市儿童福利院举行开放日活动。", "市儿童福利院"},
		{"在渝北区救助管理站举行开放日活动。", "渝北区救助管理站"},
		{"区民政局在彩屯街道办事处彩玉社区举办了揭牌仪式。", "区民政局; 彩屯街道办事处彩玉社区"},
		{"“退役军人事务部发布庆祝建党100周年系列活动”", "退役军人事务部"},
		{"(记者 崔静)市民政局召开会议。", "市民政局"},
	}, "agencies", agencyNames)
}
