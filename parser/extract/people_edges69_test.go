package extract

import "testing"

// TestPeopleTitleCut69 covers a title whose last character the segmenter
// read into a place's word with the surname after it (厅|长江|波|参会):
// between the title and a verb a report prints after an official's name
// the words are the holder's name (people_titlecut.go). Rows where the
// rule must not fire: a place after the title with no such verb, a place
// word that takes no surname after the title.
func TestPeopleTitleCut69(t *testing.T) {
	checkRows(t, []rowCase{
		{"河北省民政厅党组书记、厅长江波参会。", "江波 厅长 [党组书记 厅长] @河北省民政厅"},
		{"省民政厅厅长江涛出席会议。", "江涛 厅长 [厅长] @省民政厅"},
		{"区长江滨主持会议。", "江滨 区长 [区长]"},
		// Must not fire.
		{"厅长江南考察。", ""},
		{"局长长江出席。", ""},
		{"市长江段防汛工作部署。", ""},
	}, "people", personRows)
}

// TestPeopleHonourTitle69 covers 道德模范, an honour printed before the
// name as 劳动模范 is (在道德模范某某家中). Rows where it must not fire:
// the honour after a verb or before a noun, with no name.
func TestPeopleHonourTitle69(t *testing.T) {
	checkRows(t, []rowCase{
		{"慰问组来到道德模范赵月英家中看望。", "赵月英 道德模范 [道德模范]"},
		{"全国道德模范张三出席。", "张三 道德模范 [道德模范]"},
		// Must not fire.
		{"他被评为道德模范。", ""},
		{"道德模范事迹报告会举行。", ""},
	}, "people", personRows)
}

// TestPeoplePhotoTagCredit69 covers a caption's bracketed photo tag
// before the credit run onto it (…擦拭墓碑。(资料图)某某 摄): the tag is
// no name, the credit after it is. Rows where it must not fire: a tag
// with no credit, a bracket that is no photo tag.
func TestPeoplePhotoTagCredit69(t *testing.T) {
	checkRows(t, []rowCase{
		{"墓园工作人员擦拭墓碑。(资料图)邹乐 摄", "邹乐 -"},
		{"墓园工作人员擦拭墓碑。（图片）邹乐 摄", "邹乐 -"},
		// Must not fire.
		{"墓园工作人员擦拭墓碑。(资料图)", ""},
		{"墓园工作人员擦拭墓碑。(资料图)图片仅供参考", ""},
		{"墓园工作人员擦拭墓碑。(新华社)邹乐 摄", ""},
	}, "people", personRows)
}
