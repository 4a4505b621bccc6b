package cue

import "testing"

// TestOpensParagraphCarried: a paragraph's first line stops a character
// shorter still when the typesetter carried its last character down with a
// mark that never opens a line (…安全监 / 管，压实…); the line after then
// opens with that one character and the mark. A line as short that the
// next goes on from with two characters, with no mark, or with the mark
// alone stays short.
func TestOpensParagraphCarried(t *testing.T) {
	wrapped := append(append([]string{}, inspectionWrapped...), "场反馈并督促整改落实到位。")
	for _, tc := range []struct {
		para []string
		want bool
	}{
		{[]string{"下一步，县民政局将持续加强养老机构安全监", "管，压实机构主体责任，坚决守住安全底线，防止各类"}, true},
		{[]string{"下一步，县民政局将持续加强养老机构安全监", "管。各机构要压实主体责任，坚决守住安全底线，防止"}, true},
		{[]string{"下一步，县民政局将持续加强养老机构安全监", "管”工作，压实机构主体责任，坚决守住安全底线，防"}, true},
		{[]string{"下一步，县民政局将持续加强养老机构安全监", "管。"}, true},
		{[]string{"下一步，县民政局将持续加强养老机构安全", "监管，压实机构主体责任，坚决守住安全底线，防止各"}, false},
		{[]string{"下一步，县民政局将持续加强养老机构安全监", "管工作，压实机构主体责任，坚决守住安全底线，防止"}, false},
		{[]string{"下一步，县民政局将持续加强养老机构安全监", "，压实机构主体责任，坚决守住安全底线，防止各类事"}, false},
		{[]string{"下一步，县民政局将持续加强养老机构安", "全，压实机构主体责任，坚决守住安全底线，防止各类"}, false},
	} {
		d := docOf(append(append([]string{}, wrapped...), tc.para...)...)
		if got := d.Full(len(wrapped)); got != tc.want {
			t.Errorf("%q: Full = %v, want %v (wrap %.1f, slack %.1f)", tc.para, got, tc.want, d.Wrap, d.Slack)
		}
	}
}

func TestCarriedOver(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"动。全市遗体外运必须向殡葬管理部门提出申请", true},
		{"实，压实机构主体责任", true},
		{"作”落到实处", true},
		{"实；二是加强监管", true},
		{"管理工作，压实责任", false},
		{"。全市遗体外运", false},
		{"5。全市遗体外运", false},
		{"“某某”活动", false},
	} {
		if got := carriedOver(tc.in); got != tc.want {
			t.Errorf("carriedOver(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestOpensParagraphAfterFolio: a page's number between a paragraph's
// sentence end and the next paragraph's first line stands outside the
// text; the paragraph opens after it as after the sentence's end. A line
// after a page number that follows a line running on (no sentence's end,
// as wide as a paragraph's first line), or after a line of text with no
// page number between, opens nothing.
func TestOpensParagraphAfterFolio(t *testing.T) {
	wrapped := inspectionWrapped
	next := []string{"下一步，县民政局将持续加强安全监管工作，压实", "机构主体责任，坚决守住安全底线，防止各类事故发"}
	for _, tc := range []struct {
		between []string
		want    bool
	}{
		{[]string{"场反馈并督促整改落实到位。", "—1—"}, true},
		{[]string{"场反馈并督促整改落实到位。", "— 2 —"}, true},
		{[]string{"场反馈并督促整改落实到位。", "- 3 -"}, true},
		{[]string{"场反馈并督促整改落实到位。"}, true},
		{[]string{"场反馈并督促各机构逐项整改落实到位后及时", "—1—"}, false},
		{[]string{"场反馈并督促各机构逐项整改落实到位后及时"}, false},
		{[]string{"场反馈并督促整改落实到位。", "—1—", "检查组详细查看了消防设施配备和用电用气情况"}, false},
	} {
		lines := append(append(append([]string{}, wrapped...), tc.between...), next...)
		d := docOf(lines...)
		at := len(wrapped) + len(tc.between)
		if got := d.Full(at); got != tc.want {
			t.Errorf("%q: Full(%d) = %v, want %v (wrap %.1f, slack %.1f)", tc.between, at, got, tc.want, d.Wrap, d.Slack)
		}
	}
}

// TestCarriedLine: a line of running text one character short of the
// wrap runs to it when the next line opens with the character carried
// down and a mark that never opens a line. Not when it is shorter still,
// when the next line opens with two characters, when it closes a sentence
// or its source in brackets (a label's colon after it: 报：…), or when it
// is a page's information fields, which no typesetter wraps as running
// text (a field's label cut before its colon: …字体：【大】【中】【小】 / 背景色：).
func TestCarriedLine(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"场反馈，督促各机构逐项整改，限期落实到位后并", "报。下一步，县民政局将持续加强安全监管工作。"}, true},
		{[]string{"场反馈，督促各机构逐项整改，限期落实到位后并", "报，县民政局将持续加强安全监管工作。"}, true},
		{[]string{"场反馈，督促各机构逐项整改，限期落实到位后并", "报”。县民政局将持续加强安全监管工作。"}, true},
		{[]string{"场反馈，督促各机构逐项整改，限期落实到位", "并报。县民政局将持续加强安全监管工作。"}, false},
		{[]string{"场反馈，督促各机构逐项整改，限期落实到位后并", "上报。县民政局将持续加强安全监管工作。"}, false},
		{[]string{"场反馈，督促各机构逐项整改，限期全面落实好。", "报：市民政局领导。"}, false},
		{[]string{"场反馈，督促各机构整改落实。（某某县民政局）", "报：市民政局领导。"}, false},
		{[]string{"来源：县民政局发布时间：2024-03-18 10:20背景", "色：【白】【灰】"}, false},
		{[]string{"发布日期：2024年03月18日本文浏览次数：120次作", "者：某某来源：某某县民政局"}, false},
		// The line after opens a numbered part (一、 is a character and a
		// mark that never opens a line): the line is cut before it.
		{[]string{"场反馈，督促各机构逐项整改，限期落实到位后并", "一、县民政局将持续加强安全监管工作。"}, false},
	} {
		d := docOf(append(append([]string{}, inspectionWrapped...), tc.lines...)...)
		at := len(inspectionWrapped)
		if got := d.Full(at); got != tc.want {
			t.Errorf("%q: Full = %v, want %v (width %.1f, wrap %.1f, slack %.1f)", tc.lines, got, tc.want, Width(d.Lines[at].Sq), d.Wrap, d.Slack)
		}
	}
}

