package extract

import (
	"testing"

	"bulletin/parser/layout"
	"bulletin/schema"
)

// TestTargetsStanceRuleNamed: a target or an achievement names the rule
// that decided its stance past its clause's own words
// (targets/plan/directed-span), and the stance alone where the clause's
// words decided it (targets/plan).
func TestTargetsStanceRuleNamed(t *testing.T) {
	tests := []struct {
		name, in string
		kind     layout.Kind
		want     []string // each target's and then each achievement's rule
	}{
		{"directed-span", "请家属按时办理。收到通知后15日内持身份证明到街道办事处办理登记手续。", layout.Notice, []string{"targets/plan/directed-span"}},
		{"comma-list", "全省计划新建5个市级，30个县级养老服务设施。", layout.Article, []string{"targets/plan", "targets/plan/comma-list"}},
		{"found-count", "某县组织人员开展摸排，排查出违规建设殡葬设施4处。", layout.Article, []string{"targets/achieved/found-count"}},
		{"years since", "二十年来，全县新建农村互助幸福院36所。", layout.Article, []string{"targets/achieved/report-context"}},
		// The clause's own words.
		{"a plan word", "全县计划新建公益性公墓3处。", layout.Article, []string{"targets/plan"}},
		{"an achievement word", "全县已建成公益性公墓3处。", layout.Article, []string{"targets/achieved"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := input(t, tc.in)
			in.Env.Doc.Kind = tc.kind
			out := extractThrough(in, "targets")
			var got []string
			for _, x := range append(append([]schema.Target(nil), out.Targets...), out.Achievements...) {
				got = append(got, x.Found.Rule)
			}
			if list(got) != list(tc.want) {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
