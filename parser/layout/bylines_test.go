package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestBylinesInText: a line that names a story's writers and nothing else
// is a byline whether the decoder read it as a heading or as the page's
// furniture; furniture with no writers' names, and a heading of words,
// keep their roles.
func TestBylinesInText(t *testing.T) {
	const body = "2月16日,某市民政局召开全市民政工作会议。"
	H, C, B := cue.Heading, cue.Chrome, cue.Body
	for _, tc := range []struct {
		name string
		line string
		role cue.Role
		want cue.Role
	}{
		{"writers read as furniture", "(作者:张某某 李某某)", C, cue.Byline},
		{"writers read as a heading", "记者 张某某 李某某", H, cue.Byline},
		{"furniture with no names", "打印 关闭", C, C},
		{"a heading of words", "强化养老服务保障", H, H},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := labelledAssembly([]string{body, tc.line, body}, []cue.Role{B, tc.role, B})
			a.bylinesInText()
			if got := a.roles[1]; got != tc.want {
				t.Errorf("role %v, want %v", got, tc.want)
			}
		})
	}
}

// TestBylineOutOfZone: a writers' line the decoder set aside in no zone
// (furniture) is read as a byline without asking its zone (zoneOf's -1).
func TestBylineOutOfZone(t *testing.T) {
	lines := []string{"某市召开全市民政工作会议", "2月16日,某市民政局召开全市民政工作会议。", "(作者:张某某 李某某)"}
	roles := []cue.Role{cue.Title, cue.Body, cue.Chrome}
	d := cue.NewDoc(unitsWith(clean.Lines(strings.Join(lines, "\n")), 1))
	doc := assemble(d, labelling{roles: roles, zones: []int{0, 1, -1}, profile: 0})
	found := false
	for _, p := range doc.Passages {
		found = found || strings.Contains(p.Text.String(), "张某某")
	}
	if !found {
		t.Errorf("no passage holds the byline's writers: %+v", doc.Passages)
	}
}
