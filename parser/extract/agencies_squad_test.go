package extract

import "testing"

// TestAgencySquad: a 小分队 named after its task with its place or level
// before it is the one squad a department sent out (the ending labelled
// local and field). Not so: squads counted or set up with no place before
// them, a kind.
func TestAgencySquad(t *testing.T) {
	checkRows(t, []rowCase{
		{"同时区殡葬问题整治小分队工作人员继续下沉到镇街督查清理情况。", "区殡葬问题整治小分队"},
		{"县清明祭扫巡查小分队深入各公墓检查。", "县清明祭扫巡查小分队"},
		{"县里派出3支小分队开展巡查。", ""},
		{"成立清明祭扫巡查小分队。", ""},
	}, "agencies", agencyNames)
}
