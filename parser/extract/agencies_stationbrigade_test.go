package extract

import "testing"

// TestAgencyStationBrigade: 执法大队, a department's law-enforcement
// brigade named by its field, and 管理站, a station that keeps one
// facility (agency_suffixes.tsv), end a body's name. Not so: the endings
// alone or after a class word, no one body.
func TestAgencyStationBrigade(t *testing.T) {
	checkRows(t, []rowCase{
		{"社会组织科、民政执法大队、婚姻登记处", "社会组织科; 民政执法大队; 婚姻登记处"},
		{"会同城管执法大队检查。", "城管执法大队"},
		{"烈士陵园管理站负责。", "烈士陵园管理站"},
		{"县烈士陵园管理站负责维护。", "县烈士陵园管理站"},
		// Must not fire.
		{"由执法大队负责。", ""},
		{"各管理站要加强巡查。", ""},
		{"由管理站负责。", ""},
	}, "agencies", agencyTextRows)
}
