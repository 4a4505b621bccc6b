package extract

import "testing"

// TestPeopleCompanyTitle: a title that opens with the 司 of a company's
// ending (公司|长) is no title; one printed after the company's whole name,
// or a ministry's 司长, is.
func TestPeopleCompanyTitle(t *testing.T) {
	tests := []rowCase{
		{"终点中国石化东北天然气销售有限公司长吉末站,道路总长约270米。", ""},
		{"起点某某物流公司长青路口,终点迎宾大路。", ""},
		{"某某实业有限公司总经理王建国出席。", "王建国 总经理 [总经理]"},
		{"民政部社会事务司司长王建国出席会议。", "王建国 司长 [司长] @民政部社会事务司"},
	}
	checkRows(t, tests, "people", personRows)
}
