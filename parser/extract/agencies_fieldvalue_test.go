package extract

import "testing"

// TestAgencyFieldValue: a page's info field names the one body that
// published or checked the page, its short name as written: the value of
// a source field even where the text names two places' bureaus (the
// field is the page's, not a kind's), a value printed one character to a
// space, and the value of the review chain at a page's foot (审核, 终审)
// where it names a body, also after another field parted by a space. A
// person checking the page, a review word inside a clause, a class of
// bodies and a value that runs on into a clause name none.
func TestAgencyFieldValue(t *testing.T) {
	checkRows(t, []rowCase{
		{"长丰县民政局转发肥西县民政局的通知\n来源: 民政局 浏览次数: 12", "长丰县民政局; 肥西县民政局; 民政局"},
		{"关于做好某项工作的通告\n发布机构: 民 政 局 文号:", "民政局"},
		{"某某工作要点\n编辑:长丰县民政局 审核:民政局 字号:[ ]", "长丰县民政局; 民政局"},
		{"某某工作要点\n初审:张明 终审:民政局", "民政局"},
		{"某某工作要点\n发布机构: 民政局 关于做好某项工作的通知", "民政局"},
		// Must not fire.
		{"某某工作要点\n审核:张明 终审:李红", ""},
		{"材料经乡镇审核:民政局备案后发放", ""},
		{"某某工作要点\n来源: 各 县 民政局", ""},
	}, "agencies", agencyNames)
}
