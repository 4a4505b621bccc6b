package extract

import (
	"testing"

	"bulletin/parser/layout"
	"bulletin/parser/span"
)

// TestTargetsReview14 covers reviews 14 and 15: a raise word sets a level
// with 至 (提高…标准至1255元/月), shared by the clauses of its list; 争创
// plans; 争取 tells funds obtained in a report; a 公示's 拟 names whom a
// proposed decision lists, no target. The test document is dated
// 2025-06-03.
func TestTargetsReview14(t *testing.T) {
	tests := []struct{ in, want string }{
		// A raise to a level with 至, its verb shared down the list.
		{"落实社会救助标准自然增长机制,提高最低生活保障标准至1255元/月,特困供养基本生活标准至2134元/月。",
			"plan 1255 元 -; plan 2134 元 -"},
		{"调整城乡低保标准至800元/月。", "plan 800 元 -"},
		{"争创省级4项数字改革试点。", "plan 4 项 -"},
		// No raise word, a range, a level raised already, another sentence.
		{"特困供养基本生活标准至2134元/月。", ""},
		{"提高补贴标准,每人1000元至2000元。", ""},
		{"已提高最低生活保障标准至1255元/月。", "achieved 1255 元 -"},
		{"提高最低生活保障标准。特困供养基本生活标准至2134元/月。", ""},
		{"全市低保标准由1000元至1200元不等。", ""},
		// A 公示's proposals.
		{"经审核,拟新增74家服务机构为第二批参与服务企业。现予以公示。", ""},
		{"拟推荐5个地区为成效明显地方。公示期为2025年6月3日至6月5日。", ""},
		{"拟新增养老床位500张。", "plan 500 张 -"},
		{"现予以公示。力争新增养老床位500张。", "plan 500 张 -"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsSummary14: 争取 in a report's section tells the funds
// obtained; in a plan's it plans.
func TestTargetsSummary14(t *testing.T) {
	tests := []struct{ in, want string }{
		{"一、今年重点工作总结\n(一)补齐民生短板。养老服务中心项目通过审批,争取项目经费1000万元。", "achieved 10000000 元 -"},
		{"一、2025年工作计划\n(一)补齐民生短板。争取项目经费1000万元。", "plan 10000000 元 -"},
		{"一、今年重点工作总结\n(一)补齐民生短板。下一步,力争新建养老床位300张。", "plan 300 张 -"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsHeadline14: a headline's number is read as the body reads
// it: done where the body tells the same number done (已打造1000个), a
// target where it does not or where the headline turns ahead.
func TestTargetsHeadline14(t *testing.T) {
	for _, tc := range []struct{ head, body, want string }{
		{"青海打造1000个示范性儿童之家", "记者获悉,青海已打造1000个示范性儿童之家。", "achieved 1000 个 -"},
		{"全市建成养老床位500张", "截至目前,全市建成养老床位500张。", "achieved 500 张 -"},
		// The body plans it, names another number, or the headline turns ahead.
		{"青海打造1000个示范性儿童之家", "青海将打造1000个示范性儿童之家。", "plan 1000 个 -"},
		{"青海打造1000个示范性儿童之家", "青海已打造250个示范性儿童之家。", "plan 1000 个 -"},
		{"青海力争打造1000个示范性儿童之家", "青海已打造1000个示范性儿童之家。", "plan 1000 个 -"},
	} {
		t.Run(tc.head, func(t *testing.T) {
			in := input(t, tc.head)
			in.Role = headerRole
			var b span.Builder
			b.AddLine(tc.body, 3)
			in.Env.Doc.Passages = []layout.Passage{{Role: "body", Text: b.Text()}}
			if got := targetRows(in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
