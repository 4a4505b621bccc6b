package layout

import "testing"

// TestSiteApart: a site's name or its trail set apart over the headline
// as the text's paragraphs are is the page's; a headline wrapped over
// lines apart so, or a notice's title only the lines together make, keeps
// them all.
func TestSiteApart(t *testing.T) {
	body := "\n\n发布时间:24年02月08日 信息来源: 编辑:某局\n\n近日,某某慈善总会开展慰问活动。\n\n活动共慰问困难群众300户。"
	checkTitles(t, []titleCase{
		{"a site's name over the headline", "某某政务网\n\n某某慈善组织全面开展慰问活动" + body, "某某慈善组织全面开展慰问活动"},
		{"a trail over the headline", "• 当前位置:某某网 - 某某网 > 某某栏目 >\n\n4家养老机构获评五级" + body, "4家养老机构获评五级"},
		{"a headline wrapped over lines", "某区民政局召开养老服务\n\n工作推进会" + body, "某区民政局召开养老服务工作推进会"},
		{"a notice's title over lines", "某某市民政局\n\n关于开展慰问活动的通知" + body, "某某市民政局关于开展慰问活动的通知"},
	})
}
