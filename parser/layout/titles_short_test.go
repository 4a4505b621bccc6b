package layout

import "testing"

// TestTitleCutShort: of two titles one over the other, a lower one that is
// the upper with its issuer's name cut off (a grid's caption) leaves the
// upper the title; a lower 关于… is the document's own title and stays it,
// as does a lower one that repeats the upper whole.
func TestTitleCutShort(t *testing.T) {
	grid := "\n序号 收费项目 收费标准 收费主体 计费单位\n1 运尸费 120元 某县殡葬管理所 每次\n2 火化费 230元 某县殡葬管理所 每具遗体\n"
	checkTitles(t, []titleCase{
		{"the caption cut short", "某县殡葬管理所殡葬收费项目公示\n殡葬收费项目公示" + grid, "某县殡葬管理所殡葬收费项目公示"},
		// Not so.
		{"the document's own 关于 title", "某市民政局关于暂停现场祭扫服务的通告\n关于暂停现场祭扫服务的通告\n为做好疫情防控工作,现就有关事项通告如下:\n一、暂停现场祭扫。\n二、推行网络祭扫。\n", "关于暂停现场祭扫服务的通告"},
		{"words over it that name no body", "精确检索开始检索殡葬收费项目公示\n殡葬收费项目公示" + grid, "殡葬收费项目公示"},
	})
}

// TestLinkAfterHeadline: a link of the page's menu printed after the
// headline, apart by white space (惠民殡葬补贴 建言献策), is no word of the
// title where the headline stands alone again under it. A second copy
// that wraps the title anew, or a line that leaves its phrase open, cuts
// nothing.
func TestLinkAfterHeadline(t *testing.T) {
	text := "\n享受条件:辖区低保、特困对象以及实行生态葬的普通居民。\n所需材料:\n(1)死亡人员户口本、身份证原件及复印件3份;\n(2)火化证原件及复印件3份。\n"
	checkTitles(t, []titleCase{
		{"a menu link after the headline", "惠民殡葬补贴 建言献策\n2025-03-31 09:03:29\n惠民殡葬补贴" + text, "惠民殡葬补贴"},
		// Not so.
		{"a copy wrapped anew", "关于加强清明节祭扫活动管理的 通告\n2025-03-31 09:03:29\n关于加强清明节祭扫活动管理的\n通告" + text, "关于加强清明节祭扫活动管理的通告"},
		{"no copy under it", "惠民殡葬补贴 建言献策\n2025-03-31 09:03:29" + text, "惠民殡葬补贴建言献策"},
	})
}
