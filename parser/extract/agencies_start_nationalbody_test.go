package extract

import "testing"

// TestAgencyNationalAfterPlace: a ministry of the State Council printed
// right after a place (山阳县|民政部儿童福利司) takes no place: the place is
// the clause's. A place before its own body, a national word that is no
// whole name (国家税务局) or a country's name before the ministry keep the
// name as read.
func TestAgencyNationalAfterPlace(t *testing.T) {
	checkRows(t, []rowCase{
		{"近日,山阳县民政部儿童福利司副司长来我县调研。", "民政部儿童福利司"},
		{"昨天,平江县民政部社会救助司一行来县调研。", "民政部社会救助司"},
		{"近日,岳阳市民政部规划财务司一行来调研。", "民政部规划财务司"},
		// Must not fire.
		{"山阳县民政局局长参加会议。", "山阳县民政局"},
		{"县国家税务局参加会议。", "县国家税务局"},
		{"中国民政部副部长来调研。", "中国民政部"},
	}, "agencies", agencyNames)
}
