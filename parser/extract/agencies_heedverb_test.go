package extract

import "testing"

// TestAgencyHeedVerb: a verb of holding close to a superior body's line
// that the segmenter guesses as a word of its own (紧扣, 紧跟, 对标) bounds
// the name of the body it takes as object, named by its level after it;
// a conference centre where a meeting is held (会议中心) is a venue, no
// body. Not so: a place's name before the level (浙江省委), a league's
// committee (团市委), and a body the verb's object is named whole with
// its place (浙江省民政厅).
func TestAgencyHeedVerb(t *testing.T) {
	checkRows(t, []rowCase{
		{"工作坚持以思想为指导,紧扣省委“一个首要任务”要求。", "省委"},
		{"全面落实部署,紧跟市委决策部署。", "市委"},
		{"对标区委要求推进工作。", "区委"},
		{"武隆区民政工作会在区委会议中心第一会议室召开。", "区委"},
		{"随后,在山阳县人民广场会议中心三楼会议室召开座谈会。", ""},
		// Must not fire.
		{"工作紧扣浙江省委“一个首要任务”要求。", "浙江省委"},
		{"紧扣团市委工作要求。", "团市委"},
		{"紧跟浙江省民政厅工作部署。", "浙江省民政厅"},
		{"会议由县委书记主持,县委常委出席。", "县委"},
	}, "agencies", agencyTextRows)
}
