package layout

import "testing"

// TestPlaceColumns: the lines under a line that names a list, a cell a
// line with its head first, are a grid as wide as the column of divisions
// that recurs in them says; the last row may lose its place. Lines with
// no column of places, places in two columns, a head of places, or a
// sentence among the cells (the cells run to it, too few) are left as
// read.
func TestPlaceColumns(t *testing.T) {
	const top = "某省民政厅关于认定并公布省级地名文化遗产的通知\n各市民政局:\n经评审,认定大明湖等地名为省级地名文化遗产(具体名单附后)。\n附件:省级地名文化遗产地名名录\n某省民政厅\n2021年12月17日\n附件\n"
	tests := []gridCase{
		{"two columns, the last row cut before its place",
			top + "省级地名文化遗产地名名录\n地名名称(类别)\n所在政区\n大明湖(自然地理实体)\n济南市历下区\n芙蓉街(街巷)\n济南市历下区\n尼山(自然地理实体)\n曲阜市\n南旺镇(政区)\n",
			"省级地名文化遗产地名名录 | 1 | 大明湖(自然地理实体) 芙蓉街(街巷) 尼山(自然地理实体) 南旺镇(政区) | "},
		{"three columns, the places in the middle",
			top + "省级地名文化遗产地名名录\n地名名称\n所在政区\n类别\n大明湖\n济南市历下区\n自然地理实体\n芙蓉街\n济南市历下区\n街巷\n鳧村\n曲阜市\n村落\n",
			"省级地名文化遗产地名名录 | 1 | 大明湖 芙蓉街 鳧村 | "},
		// Left as read.
		{"no column of places",
			top + "省级地名文化遗产地名名录\n地名名称\n类别\n大明湖\n自然地理实体\n芙蓉街\n街巷\n尼山\n自然地理实体\n",
			""},
		{"places in two columns",
			top + "省级地名文化遗产地名名录\n所在市\n所在县\n济南市\n历下区\n东营市\n广饶县\n济宁市\n曲阜市\n",
			""},
		{"a sentence among the cells",
			top + "省级地名文化遗产地名名录\n地名名称(类别)\n所在政区\n大明湖(自然地理实体)\n济南市历下区\n以上地名由各市推荐,经专家评审认定。\n芙蓉街(街巷)\n济南市历下区\n",
			""},
	}
	checkGrids(t, tests, analyzed)
}
