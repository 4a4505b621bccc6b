package extract

import "testing"

// TestAgencyPointedGroup: a working body named after its task right after
// a word that points at the writer's own place (我县, 本市) is that place's
// one group for the task; the pointing word is left out. A group named by
// the word for work alone, a word that points at the writing body or at
// no place, or a body with its own ending no group's, names none.
func TestAgencyPointedGroup(t *testing.T) {
	checkRows(t, []rowCase{
		{"下步我县殡葬改革领导小组将持续做好殡葬政策法规宣传。", "殡葬改革领导小组"},
		{"我市养老服务工作专班召开会议。", "养老服务工作专班"},
		{"本市清明祭扫工作领导小组发出倡议。", "清明祭扫工作领导小组"},
		// Must not fire.
		{"我县工作领导小组将持续做好宣传。", ""},
		{"其殡葬改革领导小组将持续做好宣传。", ""},
		{"我局殡葬改革领导小组将持续做好宣传。", ""},
	}, "agencies", agencyNames)
}
