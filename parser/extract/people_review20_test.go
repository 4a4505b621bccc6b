package extract

import "testing"

// People from reviewers 18 and 19: the holder's name before a title that
// the segmenter ran into the word before (落|实习|近平|总书记); a retired
// cadre, a class with no office; two names joined by 和 under one title
// in a list of leaders; a transcribed name joined by a middle dot; an
// adverb before a surname and its title; a name given with 叫 after a
// title; a Party branch's name before 书记; the slash form of a reporter's
// credit.
func TestPeopleReview20(t *testing.T) {
	tests := []rowCase{
		{"以贯彻落实习近平总书记系列重要讲话为主线。", "习近平 总书记 [总书记]"},
		{"在社区退休老干部陈虎根家中,社区工作人员送去了祝福。", "陈虎根 -"},
		{"看望离退休干部王建国。", "王建国 -"},
		{"四川省民政厅党组成员、副厅长廖永康和卢攀登等领导出席活动。", "廖永康 副厅长 [党组成员 副厅长] @四川省民政厅; 卢攀登 副厅长 [党组成员 副厅长] @四川省民政厅"},
		{"副市长张明及李华等领导出席。", "张明 副市长 [副市长]; 李华 副市长 [副市长]"},
		{"民政部社会事务司副司长乌玛尔江·努合曼,出席活动。", "乌玛尔江·努合曼 副司长 [副司长] @民政部社会事务司"},
		{"副主任阿依古丽‧吐尔洪和王刚等领导出席。", "阿依古丽·吐尔洪 副主任 [副主任]; 王刚 副主任 [副主任]"},
		{"我知道我家在长江北社区,书记叫杨杰。", "杨杰 书记 [书记]"},
		{"社区主任名叫王小明。", "王小明 主任 [主任]"},
		{"新达街道办事处副主任兼社区党支部书记陈秋霞说。", "陈秋霞 书记 [副主任 书记] @新达街道办事处"},
		{"村党支部书记李四介绍情况。", "李四 书记 [书记] @村党支部"},
		{"市民政局党组书记李德荣出席。", "李德荣 党组书记 [党组书记] @市民政局"},
		{"(报道/曹俊山)\n技术编辑:王赟", "曹俊山 报道 [报道]; 王赟 技术编辑 [技术编辑]"},
		// Negatives: an adverb, a time word or a pronoun before a surname
		// and its title; a title's holder not named after 叫; a name after
		// 和 with no list of leaders; a dot inside a place's slogan; a
		// retired cadres' bureau; the verb 报道 with no slash.
		{"老人有时候会糊涂,平时杨书记对老人很照顾。", ""},
		{"会上,随后张书记讲话。", ""},
		{"随后驻站社工对社工站工作进行了介绍。", ""},
		{"其中持证社工2766人。", ""},
		{"书记叫我们去开会。", ""},
		{"局长张毅和李华出席。", "张毅 局长 [局长]"},
		{"会议在“中国·成都”召开,局长张三出席。", "张三 局长 [局长]"},
		{"市委老干部局组织离退休干部参观。", ""},
		{"据新华社报道,张三出席。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
