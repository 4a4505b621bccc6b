package extract

import "testing"

// TestPeopleSpacedAndDescribed covers credits under the label 校审 and
// credits whose names are packed (（某镇甲乙丙丁）, 甲某 乙某/图文), a credit label after
// the previous field's value run on (来源:某镇责任编辑:), people named by a
// descriptor (五保老人, 新人, 干部, 下沉干部), a given name the segmenter read
// as an adjective after a measure-word surname (局长张|平安), and the
// clause's verb after a class of people (为困难群众解忧), no name.
func TestPeopleSpacedAndDescribed(t *testing.T) {
	checkRows(t, []rowCase{
		// 校审, the proof rounds' words in the other order, is a credit label.
		{"校审：刘 洋", "刘洋 校审 [校审]"},
		{"校审 | 孙强", "孙强 校审 [校审]"},
		// The previous field's value is no part of the label.
		{"信息来源:某镇责任编辑:李明", "李明 责任编辑 [责任编辑]"},
		// A place before names run together in a closing credit.
		{"安全检查全面铺开。（城关镇王小红李建国）", "王小红 -; 李建国 -"},
		// A credit verb after a slash; 讯 run onto an outlet's 网.
		{"本报讯 (周海 李娜/图文)3月2日，县民政局召开会议。", "周海 -; 李娜 -"},
		{"某某网讯（陈立新）5月3日，县民政局召开会议。", "陈立新 -"},
		// Descriptors: a status and a resident give no role, a cadre's word is the role.
		{"走访中，五保老人刘秀英说", "刘秀英 -"},
		{"婚姻登记处的新人李志强说", "李志强 -"},
		{"区民政局下沉干部孙丽参加活动。", "孙丽 下沉干部 [下沉干部]"},
		{"办公室干部赵红梅、科员李明参加。", "李明 科员 [科员]; 赵红梅 干部 [干部]"},
		// 张 read as a measure before an adjective right after a title.
		{"县民政局副局长张平安出席会议。", "张平安 副局长 [副局长] @县民政局"},
		{"会上，县民政局局长张美好讲话。", "张美好 局长 [局长] @县民政局"},
		// Negatives: a verb after a class of people, words that look alike.
		{"要为困难群众解忧。", ""},
		{"为低保户解难。", ""},
		{"图文编辑:李馨雨", "李馨雨 图文编辑 [图文编辑]"},
		{"安全检查全面铺开。（城乡居民）", ""},
		{"安全检查全面铺开。（城关镇张庄村 李明）", "李明 -"},
		{"安全检查全面铺开。（城关镇李明王芳/图文）", "李明 -; 王芳 -"},
		{"安全检查全面铺开。（记者 欧阳明华）", "欧阳明华 记者 [记者]"},
		{"某某新闻网讯(郑镇)8月24日,全市养老工作现场会召开。", "郑镇 -"},
		{"工作推进。（某镇卫生院）", ""},
		{"130余名干部职工参加。", ""},
		{"干部群众齐心协力。", ""},
		// A rare surname's pair after 干部 is the clause's verb; a common
		// surname's pair is a name.
		{"这次活动也是该镇全体党员干部践行“两学一做”的具体体现。", ""},
		{"区民政局干部孙丽参加活动。", "孙丽 干部 [干部]"},
		{"社区退休老干部陈虎根来到现场。", "陈虎根 -"},
		{"新人培训班开班。", ""},
		{"发放三张有效证件。", ""},
		{"审核 | 王芳 李明", "王芳 审核 [审核]; 李明 审核 [审核]"},
	}, "people", personRows)
}
