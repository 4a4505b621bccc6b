package extract

import "testing"

// People from reviewer 21: the middle dot (间隔号) joins the pieces of one
// transcribed name, so a piece on either side of it is no name of its own;
// the name's last piece ends before the verb that follows it.
func TestPeopleReview22Dots(t *testing.T) {
	tests := []rowCase{
		{"来自水定镇的困难群众古丽奴儿·吐尔地收到新衣后高兴地说。", "古丽奴儿·吐尔地 -"},
		{"州党委常委海依拉提·阿西克参加发放仪式并讲话。", "海依拉提·阿西克 常委 [常委] @州党委"},
		{"走访慰问了困难群众沙拉买提汗·巴拉提、王利芬、陈风等人。", "沙拉买提汗·巴拉提 -; 王利芬 -; 陈风 -"},
		// A dotted name after a verb is whole, no piece of it alone.
		{"慰问了马木提·巴拉提、王利芬等人。", "马木提·巴拉提 -; 王利芬 -"},
		// Negative: a dot between words that are no name.
		{"开展“长者食堂·学堂”建设。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

// Credits from reviewer 21: the proof rounds of a 三审三校 footer (一校,
// 二校, 三校), with the review they stand for in brackets, are credit
// labels like 初审 and 终审.
func TestPeopleReview22Proofs(t *testing.T) {
	tests := []rowCase{
		{"一校(审):胡学军", "胡学军 一校 [一校]"},
		{"二校（审）：余逸飞", "余逸飞 二校 [二校]"},
		{"三校:杨剑兵", "杨剑兵 三校 [三校]"},
		// Negatives: the words in running text, and a bracket that holds
		// no round.
		{"经过一校二校三校后付印。", ""},
		{"经过一审二审三审后付印。", ""},
		{"严格落实三审三校制度。", ""},
		{"稿件经一校、二校后付印。", ""},
		{"一校(区)李华", ""},
	}
	checkRows(t, tests, "people", personRows)
}

// People from reviewer 21 in running text: the last member of a list that
// its closing count takes in, a name after a body and before its title, and a word made of bodies' endings (委办:
// committees and offices) before a title.
func TestPeopleReview22Lists(t *testing.T) {
	tests := []rowCase{
		{"慰问了困难群众王金华、张志龙、买林清等3人,送去了慰问金。", "王金华 -; 张志龙 -; 买林清 -"},
		{"養老機構負責人參加會議。區政府辦公室徐國立主任主持會議。", "徐國立 主任 [主任] @區政府辦公室"},
		// Negatives: a count that is not the list's, a class of bodies
		// before a title.
		{"慰问了困难群众王金华、张志龙、买林清等5人。", "王金华 -; 张志龙 -"},
		{"旗人大常委会相关委办负责人参加调研。", ""},
		{"各厅局负责人参加会议。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
