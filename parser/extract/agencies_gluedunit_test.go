package extract

import "testing"

// TestAgencyUnitBeforePreposition: a unit's one-character ending the
// segmenter reads with the preposition after it (处|在 as 处在) closes the
// unit's name where a body's name and the unit's field stand before it.
// Not so: the verb 处在 or 处于 after no body, or right after a body's
// name with no field of a unit between.
func TestAgencyUnitBeforePreposition(t *testing.T) {
	tests := []rowCase{
		{"唐河县民政局婚姻登记处在特殊的日子里为新人服务。", "唐河县民政局婚姻登记处"},
		{"河南省唐河县政务服务中心婚姻登记处在每年的节日加班。", "河南省唐河县政务服务中心婚姻登记处"},
		{"县民政局婚姻登记处于今年起推行颁证服务。", "县民政局婚姻登记处"},
		{"目前我国正处在养老服务发展的关键时期。", ""},
		{"县民政局处在全省前列。", "县民政局"},
		{"该县婚姻登记处在哪里办理?", ""},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}
