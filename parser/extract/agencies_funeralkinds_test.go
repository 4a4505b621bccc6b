package extract

import "testing"

// TestAgencyFuneralKinds: 殡仪服务站 and 骨灰堂 alone name kinds of funeral
// venue (generic_agencies.txt). Not so: one named with its place or owner.
func TestAgencyFuneralKinds(t *testing.T) {
	checkRows(t, []rowCase{
		{"不得擅自建设公墓、骨灰堂、殡仪服务站(点)。", ""},
		{"各地要规范殡仪服务站管理。", ""},
		{"禁止在骨灰堂内焚烧祭品。", ""},
		// Must not fire: a station or hall with its place or owner.
		{"文峰街道殡仪服务站收费标准。", "文峰街道殡仪服务站"},
		{"城关镇殡仪服务站负责接运。", "城关镇殡仪服务站"},
	}, "agencies", agencyTextRows)
}
