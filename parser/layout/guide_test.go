package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestGuideLabels: a guide (办事指南) that names one part by a guide's word
// (所需材料：) heads its parts with labels: a label of other words over a
// list numbered from its first (可申报项目： / （1）…) is one too, and so is
// a guide's word run into its value (享受条件：低保…). Labels of a speech's
// points (会议要求：) make no guide, nor does a label of other words over
// no list.
func TestGuideLabels(t *testing.T) {
	const head = "惠民殡葬补贴\n2025-03-31 09:03:29\n"
	const materials = "所需材料:\n(1)死亡人员户口本、身份证原件及复印件3份;\n(2)火化证原件及复印件3份;\n"
	const projects = "(1)遗体运接费,最高补贴额度390元;\n(2)火化费,最高补贴额度240元;\n"
	// items lists the item titles; a case with none lists the labels no
	// item may be titled by (after "!").
	for _, tc := range []struct{ name, text, items string }{
		{"a label of other words over a list", head + materials + "可申报项目:\n" + projects, "所需材料 | 可申报项目"},
		{"a guide's word run into its value", head + "享受条件:辖区低保、特困、重点优抚对象。\n" + materials + "可申报项目:\n" + projects, "享受条件 | 所需材料 | 可申报项目"},
		// Not so.
		{"a speech's points", "全市民政工作会议召开\n2025-03-31 09:03:29\n会议要求:\n(1)提高站位,狠抓落实;\n(2)压实责任,守牢底线。\n会议强调:\n(1)加强统筹;\n(2)强化保障。\n", "!会议要求 | 会议强调"},
		{"a label of other words over no list", head + materials + "可申报项目:\n遗体运接费、火化费,按实际费用补贴。\n", "!所需材料 | 可申报项目"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			var got []string
			for _, it := range d.Items {
				got = append(got, valueOf(it.Title))
			}
			s := strings.Join(got, " | ")
			if labels, ok := strings.CutPrefix(tc.items, "!"); ok {
				for _, l := range strings.Split(labels, " | ") {
					if strings.Contains(" | "+s+" | ", " | "+l+" | ") {
						t.Errorf("items %q, none should be %q", s, l)
					}
				}
				return
			}
			if s != tc.items {
				t.Errorf("items %q, want %q", s, tc.items)
			}
		})
	}
}
