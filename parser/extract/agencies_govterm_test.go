package extract

import (
	"testing"

	"bulletin/schema"
)

// agencyTextRows renders each agency as its text.
func agencyTextRows(e schema.Entities) []string {
	var out []string
	for _, a := range e.Agencies {
		out = append(out, a.Text)
	}
	return out
}

// TestAgencyCitedGovTerm: a cited rule titled by a place and a fixed term
// of government (政府信息公开, 政府网站) names no issuer 某省政府. Not so: a
// rule whose issuer's name ends before its subject (某省民政厅…办法), one
// with the term after its issuer (…民政厅机关政府信息公开规定), and a
// body's own guide titled by its name (…人民政府信息公开指南).
func TestAgencyCitedGovTerm(t *testing.T) {
	tests := []rowCase{
		{"认真贯彻《云南省政府信息公开规定》要求。", ""},
		{"认真贯彻《湖南省政府网站管理办法》要求。", ""},
		{"根据《广州市政府信息公开规定》编制。", ""},
		{"根据《甘肃省人民政府信息公开指南》办理。", "甘肃省人民政府"},
		{"根据《福建省民政厅彩票公益金使用管理暂行办法》执行。", "福建省民政厅"},
		{"根据《湖南省民政厅机关政府信息公开规定》执行。", "湖南省民政厅"},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}
