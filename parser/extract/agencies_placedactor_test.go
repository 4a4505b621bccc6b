package extract

import "testing"

// TestAgencyPlacedActorBodyAct: a body's short name that opens a clause
// before an act only a body does (荣获, 召开: cue lists honour and
// townact) is its subject whatever tag the segmenter gave the verb
// (荣获/nr), where the text names the body with its place elsewhere.
// Rows where the rule must not fire: no placed name in the text, the
// short name repeating the placed one in its sentence, a noun after it.
func TestAgencyPlacedActorBodyAct(t *testing.T) {
	checkRows(t, []rowCase{
		{"汉阴县民政局获考核优秀。\n7月19日,汉阴县召开表扬大会,民政局荣获全县目标责任考核“优秀单位”。", "汉阴县民政局; 民政局"},
		{"县民政局获评先进。\n在年度考核中,民政局荣获“优秀单位”称号。", "县民政局; 民政局"},
		{"县民政局部署冬季救助。\n12月3日,民政局召开专题会议。", "县民政局; 民政局"},
		// Must not fire.
		{"7月19日,汉阴县召开表扬大会,民政局荣获全县目标责任考核“优秀单位”。", ""},
		{"县民政局获评先进,民政局荣获“优秀单位”称号。", "县民政局"},
		{"县民政局部署冬季救助。\n民政局荣誉墙前新人排起长队。", "县民政局"},
	}, "agencies", agencyNames)
}
