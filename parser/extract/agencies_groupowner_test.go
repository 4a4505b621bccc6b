package extract

import "testing"

// TestAgencyGroupOwner: a body of co-ordination named after the party
// committee or government that set it up, 的 and all in its field's words,
// is one name; 的 after any other body's name, or after words of no
// place, still opens a name of its own.
func TestAgencyGroupOwner(t *testing.T) {
	checkRows(t, []rowCase{
		{"根据苏仙区委新型冠状病毒感染的肺炎疫情防控工作领导小组部署要求,暂停办理。", "苏仙区委新型冠状病毒感染的肺炎疫情防控工作领导小组"},
		{"根据张店区人民政府新型冠状病毒感染的肺炎疫情处置工作领导小组部署,暂停办理。", "张店区人民政府新型冠状病毒感染的肺炎疫情处置工作领导小组"},
		{"经研究,苏仙区委决定成立疫情防控工作领导小组。", "苏仙区委"},
		// Must not fire.
		{"根据苏仙区委新型冠状病毒感染的肺炎疫情防控工作部署要求,区民政局暂停办理。", "苏仙区委; 区民政局"},
		{"苏仙区委组织的慰问活动中,区民政局参加。", "苏仙区委; 区民政局"},
		{"根据新型冠状病毒感染的肺炎疫情防控工作要求,苏仙区民政局暂停办理。", "苏仙区民政局"},
	}, "agencies", agencyNames)
}
