package extract

import "testing"

// TestAgencyBracketName: a body's other name in brackets right after a
// name with its place (区委宣传部(网信办)) is a name of its own; a note, a
// trade's word for a kind of office, a kind of body, or a bracket after a
// bare bureau or a class is none, nor is one the document prints after
// its place elsewhere.
func TestAgencyBracketName(t *testing.T) {
	checkRows(t, []rowCase{
		{"成员单位:县委宣传部(网信办)、县委统战部(民宗局)、县民政局。", "县委宣传部; 网信办; 县委统战部; 民宗局; 县民政局"},
		{"慰问武警县中队(看守所)等单位。", "武警县中队; 看守所"},
		{"材料报送甲市城乡低保工作领导小组办公室(低保处)。", "甲市城乡低保工作领导小组办公室; 低保处"},
		{"乙县民政局(老龄工作办)负责此项工作。", "乙县民政局; 老龄工作办"},
		// Must not fire: a trade's word for a kind of office stays in the
		// name; a bare bureau's other name; a class; a note; a place's
		// own name.
		{"市甲乙救助中心(救助管理站)将开展专项救助。", "市甲乙救助中心(救助管理站)"},
		{"民政局(社会事业局)召开会议。", ""},
		{"各县民政局(社会事务局)要抓好落实。", ""},
		{"丙县民政局(牵头单位)负责。", "丙县民政局"},
		// Must not fire: the document prints the bracket's name after its
		// place or level elsewhere; that is the name.
		{"甲区工商联(总商会)举办活动,活动在区总商会举行。", "甲区工商联; 区总商会"},
	}, "agencies", agencyNames)
}
