package extract

import "testing"

// TestTargetsStageDeadlines: a plan's steps are stages, each a heading with
// its time in brackets (基础建设阶段(2021-2022年)), and a task under it that names
// no time of its own is due when its stage ends.
func TestTargetsStageDeadlines(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a range of years", "五、实施步骤\n基础建设阶段(2021-2022年)\n完成30%乡镇社工站建设,建立基础服务机制。", "plan 30 % 2022-12-31"},
		{"a second task under the stage", "五、实施步骤\n基础建设阶段(2021-2022年)\n推广社工模式,解决人员不足问题。\n完成30%乡镇社工站建设。", "plan 30 % 2022-12-31"},
		{"bullet debris between", "基础建设阶段(2021-2022年)\n-\n完成30%乡镇社工站建设,建立基础服务机制。", "plan 30 % 2022-12-31"},
		{"a time of months", "（一）试点阶段（2025年3月-6月）\n完成30%乡镇社工站建设。", "plan 30 % 2025-06-30"},
		{"one year, enumerated", "（二）全面推进阶段（2026年）\n完成60%乡镇社工站建设。", "plan 60 % 2026-12-31"},
		{"a stage label before a colon", "第一阶段(2021年):试点先行\n完成30%乡镇社工站建设。", "plan 30 % 2021-12-31"},
		{"the task's own time first", "基础建设阶段(2021-2022年)\n2021年底前完成30%乡镇社工站建设。", "plan 30 % 2021-12-31"},

		// The dash bullets under a lead that names its time (到2020年，) are due
		// when it ends, past the other bullets and a bullet's wrapped line.
		{"a bullet under its lead", "到2020年,全面建成养老服务体系。\n——养老服务设施覆盖90%以上乡镇。", "plan 90 % 2020-12-31"},
		{"a later bullet", "到2020年,全面建成养老服务体系。\n——全市养老床位达到15800张以上。\n——社会力量成为养老服务供给主体,增加值在\n服务业中的比重显著提升。\n——护理型床位比例达到30%以上。", "plan 15800 张 2020-12-31; plan 30 % 2020-12-31"},
		{"a lead with 力争", "力争到2025年,全面建成养老服务体系。\n——养老服务设施覆盖90%以上乡镇。", "plan 90 % 2025-12-31"},
		{"a bullet under a heading", "一、主要目标\n——养老服务设施覆盖90%以上乡镇。", "plan 90 % -"},
		{"a lead with no time", "全面建成养老服务体系。\n——养老服务设施覆盖90%以上乡镇。", "plan 90 % -"},
		{"a line that is no bullet", "到2020年,全面建成养老服务体系。\n养老服务设施覆盖90%以上乡镇。", "plan 90 % -"},

		// A year that opens a paragraph as its time adverbial (今年，) dates the
		// plans of its later sentences; one inside a clause, a past year or
		// another paragraph does not.
		{"a paragraph led by its year", "今年,某局将继续开展调研。在此基础上,计划新建5家社工站。", "plan 5 家 2025-12-31"},
		{"a year inside a clause", "某局将继续开展调研,今年完成评估。在此基础上,计划新建5家社工站。", "plan 5 家 -"},
		{"another paragraph", "今年,某局将继续开展调研。\n计划新建5家社工站。", "plan 5 家 -"},
		{"a later year between", "今年,某局将开展调研。明年,计划新建5家社工站。", "plan 5 家 2026-12-31"},

		// No stage's time.
		{"a heading with no stage", "五、实施步骤\n完成30%乡镇社工站建设,建立基础服务机制。", "plan 30 % -"},
		{"a stage with no time", "基础建设阶段\n完成30%乡镇社工站建设,建立基础服务机制。", "plan 30 % -"},
		{"another heading between", "基础建设阶段(2021-2022年)\n人员配置\n每站配备不少于2名社工。", "plan 2 名 -"},
		{"a broken line that runs on past the stage", "在基础建设阶段(2021-2022年)各地要加快\n完成30%乡镇社工站建设。", "plan 30 % -"},
		{"a stage named in a sentence", "在基础建设阶段(2021-2022年),各地加快建设。\n完成30%乡镇社工站建设。", "plan 30 % -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
