package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestHeadingsMarked: the rows of a grid run together under its serial
// head, read as headings, are text before the parts are read, and the
// reader's own labelling (table) is undone; lines no reader marks (one
// row, a count that does not open at 1, numbered headings of the text)
// keep their reading.
func TestHeadingsMarked(t *testing.T) {
	H, B := cue.Heading, cue.Body
	for _, tc := range []struct {
		name  string
		lines []string
		roles []cue.Role
		want  []cue.Role
	}{
		{"a grid's rows", []string{"序号名称地址电话", "1某某公墓某区某路1号010-00000001", "2某某陵园某县某镇2号010-00000002", "3某某园某区某街3号13000000003"},
			[]cue.Role{H, H, H, H}, []cue.Role{B, B, B, B}},
		{"text above kept", []string{"各公墓地址如下:", "序号名称地址电话", "1某某公墓某区某路1号", "2某某陵园某县某镇2号", "3某某园某区某街3号"},
			[]cue.Role{B, H, H, H, H}, []cue.Role{B, B, B, B, B}},
		{"one row only", []string{"序号名称地址电话", "1某某公墓某区某路1号", "各地要抓好落实"},
			[]cue.Role{H, H, H}, []cue.Role{H, H, H}},
		{"a count from 2", []string{"序号名称地址电话", "2某某公墓某区某路1号", "3某某陵园某县某镇2号", "4某某园某区某街3号"},
			[]cue.Role{H, H, H, H}, []cue.Role{H, H, H, H}},
		{"no serial head", []string{"公墓名录", "1某某公墓某区某路1号", "2某某陵园某县某镇2号", "3某某园某区某街3号"},
			[]cue.Role{H, H, H, H}, []cue.Role{H, H, H, H}},
		{"numbered headings", []string{"序号名称地址电话", "1.加强组织领导", "2.落实工作责任", "3.强化督促检查"},
			[]cue.Role{H, H, H, H}, []cue.Role{H, H, H, H}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := labelledAssembly(tc.lines, tc.roles)
			a.headingsMarked(a.gluedSerialGrids)
			for i, w := range tc.want {
				if a.roles[i] != w || a.doc.Lines[i].Role != w {
					t.Errorf("line %d %q: role %v (record %v), want %v", i, tc.lines[i], a.roles[i], a.doc.Lines[i].Role, w)
				}
			}
		})
	}
}
