package extract

import "bulletin/parser/agency"

// governingBody reports whether name is a place's party committee or
// government named whole (苏仙区委, 某县人民政府): the bodies that set up
// a body of co-ordination and lend it their name before its field's
// words (《国务院关于议事协调机构设置的通知》: 国务院…领导小组; 苏仙区委新型
// 冠状病毒感染的肺炎疫情防控工作领导小组), so the words after them are the
// group's, no name of their own.
func governingBody(name string) bool {
	_, kind := agency.Ending(name)
	return (kind == "party" || kind == "government") && agency.HasLocality(name) && agency.One(name, false)
}
