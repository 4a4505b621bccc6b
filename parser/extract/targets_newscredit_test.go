package extract

import (
	"testing"

	"bulletin/parser/layout"
	"bulletin/parser/span"
)

// TestTargetsOfEditedPost: an article its foot signs with an editor's
// credit (编辑:某某, 审核:某某) is a news report as one a 记者 signs: a
// plan word with nothing that turns ahead tells a deed. A post that turns
// ahead, one with no credit and a notice with one keep their targets. The
// test document is dated 2025-06-03.
func TestTargetsOfEditedPost(t *testing.T) {
	for _, tc := range []struct {
		kind    layout.Kind
		credits bool
		in      string
		want    string
	}{
		{layout.Article, true, "联动镇街社工站等,新增培育慈善组织4家。", "achieved 4 家 -"},
		{layout.Article, true, "基地新建养老机构30家,新增养老床位800张。", "achieved 30 家 -; achieved 800 张 -"},
		{layout.Article, true, "今年,500户家庭完成适老化改造。", "achieved 500 户 -"},
		// Turned ahead, no credit, no article.
		{layout.Article, true, "下一步,我区将新增培育慈善组织4家。", "plan 4 家 -"},
		{layout.Article, true, "年底前新建养老机构30家。", "plan 30 家 2025-12-31"},
		{layout.Article, false, "联动镇街社工站等,新增培育慈善组织4家。", "plan 4 家 -"},
		{layout.Notice, true, "新建养老机构30家。", "plan 30 家 -"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			in.Env.Doc.Kind = tc.kind
			in.Role = "section"
			var b span.Builder
			b.AddLine(tc.in, 1)
			in.Text = b.Text()
			if tc.credits {
				in.Env.Doc.Credits = []layout.Credit{{Role: "编辑", Name: layout.Field{Value: "许某"}}}
			}
			if got := targetRows(in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
