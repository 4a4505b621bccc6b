package extract

import "testing"

// TestPeopleReview55: a Party organisation's name before 书记 in a chain of
// posts (村党总支书记、村委会主任某某某) is no name; a transcript's speaker
// labelled with body and post in brackets (某某(市某局某处处长):); the
// writer a source line names after the outlet (来源 | 某台  某某); the
// holders of a title counted (书记三人).
func TestPeopleReview55(t *testing.T) {
	tests := []rowCase{
		// A body's ending read as a surname and a given name before 书记.
		{"青山村党总支书记、村委会主任王建林介绍情况。", "王建林 主任 [书记 主任] @青山村党总支"},
		{"河口村党支部书记、村委会主任刘明远说。", "刘明远 主任 [书记 主任] @河口村党支部"},
		{"党建华书记出席会议。", "党建华 书记 [书记]"},
		{"党总支书记王建林介绍。", "王建林 书记 [书记]"},

		// A speaker's label: name, body and post in brackets, a colon.
		{"记者提问：请问有哪些举措？\n周明华（市民政局养老服务处处长）：我们主要做了三项工作。", "周明华 处长 [处长] @市民政局养老服务处"},
		{"李春燕(区民政局副局长):今年全区新建养老服务站十个。", "李春燕 副局长 [副局长] @区民政局"},
		{"李春燕(女):今年全区新建养老服务站十个。", ""},
		{"养老服务(处长负责):今年全区新建养老服务站十个。", ""},

		// The writer after the outlet on a source line.
		{"会议强调要落实责任。\n来源 |某县电视台  张红梅", "张红梅 -"},
		{"会议强调要落实责任。\n来源：某某网 李明", "李明 -"},
		{"会议强调要落实责任。\n来源：某某网", ""},
		{"会议强调要落实责任。\n来源：某某网 2021-01-05", ""},
		{"会议强调要落实责任。\n来源：某某网 民政局", ""},

		// The holders of a title counted.
		{"村党支部书记三人参加会议。", ""},
		{"主任两名列席会议。", ""},
		{"局长万鹏出席会议。", "万鹏 局长 [局长]"},
	}
	checkRows(t, tests, "people", personRows)
}
