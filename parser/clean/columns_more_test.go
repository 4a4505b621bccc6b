package clean

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// cells lays out a line as pdftotext -layout and Ghostscript's txtwrite
// do, one cell a character: left from column lead, right from column at.
func cells(lead int, left string, at int, right string) string {
	s := strings.Repeat(" ", lead) + left
	if right == "" {
		return s
	}
	return s + strings.Repeat(" ", max(2, at-utf8.RuneCountInString(s))) + right
}

// TestColumnsMeasured: the width model is measured on each document and
// the columns are found page by page; a page's running header, a title
// over both columns and a table's rows stay whole, and text in one column
// stays line for line.
func TestColumnsMeasured(t *testing.T) {
	// A browser's print of a two-column page as pdftotext -layout lays it
	// out: the right column starts at cell 30 whatever the left holds.
	cellPage := strings.Join([]string{
		cells(0, "12/1/26, 2:35 PM", 18, "关于发放临时救助金的通知"),
		cells(12, "关于发放临时救助金的通知", 0, ""),
		cells(2, "时间:2022-03-31 来源:鼓楼区民政局", 30, "二、发放标准:每人988元。"),
		cells(2, "各街(镇)民政办、鼓楼老年公寓:", 30, "三、以上资金从临时救助资金列支,"),
		cells(2, "为进一步做好疫情防控期间困难", 30, "要加强发放管理工作。"),
		cells(2, "群众的基本生活保障,决定发放。", 30, "特此通知"),
		cells(2, "一、发放对象:低保、特困人员。", 30, "福州市鼓楼区民政局"),
		cells(32, "2022年3月31日", 0, ""),
		cells(0, "file:///tmp/doc/article.html", 40, "1/1"),
	}, "\n") + "\n"
	// A single column with a label and its value set apart, a table and a
	// page header: no columns, whatever the width model.
	oneColumn := strings.Join([]string{
		cells(0, "12/1/26, 2:36 PM", 20, "全区社会救助工作动态"),
		cells(2, "发布机构", 12, "渝中区民政局"),
		cells(2, "发布日期", 12, "2024-03-18"),
		"  为进一步规范社会救助工作，现将本月全区救助情况通报如下，请各街道认真对照落实。",
		"  一、本月全区共救助困难群众七千余户，发放低保金七百余万元，较上月略有增加。",
		cells(2, "街道", 12, "低保") + "      特困      合计",
		cells(2, "解放碑", 12, "1166") + "      113       1279",
		cells(2, "上清寺", 12, "667") + "       32        699",
		"  二、各街道要加强动态管理，做到应保尽保、应退尽退，确保救助资金安全。",
		cells(2, "联系人：张明", 20, "联系电话：63801234"),
		"  特此通报。",
	}, "\n") + "\n"
	// Page 1 a table, page 2 in two columns (display columns, a Chinese
	// character two wide): only page 2 is read column by column.
	mixed := "表1 对象统计\n" +
		"  街道      低保      特困\n" +
		"  解放碑    1166      113\n" +
		"\f  二、街道工作情况            朝天门街道于2月28日召开\n" +
		"  大坪街道开展入户走访，      临时救助业务培训会。\n" +
		"  了解困难群众生活。          全街道23名救助员参会。\n"
	tests := []struct{ name, in, want string }{
		{"two columns, one cell a character", cellPage,
			"12/1/26, 2:35 PM  关于发放临时救助金的通知|关于发放临时救助金的通知|" +
				"时间:2022-03-31 来源:鼓楼区民政局|各街(镇)民政办、鼓楼老年公寓:|为进一步做好疫情防控期间困难|群众的基本生活保障,决定发放。|一、发放对象:低保、特困人员。|file:///tmp/doc/article.html|" +
				"二、发放标准:每人988元。|三、以上资金从临时救助资金列支,|要加强发放管理工作。|特此通知|福州市鼓楼区民政局|2022年3月31日|1/1"},
		{"one column: a label and its value apart, a table, a page header", oneColumn,
			strings.Join(func() []string {
				var ls []string
				for _, l := range strings.Split(strings.TrimSuffix(oneColumn, "\n"), "\n") {
					ls = append(ls, strings.TrimSpace(l))
				}
				return ls
			}(), "|")},
		{"a page of a table, a page in two columns", mixed,
			"表1 对象统计|街道      低保      特困|解放碑    1166      113|" +
				"二、街道工作情况|大坪街道开展入户走访，|了解困难群众生活。|朝天门街道于2月28日召开|临时救助业务培训会。|全街道23名救助员参会。"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if g := texts(tc.in); g != tc.want {
				t.Errorf("\n got %s\nwant %s", g, tc.want)
			}
		})
	}
}

// TestWidthOf: the model under which the right column starts at one
// place is the document's.
func TestWidthOf(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  widthModel
	}{
		{"one cell a character", []string{
			cells(2, "为进一步做好疫情防控期间困难", 30, "要加强发放管理工作。"),
			cells(2, "群众 2022 年基本生活", 30, "特此通知"),
			cells(2, "一、发放对象", 30, "福州市鼓楼区民政局"),
		}, charCells},
		{"a Chinese character two columns wide", []string{
			"  为进一步做好疫情防控期间困难  要加强发放管理工作。",
			"  群众 2022 年基本生活         特此通知",
			"  一、发放对象                 福州市鼓楼区民政局",
		}, displayColumns},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := widthOf([][]cut{cutsOf(tc.lines, 1)}); got != tc.want {
				t.Errorf("widthOf = %d, want %d", got, tc.want)
			}
		})
	}
}
