package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestIssuerOverTitle: the bodies printed on lines of their own over a 关于
// title issue it; stacked a line each, the first, the leading body, does.
func TestIssuerOverTitle(t *testing.T) {
	T, H, B := cue.Title, cue.Header, cue.Body
	for _, tc := range []struct {
		name  string
		lines []string
		roles []cue.Role
		want  string
	}{
		{"co-issuers stacked over the title",
			[]string{"某县关于开展专项整治的通告", "来源:某县人民政府网", "某县民政局", "某县公安局", "某县自然资源局", "关于开展专项整治的通告", "为有效遏制违规建墓行为，现通告如下。"},
			[]cue.Role{T, H, T, T, T, T, B}, "某县民政局"},
		{"one body over the title",
			[]string{"某县关于开展专项整治的通告", "来源:某县人民政府网", "某县公安局", "关于开展专项整治的通告", "为有效遏制违规建墓行为，现通告如下。"},
			[]cue.Role{T, H, T, T, B}, "某县公安局"},
		// The line over the stack is the page's headline, no body's name.
		{"the headline over the bodies",
			[]string{"某县关于开展专项整治的通告", "某县公安局", "某县自然资源局", "关于开展专项整治的通告", "为有效遏制违规建墓行为，现通告如下。"},
			[]cue.Role{T, T, T, T, B}, "某县公安局"},
		{"no 关于 title under the bodies",
			[]string{"某县开展专项整治", "某县民政局", "某县公安局", "为有效遏制违规建墓行为，现通告如下。"},
			[]cue.Role{T, T, T, B}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := cue.NewDoc(unitsWith(clean.Lines(strings.Join(tc.lines, "\n")), 1))
			a := &assembly{d: d, roles: append([]cue.Role(nil), tc.roles...), doc: &Document{}}
			for i, l := range d.Lines {
				a.doc.Lines = append(a.doc.Lines, Labelled{Num: l.Num, Text: l.Text, Role: a.roles[i]})
			}
			got := ""
			if f := a.issuerOverTitle(); f != nil {
				got = f.Value
			}
			if got != tc.want {
				t.Errorf("issuer %q, want %q", got, tc.want)
			}
		})
	}
}
