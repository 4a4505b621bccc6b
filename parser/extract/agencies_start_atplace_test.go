package extract

import "testing"

// TestAgencyStartAtPlace: after 在 a guess of the segmenter's holding a
// place of the gazetteer one character in is the name's own first
// characters; the same guess after a verb, and a name after 在 that opens
// with its own place, are read as before.
func TestAgencyStartAtPlace(t *testing.T) {
	checkRows(t, []rowCase{
		{"同时在银台山公墓落实了24小时值班制。", "银台山公墓"},
		{"石棉县殡仪馆和银台山公墓安排专人值守。", "石棉县殡仪馆; 银台山公墓"},
		// Must not fire.
		{"同时在石棉县殡仪馆落实了值班制。", "石棉县殡仪馆"},
		{"群众可以在县民政局婚姻登记处办理。", "县民政局婚姻登记处"},
		{"在民政局召开会议。", ""},
	}, "agencies", agencyNames)
}
