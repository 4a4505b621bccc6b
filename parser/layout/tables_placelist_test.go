package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestPlaceLists: the lines under a line that announces a list, each a
// division's full name and, a space after it, what the list holds there,
// are a table of no head, a row each line keyed by its division. Lines
// under a line that announces nothing, one line alone, a sentence after
// the place, a first word that names no division or names one short, or a
// place run into its words leave the lines as they were read.
func TestPlaceLists(t *testing.T) {
	const top = "各区(县、市)民政局:\n根据等级评定办法,经评审,现将通过评定的养老机构通报如下:\n"
	const foot = "以上机构等级有效期为3年。\n某市民政局\n2022年10月24日\n"
	tests := []gridCase{
		{"places and the homes each lists",
			top + "历下区 某某镇敬老院\n章丘区 某某家园、某某养老服务有限公司、某某老年公寓\n平邑县 某某镇敬老院\n" + foot,
			"- | 0 | 历下区 章丘区 平邑县 | "},
		{"two lines",
			top + "历下区 某某镇敬老院\n平邑县 某某镇敬老院\n" + foot,
			"- | 0 | 历下区 平邑县 | "},
		// Left as read.
		{"a line above that announces nothing",
			"各区(县、市)民政局:\n经评审,以下养老机构通过评定。\n历下区 某某镇敬老院\n章丘区 某某老年公寓\n平邑县 某某镇敬老院\n" + foot,
			""},
		{"one line alone",
			top + "历下区 某某镇敬老院\n" + foot,
			""},
		{"a sentence after the place",
			top + "历下区 某某镇敬老院,床位100张。\n平邑县 某某镇敬老院\n" + foot,
			""},
		{"a first word that names no division",
			top + "某某区 某某镇敬老院\n某某县 某某老年公寓\n" + foot,
			""},
		{"a division named short",
			top + "历下 某某镇敬老院\n平邑 某某老年公寓\n" + foot,
			""},
		{"places run into their words",
			top + "历下区某某镇敬老院\n平邑县某某老年公寓\n" + foot,
			""},
		{"a grid of figures keyed by places, a table already",
			top + "历下区 12 340 5\n章丘区 15 400 6\n平邑县 9 200 3\n" + foot,
			"- | 1 | 章丘区 平邑县 | "},
		{"a label's colon after the place",
			top + "历下区 敬老院:某某镇敬老院\n平邑县 老年公寓:某某老年公寓\n" + foot,
			""},
	}
	checkGrids(t, tests, analyzed)
}

// TestPlaceListHeads: the rows of a list by division are read as no
// part's headings, however the decoder read them: the text has no item
// titled by a row. A line that announces nothing, or lines after the
// place that state sentences, leave the lines' roles as read.
func TestPlaceListHeads(t *testing.T) {
	const top = "关于2022年度三星级养老机构等级评定结果的通报\n各区(县、市)民政局:\n根据等级评定办法,经评审,现将通过评定的养老机构通报如下:\n"
	const foot = "以上机构等级有效期为3年。各地民政部门要加强日常管理。\n某市民政局\n2022年10月24日\n"
	tests := []struct {
		name, text string
		want       []string // the items' titles
	}{
		{"rows read as no headings",
			top + "鄞州区 云龙镇敬老院\n余姚市 陆埠镇康芮家园、红日家园养老服务有限公司、泗门老年公寓\n宁海县 力洋镇敬老院\n" + foot, nil},
		// Left as read.
		{"lines under a line that announces nothing",
			"关于2022年度养老工作的通报\n各区(县、市)民政局:\n一、鄞州区\n云龙镇敬老院完成改造。\n二、宁海县\n力洋镇敬老院完成改造。\n" + foot,
			[]string{"鄞州区", "宁海县"}},
	}
	for _, tc := range tests {
		var got []string
		for _, it := range Analyze(clean.Lines(tc.text)).Items {
			if it.Title != nil {
				got = append(got, it.Title.Value)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: items %q, want %q", tc.name, got, tc.want)
		}
	}
}
