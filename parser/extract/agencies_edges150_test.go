package extract

import "testing"

// TestAgencyEdges150 covers the names left by reviews 104b and 105b: a
// one-character adversative conjunction the segmenter glued onto the
// level after it (但|区民政局, 却|县民政局), and the endings 创业园 and
// 创新创业园 of an incubator named after its place. Each with rows where
// the rule must not fire.
func TestAgencyEdges150(t *testing.T) {
	checkRows(t, []rowCase{
		// 但 and 却 open a clause, no name.
		{"当天风很大，但区民政局的工作人员仍坚守岗位。", "区民政局"},
		{"天气寒冷，但市救助管理站的工作人员连夜巡查。", "市救助管理站"},
		{"群众多次反映，却县民政局迟迟未予答复。", "县民政局"},
		// Must not fire: the conjunction of two characters, a body whose
		// words hold the character, a place that opens with it.
		{"虽然下班时间已过，但是县民政局仍有人值班。", "县民政局"},
		{"但县里尚未安排。", ""},
		{"但民政局仍有工作人员在值班。", ""},
		// 创业园 and 创新创业园 after a place name one park.
		{"参观威海市社会组织创新创业园。", "威海市社会组织创新创业园"},
		{"走访县大学生创业园。", "县大学生创业园"},
		// Must not fire: the ending alone, or after a class, names a kind.
		{"鼓励社会组织入驻创业园。", ""},
		{"推动各地建设创新创业园。", ""},
		{"支持大学生进入创业园创业。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyWholeOf: 整个 before a kind takes the whole of the one named
// before (整个敬老院), no name; a body whose words hold 整 is named.
func TestAgencyWholeOf(t *testing.T) {
	checkRows(t, []rowCase{
		{"整个敬老院洋溢着节日的气氛。", ""},
		{"老人们乐开了怀，整个敬老院洋溢着节日的气氛。", ""},
		{"整个社区焕然一新。", ""},
		// Must not fire: the named body, a place's body.
		{"来到吕四港镇中心敬老院，整个敬老院洋溢着节日的气氛。", "吕四港镇中心敬老院"},
		{"县整形外科医院开展义诊。", "县整形外科医院"},
		{"整个过程由县民政局监督。", "县民政局"},
	}, "agencies", agencyNames)
}
