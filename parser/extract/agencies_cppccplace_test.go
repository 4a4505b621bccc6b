package extract

import "testing"

// TestAgencyCppccPlace: 政协 with a division after it and the term's count
// after that (政协某县十一届…) is the division's conference, one body;
// 政协 before other words is no such name.
func TestAgencyCppccPlace(t *testing.T) {
	checkRows(t, []rowCase{
		{"关于对政协金平县十一届四次会议第12号提案的答复", "政协金平县"},
		{"对政协文山州第十三届二次会议第5号提案答复如下", "政协文山州"},
		// Must not fire: a member, a meeting, a place with no term after it.
		{"政协委员参加会议。", ""},
		{"政协会议期间提出建议。", ""},
		{"政协金平县委员参加调研。", ""},
	}, "agencies", agencyNames)
}
