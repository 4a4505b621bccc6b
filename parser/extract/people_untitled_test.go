package extract

import "testing"

// TestPeopleUntitled covers the names printed with no title that a
// convention makes certain: a name awarded an honour, a status or a class
// before a name (服务对象, 现役军人, 志愿者, 退休老干部), 老人 after a full name, a pair
// joined by 和 before a verb of action, a name introduced by an age, a 联系人, a
// press conference's speaker; and the words of those conventions that name
// no one.
func TestPeopleUntitled(t *testing.T) {
	tests := []rowCase{
		// A name that opens a clause and is awarded an honour.
		// A name that opens a clause and is awarded an honour.
		{"专兼职工作人员688名,马少平获襄阳市“最美退役军人工作者”,城关镇老君山村退役军人服务站获襄阳市“十佳退役军人服务站”。", "马少平 -"},
		{"今年,王晓红荣获“全国劳动模范”称号。", "王晓红 -"},
		{"全县获“省级示范县”称号。", ""},  // a place
		{"张家港获“文明城市”称号。", ""},  // a place
		{"马少平获得了大家的认可。", ""},   // no honour
		{"近日马少平获“最美”称号。", ""},  // the name does not open the clause
		{"老君山村获“最美村庄”称号。", ""}, // a village
		{"市民政局获“先进集体”称号。", ""}, // a body
		{"黄山获“世界遗产”称号。", ""},   // a place
		// A name before 夫妇 is a person's; 老人 before a body's ending is a word
		// of the body's name.
		{"贺兰县周占银夫妇“零彩礼”连嫁三女。", "周占银 -"},
		{"出席松鹤老人中心敬老联欢会。", ""},
		{"田冬梅老人带着孙子。", "田冬梅 -"},
		// A veteran named by what he served as (老兵, 复员军人), each member
		// of a 、 list, takes no title.
		{"看望参战老兵赵某平、复员军人钱某泉、退伍军人孙某荣。", "赵某平 -; 钱某泉 -; 孙某荣 -"},
		{"看望抗美援朝老兵孙立和、烈属钱桂英。", "孙立和 -; 钱桂英 -"},
		// Negatives: the word heads a noun or stands alone.
		{"老兵们参加了座谈。", ""},
		{"复员军人家庭得到慰问,退伍军人服务站挂牌。", ""},
		{"他是一名老兵,在村里很有威望。", ""},
		// A unit that measures the digits before it (2015年, 87人) opens no
		// name before 老人, whatever surname it spells.
		{"2015年百岁老人87人,其中男性24人。", ""},
		{"2015年,田冬梅老人带着孙子。", "田冬梅 -"},
		{"全市有3万百岁老人。", ""},
		// A verb of care the segmenter's own dictionary tags as a name
		// (关怀, 敬老: domain.tsv retags them) is the deed before 老人.
		{"社区志愿者定期开展关怀老人活动。", ""},
		{"开展敬老老人联谊活动。", ""},
		// A colon after the form of address introduces the names it stands
		// for, 、 between them; a member that is no name, or a name that runs
		// on into the clause, makes the colon a speaker's.
		{"看望慰问了两位百岁老人:郭永兰、张福英。并送去棉衣。", "郭永兰 -; 张福英 -"},
		{"看望了百岁老人：田冬梅。", "田冬梅 -"},
		{"看望慰问了两位百岁老人:郭永兰、社区干部。", ""},
		{"百岁老人:田冬梅说身体很好。", ""},
		// A common word the segmenter's dictionary tags as a name's, after
		// a status, is no name; before a form of address it is one (the
		// dictionary lists common names too), and a name it cuts as
		// unknown is one.
		{"关于将困难群众纳入低保对象范畴的建议。", ""},
		{"王平同志主持会议。", "王平 -"},
		{"慰问了王明老人。", "王明 -"},
		{"看望张伟老人。", "张伟 -"},
		// A Tibetan name of two name words, the second one unlisted, left one
		// unknown word; a run of another length or opening with no name word is none.
		{"阿里地区,次仁拉松老人捧着酥油茶。", "次仁拉松 -"},
		{"村里的扎西多吉老人捧着酥油茶。", "扎西多吉 -"},
		{"村里的次仁东珠老人捧着酥油茶。", "次仁东珠 -"}, // 东珠, 顿珠 spelt as in Amdo
		{"村里的孤寡老人捧着酥油茶。", ""},
		{"村里的空巢独居老人捧着酥油茶。", ""},
		// A class word before 老人 the segmenter does not know, its first
		// character taken into the verb before (聚焦|失能): no surname; a
		// full name after such a verb is still read.
		{"下一步将聚焦失能老人等群体。", ""},
		{"今后将关注空巢老人的照护。", ""},
		{"记者聚焦王明华老人的故事。", "王明华 -"},

		// 服务对象 is a status before a name; before words that are no name it names
		// no one.
		{"入户看望精康服务对象彭小平一家。", "彭小平 -"},
		{"提高服务对象满意率。", ""},
		{"为服务对象提供上门服务。", ""},
		{"与工作人员和服务对象进行交流。", ""},

		// 老人 after a full name is a form of address; a status word heading a noun
		// phrase, and kinds of elderly people with no name, name no one.
		{"凌晨时分,村里的田冬梅老人带着孙子来到现场。", "田冬梅 -"},
		{"织就留守儿童关爱网,切实保障基本生活。", ""},
		{"看望慰问孤寡老人,为老人送去慰问品。", ""},
		{"关爱老人,全村老人参加。", ""},

		// The names a class of people lists (现役军人, 志愿者) are people with no title;
		// a class before a compound noun is none.
		{"慰问组先后到小龙潭镇现役军人叶冬、张永奇军属家中送上喜报。", "叶冬 -; 张永奇 -"},
		{"志愿者王小红、李建军为老人理发。", "王小红 -; 李建军 -"},
		{"志愿者服务队开展活动。", ""},

		// A retired cadre is a class with no office; a retired cadres' bureau
		// names no one.
		{"在社区退休老干部陈虎根家中,社区工作人员送去了祝福。", "陈虎根 -"},
		{"看望离退休干部王建国。", "王建国 -"},
		{"市委老干部局组织离退休干部参观。", ""},

		// Two untitled names joined by 和 before a verb of action, one glossed with
		// its reading in brackets. A unit of count (万人, 万户) before a figure, a
		// modal and a verb before a military level (须持团以上), a gloss after a common
		// noun and 和 between nouns name no one.
		{"29日上午,家住洛阳市西工区的王炫玏(lè)和武冰倩在西工区民政局婚姻登记处喜领结婚证。", "王炫玏 -; 武冰倩 -"},
		{"家住西工区的张明和李华在婚姻登记处领取结婚证。", "张明 -; 李华 -"},
		{"新人中,刘洋和陈静来到登记处。", "刘洋 -; 陈静 -"},
		{"最低生活保障人数万人7.1\n农村特困人员救助供养人数万人0.5", ""},
		{"困难群众户数万户3.2", ""},
		{"七、儿童福利\n孤儿万人0.1\n集中养育孤儿万人0.1", ""},
		{"特困人员万户2.3", ""},
		{"现役军人须持团以上政治机关出具的证明。", ""},
		{"申请人须持户口簿和身份证办理。", ""},
		{"老人们拿着月饼(bǐng)和水果在院里合影。", ""},
		{"市民政局和市财政局在会上作了发言。", ""},

		// The 联系人 of a compound label (联系人及电话:) or one whose value opens with the
		// unit the person works in, parted from the name by a space, is a person
		// with no role.
		{"联系人及电话:普世红(0873-3221282)。", "普世红 -"},
		{"联系人:省退役军人事务厅优抚褒扬纪念处 姚云\n联系电话:0591-85025185", "姚云 -"},
		{"联系人/电话:王芳 0374-2961234", "王芳 -"},
		// Negatives: a unit with no name after it, and no label.
		{"联系人:省退役军人事务厅优抚褒扬纪念处\n联系电话:0591-85025185", ""},
		{"联系单位及电话:屏边县退役军人事务局。", ""},

		// A pair after the noun that says who they are (新人张鹏远和王淑环), a name
		// introduced by the person's age (今年34岁的李升); an act label run on into its
		// clause at a line's start and a localizer after a noun are no names.
		{"新人张鹏远和王淑环早就瞄上了七夕这个好日子。", "张鹏远 -; 王淑环 -"},
		{"今年34岁的李升,在救助站工作12年。", "李升 -"},
		{"现年72岁的张桂兰说。", "张桂兰 -"},
		{"审核张三\n校对李四", "张三 审核 [审核]; 李四 校对 [校对]"},
		// Negatives: a clause at a line's start, a localizer, a noun
		// after the age, a title before the pair, 岁的 with no figure.
		{"审核通过后,救助资金将按规定发放给申请人。", ""},
		{"一是城乡低保户中因重大疾病导致生活困难的家庭。", ""},
		{"今年34岁的村民在田间劳作。", ""},
		{"多岁的李升,在救助站工作。", ""},

		// A resident named by where the person lives (市民, 村民, 居民) takes no
		// title; the word's characters in a bureau's or a hospital's name, or a
		// run that ends the line, name no one.
		{"3月5日,某州市民赵某凤来到街道办事大厅。", "赵某凤 -"},
		{"村民钱某华,今年70岁。", "钱某华 -"},
		{"社区居民孙某明在家中摔倒。", "孙某明 -"},
		{"某市民政局局长", ""},
		{"提醒市民别扎堆", ""},
		{"在某市民安精神病医院调研。", ""},
		{"广大市民纷纷点赞。", ""},
		{"请广大市民错峰出行。", ""},

		// After a question that ends in its question mark, a line that opens with
		// a bare name and a colon is the speaker's answer, a person with no title
		// printed (GOLD people: role null).
		{"请问,民政部下一步有哪些工作打算?\n陆治原:积极应对人口老龄化,事关国家发展全局。", "陆治原 -"},
		{"请问下一步有哪些打算？\n李红兵：我们将继续推进。", "李红兵 -"},
		// Negatives: no question before the line; a label the lexicon
		// knows; a value in digits after the colon; a word of the
		// language before the colon.
		{"会议纪要如下。\n陆治原:积极应对人口老龄化。", ""},
		{"有哪些工作打算?\n社工:积极应对人口老龄化。", ""},
		{"有哪些工作打算?\n王建国:13800000000", ""},
		{"有哪些工作打算?\n关于:积极应对人口老龄化。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
