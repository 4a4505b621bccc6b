package extract

import "testing"

// TestAgencyCppccPlace: 政协 with a division after it and the term's count
// after that (政协某县十一届…) is the division's conference, one body;
// 政协 before other words is no such name.
func TestAgencyCppccPlace(t *testing.T) {
	checkRows(t, []rowCase{
		{"关于对政协西畴县十一届三次会议第8号提案的答复", "政协西畴县"},
		{"对政协红河州第十三届二次会议第5号提案答复如下", "政协红河州"},
		{"关于政协西畴县第13届一次会议第21号提案的答复", "政协西畴县"},
		// Must not fire: a member, a meeting, a place with no term after it.
		{"政协委员参加会议。", ""},
		{"政协会议期间提出建议。", ""},
		{"政协西畴县委员参加调研。", ""},
		// A short name with no level before the term; 届 with no count.
		{"政协西畴十一届三次会议期间提出建议。", ""},
		{"政协西畴县届时召开会议。", ""},
	}, "agencies", agencyNames)
}
