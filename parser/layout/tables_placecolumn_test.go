package layout

import "testing"

// TestPlaceColumns: the lines under a line that names a list, a cell a
// line with its head first, are a grid as wide as the column of divisions
// that recurs in them says; the last row may lose its cells after its
// key, before its place, and the cells run to a label's colon. Lines
// under a line that names no list, with no column of places, places in
// two columns, a head of places, a single row under the head, a last row
// cut after its place, or a sentence among the cells (the cells run to
// it, too few) are left as read.
func TestPlaceColumns(t *testing.T) {
	const top = "某省民政厅关于公布省级地名文化遗产名录的通知\n各市民政局:\n经评审,认定东江湖等地名为省级地名文化遗产(具体名单附后)。\n附件:省级地名文化遗产名录\n某省民政厅\n2022年3月1日\n附件\n"
	const cells = "地名名称(类别)\n所在政区\n东江湖(自然地理实体)\n杭州市西湖区\n柳巷街(街巷)\n杭州市西湖区\n青石山(自然地理实体)\n绍兴市\n"
	tests := []gridCase{
		{"two columns, the last row cut before its place",
			top + "省级地名文化遗产名录\n" + cells + "长源镇(政区)\n",
			"省级地名文化遗产名录 | 1 | 东江湖(自然地理实体) 柳巷街(街巷) 青石山(自然地理实体) 长源镇(政区) | "},
		{"three columns, the places in the middle",
			top + "省级地名文化遗产名录\n地名名称\n所在政区\n类别\n东江湖\n杭州市西湖区\n自然地理实体\n柳巷街\n杭州市西湖区\n街巷\n白鹭村\n绍兴市\n村落\n",
			"省级地名文化遗产名录 | 1 | 东江湖 柳巷街 白鹭村 | "},
		{"the cells run to a label's colon",
			top + "省级地名文化遗产名录\n" + cells + "联系人:张某\n",
			"省级地名文化遗产名录 | 1 | 东江湖(自然地理实体) 柳巷街(街巷) 青石山(自然地理实体) | "},
		// Left as read.
		{"under a line that names no list",
			top + "具体名单如下\n" + cells + "长源镇(政区)\n",
			""},
		{"no column of places",
			top + "省级地名文化遗产名录\n地名名称\n类别\n东江湖\n自然地理实体\n柳巷街\n街巷\n青石山\n自然地理实体\n",
			""},
		{"places in two columns",
			top + "省级地名文化遗产名录\n所在市\n所在县\n杭州市\n西湖区\n绍兴市\n上虞区\n宁波市\n鄞州区\n",
			""},
		{"a head of places",
			top + "省级地名文化遗产名录\n杭州市\n地名名称\n东江湖\n杭州市西湖区\n柳巷街\n杭州市西湖区\n青石山\n绍兴市\n",
			""},
		{"a single row under the head",
			top + "省级地名文化遗产名录\n地名名称(类别)\n所在政区\n东江湖(自然地理实体)\n杭州市西湖区\n",
			""},
		{"three columns, the last row cut after its place",
			top + "省级地名文化遗产名录\n地名名称\n所在政区\n类别\n东江湖\n杭州市西湖区\n自然地理实体\n柳巷街\n杭州市西湖区\n街巷\n白鹭村\n绍兴市\n",
			""},
		{"a sentence among the cells",
			top + "省级地名文化遗产名录\n地名名称(类别)\n所在政区\n东江湖(自然地理实体)\n杭州市西湖区\n以上地名由各市推荐,经专家评审认定。\n柳巷街(街巷)\n杭州市西湖区\n",
			""},
	}
	checkGrids(t, tests, analyzed)
}
