package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsBracketLimit: a cap printed as a note in round brackets after
// the conduct a rule asks for, its figure closed by 内, 以内 or 以下
// (减少人员聚集(10人内)), is a target with no deadline, as 不超过10人 is. A
// note that counts (共10人), a note with no limit word, a cap on an age,
// and a note in a report that requires nothing are none. The test
// document is dated 2025-06-03.
func TestTargetsBracketLimit(t *testing.T) {
	tests := []kindTargets{
		{"(N人内) after 倡导", "倡导错峰祭扫,减少人员聚集(10人内)。", "plan 10 人 -", layout.Article},
		{"(N人以内) after 倡导", "倡导错峰祭扫,减少人员聚集(10人以内)。", "plan 10 人 -", layout.Article},
		{"（每场N人以内） in a notice", "各活动场所控制活动规模（每场50人以内）。", "plan 50 人 -", layout.Notice},
		{"(N分钟内) a time", "请文明祭扫,缩短停留时间(30分钟内)。", "plan 30 分钟 -", layout.Notice},
		{"(N人以下) in a notice", "家庭追思活动应从简(10人以下)。", "plan 10 人 -", layout.Notice},

		// A count, no limit word, an age, a report that requires nothing,
		// a note with more than the figure before it.
		{"(共N人) counts", "倡导错峰祭扫,现场工作人员(共10人)到岗。", "", layout.Notice},
		{"(N人) no limit word", "倡导错峰祭扫,减少人员聚集(10人)。", "", layout.Notice},
		{"a report", "当天祭扫群众较多,现场秩序井然(10人内)。", "", layout.Article},
		{"an age", "倡导老年人(60岁以下)错峰出行。", "", layout.Notice},
		{"a clause in the note", "倡导错峰祭扫(每户到场,10人内)。", "", layout.Notice},
	}
	checkKindTargets(t, tests)
}

// TestTargetsYearPlan: a paragraph that opens with the year (not before the
// document's, 2025) and 将 in its first clause sets out that year's plan,
// so a number in a later sentence of it is a task's target due at the
// year's end, whatever its verb. A paragraph with no 将 in its lead, a
// past year, a sentence that names a year of its own, 将 of a later
// clause, and a number told as done are none.
func TestTargetsYearPlan(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a later sentence", "2025年,我省将加快健全社会救助体系。做好基本社会服务。加快发展养老事业,开展养老服务10项行动;加强儿童福利。", "plan 10 项 2025-12-31"},
		{"the subject then 将", "今年全省民政部门将重点实施兜底行动。扩大采暖补助范围,开展慰问活动3次。", "plan 3 次 2025-12-31"},
		{"a year framed by 会议指出", "会议指出,2025年全省将健全救助体系。开展养老服务10项行动。", "plan 10 项 2025-12-31"},

		// No 将 in the lead, a year past, a year of its own, 将 not in the
		// year's own clause, a number already reached.
		{"no 将", "2025年,全省民政系统上交了一份满意的答卷。开展养老服务10项行动。", ""},
		{"a past year", "2023年,我省将加快健全社会救助体系。开展养老服务10项行动。", ""},
		{"a year of its own", "2025年,我省将加快健全社会救助体系。去年共开展养老服务10项行动。", ""},
		{"将 in a later clause", "2025年,全省民政工作成效明显,下一步将健全体系。开展养老服务10项行动。", ""},
		{"told as done", "2025年,我省将加快健全社会救助体系。截至目前,已开展养老服务10项行动。", "achieved 10 项 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTargetsFramedProgress: 截至目前, a clause of its own, frames the
// progress the clause after it counts (截至目前，本市新增…3800张), so a
// clause that turns ahead with 将 beside it (年底将新增5000张) keeps its
// plan. Where the planned count itself is told done (已全部建成), or the
// frame's clause counts nothing after it, the plan clause is a deed's.
func TestTargetsFramedProgress(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"截至目前 frames the next clause", "截至目前,本市新增养老机构床位3800张,年底将新增5000张。", "plan 5000 张 2025-12-31; achieved 3800 张 -"},
		{"截止目前 frames the next clause", "截止目前,全区建成助餐点12个,年底将建成20个。", "plan 20 个 2025-12-31; achieved 12 个 -"},

		// The count told done, nothing counted after the frame.
		{"the plan's count done", "今年将新建助餐点20个,截至目前,已全部建成。", "achieved 20 个 -"},
		{"no progress counted", "截至目前,各项工作进展顺利,年底将新增5000张。", "achieved 5000 张 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTargetsLaterClauseTerm: a deadline printed in a later clause that
// counts a figure of its own (2026年底前实现…覆盖60%) is that clause's term;
// the clauses before it keep the time they name (今年 → 2025). A later
// clause with no figure (2026年底前全部完成) completes the number's task,
// and its time is the number's term.
func TestTargetsLaterClauseTerm(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a later clause counts its own", "今年将再改造8000户,新建助餐点1300个,2026年底前实现服务中心覆盖60%的街道。", "plan 8000 户 2025-12-31; plan 1300 个 2025-12-31; plan 60 % 2026-12-31"},

		// The later clause completes the task.
		{"a later clause counts nothing", "今年将新建养老床位200张,2026年底前全部完成。", "plan 200 张 2026-12-31"},
		{"no year before", "新建养老床位200张,2026年底前全部完成。", "plan 200 张 2026-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
