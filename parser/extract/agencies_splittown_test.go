package extract

import "testing"

// TestAgencyTownSplit: a township's name whose first character the
// segmenter glued to the word before it (走进城|桥镇) opens the body's name
// where the document prints the town whole elsewhere; one whose second
// character it read as an adverb after a character it could not read, at
// the clause's opening (洙|边|镇), opens there. Rows where the rules must
// not fire: the town never printed whole, an adverb after a word, an
// adverb after a clause's word before a bare level.
func TestAgencyTownSplit(t *testing.T) {
	checkRows(t, []rowCase{
		{"活动主会场设在城桥镇,城桥镇部分人大代表走进城桥镇综合为老服务中心。", "城桥镇综合为老服务中心"},
		{"主会场设在城桥镇。代表们走进城桥镇敬老院。", "城桥镇敬老院"},
		{"序号 | 名称 |\n洙边镇庄庄河南村农村幸福院 |\n3 |", "洙边镇庄庄河南村农村幸福院"},
		{"洙边镇人民政府召开会议。", "洙边镇人民政府"},
		// Must not fire.
		{"人大代表走进城桥镇综合为老服务中心。", "桥镇综合为老服务中心"},
		{"经研究决定将镇敬老院改建为养老服务中心。", "镇敬老院"},
		{"会后,又镇敬老院开展活动。", "镇敬老院"},
	}, "agencies", agencyNames)
}
