package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestIssuedUnderSeal: a notice that issues a document, its 落款 the body's
// name alone (the date lost in the copy), then the issued document's title
// printed again over its text: the text from the title on is what the
// notice carries, no items of the notice's. Where no body's name stands
// over the title printed again, or the title printed is another's, the
// numbered parts stay items.
func TestIssuedUnderSeal(t *testing.T) {
	head := "某省民政厅关于印发《民政厅2021年工作要点》的通知\n\n各市(州)民政局,厅机关各处(室):\n\n《民政厅2021年工作要点》已经厅党组会议审议通过,现印发给你们,请结合实际,抓好贯彻落实。\n\n"
	issued := "\n\n民政厅2021年工作要点\n\n2021年是“十四五”开局之年。做好全年民政工作,要坚持以人民为中心。\n\n一、深入学习贯彻党的创新理论\n\n1.持续学习贯彻。强化党组中心组学习。\n\n二、加强基本民生保障\n\n2.完善社会救助制度。推进低保扩围。\n"
	checkItemCounts(t, []itemCountCase{
		{"the body's name over the issued title", head + "某省民政厅" + issued, 0},
		// Not so.
		{"no body's name over it", head + "请各地认真执行。" + issued, 2},
		// Another title under the name: the rule leaves the numbered parts
		// items (the name, set apart before them, the preamble's:
		// preambleHeadings).
		{"another title printed", head + "某省民政厅\n\n民政厅2020年工作总结\n\n一、深入学习贯彻党的创新理论\n\n二、加强基本民生保障\n", 2},
	})
}

// TestIssuedOverAttachment: a notice with no title of its own that issues
// a document describes it, whose title the lines after the 落款 print
// wrapped over two lines or with its text run on after it; not where the
// lines after the 落款 print another title, or the body issues nothing.
func TestIssuedOverAttachment(t *testing.T) {
	head := "某民慈〔2020〕115号\n各市、县(市、区)民政局:\n为加强慈善组织募捐工作,我厅研究制定了《某省慈善募捐管理指引(试行)》,现印发给你们作为工作指引和参考。\n某省民政厅\n2020年12月29日\n"
	tests := []struct {
		name, text, want string
	}{
		{"wrapped over two lines", head + "某省慈善募捐管理指引\n(试行)\n第一章 总 则\n第一条 为规范我省慈善募捐工作,制定本指引。\n", "某省慈善募捐管理指引(试行)"},
		{"its text run on", head + "某省慈善募捐管理指引(试行)为规范我省慈善募捐工作,制定本指引。各级民政部门负责监督管理。\n", "某省慈善募捐管理指引(试行)"},
		// Not so.
		{"another title printed", head + "某省慈善组织年报指南\n(试行)\n第一章 总 则\n", ""},
		{"nothing issued", "某民慈〔2020〕115号\n各市、县(市、区)民政局:\n请认真学习《某省慈善募捐管理指引(试行)》,抓好贯彻落实。\n某省民政厅\n2020年12月29日\n某省慈善募捐管理指引\n(试行)\n", ""},
	}
	for _, tc := range tests {
		d := Analyze(clean.Lines(tc.text))
		got := ""
		if d.Title != nil {
			got = d.Title.Value
		}
		if got != tc.want {
			t.Errorf("%s: title %q, want %q", tc.name, got, tc.want)
		}
	}
}
