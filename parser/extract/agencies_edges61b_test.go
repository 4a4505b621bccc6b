package extract

import "testing"

// TestAgencyPlacedShortActor covers a body named by its field and ending
// alone as the subject of a clause, its predicate right after it, where
// the text names it with its place elsewhere: the page's own body named
// short, one body in context (GOLD.md). Rows where the rule must not
// fire: no placed name in the text, the short name repeating the placed
// one in the clause or the sentence right before, a title line, a noun, a second
// name or a verb of being after it.
func TestAgencyPlacedShortActor(t *testing.T) {
	checkRows(t, []rowCase{
		{"县民政局印发工作方案。按照工作要求，民政局及时公布办理结果。", "县民政局; 民政局"},
		{"市财政局下达补助资金。根据上级安排，财政局将于月底拨付到位。", "市财政局; 财政局"},
		{"县民政局召开专题会议。\n民政局扎实开展冬季救助工作。", "县民政局; 民政局"},
		{"区民政局组织年度考评。在全区考评中，民政局被评为先进单位。", "区民政局; 民政局"},
		{"区民政局承担帮扶任务3项，为按期完成任务，民政局按照分工细化方案。", "区民政局; 民政局"},
		// Must not fire.
		{"根据有关规定，民政局将对养老机构开展检查。", ""},
		{"请于月底前将材料报县民政局。民政局将于下周开展检查。", "县民政局"},
		{"县民政局\n民政局2019年工作总结", "县民政局"},
		{"县民政局发布公告。\n民政局网站同步更新。", "县民政局"},
		{"县民政局牵头负责。民政局和财政局共同做好保障。", "县民政局"},
		{"县民政局牵头负责。按照要求，民政局以及财政局共同做好保障。", "县民政局"},
		{"县民政局组织检查，民政局将于下周督导。", "县民政局"},
		{"为做好救助工作，县民政局组织检查，民政局将于下周督导。", "县民政局"},
		{"县民政局召开会议。\n民政局是主管民政工作的政府部门。", "县民政局"},
	}, "agencies", agencyNames)
}
