package extract

import "testing"

// TestTargetsEdges65: a notice's rule that caps a portion with 只能 (or
// 仅能) and a verb (每个墓位只能选派2-3名家庭代表) sets a target as 限 does,
// a range by its upper end; a clause that opens with 此次/本次 (此次摸排覆盖
// 7个县) says what the event just told reached, no target; a plan word that
// closes a relative clause with 的 (正在打造的某中心面积约为3000平方米)
// describes the noun after it and plans nothing. The readings kept: 只能
// with no portion or before 的, 此次 with 将, a plan word of the clause's
// own. The test document is dated 2025-06-03.
func TestTargetsEdges65(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"只能 and its verb", "原则上每个墓位只能选派2-3名家庭代表进行祭扫活动。", "plan 3 名 -"},
		{"隻能 in 繁體", "原則上每個墓位隻能選派2-3名家庭代表進行祭掃活動。", "plan 3 名 -"},
		{"仅能 with a one-character verb", "每户仅能派1人入园祭扫。", "plan 1 人 -"},
		{"此次 and an achievement", "于12月11日起开展全面摸排工作。此次摸排覆盖阿里地区7个县、37个乡(镇)。", ""},
		{"本次 with 涉及", "本次检查覆盖全市18家养老机构。", ""},
		{"a relative clause's plan word", "正在打造的银川老年大学党群活动服务中心面积约为3000平方米。", ""},

		// The reading kept.
		{"只能 with no portion", "困难群众只能领取300元救助金。", ""},
		{"只能 before 的", "每个房间只能容纳3人的标准。", ""},
		{"此次 with 将", "此次救济共将发放资金3535万元。", "plan 35350000 元 -"},
		{"本次 with 将", "本次走访慰问活动将慰问5100余户困难群众。", "plan 5100 户 -"},
		{"a later clause's own subject", "本次行动涉及全市18家机构，整治目标将实现建档率100%。", "plan 100 % -"},
		{"a plan word of the clause", "今年全市新建养老院5所。", "plan 5 所 2025-12-31"},
		{"a relative clause before a demand", "新建的中心面积要达到3000平方米。", "plan 3000 平方米 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
