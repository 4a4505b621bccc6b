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
