package extract

import "testing"

// TestAgencyBeforeVisit: 参观 is a verb (domain.tsv; jieba tags it a
// noun), so a body named right before it (某街道某社区参观调研) ends there,
// the visit no word of a compound the name heads. Where no body is named
// before it (我局, 党员), none is found.
func TestAgencyBeforeVisit(t *testing.T) {
	checkRows(t, []rowCase{
		{"调研组一行莅临东湖街道柳溪社区参观调研。", "东湖街道柳溪社区"},
		{"一行来到东湖街道柳溪社区参观。", "东湖街道柳溪社区"},
		{"近日,市民政局到南岗街道参观社工站建设。", "市民政局; 南岗街道"},
		{"组织党员干部参观红色教育基地。", ""},
		{"兄弟单位一行来我局参观学习。", ""},
	}, "agencies", agencyNames)
}
