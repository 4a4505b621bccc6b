package extract

import "testing"

// TestAgencyGuessedJoinLeads: a word the segmenter guessed that ends with
// a conjunction before a body's name (现与|民政部) opens no name; a place's
// name the guess opens (民和县), a guess with no conjunction at its end or
// words after it that name no body alone keep their reading.
func TestAgencyGuessedJoinLeads(t *testing.T) {
	checkRows(t, []rowCase{
		{"先后出台了两项清单,现与民政部制定的标准指引一并印发。", "民政部"},
		{"出台了两项清单,现与财政部联合印发实施。", "财政部"},
		{"出台了两项清单,现及民政部制定的标准指引一并印发。", "民政部"},
		// Must not fire.
		{"近日,民和县民政局开展冬季救助工作。", "民和县民政局"},
		{"近日,民和县民政局和财政局联合开展检查。", "民和县民政局; 财政局"},
		{"近日,天津市和平区民政局开展走访活动。", "天津市和平区民政局"},
	}, "agencies", agencyNames)
}
