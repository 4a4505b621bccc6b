package extract

import "testing"

// TestPeopleReview26Dateline covers review 24: a local paper's dateline
// may close with 消息 (信阳消息(蒋彬)), and the bare name in the bracket
// after it is a byline with no title, as after 讯. 消息 in a sentence, or
// as part of a longer word, is no dateline.
func TestPeopleReview26Dateline(t *testing.T) {
	tests := []rowCase{
		{"信阳消息(蒋彬)为深入贯彻落实安全生产工作部署。", "蒋彬 -"},
		{"本报消息(记者 蒋彬)近日召开会议。", "蒋彬 记者 [记者]"},
		{"标题\n信阳消息（李娜）近日,检查组走访了敬老院。", "李娜 -"},
		// Negatives: 消息 inside a sentence, a word that holds it, and
		// a bracket with no name.
		{"我们收到了好消息(蒋彬)。", ""},
		{"据有关部门发布的消息(蒋彬)称。", ""},
		{"信阳消息(图)近日召开会议。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

// TestPeopleReview26Contact covers review 24: the 联系人 of a compound
// label (联系人及电话:) or one whose value opens with the unit the person
// works in, parted from the name by a space, is a person with no role.
func TestPeopleReview26Contact(t *testing.T) {
	tests := []rowCase{
		{"联系人及电话:普世红(0873-3221282)。", "普世红 -"},
		{"联系人:省退役军人事务厅优抚褒扬纪念处 姚云\n联系电话:0591-85025185", "姚云 -"},
		{"联系人/电话:王芳 0374-2961234", "王芳 -"},
		// Negatives: a unit with no name after it, and no label.
		{"联系人:省退役军人事务厅优抚褒扬纪念处\n联系电话:0591-85025185", ""},
		{"联系单位及电话:屏边县退役军人事务局。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
