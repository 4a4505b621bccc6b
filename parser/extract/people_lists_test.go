package extract

import "testing"

// TestPeopleLists covers the people of a list: bare names a list closed by 等
// and a leaders' noun makes certain, a body's or a level's 领导 before names,
// names joined by 和 or 及 under one title, the members of a list printed with
// their body, a roster announced by a label line, and a team's member lines.
func TestPeopleLists(t *testing.T) {
	tests := []rowCase{
		// 现场 before a verb ends the list's last name; before a noun
		// (现场会议) it is no end.
		{"市委书记王建华、刘永忠、赵建华、徐晔宇现场观看晚会并捐款。", "王建华 书记 [书记] @市委; 刘永忠 书记 [书记] @市委; 赵建华 书记 [书记] @市委; 徐晔宇 书记 [书记] @市委"},
		{"市委书记王建华、刘永忠、赵建华、徐晔宇现场会议。", "王建华 书记 [书记] @市委; 刘永忠 书记 [书记] @市委; 赵建华 书记 [书记] @市委"},
		// A title printed next to the name beats one shared across a list.
		// A title printed next to the name beats one shared across a list.
		{"副市长王刚、李华出席。李华局长讲话。", "王刚 副市长 [副市长]; 李华 局长 [局长]"},

		// A list of bare names closed by 等 and a leaders' noun.
		// A list of bare names closed by 等 and a leaders' noun.
		{"黄慧、吴呈钱、胡宝锋、王晓雄、张贤孟等县四套班子领导带头奉献爱心。", "黄慧 -; 吴呈钱 -; 胡宝锋 -; 王晓雄 -; 张贤孟 -"},
		{"当天上午,杨胜杰、李昌明、蔡周钧、吴善灵、陈晨等县四套班子领导在县行政中心参加活动。", "杨胜杰 -; 李昌明 -; 蔡周钧 -; 吴善灵 -; 陈晨 -"},
		{"王刚、李华等领导同志出席。", "王刚 -; 李华 -"},
		{"在市行政中心大厅,徐张艳、方健忠、杜兴林等副市级以上领导依次捐款。", "徐张艳 -; 方健忠 -; 杜兴林 -"},
		{"民政、财政、人社等部门领导参加。", ""},       // the members are no names
		{"周口、商丘、信阳等市领导参加。", ""},        // places
		{"养老、救助等领导小组办公室", ""},          // likewise
		{"王刚、李华等同志参加。", "王刚 -; 李华 -"},  // 同志, the form of address, closes a list of people too
		{"王刚、李华等人员参加。", ""},            // no leaders' noun
		{"王刚、李华等陪同调研。", "王刚 -; 李华 -"},  // a verb of officials' acts closes the list
		{"王刚、李华等人参加慰问。", "王刚 -; 李华 -"}, // 等人
		{"民政、财政等陪同调研。", ""},            // the members are no names
		{"王刚、李华等有关部门参加。", ""},          // neither act nor noun of people after 等
		// A rare surname that leads a phrase (有, have) opens no name where
		// the segmenter reads none: a run of its phrases (有饭吃, have food
		// to eat) after a status is what the people are to have.
		{"要让困难群众有饭吃、有衣穿、有房住,温暖过冬。", ""},
		{"确保低保对象有房住、有粮吃。", ""},
		{"看望了困难户随海波、李某某。", "随海波 -; 李某某 -"},
		{"王刚、会议室等领导", ""},          // a member that is no name spoils the list
		{"王刚、李华等人员参加。今年领导重视。", ""}, // the leaders' noun lies beyond the list's words

		// A list closed by 等 and an office, a word of its kind between, makes
		// each member a holder of the office; bodies, a single name and a
		// member that is no name make no such list.
		{"熊玲、彭桥等提案委员对提案的办理情况发表了看法。", "熊玲 委员 [委员]; 彭桥 委员 [委员]"},
		{"张明、李华等代表发表了看法。", "张明 代表 [代表]; 李华 代表 [代表]"},
		{"民政局、财政局等部门负责人参加。", ""},
		{"会议、座谈等委员会议。", ""},
		{"熊玲等委员发表了看法。", ""},

		// A body or a level's 领导 before a name.
		// A body or a level's 领导 before a name.
		{"衡阳市领导刘正兴参加捐款。", "刘正兴 -"},
		{"县领导吴晖华、陈福军出席仪式", "吴晖华 -; 陈福军 -"},
		{"市委领导张三出席。", "张三 -"},
		{"市领导蔡伦斌、宁经谋、刘光享,市慈善总会会长胡延森参加。", "胡延森 会长 [会长] @市慈善总会; 蔡伦斌 -; 宁经谋 -; 刘光享 -"},
		{"市民政局领导班子,区、县民政局主要负责人参加会议。", ""}, // 领导 opens a word
		{"县领导王刚、江山出席。", "王刚 -"},           // a place listed after the name
		{"每到一户,局领导们为他们送上了慰问金。", ""},
		{"市领导高度重视。", ""},
		{"县领导班子成员参加。", ""},
		{"在市领导关心下，工作顺利。", ""},
		{"成立市领导小组。", ""},
		{"主要领导王刚出席。", ""}, // no body or level before 领导

		// Two names joined by 和 or 及 under one title in a list of leaders; a name
		// after 和 with no list of leaders takes no title.
		{"四川省民政厅党组成员、副厅长廖永康和卢攀登等领导出席活动。", "廖永康 副厅长 [党组成员 副厅长] @四川省民政厅; 卢攀登 副厅长 [党组成员 副厅长] @四川省民政厅"},
		{"副市长张明及李华等领导出席。", "张明 副市长 [副市长]; 李华 副市长 [副市长]"},
		{"副主任阿依古丽‧吐尔洪和王刚等领导出席。", "阿依古丽·吐尔洪 副主任 [副主任]; 王刚 副主任 [副主任]"},
		{"局长张毅和李华出席。", "张毅 局长 [局长]"},

		// The last member of a list that its closing count takes in, a name after
		// a body and before its title, and a word made of bodies' endings (委办)
		// before a title.
		{"慰问了困难群众王金华、张志龙、买林清等3人,送去了慰问金。", "王金华 -; 张志龙 -; 买林清 -"},
		{"養老機構負責人參加會議。區政府辦公室徐國立主任主持會議。", "徐國立 主任 [主任] @區政府辦公室"},
		// Negatives: a count that is not the list's, a class of bodies
		// before a title.
		{"慰问了困难群众王金华、张志龙、买林清等5人。", "王金华 -; 张志龙 -"},
		{"旗人大常委会相关委办负责人参加调研。", ""},
		{"各厅局负责人参加会议。", ""},

		// A member of a list of titled people printed with the body they are from
		// and no title (…中心李琴) is a person of that body.
		{"兵团慈善总会秘书长王梦玲、兵团社会救助保障中心李琴一起慰问了困难群众。",
			"王梦玲 秘书长 [秘书长] @兵团慈善总会; 李琴 - @兵团社会救助保障中心"},
		{"副市长张华、市民政局李强出席。", "张华 副市长 [副市长]; 李强 - @市民政局"},
		// Negatives: a body alone, a body before a place, a body's
		// member with a title of its own, a list of bodies.
		{"副市长张华、市民政局等单位参加。", "张华 副市长 [副市长]"},
		{"副市长张华、市民政局王家沟村驻村工作队参加。", "张华 副市长 [副市长]"},
		{"副市长张华、市救助管理站站长李四出席。", "张华 副市长 [副市长]; 李四 站长 [站长] @市救助管理站"},
		{"市民政局、市财政局、市人社局参加。", ""},

		// A label line that announces a list of names (评审专家名单(排名不分先后):) is
		// followed by the names, parted by 、, each a bare name with a known
		// surname; a list with one member that is no name is a list of something
		// else.
		{"评审专家名单(排名不分先后):\n唐咏、罗文恩、宋承昊、刘炜。\n特此公示。", "唐咏 -; 罗文恩 -; 宋承昊 -; 刘炜 -"},
		{"获奖人员名单如下:张卓华、胡绵鹏", "张卓华 -; 胡绵鹏 -"},
		// Negatives: a list of units, a list with one unit among names,
		// a roster with one member, 名单 inside a sentence.
		{"拟资助单位名单:\n爱心社、阳光之家、志愿者协会。", ""},
		{"评审专家名单:\n唐咏、罗文恩、市民政局。", ""},
		{"评审专家名单:\n唐咏。", ""},
		{"将名单报送民政局,王建国、李秀英参加。", ""},

		// A team's roster: a member line prints a name, a space and the unit with
		// the post (组 长:郭鹏逸 市民政局副局长), a two-character name spaced to three (李 鹏);
		// the label before the colon is no person and no role.
		{"组 长:郭鹏逸 市民政局副局长\n成 员:李 鹏 市民政局救灾科科长\n李 萍 市防灾减灾中心主任\n胡 成 市民政局救灾科工作人员",
			"郭鹏逸 副局长 [副局长] @市民政局; 李鹏 科长 [科长] @市民政局救灾科; 李萍 主任 [主任] @市防灾减灾中心; 胡成 工作人员 [工作人员] @市民政局救灾科"},
		{"副组长:王建国 县民政局局长", "王建国 局长 [局长] @县民政局"},
		// Negatives: no label line before; a post that names no body and
		// no title; a value in digits.
		{"李 萍 市防灾减灾中心主任", ""},
		{"成 员:李 鹏 很好", ""},
		{"联系人:王建国 13800000000", "王建国 -"},
		// A count of persons (位) after 等 closes a list of people
		// (personCountAt); a count of anything else or members that are no
		// names do not. One member alone heads a counted group
		// (people_countedhead.go).
		{"全县涌现出刘建军、孙丽华等多位道德模范。", "刘建军 -; 孙丽华 -"},
		{"邀请了周明远、吴秀英等3位老党员座谈。", "周明远 -; 吴秀英 -"},
		{"北京、上海等多个城市参加。", ""},
		{"民政、财政等多位部门负责人参加。", ""},
		{"刘建军等多位代表发言。", "刘建军 -"},
	}
	checkRows(t, tests, "people", personRows)
}
