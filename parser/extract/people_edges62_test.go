package extract

import (
	"testing"

	"bulletin/parser/hant"
)

// TestPeopleEdges62: a closing credit's name whose given name is a word
// ((万如意 卢超华)); a three-character name the segmenter glued to the verb
// of going after it (胡友|坚到|我区); a verb after a title with no name
// (负责人通报了); a site's account in a credit (编辑:管理员).
func TestPeopleEdges62(t *testing.T) {
	rows := []rowCase{
		// A bracket of writers: each field a name, 万 a surname.
		{"区民政局开展慰问活动。(万如意 卢超华)", "万如意 -; 卢超华 -"},
		{"区民政局开展慰问活动。(萬如意 盧超華)", "万如意 -; 卢超华 -"},
		{"区民政局开展慰问活动。(王建华 李明)", "王建华 -; 李明 -"},
		// The verb of going after the name: the character before it is the name's.
		{"社会事务处处长胡友坚到我区开展防寒保暖工作。", "胡友坚 处长 [处长] @社会事务处"},
		{"局长李明赴北京学习。", "李明 局长 [局长]"},

		// Must not: a field alone, or with no name beside it; an adverb
		// or a stop before the verb of going; the verb at the clause's end.
		{"区民政局开展慰问活动。(万如意)", ""},
		{"区民政局开展慰问活动。(和平村 李明)", "李明 -"},
		{"局长张华到会讲话。", "张华 局长 [局长]"},
		{"局长张华来到北京。", "张华 局长 [局长]"},
		// A verb of report after a title names no one.
		{"巴州民政局与和田地区民政局主要负责人通报了边界管理情况。", ""},
		{"区民政局负责人通报情况。", ""},
		{"会上,局长介绍了有关情况。", ""},
		// A site's account is no one's name; a person in the credit is.
		{"区民政局召开会议。\n编辑:管理员", ""},
		{"区民政局召开会议。\n责任编辑:系统管理员", ""},
		{"区民政局召开会议。\n编辑:王管理", "王管理 编辑 [编辑]"},
	}
	for k := range rows {
		rows[k].in = hant.Map(rows[k].in)
	}
	checkRows(t, rows, "people", personRows)
}
