package extract

import "testing"

// TestPeopleMore covers the surnames, credit labels and bylines that
// bureau pages beyond the corpus print, each with cases where the rule
// must not fire.
func TestPeopleMore(t *testing.T) {
	tests := []rowCase{
		// A surname of the modern lists (油), and a surname before a given
		// name holding a stop character (倪|向阳: 向 is no preposition here).
		{"由市民政局党组书记、副局长油顺禄同志带队", "油顺禄 副局长 [党组书记 副局长] @市民政局"},
		{"吴明华副局长、倪向阳副主任等参加会议", "吴明华 副局长 [副局长]; 倪向阳 副主任 [副主任]"},
		// The 三审 labels of a web page's footer are credits.
		{"一审:陈雷;二审:郑媛;三审:于海涛", "陈雷 一审 [一审]; 郑媛 二审 [二审]; 于海涛 三审 [三审]"},
		{"复审：李华", "李华 复审 [复审]"},
		// A bare name between an info line's timestamp and an info field.
		{"2017-10-09 10:31 肖莉  来源:县民政局", "肖莉 -"},
		{"2017年10月9日 肖莉 浏览次数：35", "肖莉 -"},
		// A bare name in the bracket after a news report's dateline.
		{"福鼎新闻网讯(郑镇)8月24日,养老工作现场会在我市召开。", "郑镇 -"},
		{"本报讯（崇阳县民政局 周卫鑫）近日，我县召开会议。", "周卫鑫 -"},
		{"本报讯(记者 张三)近日，我县召开会议。", "张三 记者 [记者]"},
		// Tibetan and Uyghur names written in Chinese have no Han surname:
		// name words of the lexicon run together, or joined by a dot, are
		// read whole after or before a title.
		{"厅长益西达瓦主持会议。", "益西达瓦 厅长 [厅长]"},
		{"县委副书记扎西多吉出席会议并讲话。", "扎西多吉 副书记 [副书记] @县委"},
		{"副县长次仁卓玛、达瓦次仁参加会议。", "次仁卓玛 副县长 [副县长]; 达瓦次仁 副县长 [副县长]"},
		{"副局长阿依古丽·买买提讲话。", "阿依古丽·买买提 副局长 [副局长]"},
		{"会上，扎西多吉书记作了讲话。", "扎西多吉 书记 [书记]"},
		// A reporter's compound title is the role as printed.
		{"□首席摄影记者 王建成", "王建成 首席摄影记者 [首席摄影记者]"},
		{"记者 张三 实习生 李四", "张三 记者 [记者]; 李四 实习生 [实习生]"},
		// A name starts after the title before it: 任格桑 reaches into 副主任.
		// (格桑, one name word after a title, is a name; 张三 takes the title
		// printed next to it over the one shared across the list.)
		{"副主任格桑、张三参加会议。张三副局长讲话。", "格桑 副主任 [副主任]; 张三 副局长 [副局长]"},
		// No people.
		{"格桑花开，达瓦次仁家的牦牛也多了。", ""},             // name words with no title
		{"副局长阿依古丽·吐尔洪讲话。", ""},                // a part after the dot that is no name word
		{"局长扎西多吉祥如意", ""},                     // the name words run on into a word
		{"今年共接收实习生20名。", ""},                  // a credit label with no name after it
		{"市摄影家协会举办摄影记者培训班。", ""},              // a credit label before a common noun
		{"版权归原作者所有", ""},                      // a credit takes the name after it
		{"抗美援越人员、“两参”人员、军烈属家庭等", ""},          // a status heads a compound noun
		{"会上向王局长汇报", ""},                      // 向 a preposition, not a surname
		{"并和李书记一起走访", ""},                     // 和 a conjunction
		{"该案一审法院。", ""},                       // a body's word is no name
		{"在张店通讯(郑镇)中开设专栏", ""},                // 讯 ends 通讯, no dateline
		{"2017-10-09 10:31 民政局  来源:县民政局", ""}, // a body, not a name
		{"2017-10-09 10:31 肖莉", ""},           // no info field follows
		{"2017-10-09 10:31 肖莉说要做好工作", ""},     // not a field of its own
	}
	checkRows(t, tests, "people", personRows)
}
