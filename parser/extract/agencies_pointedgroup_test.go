package extract

import (
	"strings"
	"testing"
)

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

// TestPointedGroupGuards holds pointedGroup itself to each of its
// guards, one row a guard, read where the pipeline's other rules cannot
// stand in for it: the name right after the pointing word is a group of
// its place's, and not so where its ending names no working group (an
// institution's 事务受理服务中心, an office's 办 that names no task), the word
// before it points at no place (全县 counts, 其 names no level), the group
// is named by the word for work alone, or the name holds a place of its
// own.
func TestPointedGroupGuards(t *testing.T) {
	tests := []struct {
		s, name string
		want    bool
	}{
		{"我县殡葬改革领导小组将持续做好宣传。", "殡葬改革领导小组", true},
		{"本市清明祭扫工作领导小组发出倡议。", "清明祭扫工作领导小组", true},
		// Must not fire.
		{"我县便民事务受理服务中心正式运行。", "便民事务受理服务中心", false},
		{"我县殡改办将持续做好宣传。", "殡改办", false},
		{"全县殡葬改革领导小组将持续做好宣传。", "殡葬改革领导小组", false},
		{"其殡葬改革领导小组将持续做好宣传。", "殡葬改革领导小组", false},
		{"我县工作领导小组将持续做好宣传。", "工作领导小组", false},
		{"我县城关镇殡葬改革领导小组将持续做好宣传。", "城关镇殡葬改革领导小组", false},
	}
	for _, tc := range tests {
		at := strings.Index(tc.s, tc.name)
		if got := pointedGroup(tc.s, at, tc.name); got != tc.want {
			t.Errorf("pointedGroup(%q, %q) = %v, want %v", tc.s, tc.name, got, tc.want)
		}
	}
}
