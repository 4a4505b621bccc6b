package extract

import "testing"

// TestAgencyCareHomeEndings63 covers homes for the elderly named for the
// care they give (托老院, 医养院), a body's service hall (服务大厅, named by
// its place or body) and the party committee of a department's organs
// (机关党委, one body where its department prints it). Rows where the rule
// must not fire: the hall of every township or community, a hall named by
// no place, the committees of every level.
func TestAgencyCareHomeEndings63(t *testing.T) {
	checkRows(t, []rowCase{
		{"拟评定渭南市景华医养院、临渭区王坛养老康复院等18家", "渭南市景华医养院; 临渭区王坛养老康复院"},
		{"秦淮區\n康樂福托老院\n玄武區\n梅園街道老年照料中心", "康樂福托老院; 梅園街道老年照料中心"},
		{"基金会联合赵县相亲服务大厅为困难群众送去粽子。", "赵县相亲服务大厅"},
		{"民政厅副厅长、机关党委书记张晓玲出席会议。", "机关党委"},
		{"市民政局机关党委书记张晓玲出席会议。", "市民政局机关党委"},
		// Must not fire.
		{"上述材料,到乡镇政务服务大厅民政窗口提交。", ""},
		{"信箱书写心灵家书(各社区服务大厅均有设置)。", ""},
		{"通过微信公众号、政务服务大厅公示栏等平台公开。", ""},
		{"各级机关党委要加强领导。", ""},
		{"加强城市社区居民委员会建设。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyListLine63 covers a list printed one body a line under the
// labels of the divisions they lie in: the name fills its line, so a word
// that reads as a verb or a function word elsewhere (无忧, 真) is the
// name's own. Rows where the rule must not fire: a line alone with no
// other name read whole beside it, a line of prose, a heading of an act.
func TestAgencyListLine63(t *testing.T) {
	checkRows(t, []rowCase{
		{"秦淮区\n真美好瑞金北村老年公寓\n家和乐老年护养院\n溧水区\n东屏无忧乐园养老院", "真美好瑞金北村老年公寓; 家和乐老年护养院; 东屏无忧乐园养老院"},
		{"溧水区\n东屏无忧乐园养老院\n江宁区\n江宁沐春园护理院", "东屏无忧乐园养老院; 江宁沐春园护理院"},
		// Must not fire.
		{"溧水区\n东屏无忧乐园养老院\n五、a级养老机构(共1家)", ""},
		{"经评审,东屏无忧乐园养老院\n江宁沐春园护理院", "江宁沐春园护理院"},
		{"进一步加强养老院\n江宁沐春园护理院", "江宁沐春园护理院"},
		{"溧水区\n暂停开放殡仪馆\n江宁区\n江宁沐春园护理院", "江宁沐春园护理院"},
	}, "agencies", agencyNames)
}

// TestAgencyPlaceThenHe63 covers a body's name whose words open with 和
// right after its place's name (长沙|和乐宁康养护院): a place alone with no
// level before 和, and words after it with no place of their own, are one
// name. Rows where the rule must not fire: two places sharing a head
// (甲区和乙区民政局 gives the second, GOLD.md), a place then a class.
func TestAgencyPlaceThenHe63(t *testing.T) {
	checkRows(t, []rowCase{
		{"长沙和乐宁康养护院通过评定。", "长沙和乐宁康养护院"},
		{"序号 | 机构名称 | 等级 |\n1 | 长沙和乐宁康养护院 | 二级 |", "长沙和乐宁康养护院"},
		// Must not fire.
		{"北京和天津民政局开展合作。", "天津民政局"},
		{"长沙和株洲市民政局签约。", "株洲市民政局"},
		{"海淀区和朝阳区民政局开展检查。", "朝阳区民政局"},
		{"北京和各地民政部门开展合作。", ""},
	}, "agencies", agencyNames)
}
