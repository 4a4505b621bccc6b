package extract

import "testing"

// TestTargetsReview10 covers a plan's review of the period before it: the
// numbers under 发展基础, 规划背景 or a period's 成就 tell what was reached
// then, a requirement's too (调至…不低于10470元), until a forward word
// (今后), a time after the document's date (到2030年) or the next section
// of the heading's rank (主要目标). 将 before a
// verb states a plan (将慰问5100余户); 将 before its object (将其纳入,
// 将…标准调至) plans nothing by itself.
func TestTargetsReview10(t *testing.T) {
	tests := []struct{ in, want string }{
		// A review of the past period.
		{"第一章 规划背景\n第一节 发展基础\n全市提前1年实现城乡低保统筹。城乡低保标准由每人每月475元提高到628元。",
			"achieved 1 年 -; achieved 475 元 -; achieved 628 元 -"},
		{"(一)发展基础\n统一供养标准,将全市农村特困人员基本生活标准调至年人均不低于10470元。",
			"achieved 10470 元 -"},
		{"一、“十三五”时期主要成就\n新建城乡社区养老服务设施120个。", "achieved 120 个 -"},
		{"一、规划背景\n确保城乡低保标准不低于当地最低工资标准的40%。", "achieved 40 % -"},
		{"(一)发展基础\n新增养老床位2000张。\n(二)主要目标\n新增养老床位3000张。",
			"plan 3000 张 -; achieved 2000 张 -"},
		{"(一)发展基础\n新增养老床位2000张。今后五年,新增养老床位3000张。",
			"plan 3000 张 -; achieved 2000 张 -"},
		// A time still to come: the words of a task heading, or a plan.
		{"(三)夯实发展基础\n到2030年,新建养老床位3000张。", "plan 3000 张 2030-12-31"},
		{"(一)发展基础\n年底前新建养老床位3000张。", "plan 3000 张 2025-12-31"},
		{"(三)优化发展环境\n新建养老床位3000张。", "plan 3000 张 -"},
		// 将 and a verb: a plan.
		{"本次走访慰问活动将慰问5100余户困难群众", "plan 5100 户 -"},
		{"县民政局将发放慰问金300万元。", "plan 3000000 元 -"},
		{"全县将继续走访困难群众300户。", "plan 300 户 -"},
		// No targets: 将 before its object, a phrase in running text.
		{"将其中300户纳入低保。", ""},
		{"将符合条件的5100户纳入低保。", ""},
		{"将城乡低保标准调至每人每月800元。", ""},
		{"将为5100户困难群众发放慰问金。", ""},
		{"将慰问金300万元发放到户。", ""},
		{"宁夏回族自治区将开展第二次地名普查工作个大类、54个子类。", ""},
		{"要夯实发展基础,全市有养老机构120家。", ""},
		{"(一)发展基础\n全市有养老机构120家。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
