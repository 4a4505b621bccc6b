package extract

import "testing"

// TestAgencyTimeWord66 covers a word of time right before an ending
// (节前|敬老院, 年前|殡仪馆): the time says when the clause's act happens,
// no part of a name, and the bare kind after it names no body. Rows where
// the rule must not fire: a stage of a life the segmenter tags as a time
// (老年大学), a time after the name's place (乡清明节工作办公室), a time
// before a place that opens the name (节前|复兴镇敬老院).
func TestAgencyTimeWord66(t *testing.T) {
	checkRows(t, []rowCase{
		{"详细询问了节前敬老院安全措施落实情况。", ""},
		{"局长详细询问了节前敬老院的安全情况。", ""},
		// Must not fire.
		{"银川老年大学专职副校长李子良介绍情况。", "银川老年大学"},
		{"乡清明节工作办公室负责协调。", "乡清明节工作办公室"},
		{"节前复兴镇敬老院开展安全检查。", "复兴镇敬老院"},
	}, "agencies", agencyNames)
}
