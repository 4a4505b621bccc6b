package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestGluedSerialGrids: a grid whose copy lost the marks between its
// cells, its head opening with 序号 run into the heads after it, over
// lines each opening with its number counting from 1 run into its words,
// is a table keyed by the numbers, titled by the line over the head where
// that reads as a title, its colon dropped. A head with no serial head, rows numbered as a list's items (1、), numbers that skip
// one, a row that ends a sentence, or one row alone leave the lines as
// they were read, and so does a head and rows printed a space apart.
func TestGluedSerialGrids(t *testing.T) {
	const top = "市民政局公布了正在经营的公墓名单。\n附表:\n"
	rows := "1某某山公墓某区某某路1号027-00000001\n2某某陵园某区某某街2号13900000002\n3某某园某县某某村027-00000003\n"
	const foot = "(责编:某某)\n"
	tests := []gridCase{
		{"a title over the head, closed by a colon",
			top + "承办单位、地址、报名电话:\n序号单位名称地址联系电话\n" + rows + foot,
			"承办单位、地址、报名电话 | 1 | 1 2 3 | ; head 序号/单位名称地址联系电话"},
		{"an attachment's heading over the head, no title",
			top + "序号单位名称地址联系电话\n" + rows + foot,
			"- | 1 | 1 2 3 | ; head 序号/单位名称地址联系电话"},
		{"a sentence over the head, no title",
			"市民政局公布了正在经营的公墓,名单如下:\n序号单位名称地址联系电话\n" + rows + foot,
			"- | 1 | 1 2 3 | ; head 序号/单位名称地址联系电话"},
		{"a sentence's end over the head, no title",
			"名单附后。\n序号单位名称地址联系电话\n" + rows + foot,
			"- | 1 | 1 2 3 | ; head 序号/单位名称地址联系电话"},
		{"a date over the head, no title",
			"2017-03-01\n序号单位名称地址联系电话\n" + rows + foot,
			"- | 1 | 1 2 3 | ; head 序号/单位名称地址联系电话"},
		// Left as read.
		{"a head a space apart, rows a space apart, as printed",
			top + "序号 单位名称 地址 联系电话\n1 某某山公墓 某区某某路1号 027-00000001\n2 某某陵园 某区某某街2号 13900000002\n3 某某园 某县某某村 027-00000003\n" + foot,
			"- | 1 | 1 2 3 | ; head 序号/单位名称/地址/联系电话"},
		{"no serial head",
			top + "单位名称地址联系电话\n" + rows + foot,
			""},
		{"rows numbered as a list's items",
			top + "序号单位名称地址联系电话\n1、某某山公墓某区某某路1号\n2、某某陵园某区某某街2号\n3、某某园某县某某村\n" + foot,
			""},
		{"a number skipped",
			top + "序号单位名称地址联系电话\n1某某山公墓某区某某路1号027-00000001\n3某某园某县某某村027-00000003\n" + foot,
			""},
		{"a row that ends a sentence",
			top + "序号单位名称地址联系电话\n1某某山公墓位于某区某某路1号。\n2某某陵园位于某区某某街2号。\n" + foot,
			""},
		{"one row alone",
			top + "序号单位名称地址联系电话\n1某某山公墓某区某某路1号027-00000001\n" + foot,
			""},
	}
	checkGrids(t, tests, func(text string) string {
		d := Analyze(clean.Lines(text))
		got := gridSummary(d)
		for _, b := range d.Blocks {
			got += "; head " + strings.Join(b.Rows[0].Cells, "/")
		}
		return got
	})
}

// TestGluedSerialHead: a head run together opens with a serial head and
// holds words after it, no space, figure, bar, clause or colon.
func TestGluedSerialHead(t *testing.T) {
	tests := []gridCase{
		{"heads run together", "序号单位名称地址联系电话", "序号 / 单位名称地址联系电话"},
		{"a serial head with a word before it", "排序单位名称得分", "排序 / 单位名称得分"},
		// No head run together.
		{"heads a space apart", "序号 单位名称 地址", "no head"},
		{"no serial head", "单位名称地址联系电话", "no head"},
		{"the serial head alone", "序号", "no head"},
		{"a figure after it", "序号2021年名单", "no head"},
		{"a bar after it", "序号|单位名称|地址", "no head"},
		{"a clause after it", "序号,单位名称", "no head"},
		{"a label's colon after it", "序号:单位名称地址", "no head"},
	}
	checkGrids(t, tests, func(s string) string {
		head, ok := gluedSerialHead(s)
		if !ok {
			return "no head"
		}
		return head[0] + " / " + head[1]
	})
}

// TestGluedSerialStopsAtMarked: a row another grid holds already (a line
// a pass before marked as a table's) closes the glued grid there.
func TestGluedSerialStopsAtMarked(t *testing.T) {
	lines := []string{"序号单位名称地址联系电话", "1某某山公墓某区某某路1号027-00000001", "2某某陵园某区某某街2号13900000002", "3某某园某县某某村027-00000003", "4某某园某县某某村027-00000004"}
	roles := []cue.Role{cue.Body, cue.Body, cue.Body, cue.Body, cue.Table}
	a := labelledAssembly(lines, roles)
	m := markedTables{}
	a.gluedSerialGrids(m)
	run, ok := m[0]
	if !ok {
		t.Fatal("no grid marked")
	}
	if len(run.lines) != 4 {
		t.Errorf("grid of lines %v, want the 4 before the marked line", run.lines)
	}
}
