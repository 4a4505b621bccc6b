package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/span"
)

// TestRunOnKeys: a row whose line ran several rows' keys into one cell,
// its figures on the line after (一、… 二、… | / 万元 | 57324.8), is a row
// per key, the first keeping the figures; a key parted by a space, a
// letter-spaced name, a row no wider than the head, or words with no
// enumerator after the first stay one row.
func TestRunOnKeys(t *testing.T) {
	head := Row{Cells: []string{"指标", "单位", "数量", "", "", ""}}
	row := func(text string, cells ...string) Row {
		return Row{Cells: cells, Line: 2, Text: span.Plain(text, 2)}
	}
	tests := []struct {
		name string
		row  Row
		keys string // each row's cells, rows parted by " / "
	}{
		{"a category run onto the keyed row",
			row("一、民政事业费累计支出 二、乡级行政区划单位 |", "一、民政事业费累计支出", "二、乡级行政区划单位", "万元", "57324.8"),
			"一、民政事业费累计支出 万元 57324.8 / 二、乡级行政区划单位"},
		{"three keys, two squeezed into one cell",
			row("#养老机构 四、社会救助 城市最低生活保障 |", "#养老机构", "四、社会救助城市最低生活保障", "个", "245"),
			"#养老机构 个 245 / 四、社会救助 / 城市最低生活保障"},
		{"the category last",
			row("离婚登记* 七、社会组织 |", "离婚登记*", "七、社会组织", "对", "4,621"),
			"离婚登记* 对 4,621 / 七、社会组织"},
		// Not split.
		{"no enumerator after the first word",
			row("城乡 低保对象 |", "城乡", "低保对象", "万元", "57"),
			"城乡 低保对象 万元 57"},
		{"a letter-spaced name",
			row("雷 声 二、其他 |", "雷", "声", "二、其他", "人", "5"),
			"雷 声 二、其他 人 5"},
		{"the first line holds cells of its own",
			row("一、支出 二、单位 | 万元 | 5", "一、支出", "二、单位", "万元", "5"),
			"一、支出 二、单位 万元 5"},
		{"no figure after the keys",
			row("一、支出 二、单位 |", "一、支出", "二、单位", "万元", "合计"),
			"一、支出 二、单位 万元 合计"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			blk := Block{Rows: []Row{head, tc.row}, Header: 1}
			lines := runOnKeys(&blk, []int{0, 1})
			var got []string
			for _, r := range blk.Rows[1:] {
				got = append(got, strings.Join(r.Cells, " "))
			}
			if g := strings.Join(got, " / "); g != tc.keys {
				t.Errorf("rows\n got %q\nwant %q", g, tc.keys)
			}
			if len(lines) != len(blk.Rows) {
				t.Errorf("rowLines %v for %d rows", lines, len(blk.Rows))
			}
		})
	}
}

// TestRunOnKeysGrid reads a statistical form's web copy whose category
// rows ran onto the keyed rows above them: each is a row of the grid.
func TestRunOnKeysGrid(t *testing.T) {
	text := "指标 | 单位 | 数量 | |||\n一、民政事业费累计支出 二、乡级行政区划单位 |\n万元 | 57324.8 | |||\n" +
		"#镇 | 个 | 179 | |||\n乡 | 个 | 21 | |||\n三、提供住宿的民政机构 | 个 | 258 | |||\n" +
		"#养老机构 四、社会救助 城市最低生活保障 |\n个 | 245 | |||\n最低生活保障人数 | 人 | 59,395 | |||\n"
	want := "- | 1 | 一、民政事业费累计支出 二、乡级行政区划单位 #镇 乡 三、提供住宿的民政机构 #养老机构 四、社会救助 城市最低生活保障 最低生活保障人数 | "
	if got := gridSummary(Analyze(clean.Lines(text))); got != want {
		t.Errorf("tables\n got %q\nwant %q", got, want)
	}
}
