package layout

import (
	"fmt"
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestAttachedRows: the rows of an attachment's grid printed a cell a
// line, opened by serial numbers (a subtotal between them a row of its
// own) or by a key of words over its figures, the empty cells left out;
// cells that make no such rows are none.
func TestAttachedRows(t *testing.T) {
	tests := []struct {
		name  string
		cells string // the cells, one a space apart
		want  string // each row's first cell, "" for none
	}{
		{"keys over figures, empty cells left out",
			"乡镇 甲类(个) 乙类(个) 合计 北乡 3万元 2万元 南乡 1万元 合计 4万元 2万元 6万元",
			"乡镇 北乡 南乡 合计"},
		{"figures with no unit",
			"单位 人数 金额 东村 12 3.5 西村 8",
			"单位 东村 西村"},
		{"serial numbers, a subtotal between",
			"序号 名称 1 甲村互助点 2 乙村互助点 甲镇小计2个 3 丙村互助点",
			"序号 1 2 甲镇小计2个 3"},
		{"serial numbers, no subtotal",
			"编号 名称 地址 1 某院 东路 2 某站 西路",
			"编号 1 2"},
		// None.
		{"two cells of words in a row", "乡镇 金额 北乡 3万元 南乡 东乡 1万元", ""},
		{"more figures than the header's columns", "乡镇 金额 北乡 3万元 4万元 南乡 1万元", ""},
		{"serial numbers out of turn", "序号 名称 1 甲村 3 丙村 2 乙村", ""},
		{"a list of words", "甲村幸福院 乙村幸福院 丙村幸福院", ""},
		{"a figure in the header", "乡镇 2021 北乡 3万元 南乡 1万元", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cells := strings.Fields(tc.cells)
			var got []string
			if b, ok := attachedRows(cells); ok {
				for _, k := range b {
					got = append(got, cells[k])
				}
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("got %q, want %q", strings.Join(got, " "), tc.want)
			}
		})
	}
}

// TestAttachedGrids: a table's title alone takes the cells the reading
// gave the attachment, to the next attachment's heading or the end, a
// serial number taken for the page's among them; a line of text among the
// cells, or cells that stop short of the attachment's end, leave them.
func TestAttachedGrids(t *testing.T) {
	tests := []struct {
		name  string
		lines []string // role letter | text
		want  string   // each table's title and its rows' keys
	}{
		{"to the next attachment",
			[]string{"a|附件1", "t|某镇补贴情况表", "a|村", "a|金额", "a|北村", "a|3万元", "a|南村", "a|2万元", "a|附件2", "a|名单"},
			"某镇补贴情况表: 村 北村 南村"},
		{"to the end, a serial number read as the page's, a subtotal among the rows",
			[]string{"b|现将互助点名单印发给你们,请认真抓好落实。", "a|附件", "t|某镇互助点名单", "a|项目数", "a|名称", "a|1", "a|甲村互助点", "c|2", "a|乙村互助点", "a|甲镇小计2个互助点", "a|3", "a|丙村互助点"},
			"某镇互助点名单: 项目数 1 2 甲镇小计2个互助点 3"},
		// Left as read.
		{"a sentence among the cells",
			[]string{"a|附件1", "t|某镇补贴情况表", "a|村", "a|金额", "a|北村", "a|补贴按季度发放。", "a|南村", "a|2万元"},
			""},
		{"the cells stop short of the attachment's end",
			[]string{"t|某镇补贴情况表", "a|村", "a|金额", "a|北村", "a|3万元", "a|南村", "a|2万元", "b|以上资金请及时拨付,专款专用。"},
			""},
		{"no title alone",
			[]string{"a|附件1", "b|某镇补贴", "a|村", "a|金额", "a|北村", "a|3万元", "a|南村", "a|2万元"},
			""},
	}
	letters := map[byte]Role{'t': cue.Table, 'b': cue.Body, 'c': cue.Chrome, 'a': cue.Attachment}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var text []string
			var roles []Role
			for _, l := range tc.lines {
				roles = append(roles, letters[l[0]])
				text = append(text, l[2:])
			}
			d := cue.NewDoc(units(clean.Lines(strings.Join(text, "\n") + "\n")))
			if len(d.Lines) != len(roles) {
				t.Fatalf("%d lines, want %d", len(d.Lines), len(roles))
			}
			a := &assembly{d: d, roles: roles, doc: &Document{Lines: make([]Labelled, len(roles))}}
			m := markedTables{}
			a.attachedGrids(m)
			for _, run := range m.apart(a.runs(cue.Table)) {
				m.readMarked(run)
			}
			var got []string
			for _, b := range a.doc.Blocks {
				var keys []string
				for _, r := range b.Rows {
					keys = append(keys, r.Cells[0])
				}
				title := ""
				if b.Title != nil {
					title = b.Title.Value
				}
				got = append(got, fmt.Sprintf("%s: %s", title, strings.Join(keys, " ")))
			}
			if strings.Join(got, "; ") != tc.want {
				t.Errorf("got %q, want %q", strings.Join(got, "; "), tc.want)
			}
		})
	}
}
