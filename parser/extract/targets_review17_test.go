package extract

import "testing"

// TestTargetsReview17 covers review 17: a bound a sentence sets by a
// requirement (需, 须, 要, 严格控制, 必须 … then 不超过, 最多, 控制在) is a
// level to keep, a target, as 比例不低于5% is. A bound told in a report
// of what was done, a bound with no requirement in its sentence, a bound
// that describes whom a rule is for (不超过5人的家庭, 60周岁以上), and a
// number with no bound stay no target.
func TestTargetsReview17(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"需 and 严格控制, then 不超过",
			"对于有落葬需求的市民,需严格控制参加人数,每户不超过5人,还需提供48小时内核酸检测阴性证明。", "plan 5 人 -"},
		{"须 then 不超过", "祭扫活动须错峰进行,每批次不超过50人。", "plan 50 人 -"},
		{"要 then 控制在…以内", "各地要把集中供养人员比例控制在30%以内。", "plan 30 % -"},
		{"严格控制 then 最多", "严格控制会议规模,每场最多20人。", "plan 20 人 -"},
		{"必须 in another clause of the sentence", "必须做好防护,每车不超过4人。", "plan 4 人 -"},
		{"不低于 sets a target whatever the sentence", "全市养老机构护理型床位比例不低于55%。", "plan 55 % -"},

		// Not targets.
		{"a report of what was done", "清明期间,我市严格控制祭扫人数,每户不超过5人,累计接待群众3万人次。",
			"achieved 5 人 -; achieved 30000 人次 -"},
		{"a bound with no requirement", "当天入园群众每户不超过5人,秩序井然。", ""},
		{"a bound that describes whom the rule is for", "家庭人口不超过3人的家庭需提交申请。", ""},
		{"an age bound", "年满60周岁以上的老人需提供身份证。", ""},
		{"a requirement with no bound", "入园市民需提供48小时内核酸检测阴性证明。", ""},
		{"需 of 需要, no requirement of its own", "根据实际需要,每户不超过5人。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
