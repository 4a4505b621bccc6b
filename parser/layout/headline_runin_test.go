package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestRunInKind: a copy that ran a plan's or rule's title into its
// preamble (某省殡葬事业发展行动方案,为贯彻…,特制定本行动方案。) is titled by
// the first clause, where the preamble opens with its purpose and calls
// the text by that kind.
func TestRunInKind(t *testing.T) {
	B, H := cue.Body, cue.Heading
	for _, tc := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"a plan's title run into its preamble", []string{"某省殡葬事业发展行动方案,为贯彻落实中央决策部署,推进殡葬改革,特制定本行动方案。", "一、实施背景", "全省殡葬改革持续推进。"}, "某省殡葬事业发展行动方案"},
		{"a rule's, its kind named bare", []string{"某市养老服务补贴管理办法，为规范养老服务补贴发放，根据有关规定，制定本办法。", "一、补贴对象", "本市户籍老年人。"}, "某市养老服务补贴管理办法"},
		// No title: the preamble does not call the text by the kind, or
		// opens with no purpose, or the first clause is a sentence's.
		{"no 本 before the kind", []string{"某省殡葬事业发展行动方案,为贯彻落实中央决策部署,推进殡葬改革,各地抓紧落实。", "一、实施背景", "全省殡葬改革持续推进。"}, "-"},
		{"no purpose after it", []string{"某省印发殡葬事业发展行动方案,各地要认真贯彻,抓好本行动方案的落实。", "一、实施背景", "全省殡葬改革持续推进。"}, "-"},
		{"the kind alone", []string{"方案,为贯彻落实中央决策部署,特制定本方案。", "一、实施背景", "全省殡葬改革持续推进。"}, "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			roles := []cue.Role{B, H, B}
			d := cue.NewDoc(unitsWith(clean.Lines(strings.Join(tc.lines, "\n")), 1))
			doc := assemble(d, labelling{roles: roles, zones: make([]int, len(roles)), profile: len(profiles) - 1})
			if got := valueOf(doc.Title); got != tc.want {
				t.Errorf("title %q, want %q", got, tc.want)
			}
		})
	}
}
