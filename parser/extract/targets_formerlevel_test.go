package extract

import (
	"testing"

	"bulletin/parser/layout"
	"bulletin/parser/span"
)

// TestTargetsFormerLevel: a headline's raise that the body, under a news
// report's dateline, tells from the former level (从原450元/月提高到500元/
// 月, 由原…调整为…) is the raise made, as 已 tells it; the dateline's date
// dates no count (datelineDate), so a body with no former level, or one
// that turns ahead before the raise (将), leaves the headline's plan.
// The test document is dated 2025-06-03.
func TestTargetsFormerLevel(t *testing.T) {
	const head = "某省城市低保标准提高到500元"
	for _, tc := range []struct {
		name, body, want string
	}{
		{"from the former level", "新华社某市5月6日电 某省民政厅、财政厅近日联合下发通知，城市低保标准从原450元/月提高到500元/月。", "achieved 500 元 -"},
		{"from the former level, 由原…调整为", "新华社某市5月6日电 某省民政厅近日下发通知，城市低保标准由原每人每月450元调整为500元。", "achieved 500 元 -"},

		// The headline's plan.
		{"no former level", "新华社某市5月6日电 某省民政厅、财政厅近日联合下发通知，城市低保标准提高到500元/月。", "plan 500 元 -"},
		{"a turn ahead before it", "新华社某市5月6日电 某省今年将把城市低保标准从原450元/月提高到500元/月。", "plan 500 元 -"},
		{"the former level of another count", "新华社某市5月6日电 某省农村低保标准从原3320元/年提高到3700元/年，城市低保标准提高到500元/月。", "plan 500 元 -"},
		{"the count is the former level", "新华社某市5月6日电 某省城市低保标准由原不足500元/月提高到520元/月。", "plan 500 元 -"},
		{"a forward word before it", "新华社某市5月6日电 某省计划把城市低保标准从原450元/月提高到500元/月。", "plan 500 元 -"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(headlineInput(t, head, tc.body)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsFormerLevelRule: the raise told from the former level names
// its own rule, apart from a headline's count the body tells done by 已
// or a past date (header-reported).
func TestTargetsFormerLevelRule(t *testing.T) {
	const head = "某省城市低保标准提高到500元"
	for _, tc := range []struct{ body, want string }{
		{"新华社某市5月6日电 某省民政厅近日下发通知，城市低保标准从原450元/月提高到500元/月。", "targets/achieved/former-level"},
		{"新华社某市5月6日电 某省城市低保标准已提高到500元/月。", "targets/achieved/header-reported"},
	} {
		out := extractThrough(headlineInput(t, head, tc.body), "targets")
		if len(out.Achievements) != 1 || out.Achievements[0].Rule != tc.want {
			t.Errorf("%s: got %+v, want one achievement by %s", tc.body, out.Achievements, tc.want)
		}
	}
}

// headlineInput is an article's headline (line 1) read as the header's
// text, its body (line 3) the document's one passage.
func headlineInput(t *testing.T, head, body string) *Input {
	in := input(t, head+"\n"+body)
	in.Env.Doc.Kind = layout.Article
	in.Role = headerRole
	var h, b span.Builder
	h.AddLine(head, 1)
	in.Text = h.Text()
	b.AddLine(body, 3)
	in.Env.Doc.Passages = []layout.Passage{{Role: "body", Text: b.Text()}}
	return in
}
