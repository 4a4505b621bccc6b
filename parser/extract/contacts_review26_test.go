package extract

import "testing"

// TestContactsReview26 covers review 24: a compound label (联系人及电话:,
// 联系人/电话:) names the person after the colon it shares; a value may
// open with the person's unit, parted from the name by a space; the
// phone may stand in a bracket or on the next 联系电话 line.
func TestContactsReview26(t *testing.T) {
	tests := []rowCase{
		{"联系人及电话:普世红(0873-3221282)。", "普世红 0873-3221282 -"},
		{"联系人:省退役军人事务厅优抚褒扬纪念处 姚云\n\n联系电话:0591-85025185", "姚云 0591-85025185 -"},
		{"联系人/电话:王芳 0374-2961234", "王芳 0374-2961234 -"},
		{"联系人、联系电话:李娜,13812345678", "李娜 13812345678 -"},
		{"联系人:刘洋 电话:0391-3567890", "刘洋 0391-3567890 -"},
		// Negatives: a unit with no name, a unit's label, a phone alone.
		{"联系人:省退役军人事务厅优抚褒扬纪念处\n联系电话:0591-85025185", ""},
		{"联系单位及电话:屏边县退役军人事务局,0873-3221282。", ""},
		{"联系电话:0591-85025185", ""},
	}
	checkRows(t, tests, "contacts", contactRows)
}
