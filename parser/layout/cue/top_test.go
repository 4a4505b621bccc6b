package cue

import "testing"

// TestTopOf finds the outermost numbering a document uses for its body.
func TestTopOf(t *testing.T) {
	lines := func(ss ...string) []Line {
		var out []Line
		for _, s := range ss {
			out = append(out, Line{Sq: s})
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		lines []Line
		want  Enum
	}{
		{"一、 over （一）", lines("一、总体要求", "（一）加强领导。", "（二）强化保障。", "二、工作任务"), CnComma},
		{"（一） alone", lines("（一）加强领导。", "（二）强化保障。", "（三）严肃纪律。"), CnParen},
		// A page cut in the middle of 八、: its （二）…（四）, then 九、
		// and a （一） that starts again under it.
		{"a page cut in a part", lines("（二）周密制定预案。", "（三）提升质量。", "（四）加强宣传。", "九、联系方式", "（一）秘书处。", "（二）技术组。"), CnComma},
		// 九、 under the （一） run with no restart after it: a word of
		// the text, the run the outermost.
		{"no restart under it", lines("（二）周密制定预案。", "（三）提升质量。", "九、联系方式", "（四）加强宣传。"), CnParen},
		{"the inner run only under it", lines("九、联系方式", "（一）秘书处。", "（二）技术组。"), CnComma},
		// A run of the inner style that stops above two outer lines
		// counting on: a page cut inside 三、.
		{"outer counting on below", lines("（一）广泛听取意见。", "（二）推荐对象要有代表性。", "（三）须公示。", "四、组织领导", "省民政厅成立领导小组。", "五、表彰形式"), CnComma},
		{"inner going on below", lines("（一）做好准备。", "三、四月份做好准备工作", "四、五月份集中开展宣传", "（二）加强宣传。"), CnParen},
		// A run above that opens at its first number is a list of its own.
		{"a whole list above it", lines("（一）身份证复印件。", "（二）申请表。", "三、办理程序", "（一）到窗口提交材料。", "五、办理时限"), CnParen},
	} {
		if got := TopOf(tc.lines); got != tc.want {
			t.Errorf("%s: TopOf = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestOutgoingTitle tells the title of a 公文 a body issues from other
// titles.
func TestOutgoingTitle(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"民政部 人力资源社会保障部关于举办全国养老护理职业技能大赛的通知", true},
		{"某省民政厅关于评选推荐先进集体的通知", true},
		{"某市民政局关于某某社区命名的批复", true},
		{"关于做好2022年清明节祭扫工作的通告", true},
		{"某市民政局关于2017年度法治政府建设情况的报告", false},
		{"某市召开全市民政工作会议", false},
		{"某市民政局2024年工作要点", false},
	} {
		if got := OutgoingTitle(tc.in); got != tc.want {
			t.Errorf("OutgoingTitle(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestTopAboveSeal: a document printed after the 落款 numbers its own
// parts; the text's outermost numbering is read above the 落款.
func TestTopAboveSeal(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  Enum
	}{
		{"a draft under the 落款", []string{"某县民政局关于某通告公开征求意见的公告", "为做好工作，现公开征求意见。", "1.登录网站提出意见。", "2.通过信函寄送意见。", "联系人：张某 联系电话：84661895", "某县民政局", "2024年3月15日", "某县关于开展排查整治的通告", "一、严禁建造活人墓。", "二、严禁硬化老坟墓。", "三、严禁散埋乱葬。"}, NumComma},
		// The text numbers with the same kind as the draft: it stays.
		{"the text numbers so too", []string{"某县民政局关于某事项的通知", "各乡镇：", "一、提高认识。", "二、加强领导。", "某县民政局", "2024年3月15日", "某县实施方案", "一、总体要求。", "二、主要任务。"}, CnComma},
		// The 附件 list over the 落款 numbers the attachments.
		{"an attachment list over the 落款", []string{"某区民政局关于印发某办法等的通知", "各社会组织：", "现将办法印发给你们，请遵照执行。", "特此通知。", "附件：1.某区年度报告办法", "2.某区抽查监督办法", "某区民政局", "2015年6月23日", "附件1", "某区年度报告办法", "第一条为了促进发展，制定本办法。", "第二条本办法适用于各类社会组织。"}, Article},
		{"no 落款", []string{"某县关于某事项的通知", "1.登录网站提出意见。", "2.通过信函寄送意见。", "某县关于开展排查整治的通告", "一、严禁建造活人墓。", "二、严禁硬化老坟墓。"}, CnComma},
	} {
		if got := docOf(tc.lines...).Top; got != tc.want {
			t.Errorf("%s: Top = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestReportTitle(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"某省民政厅关于2017年度法治政府建设情况的报告", true},
		{"2021年某省民政事业发展统计公报", true},
		{"某市民政局关于开展排查工作的通知", false},
		{"某市民政局关于报告工作情况的通知", false},
	} {
		if got := ReportTitle(tc.s); got != tc.want {
			t.Errorf("ReportTitle(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
