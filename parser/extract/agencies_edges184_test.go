package extract

import "testing"

// TestAgencyEdges184 covers the names' edges left by reviews 125b and 126b:
// 动员 (to mobilise, agency_boundaries.txt) before the body it rallies is
// no part of its name; a town's own body after 及 behind a counted kind
// is one body (countedTownMember); 研究会商 (to study and consult, 会商 a
// verb in domain.tsv) names no 研究会; 民政办 (domain.tsv, nt) ends before
// 到 (民政办|到, not 办到). With rows where the rules must not
// fire.
func TestAgencyEdges184(t *testing.T) {
	checkRows(t, []rowCase{
		{"县红十字会先后动员永兴瑞达商贸有限公司等企业捐赠物资。", "县红十字会; 永兴瑞达商贸有限公司"},
		{"积极动员市慈善总会参与救助。", "市慈善总会"},
		// Must not fire: a body named with the word, a mobilising with no body.
		{"市国防动员办公室组织演练。", "市国防动员办公室"},
		{"动员全县人民募集款物。", ""},
		{"市人民防空和国防动员办公室开展宣传。", "市人民防空和国防动员办公室"},
	}, "agencies", agencyNames)
	checkRows(t, []rowCase{
		{"向9个镇办及锦尚镇红十字会发放慰问金。", "锦尚镇红十字会"},
		{"走访5个村委会和城关镇敬老院。", "城关镇敬老院"},
		// Must not fire: the kinds the count makes, a counted name.
		{"来自9家社会工作服务机构和社区社会工作室。", ""},
		{"建成3个镇未成年人保护工作站。", ""},
	}, "agencies", agencyNames)
	checkRows(t, []rowCase{
		{"对养老机构及时研究会商,完善联合审验。", ""},
		{"各地要研究会商整改措施。", ""},
		// Must not fire: a society's own name.
		{"市老年学研究会召开年会。", "市老年学研究会"},
	}, "agencies", agencyNames)
	checkRows(t, []rowCase{
		{"5月8日,镇民政办到敬老院看望老人。", "镇民政办"},
		{"平安镇民政办到村入户走访。", "平安镇民政办"},
		// Must not fire: the verb 办到 with no office before it.
		{"这件事一定能办到。", ""},
	}, "agencies", agencyNames)
}
