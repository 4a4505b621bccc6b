package cue

import "testing"

// TestAddressed tells a text set as a letter (a greeting over its text, a
// body's name alone under it) from a report that quotes one and from a
// text that greets no one or signs with no name.
func TestAddressed(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  bool
	}{
		{"name, address, phone", []string{"“暖冬行动”倡议书", "广大市民朋友们：", "寒潮将至，为保障困难群众温暖过冬，特发出倡议。", "请您留意身边需要帮助的人。", "某县民政局", "某镇某路8号", "0000-12345678"}, true},
		{"name alone", []string{"文明过节倡议书", "全体居民朋友们：", "节日将至，我们倡议：", "一、文明出行", "错峰出行，绿色出行。", "某市民政局"}, true},
		{"cadres greeted", []string{"某某倡议书", "全县广大干部群众:", "节日将至，我们倡议如下。", "某县精神文明建设办公室"}, true},
		{"name then credits", []string{"某某倡议书", "尊敬的市民朋友：", "为弘扬新风，我们倡议如下。", "某区民政局", "编辑：某某"}, true},
		{"name and date below", []string{"某某倡议书", "广大市民朋友：", "为弘扬新风，我们倡议如下。", "某区民政局", "2024年3月1日"}, true},
		// A report quoting the letter opens with sentences of its own.
		{"quoted in a report", []string{"某地发出倡议", "3月1日，某区民政局发出倡议。", "广大市民朋友：", "为弘扬新风，我们倡议如下。", "某区民政局"}, false},
		// No greeting, or no name under the text.
		{"no greeting", []string{"某某倡议书", "为弘扬新风，我们倡议如下。", "某区民政局"}, false},
		{"no name", []string{"某某倡议书", "广大市民朋友：", "为弘扬新风，我们倡议如下。", "让我们共同行动起来。"}, false},
		// A body's name under a line that is no running text (a label):
		// not the letter's 署名, which stands right under its last lines.
		{"name under a label", []string{"某某倡议书", "广大市民朋友：", "为弘扬新风，我们倡议如下。", "联系单位", "某区民政局"}, false},
	} {
		if got := docOf(tc.lines...).Addressed(); got != tc.want {
			t.Errorf("%s: Addressed() = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestWordTail tells the last character of a word a stray space split (就
// 坐，) from the text a run-in heading runs into.
func TestWordTail(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"坐，用方言讲解案例。", true},
		{"路，路宽8米。", true},
		{"人；其他地区", true},
		{"近日，某局开展活动。", false},
		{"5月3日，某局开展活动。", false},
		{"“敲门入户”，走进老人家中。", false},
		// A digit or a letter before the clause mark is no word's tail.
		{"8，某局开展活动。", false},
	} {
		if got := wordTail(tc.in); got != tc.want {
			t.Errorf("wordTail(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	// The run-in cue reads no heading before such a gap.
	d := docOf("工作人员先组织老人集中就 坐，用方言讲解案例，强调转账先核实。")
	if (runIn{}).Match(d, 0) {
		t.Errorf("run-in read a heading before a split word's tail")
	}
	d = docOf("某区开展敬老月活动 10月8日，全区各街道同步启动。")
	if !(runIn{}).Match(d, 0) {
		t.Errorf("run-in missed a heading run into its text")
	}
}
