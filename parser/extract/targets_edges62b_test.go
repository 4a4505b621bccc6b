package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsProclaimedRules: a news report that carries a notice in full
// prints the notice's rules after the formula that proclaims them (现就…
// 公告如下, 某区政府现将…通告如下); a cap per unit there is a rule to keep,
// as in the notice itself. The report's own sentences before the formula,
// a report with no formula, one that announces results (通报如下) and a
// formula with no 现 give none.
func TestTargetsProclaimedRules(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"现就…公告如下 in a report",
			"某新闻网讯 近日，某市指挥部下发清明祭扫公告。\n具体公告内容如下：\n为做好祭扫工作，现就有关工作安排公告如下，请大家自觉遵守：\n一、确需实地祭扫的，实行预约祭扫，限定每个墓穴入园不超过3人。",
			"plan 3 人 -"},
		{"the body before 现将",
			"某区政府现将今年清明祭扫活动有关事项通告如下：\n二、对开放的场所，将严格实行错峰祭扫，每个墓穴每天祭扫人员不超过3人。",
			"plan 3 人 -"},
		{"现将…通知如下",
			"为做好春节期间工作，现将有关事项通知如下：\n一、每批次入园人员不超过20人。",
			"plan 20 人 -"},

		// No formula, the report's sentence before it, results announced,
		// no 现.
		{"a report with no formula",
			"某新闻网讯 清明当天，各公墓实行预约祭扫，每个墓穴入园不超过3人，秩序井然。",
			""},
		{"the report's sentence before the formula",
			"某新闻网讯 清明当天，每个墓穴入园不超过3人，秩序井然。\n现就下一阶段有关事项通告如下：\n一、做好防护。",
			""},
		{"results announced",
			"现将检查结果通报如下：\n一、各公墓每个墓穴入园不超过3人。",
			""},
		{"a formula with no 现",
			"具体公告内容如下：\n一、各公墓每个墓穴入园不超过3人。",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := input(t, tc.in)
			in.Env.Doc.Kind = layout.Article
			if got := targetRows(in); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTargetsNoticeTitled: a page the layout read as an article whose
// title closes with a notice's kind (…的通知, …的通告) carries the notice's
// text: its caps per unit and the length it requires of a text are rules
// to keep. A news headline that closes otherwise, or one that names a
// kind before other words (发出通知 要求…), gives none.
func TestTargetsNoticeTitled(t *testing.T) {
	tests := []struct{ name, title, in, want string }{
		{"…的通知, a size", "某省民政厅关于评选推荐先进集体的通知",
			"先进事迹材料要求重点突出、内容真实，字数在3000以内。", "plan 3000  -"},
		{"…的通告, a cap per unit", "某县关于做好清明祭扫工作的通告",
			"各公墓实行预约祭扫，每个墓穴入园不超过3人。", "plan 3 人 -"},

		{"a news headline", "清明首日各公墓祭扫平稳有序",
			"各公墓实行预约祭扫，每个墓穴入园不超过3人。", ""},
		{"a kind before other words", "某省民政厅发出通知 要求做好清明祭扫",
			"各公墓实行预约祭扫，每个墓穴入园不超过3人。", ""},
		{"no title", "",
			"先进事迹材料内容真实，字数在3000以内。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := input(t, tc.in)
			in.Env.Doc.Kind = layout.Article
			if tc.title != "" {
				in.Env.Doc.Title = &layout.Field{Value: tc.title}
			}
			if got := targetRows(in); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