// TestOpensParagraphAfterLabel: a paragraph opens under a line that ends
// no sentence but stands alone, after a sentence's end or a page's
// fields, and stops short of the wrap by more than any line inside a
// paragraph: a label or heading without a stop, or a page's information
// fields. Not under a line that runs on, a paragraph's last line with no
// stop, one that holds clause punctuation, a grid's row; not when the
// line itself is a page's fields or holds no Chinese, or when the
// paragraph does not run on to the wrap.
func TestOpensParagraphAfterLabel(t *testing.T) {
	end := "场反馈并督促整改落实到位。"
	first := "县民政局近日组织开展冬季救助专项行动，深入"
	second := "各乡镇走访困难群众，逐户核实基本生活情况，及时掌握"
	for _, tc := range []struct {
		lines []string
		want  bool
	}{
		{[]string{end, "社会救助", first, second}, true},
		{[]string{end, "二、工作要求", first, second}, true},
		{[]string{end, "做好防护措施", first, second}, true},
		{[]string{end, "发布时间：2024-03-18 10:20", first, second}, true},
		{[]string{end, "本月全县各乡镇民政工作站围绕困难群众需求", first, second}, false},
		{[]string{"场反馈并督促整改落实到位", first, second}, false},
		{[]string{end, "一、社会救助，县民政局", first, second}, false},
		{[]string{end, "序号\t乡镇\t户数", first, second}, false},
		{[]string{end, "社会救助", "来源：某某县民政局发布时间：2024-03-18 10:20", second}, false},
		{[]string{end, "社会救助", "https://www.example.gov.cn/art/24/art_12.html", second}, false},
		{[]string{end, "社会救助", first, "各乡镇走访。"}, false},
		// The label after a page's fields rather than a sentence's end.
		{[]string{"发布时间：2024-03-18 10:20", "社会救助", first, second}, true},
		// A line under the label too short for a paragraph's first line.
		{[]string{end, "社会救助", "县民政局近日组织开展", second}, false},
		// A label with no Chinese (a year alone) names no paragraph.
		{[]string{end, "2024", first, second}, false},
		// An item's closing source names none: the next item opens under it.
		{[]string{end, "（县社会救助服务中心）", first, second}, false},
	} {
		d := docOf(append(append([]string{}, inspectionWrapped...), tc.lines...)...)
		at := len(inspectionWrapped) + len(tc.lines) - 2
		if got := d.Full(at); got != tc.want {
			t.Errorf("%q: Full = %v, want %v (width %.1f, wrap %.1f, slack %.1f)", tc.lines, got, tc.want, Width(d.Lines[at].Sq), d.Wrap, d.Slack)
		}
	}
}

// TestCarriedSameLine: the parts of one source line cut apart (a line
// of run-together parts) were never wrapped by a typesetter: a part one
// character short over a part that opens with a character and a mark is
// not carried.
func TestCarriedSameLine(t *testing.T) {
	lines := append(append([]string{}, inspectionWrapped...), "场反馈，督促各机构逐项整改，限期落实到位后并", "报，县民政局将持续加强安全监管工作。")
	at := len(inspectionWrapped)
	ls := docOf(lines...).Lines
	ls[at+1].Num = ls[at].Num
	if d := NewDoc(ls); d.carried(at) {
		t.Errorf("carried read a line over a part of the same source line")
	}
}

// TestBlockEndParts: a label that is a Markdown heading, or a part of a
// line cut apart, is no block's end blockEnd reads: the heading is read
// as one, a part goes on from its line.
func TestBlockEndParts(t *testing.T) {
	end := "场反馈并督促整改落实到位。"
	first := "县民政局近日组织开展冬季救助专项行动，深入"
	second := "各乡镇走访困难群众，逐户核实基本生活情况，及时掌握"
	lines := append(append([]string{}, inspectionWrapped...), end, "社会救助", first, second)
	k := len(inspectionWrapped) + 1
	if d := docOf(lines...); !d.blockEnd(k, k+1) {
		t.Fatalf("blockEnd missed the plain label")
	}
	for _, tc := range []struct {
		name string
		set  func(*Line)
	}{
		{"a heading", func(l *Line) { l.Heading = 2 }},
		{"a part", func(l *Line) { l.Part = 2 }},
	} {
		ls := docOf(lines...).Lines
		tc.set(&ls[k])
		if NewDoc(ls).blockEnd(k, k+1) {
			t.Errorf("%s: blockEnd read it as a label's end", tc.name)
		}
	}
}
