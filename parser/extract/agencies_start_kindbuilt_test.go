package extract

import "testing"

// TestAgencyStartKindBuilt: a kind with no place or proper name before a
// word of building is the facilities a programme builds, no body. Not so:
// a body named by its place, or a kind acting in its clause.
func TestAgencyStartKindBuilt(t *testing.T) {
	checkRows(t, []rowCase{
		{"三乡、小榄两镇试点开展综合救助服务中心建设。", ""},
		{"安排部署了2022年街道综合养老服务中心建设工作。", ""},
		{"推进社区日间照料中心建设。", ""},
		// Must not fire.
		{"推进延边州儿童福利院建设。", "延边州儿童福利院"},
		{"县社会福利中心建设进展顺利。", "县社会福利中心"},
		{"加强全区社会组织评估委员会建设。", "全区社会组织评估委员会"},
		{"综合救助服务中心开展走访。", "综合救助服务中心"},
	}, "agencies", agencyTextRows)
}
