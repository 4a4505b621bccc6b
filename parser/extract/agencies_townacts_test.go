package extract

import "testing"

// TestAgencyTownActs: a township opening a clause before an act of its
// government (实行, 走访, 发放) names that government; a town where
// something lies or whose noun follows is no body.
func TestAgencyTownActs(t *testing.T) {
	checkRows(t, []rowCase{
		{"为确保真正有困难的家庭获得救助,朱湾镇实行民主评议。", "朱湾镇"},
		// Must not fire.
		{"为确保真正有困难的家庭获得救助,朱湾镇低保对象实行民主评议。", ""},
		{"敬老院位于朱湾镇,实行封闭管理。", ""},
	}, "agencies", agencyNames)
}
