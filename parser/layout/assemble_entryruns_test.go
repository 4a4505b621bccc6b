package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestNamesEntries: three lines or more, each a label and the names it
// lists, read as headings, are a list's entries and text, and so is the
// unnumbered heading that leads them; two such lines, entries of other
// shapes (a sentence, a figure, a label alone), a numbered heading over
// them and a heading apart from them keep their reading.
func TestNamesEntries(t *testing.T) {
	H, B := cue.Heading, cue.Body
	for _, tc := range []struct {
		name  string
		lines []string
		roles []cue.Role
		want  []cue.Role
	}{
		{"a list of entries", []string{"甲市:甲市、乙县", "丙市:丙市、丁县", "戊州:戊县"},
			[]cue.Role{H, H, H}, []cue.Role{B, B, B}},
		{"with its lead", []string{"拟推荐以下单位为示范单位", "甲市:甲市、乙县", "丙市:丙市、丁县", "戊州:戊县", "公示期为5个工作日。"},
			[]cue.Role{H, H, H, H, B}, []cue.Role{B, B, B, B, B}},
		{"text read so kept", []string{"甲市:甲市、乙县", "丙市:丙市、丁县", "戊州:戊县"},
			[]cue.Role{B, H, B}, []cue.Role{B, B, B}},
		{"two entries only", []string{"拟推荐以下单位", "甲市:甲市、乙县", "丙市:丙市、丁县", "公示期为5个工作日。"},
			[]cue.Role{H, H, H, B}, []cue.Role{H, H, H, B}},
		{"a numbered lead", []string{"一、拟推荐单位", "甲市:甲市、乙县", "丙市:丙市、丁县", "戊州:戊县"},
			[]cue.Role{H, H, H, H}, []cue.Role{H, B, B, B}},
		{"over credits read so", []string{"月27日", "编辑:张某", "审核:李某", "监制:王某"},
			[]cue.Role{H, cue.Byline, cue.Byline, cue.Byline}, []cue.Role{H, cue.Byline, cue.Byline, cue.Byline}},
		{"sentences after the colon", []string{"办公室:开展政策宣讲活动。", "社会事务科:走访困难群众。", "养老服务科:检查养老机构。"},
			[]cue.Role{H, H, H}, []cue.Role{H, H, H}},
		{"figures after the colon", []string{"甲市:3个", "丙市:5个", "戊州:2个"},
			[]cue.Role{H, H, H}, []cue.Role{H, H, H}},
		{"labels and values apart", []string{"办理部门", "某县民政局", "办理时限", "即时办结"},
			[]cue.Role{H, B, H, B}, []cue.Role{H, B, H, B}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := labelledAssembly(tc.lines, tc.roles)
			a.namesEntries()
			for i, w := range tc.want {
				if a.roles[i] != w {
					t.Errorf("line %d %q: role %v, want %v", i, tc.lines[i], a.roles[i], w)
				}
			}
		})
	}
}
