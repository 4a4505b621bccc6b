package extract

import "testing"

// TestAgencyAgainTown: a township's body named again by the rest of its
// name after the township's (大关镇民政办 … 民政办) is the same body; the
// rest alone with no full name before it, and a kind of office alone, are
// no body.
func TestAgencyAgainTown(t *testing.T) {
	checkRows(t, []rowCase{
		{"近日,大关镇民政办组织走访。民政办工作人员分成2个小组。", "大关镇民政办; 民政办"},
		// Must not fire.
		{"民政办工作人员分成2个小组。", ""},
		{"近日,大关镇政府组织走访。政府工作人员入户核查。", "大关镇政府"},
		{"近日,大关镇民政办组织走访。", "大关镇民政办"},
		{"调研组来到城关镇月池塘社区。月池塘社区工作人员介绍情况。", "城关镇月池塘社区"},
	}, "agencies", agencyNames)
}
