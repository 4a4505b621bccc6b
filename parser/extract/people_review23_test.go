package extract

import "testing"

// People from reviewer 21, read from the simplified text the parser
// matches a traditional page against: a given name the segmenter reads as
// a distinguishing word (国立) after a surname it reads as a name's, before
// the title.
func TestPeopleReview23GivenWord(t *testing.T) {
	tests := []rowCase{
		{"区政府办公室徐国立主任主持会议。", "徐国立 主任 [主任] @区政府办公室"},
		{"会上，徐国立主任作了讲话。", "徐国立 主任 [主任]"},
		// Negatives: the distinguishing word qualifies the noun or the
		// title, with no surname before it.
		{"设立专职主任一名。", ""},
		{"区政府办公室国立主任主持会议。", ""},
		{"参观国立大学校园。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

// People from reviewer 21: the heads of a 旗's and a 盟's governments (旗长,
// 副旗长, 盟长) are titles of office as 县长 is.
func TestPeopleReview23Banner(t *testing.T) {
	tests := []rowCase{
		{"旗人民政府副旗长刘晓东,旗人大常委会相关委办负责人参加调研。", "刘晓东 副旗长 [副旗长] @旗人民政府"},
		{"盟长李明出席会议。", "李明 盟长 [盟长]"},
		{"常务副旗长王强主持会议。", "王强 常务副旗长 [常务副旗长]"},
		// Negatives: the words where no name follows.
		{"旗长办公会议研究了民政工作。", ""},
		{"各旗长、区长参加。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

// People from reviewer 21: a name transcribed in pieces joined by a middle
// dot (间隔号) is a name wherever it stands, titled or not; a dot between
// words of the language joins no name.
func TestPeopleReview23Dotted(t *testing.T) {
	tests := []rowCase{
		{"只在牧民安置点的家中住了一晚的牧民哈里满哈孜·叶斯坎迪尔,便准备返回牧场。", "哈里满哈孜·叶斯坎迪尔 -"},
		{"慰问了马木提·巴拉提、王利芬等人。", "马木提·巴拉提 -; 王利芬 -"},
		{"走访慰问了困难群众沙拉买提汗·巴拉提、王利芬、陈风等人。", "沙拉买提汗·巴拉提 -; 王利芬 -; 陈风 -"},
		// Negatives: a slogan, a place before a body, a headline's halves,
		// a piece in quotation marks, a last piece of one character.
		{"开展“我们的节日·端午”主题活动。", ""},
		{"通过中国·国家地名信息库填写地名。", ""},
		{"上一篇:威高·天空里征集", ""},
		{"开展“心连心・守护留守盼花开”关爱活动。", ""},
		{"发放标准为元/人·月。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

// People from reviewer 21: a member of a list of titled people printed
// with the body they are from and no title (…中心李琴) is a person of that
// body.
func TestPeopleReview23BodyMember(t *testing.T) {
	tests := []rowCase{
		{"兵团慈善总会秘书长王梦玲、兵团社会救助保障中心李琴一起慰问了困难群众。",
			"王梦玲 秘书长 [秘书长] @兵团慈善总会; 李琴 - @兵团社会救助保障中心"},
		{"副市长张华、市民政局李强出席。", "张华 副市长 [副市长]; 李强 - @市民政局"},
		// Negatives: a body alone, a body before a place, a body's
		// member with a title of its own, a list of bodies.
		{"副市长张华、市民政局等单位参加。", "张华 副市长 [副市长]"},
		{"副市长张华、市民政局王家沟村驻村工作队参加。", "张华 副市长 [副市长]"},
		{"副市长张华、市救助管理站站长李四出席。", "张华 副市长 [副市长]; 李四 站长 [站长] @市救助管理站"},
		{"市民政局、市财政局、市人社局参加。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
