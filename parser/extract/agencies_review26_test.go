package extract

import "testing"

// TestAgenciesReview26 covers how official names are built, each with
// cases where the rule must not fire (about a third of the table): a
// county's short name that is also a verb of working together (会同)
// bounds the name before a level word; an adverb-like adjective (充分)
// and the verb after it open no name; a body's name, an adverb and a
// verb make a clause, no longer name; a span of time (工作日内) opens
// none; 青联, 总队 and 联合总会 end names.
func TestAgenciesReview26(t *testing.T) {
	checkRows(t, []rowCase{
		{"省退役军人事务厅会同省委宣传部、省委党史方志办等单位组成评审组。", "省退役军人事务厅; 省委宣传部; 省委党史方志办"},
		{"市民政局会同市财政局印发通知。", "市民政局; 市财政局"},
		{"区革命烈士陵园现已完成烈士骨灰存放室提升改造工程。", "区革命烈士陵园"},
		{"浙江省国企单位纷纷向省慈善联合总会捐赠善款。", "省慈善联合总会"},
		{"黄浦区青联、黄浦区人大参加活动。", "黄浦区青联; 黄浦区人大"},
		{"省公安消防总队派员参加会议。", "省公安消防总队"},
		{"县民政局已完成审批。", "县民政局"},
		// Must not fire: a county's full name is read whole; a verb
		// after an adverb acts on a kind of body; a span of time leaves
		// a bare bureau, a kind; 总会 alone is an adverb's word.
		{"会同县民政局召开会议。", "会同县民政局"},
		{"为充分尊重陵园所存放烈士骨灰的家属的情感和权益。", ""},
		{"工作日内民政局各部门办理收养、婚姻等工作。", ""},
		{"我们总会想起他。", ""},
	}, "agencies", agencyNames)
}
