package extract

import "testing"

// TestAgenciesReview12 covers the conventions read from reviewer 12's
// bureaus: a word that counts bodies one by one (各, 所有) makes a class
// of the name after it, also where the segmenter read it with the level
// it counts as one word (各县|区民政局); a boundary word inside a longer
// word (自 in 自然资源) ends no half of a name joined by 和; a word that
// ranks by level (基层) before the field of a unit's work opens the
// unit's name, no class that ends the list it stands in. Each with cases
// where the rule must not fire.
func TestAgenciesReview12(t *testing.T) {
	tests := []rowCase{
		// 各 and 所有 over the levels and the kind after them.
		{"各县区民政局:", ""},
		{"洛阳市各县区婚姻登记处迎来结婚登记高峰。", ""},
		{"强制火化扩面(所有社区)", ""},
		{"所有县民政局参加会议。", ""},
		// Must not fire: a body named with its place, or one level.
		{"各县民政局，市救助管理站：", "市救助管理站"},
		{"县区民政局参加会议。", "县区民政局"},
		{"所属社区开展活动。", ""},
		// A name with 和 in it, where a boundary word is inside a word.
		{"市财政局、市自然资源和规划局、市市场监管局参加会议。", "市财政局; 市自然资源和规划局; 市市场监管局"},
		{"市自然资源和规划局开展工作。", "市自然资源和规划局"},
		// Must not fire: two bodies joined by 和.
		{"市民政局和市财政局联合印发通知。", "市民政局; 市财政局"},
		// A field of work after 基层 ends no list.
		{"获奖单位：龙泉街道民政科、基层政权建设和社区治理科、东沙河街道民政科。", "龙泉街道民政科; 东沙河街道民政科"},
		// Must not fire: 基层 before a kind of body is a class.
		{"县民政局、基层社区、乡镇民政办参加会议。", "县民政局"},
	}
	checkRows(t, tests, "agencies", agencyNames)
}
