package extract

import (
	"testing"

	"bulletin/parser/layout"
	"bulletin/parser/span"
)

// TestTargetsRestatedAhead: a news report's count that the passage states
// again, written the same, after it has turned ahead (今年将…新建…1300个)
// is that plan's, summed up before it is told; a different count after
// the turn, or the same count with no turn ahead, leaves the report's
// deed. The test document is dated 2025-06-03.
func TestTargetsRestatedAhead(t *testing.T) {
	tests := []kindTargets{
		{"the lead's count restated after 将", "记者从某省民政厅获悉，今年，全省新建助餐点1300个。厅长介绍，今年将再改造8000户，新建助餐点1300个。", "plan 1300 个 2025-12-31; plan 8000 户 2025-12-31; plan 1300 个 2025-12-31", layout.Article},

		// The news report's deed.
		{"another count after the turn", "记者从某省民政厅获悉，今年，全省新建助餐点1300个。厅长介绍，今年将再改造8000户，新建助餐点1200个。", "plan 8000 户 2025-12-31; plan 1200 个 2025-12-31; achieved 1300 个 -", layout.Article},
		{"no turn ahead", "记者从某省民政厅获悉，今年，全省新建助餐点1300个。厅长介绍，全省新建助餐点1300个。", "achieved 1300 个 -; achieved 1300 个 -", layout.Article},
		// A raise the report tells made, from the former level (从原…提高到),
		// told again after the turn as a deed: with 了, or in a stretch a
		// since word opens as a report (十年来，…).
		{"a raise told again with 了", "记者从某省民政厅获悉，某省近日下发通知，城市低保标准从原450元/月提高到500元/月。同时，将分类施保对象统一为重度残疾人。十年间，城市低保标准从每月200元提高到了500元。", "achieved 450 元 -; achieved 500 元 -; achieved 200 元 -; achieved 500 元 -", layout.Article},
		{"a raise told again in a report of years", "记者从某省民政厅获悉，某省近日下发通知，农村低保标准从原3320元/年提高到3700元/年。同时，将分类施保对象统一为重度残疾人。\n十年来，农村低保标准从每年1084元提高到3700元。", "achieved 3320 元 -; achieved 3700 元 -; achieved 1084 元 -; achieved 3700 元 -", layout.Article},
	}
	checkKindTargets(t, tests)
}

// TestTargetsRestatedElsewhereAhead: a news report's headline count that a
// passage of the body states again after turning ahead is that plan's; a
// dateline's date (2月1日电) dates the report, not the count, so the body
// does not tell it done by that; another count after the turn, or the
// same count as the tail of a longer figure, or a body that never turns
// ahead, leaves the report's deed.
// The test document is dated 2025-06-03.
func TestTargetsRestatedElsewhereAhead(t *testing.T) {
	for _, tc := range []struct {
		name, head, body, want string
	}{
		{"restated after 将", "某省新建助餐点1300个", "记者从某省民政厅获悉，今年，全省新建助餐点1300个。厅长介绍，今年将新建助餐点1300个。", "plan 1300 个 -"},
		{"a dateline's date", "某省新建助餐点1300个", "中新网某市2月1日电 记者从某省民政厅获悉，今年，全省新建助餐点1300个。厅长介绍，今年将新建助餐点1300个。", "plan 1300 个 -"},

		// The report's deed.
		{"another count after the turn", "某省新建助餐点1300个", "记者从某省民政厅获悉，今年，全省新建助餐点1300个。厅长介绍，今年将新建助餐点1200个。", "achieved 1300 个 -"},
		{"the tail of a longer figure", "某省新建助餐点1300个", "记者从某省民政厅获悉，今年，全省新建助餐点1300个。厅长介绍，今年将新建助餐点21300个。", "achieved 1300 个 -"},
		{"the decimals of a longer figure", "某省新增养老床位5万张", "记者从某省民政厅获悉，全省新增养老床位5万张。厅长介绍，今年将新增养老床位2.5万张。", "achieved 50000 张 -"},
		{"no turn in the body", "某省新建助餐点1300个", "记者从某省民政厅获悉，全省新建助餐点1300个。", "achieved 1300 个 -"},
		{"a date before that is no dateline", "某省新建助餐点1300个", "2025年2月，全省新建助餐点1300个。记者获悉，今年将新建助餐点1300个。", "achieved 1300 个 -"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := input(t, tc.head+"\n"+tc.body)
			in.Env.Doc.Kind = layout.Article
			in.Role = headerRole
			var h, b span.Builder
			h.AddLine(tc.head, 1)
			in.Text = h.Text()
			b.AddLine(tc.body, 3)
			in.Env.Doc.Passages = []layout.Passage{{Role: "body", Text: b.Text()}}
			if got := targetRows(in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsRestatedElsewhereAsDeed: a news report's lead tells a raise
// made (从原450元/月提高到500元/月); a later passage turns ahead (将…统一为)
// and then tells the raise again as a deed, with 了 or in a stretch a
// since word opens (十年来，…): the lead's count stays the report's deed
// (toldDone), as a count the later passage sets out after its turn is
// the plan's. The test document is dated 2025-06-03.
func TestTargetsRestatedElsewhereAsDeed(t *testing.T) {
	const lead = "记者从某省民政厅获悉，某省近日下发通知，城市低保标准从原450元/月提高到500元/月。"
	for _, tc := range []struct {
		name, body, want string
	}{
		{"told again with 了", "同时，将分类施保对象统一为重度残疾人。城市低保标准从每月200元提高到了500元。", "achieved 450 元 -; achieved 500 元 -"},
		{"told again in a report of years", "同时，将分类施保对象统一为重度残疾人。十年来，城市低保标准从每月200元提高到500元。", "achieved 450 元 -; achieved 500 元 -"},

		// A plan after the turn.
		{"set out after 将", "今年将城市低保标准提高到500元。", "plan 500 元 -; achieved 450 元 -"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := input(t, lead+"\n"+tc.body)
			in.Env.Doc.Kind = layout.Article
			in.Role = "body"
			var l, b span.Builder
			l.AddLine(lead, 1)
			in.Text = l.Text()
			b.AddLine(tc.body, 2)
			in.Env.Doc.Passages = []layout.Passage{{Role: "body", Text: l.Text()}, {Role: "body", Text: b.Text()}}
			if got := targetRows(in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
