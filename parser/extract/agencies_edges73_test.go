package extract

import "testing"

// TestAgencyEdges73: a job title whose first character closes an ending
// before it (民政|协理员, 政|协管员) is a person's post, no body; 政协
// itself, with its words after it, still names the body.
func TestAgencyEdges73(t *testing.T) {
	checkRows(t, []rowCase{
		{"镇民政办全体工作人员、民政协理员参加培训。", "镇民政办"},
		{"各村民政协理员负责入户调查。", ""},
		{"聘请劳动保障协管员20名。", ""},
		// Still a body.
		{"县政协召开常委会议。", "县政协"},
		{"县政协委员视察敬老院。", "县政协"},
		{"市政协理论研究会成立。", "市政协理论研究会"},
	}, "agencies", agencyNames)
}
