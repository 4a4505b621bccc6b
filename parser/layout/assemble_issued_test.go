package layout

import "testing"

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
