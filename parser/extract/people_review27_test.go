package extract

import "testing"

// TestPeopleReview27Roster covers review 25: a label line that announces
// a list of names (評審專家名單(排名不分先后):) is followed by the names,
// parted by 、, each a bare name with a known surname: people with no
// role. A list with one member that is no name is a list of something
// else, and none of it is taken.
func TestPeopleReview27Roster(t *testing.T) {
	tests := []rowCase{
		{"评审专家名单(排名不分先后):\n唐咏、罗文恩、宋承昊、刘炜。\n特此公示。", "唐咏 -; 罗文恩 -; 宋承昊 -; 刘炜 -"},
		{"获奖人员名单如下:张卓华、胡绵鹏", "张卓华 -; 胡绵鹏 -"},
		// Negatives: a list of units, a list with one unit among names,
		// a roster with one member, 名单 inside a sentence.
		{"拟资助单位名单:\n爱心社、阳光之家、志愿者协会。", ""},
		{"评审专家名单:\n唐咏、罗文恩、市民政局。", ""},
		{"评审专家名单:\n唐咏。", ""},
		{"将名单报送民政局,王建国、李秀英参加。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

// TestPeopleReview27Untitled covers review 25's names printed with no
// title: a pair after the noun that says who they are (新人张鹏远和王淑环
// 早就…), a name introduced by the person's age (今年34岁的李升,). And the
// words that are no names: an act label run on into its clause at a
// line's start (审核通过后,…), a localizer after a noun (低保户中因…).
func TestPeopleReview27Untitled(t *testing.T) {
	tests := []rowCase{
		{"新人张鹏远和王淑环早就瞄上了七夕这个好日子。", "张鹏远 -; 王淑环 -"},
		{"今年34岁的李升,在救助站工作12年。", "李升 -"},
		{"现年72岁的张桂兰说。", "张桂兰 -"},
		{"审核张三\n校对李四", "张三 审核 [审核]; 李四 校对 [校对]"},
		// Negatives: a clause at a line's start, a localizer, a noun
		// after the age, a title before the pair, 岁的 with no figure.
		{"审核通过后,救助资金将按规定发放给申请人。", ""},
		{"一是城乡低保户中因重大疾病导致生活困难的家庭。", ""},
		{"今年34岁的村民在田间劳作。", ""},
		{"局长张毅和李华出席。", "张毅 局长 [局长]"},
		{"多岁的李升,在救助站工作。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
