package layout

import "testing"

// TestColumnLeadTitle: the column's name a site runs into a notice's
// title is no word of the document's title.
func TestColumnLeadTitle(t *testing.T) {
	body := "\n2022-12-25 07:30:06 来源:某某网\n\n根据工作安排，现将有关事项公告如下：\n\n一、暂停部分业务。\n\n二、恢复时间另行通知。\n"
	checkTitles(t, []titleCase{
		{"a column's name before the title", "世界要闻:某市殡葬服务中心关于临时调整业务安排的公告" + body, "某市殡葬服务中心关于临时调整业务安排的公告"},
		{"a place before the title", "大荔:某镇关于临时调整业务安排的公告" + body, "大荔:某镇关于临时调整业务安排的公告"},
	})
}
