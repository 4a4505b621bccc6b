package extract

import "testing"

// TestAgencyAdverbTown: a one-character word the segmenter tags as an
// adverb before its guess of one character and a town's level (亦/d 庄镇/x)
// is the town name's first character, no adverb, so the name keeps it. An
// adverb before a word of its own (进一步规范|沙坪街道) or before the ending
// alone (暂停|殡仪馆) still leads no name's words (the rule must not fire).
func TestAgencyAdverbTown(t *testing.T) {
	checkRows(t, []rowCase{
		{"包括亦庄镇养老服务中心、兴丰街道养老服务中心。", "亦庄镇养老服务中心; 兴丰街道养老服务中心"},
		{"调研组来到亦庄镇养老服务中心。", "亦庄镇养老服务中心"},
		// Must not fire.
		{"清明期间暂停殡仪馆守灵服务。", ""},
		{"要求各地进一步规范社区养老服务中心建设。", ""},
	}, "agencies", agencyNames)
}
