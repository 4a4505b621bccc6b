package extract

import "testing"

// TestAgencyShortCommission: a commission printed by its own short form
// (关工委, 老龄委: the agency words) names the body, as the subject of a
// clause or a member of a list of the bodies that met, its level before
// it (市城管委: the segmenter keeps the agency word whole). Not so: the short
// form inside an honour's quoted name (“五好关工委”), the words of the full
// name cut into others (居民委员会 holds no 民委), or the field's work alone.
func TestAgencyShortCommission(t *testing.T) {
	checkRows(t, []rowCase{
		{"主动作为,稳步推进,关工委作用进一步凸显。", "关工委"},
		{"市民政局、市林业局、市城管委等部门联合倡议。", "市民政局; 市林业局; 市城管委"},
		{"市政协社法委、市民政、老龄委及街道相关负责人组成调研组。", "市政协社法委; 老龄委"},
		// Must not fire.
		{"市民政局荣获全市“五好关工委”荣誉称号。", "市民政局"},
		{"居民委员会、村民委员会", ""},
		{"开展关心下一代工作。", ""},
	}, "agencies", agencyNames)
}
