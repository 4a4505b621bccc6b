package layout

import "testing"

// TestPreambleHeadings: a line set apart in the preamble of a text that
// numbers its sections (一、 二、) is no item; headings of no number that
// are parts of a digest stay.
func TestPreambleHeadings(t *testing.T) {
	const head = "某区2022年清明节祭扫通知\n时间: 2022-03-26\n清明节将至,各种祭祀活动日益增多,焚烧香纸冥币进入高发期。\n"
	checkItemTitles(t, []itemTitlesCase{
		{"a slogan before numbered sections", head + "提倡文明祭扫,共建绿色文明生态园区\n即日起本区范围内停止一切现场祭扫活动。\n一、紧扣节点,大力宣传。各镇、各村要通过大喇叭宣传文明祭扫。\n二、明确责任,严格落实。各包片责任人要严格落实责任。\n", "!提倡文明祭扫,共建绿色文明生态园区"},
		// Not so.
		{"a digest's parts before a list in the last", head + "福州:3月29日起预约登记祭扫\n预约平台可实时显示祭扫场所的预约情况。\n厦门:清明祭扫集中开放\n为统筹做好祭扫服务,现将有关事项通知如下:\n一、各墓陵园实行预约祭扫。\n二、倡导以公共交通方式绿色出行。\n", "福州:3月29日起预约登记祭扫 | 厦门:清明祭扫集中开放 | 各墓陵园实行预约祭扫 | 倡导以公共交通方式绿色出行"},
	})
}
