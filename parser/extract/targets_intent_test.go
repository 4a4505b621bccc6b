package extract

import "testing"

// TestTargetsIntendedBesideDone: a count a body intends (计划 before its
// verb) is a plan in a sentence that tells, in another clause, the
// progress made so far with a count of its own; a plan clause that holds
// an achievement word itself, a progress clause with no count (已全部建成)
// and 计划 as a noun (按计划) keep their old reading. The test document
// is dated 2025-06-03.
func TestTargetsIntendedBesideDone(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a plan, then progress", "该县今年计划新建村级互助点14个,目前已建成8个。", "plan 14 个 2025-12-31; achieved 8 个 -"},
		{"two plans and their progress", "全区计划改造老旧小区30个,已开工12个,计划建设23个社区食堂,目前已投用19个。", "plan 30 个 -; plan 23 个 -; achieved 12 个 -; achieved 19 个 -"},
		{"progress first, then a plan", "去年已建成养老驿站6个,今年计划新建养老驿站9个。", "plan 9 个 2025-12-31; achieved 6 个 -"},
		{"the year after the subject, a later clause", "该县今年计划建设村级互助点14个,目前已建成8个,计划建设5个助餐点。", "plan 14 个 2025-12-31; plan 5 个 2025-12-31; achieved 8 个 -"},
		{"the year after the subject, 将", "全县今年将改造助餐点14个,已完工8个,将改造5个互助点。", "plan 14 个 2025-12-31; plan 5 个 2025-12-31; achieved 8 个 -"},

		// A year inside the subject; an achievement word with no count, in the plan's own clause; a noun.
		{"the planned count done", "今年计划新建村级互助点14个,目前已全部建成。", "achieved 14 个 -"},
		{"已 in the plan clause", "全县计划内已建成村级互助点14个,另有5个在建。", "achieved 14 个 -; achieved 5 个 -"},
		{"a year inside a noun phrase", "面向本区今年退役士兵,将开展技能培训5期。", "plan 5 期 -"},
		{"按计划 a noun", "按计划建设村级互助点14个,已开工8个。", "achieved 14 个 -; achieved 8 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
