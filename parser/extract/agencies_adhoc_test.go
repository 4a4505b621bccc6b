package extract

import "testing"

// TestAgencyWorkingBodies covers the working bodies a government sets up
// for one task (工作小组, 工作专班), named [place or level][field of
// work][ending], the field's verbs and conjunctions and all. Each with
// cases where the rule must not fire: a class, a body set up or sent, a
// pronoun, a verb after a body's whole name.
func TestAgencyWorkingBodies(t *testing.T) {
	checkRows(t, []rowCase{
		// A working group or a task force named by its place and its field.
		{"近日,溧阳市社区社会组织培育与指导工作小组赴各镇检查。", "溧阳市社区社会组织培育与指导工作小组"},
		{"金坛区困难群众救助指导工作小组听取汇报。", "金坛区困难群众救助指导工作小组"},
		{"宜兴市殡葬改革工作专班深入各镇督导。", "宜兴市殡葬改革工作专班"},
		{"区养老服务质量提升工作小组召开会议。", "区养老服务质量提升工作小组"},
		{"县婚俗改革工作专班印发方案。", "县婚俗改革工作专班"},
		// Must not fire: a class, a group set up, sent or pointed at, a verb
		// after a body's whole name.
		{"各地工作小组要加强督导。", ""},
		{"各县区要成立工作专班。", ""},
		{"该工作小组负责评估。", ""},
		{"溧阳市成立工作小组开展评估。", ""},
		{"溧阳市派出工作小组赴各镇检查。", ""},
		{"县里选派工作专班驻村帮扶。", ""},
		{"县民政局指导工作小组开展评估。", "县民政局"},
		{"成立领导小组,明确分工。", ""},
	}, "agencies", agencyNames)
}
