package extract

import "testing"

// TestPeopleOutletCredit: bare names spaced after an outlet's name that
// closes a line's last sentence or follows a source field (opening the
// line or a field of a page's info line) are credits
// with no role; a body, a date, a label right after the outlet, or an
// outlet's word with no name before it credits no one here.
func TestPeopleOutletCredit(t *testing.T) {
	tests := []rowCase{
		{"本市工作进展顺利。\n来源:今晚报   钱立新 孙志强\n本市工作进展顺利。", "钱立新 -; 孙志强 -"},
		{"为下一步工作奠定了坚实的基础。 荥阳时报 王世端 通讯员 王佳  |", "王佳 通讯员 [通讯员]; 王世端 -"},
		{"为下一步工作奠定了基础。 某某日报 钱立新\n会议召开。", "钱立新 -"},
		{"标题\n2013年09月12日 15:38   来源:今晚报   钱立新 孙志强\n本市工作进展顺利。", "钱立新 -; 孙志强 -"},
		// A saved table's cell bar after the names is no field.
		{"为下一步工作奠定了基础。 某某日报 钱立新 孙志强  |", "钱立新 -; 孙志强 -"},

		// No one: no outlet before the names, a label or a date after it.
		{"本市工作进展顺利。\n来源:市民政局   钱立新 孙志强\n会议召开。", ""},
		{"为下一步工作奠定了坚实的基础。 荥阳时报 2019-07-24", ""},
		{"为下一步工作奠定了坚实的基础。 日报 钱立新", ""},
		{"为下一步工作奠定了基础。 会议召开 钱立新 孙志强", ""},
		{"标题\n2013年09月12日 15:38   来源:市民政局   钱立新 孙志强\n会议召开。", ""},
		{"标题\n2013年09月12日 15:38   资金来源:今晚报   钱立新\n会议召开。", ""},
		// A field that opens with a byline's noun but is longer (记者站), a
		// place's name, a run of digits before 日报, 来源 with no separator
		// (来源于, the verb), a source field after the line's first.
		{"为下一步工作奠定了基础。 某某日报 钱立新 记者站", ""},
		{"为下一步工作奠定了基础。 某某日报 钱立新 汝城", ""},
		{"为下一步工作奠定了基础。 12日报 钱立新 孙志强", ""},
		{"标题\n2013年09月12日 15:38   来源于今晚报   钱立新 孙志强\n会议召开。", ""},
		{"标题\n来源:市民政局   来源:今晚报   钱立新 孙志强\n会议召开。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
