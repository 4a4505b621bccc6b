package extract

import "testing"

// TestAgencyEdges56 covers the names left by reviews 54b and 54c: a
// conjunction or a preposition the segmenter glued onto the level after
// it (且市|殡仪馆, 往|某某公墓), a word that is all a place's name and
// ends like a body (南部, of 南部县), a body a place numbers named short
// (市五医院), a paired phrase ending in a verb like 处 (快查快处), and the
// kinds 普通殡仪馆 and 行业党委. Each with rows where the rule must not fire.
func TestAgencyEdges56(t *testing.T) {
	checkRows(t, []rowCase{
		// 且, 而 and 往 open no name.
		{"馆内车位不足，且市殡仪馆周边道路正在施工。", "市殡仪馆"},
		{"且县政府已作批复。", "县政府"},
		{"而市殡仪馆周边道路拥堵。", "市殡仪馆"},
		{"市殡仪馆将开通去往凤鸣山公墓的班车。", "市殡仪馆; 凤鸣山公墓"},
		// Must not fire: a place whose name opens with the character.
		{"且末县民政局召开会议。", "且末县民政局"},
		{"寿县往流镇政府组织活动。", "寿县往流镇政府"},
		{"以往市民政局的做法。", "市民政局"},
		// A word that is all a place's name holds no ending.
		{"我市南部地区普降小雪。", ""},
		{"南部地区普降小雪。", ""},
		{"该市南部山区。", ""},
		// Must not fire: the place with its level, and a body after it.
		{"南部县民政局召开会议。", "南部县民政局"},
		{"南部县委组织部召开会议。", "南部县委组织部"},
		// A level and a numeral before the ending: the place's body of
		// that number, its 第 dropped.
		{"在市一医院就诊。", "市一医院"},
		{"北至市五医院旧办公楼。", "市五医院"},
		{"由县二医院负责救治。", "县二医院"},
		// Must not fire: a numeral alone counts bodies of a kind.
		{"建设三中心。", ""},
		{"推进市两中心建设。", ""},
		{"全县两中心建设。", ""},
		// A paired phrase of four characters (A X A Y) is how cases are
		// handled, no name.
		{"做到快接快处。", ""},
		{"线索快核快处。", ""},
		// Must not fire: a unit after its body, a numbered campus.
		{"区民政局民政科。", "区民政局民政科"},
		{"县医保局医保办。", "县医保局医保办"},
		{"我县在县委会议室召开会议。", "县委"},
		// 普通 before an ending names the kind that holds no grade;
		// 行业党委 alone is whichever sector's committee (lexicon rows; no
		// row here: the old reading had no name in a sentence either).
		{"普通殡仪馆的火化费为120元。", ""},
		// Must not fire: a place before the kind, or a sector named.
		{"青山区普通殡仪馆开放。", "青山区普通殡仪馆"},
		{"青山县普通话培训中心开班。", "青山县普通话培训中心"},
		{"长林市旅游行业党委召开会议。", "长林市旅游行业党委"},
	}, "agencies", agencyNames)
}
