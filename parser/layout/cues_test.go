package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/span"
)

// text builds a span.Text from lines as PDF extraction leaves them.
func text(lines ...string) span.Text {
	var b span.Builder
	for i, l := range lines {
		b.AddLine(l, i+1)
	}
	return b.Text()
}

func TestSplitHeading(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		title string // "" means no heading is found
	}{
		{"heading wraps into the body before a date", []string{"市政府召开全市养老服务突出问题专项整治工作推进", "会 5 月 30 日，市政府召开全市养老服务突出问题专项整治"}, "市政府召开全市养老服务突出问题专项整治工作推进会"},
		{"space before the body", []string{"市养老服务中心驻村工作队全力为“三夏”生产保驾护", "航 当前正值“三夏”生产关键时期，市养老服务中心驻村"}, "市养老服务中心驻村工作队全力为“三夏”生产保驾护航"},
		{"dated body on the same line", []string{"市长路红卫调研指导中心城区民政工作 11 月 26 日上午，市长路红卫深入我市"}, "市长路红卫调研指导中心城区民政工作"},
		{"date without a space", []string{"市民政局召开养老服务领域重点工作视频会议11月27日，市民政局召开"}, "市民政局召开养老服务领域重点工作视频会议"},
		{"enumerator on the next line", []string{"西峡县民政局积极做好经济困难老年人集中照护工作", "一是强化政策宣传。统筹发动乡、村以及养老机构"}, "西峡县民政局积极做好经济困难老年人集中照护工作"},
		{"space inside quotes is not the end", []string{"云安居养开展“防范诈骗 你我同行”走访宣传活动 1月12日，在云安区"}, "云安居养开展“防范诈骗你我同行”走访宣传活动"},
		{"parenthesis inside the title", []string{"市民政局召开党组（扩大）会议传达学习讲话精神 11月26日下午，市民政局"}, "市民政局召开党组（扩大）会议传达学习讲话精神"},

		// No heading.
		{"a brief opens with its date", []string{"5 月 26 日，商丘市民政局党组成员、副局长张兆欣一行"}, ""},
		{"running text with no break", []string{"当前正值三夏生产关键时期，市养老服务中心驻村工作队抢抓农时"}, ""},
		{"a space after the first clause is too late", []string{"会议要求，各县区 要切实做好安全工作"}, ""},
		{"a number is not a date", []string{"全市共建成养老服务站点 114 个，覆盖城乡社区"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			title, _, ok := splitHeading(text(tc.lines...))
			got := ""
			if ok {
				got = title.String()
			}
			if got != tc.title {
				t.Errorf("title %q, want %q", got, tc.title)
			}
		})
	}
}

func TestAttribution(t *testing.T) {
	tests := []struct {
		lines []string
		units string // joined by |; "" means no attribution
	}{
		{[]string{"达到综合效应。（市局办公室", "市养老服务中心）"}, "市局办公室|市养老服务中心"},
		{[]string{"捐赠给孤寡老人。（南召县民政局）"}, "南召县民政局"},
		{[]string{"开展主题活动。（市殡葬服务中", "心）"}, "市殡葬服务中心"},
		{[]string{"开展主题活动。（西", "峡县民政局）"}, "西峡县民政局"},
		{[]string{"活动。（市局办公室 市养老服务中心）"}, "市局办公室|市养老服务中心"},
		{[]string{"活动。（市民政局、市卫健委）"}, "市民政局|市卫健委"},
		{[]string{"活动。（市民政局", "办公室）"}, "市民政局办公室"},
		// Not attributions.
		{[]string{"分解细化（见附件1）"}, ""},
		{[]string{"召开党组（扩大）"}, ""},
		{[]string{"情况良好。"}, ""},
		{[]string{"（2025-2027年）"}, ""},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.lines, "/"), func(t *testing.T) {
			f := attributionOf(text(tc.lines...))
			got := ""
			if f != nil {
				var us []string
				for _, u := range attributionUnits(*f) {
					us = append(us, u.Value)
				}
				got = strings.Join(us, "|")
			}
			if got != tc.units {
				t.Errorf("units %q, want %q", got, tc.units)
			}
		})
	}
}

func TestHeaderCues(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want string // kind|title|issue|doc_number|issuer|date
	}{
		{"bulletin masthead", "南阳民政工作动态\n\n第 39 期\n\n南阳市民政局办公室\n\n2025 年 12 月 8 日\n\n市长调研民政工作 11月26日，市长调研。（市局办公室）\n\n市民政局召开会议 11月27日，召开会议。（市局办公室）",
			"bulletin|南阳民政工作动态|39||南阳市民政局办公室|2025-12-08"},
		{"issuer and date on one line", " 南阳市民政局办公室 2025 年 6 月 3 日\n\n市政府召开推进会 5 月 30 日，市政府召开推进会。（市局办公室）\n\n简讯\n\n5 月 26 日，开展活动。（市殡葬服务中心）",
			"bulletin||||南阳市民政局办公室|2025-06-03"},
		{"issue and total issue", "民政简报\n（2024年第12期 总第186期）\n洛阳市民政局办公室编    2024年10月15日\n\n【工作动态】\n\n洛阳市召开会议\n10月10日，召开会议。",
			"bulletin|民政简报|12||洛阳市民政局办公室|2024-10-15"},
		{"notice with 文件 masthead", "# 平顶山市民政局文件\n\n平民[2021]54号\n\n## 平顶山市民政局关于加快推进养老服务重点任务落实的通知\n\n各县（市、区）民政局：\n\n现就有关工作通知如下：\n\n### 一、提升站位\n\n正文。\n\n### 二、明确目标\n\n正文。\n\n平顶山市民政局办公室 2021年7月29日印发",
			"notice|平顶山市民政局关于加快推进养老服务重点任务落实的通知||平民〔2021〕54号|平顶山市民政局|2021-07-29"},
		{"notice title wrapped under its issuer", "许昌市民政局\n关于开展社会组织年检工作的通知\n各县（市、区）民政局：\n一、年检对象\n社会团体。\n二、年检时间\n三月。\n许昌市民政局\n2024年2月20日",
			"notice|许昌市民政局关于开展社会组织年检工作的通知|||许昌市民政局|2024-02-20"},
		{"web page article", "开封市民政局召开第三季度工作会议\n发布时间：2024-09-28 10:21 来源：开封市民政局 字号：大 中 小\n9月27日上午，开封市民政局召开会议。\n打印 关闭",
			"article|开封市民政局召开第三季度工作会议|||开封市民政局|2024-09-28"},
		{"article without header", "3月26日,全市民政工作会议召开。记者从会上获悉,今年将完善体系。\n统筹推进老龄事业发展\n今年,我市将加快推动老龄工作。",
			"article|||||"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.doc))
			v := func(f *Field) string {
				if f == nil {
					return ""
				}
				return f.Value
			}
			date := ""
			if d.Date != nil {
				date = d.Date.Value
			}
			got := strings.Join([]string{string(d.Kind), v(d.Title), v(d.Issue), v(d.DocNumber), v(d.Issuer), date}, "|")
			if got != tc.want {
				t.Errorf("\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestParagraphJoins(t *testing.T) {
	tests := []struct {
		name  string
		doc   string
		paras []string
	}{
		{"short heading lines stay apart from the body", "统筹推进老龄事业发展\n今年,我市将加快推动老龄工作机制重构、体系重塑。\n加快健全体制机制。召开全市老龄工作会议,研究建立重大问题协商等制度,推动各成员单位积极履职,促进议事协调机构高效运转,形成齐抓共管的良好局面。",
			[]string{"统筹推进老龄事业发展", "今年,我市将加快推动老龄工作机制重构、体系重塑。", "加快健全体制机制。召开全市老龄工作会议,研究建立重大问题协商等制度,推动各成员单位积极履职,促进议事协调机构高效运转,形成齐抓共管的良好局面。"}},
		{"a sentence broken at a page end runs on", "省委督查室已派出专员督查养老服务工作，省民政厅也明确\n\n由1名二级巡视员专职配合督导工作。",
			[]string{"省委督查室已派出专员督查养老服务工作，省民政厅也明确由1名二级巡视员专职配合督导工作。"}},
		{"a heading wrapped over two lines is one", "市民政局召开研究部署春节期间疫情防控\n和安全生产工作专题会议\n\n2022年1月17日，市民政局召开研究部署春节期间疫情防控和安全生产工作专题会议，局党组成员参加了会议。",
			[]string{"市民政局召开研究部署春节期间疫情防控和安全生产工作专题会议", "2022年1月17日，市民政局召开研究部署春节期间疫情防控和安全生产工作专题会议，局党组成员参加了会议。"}},
		{"an enumerated heading is its own paragraph", "一、提升站位，加强领导\n省委书记指出，要加快推进养老服务体系建设。",
			[]string{"一、提升站位，加强领导", "省委书记指出，要加快推进养老服务体系建设。"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &analyzer{doc: &Document{}}
			for _, l := range clean.Lines(tc.doc) {
				ln := line{Line: l, sq: squeeze(l.Text)}
				if l.Blank() {
					ln.role = roleBlank
				}
				a.lines = append(a.lines, ln)
			}
			a.measure()
			var got []string
			for _, p := range a.paragraphs() {
				got = append(got, p.text.String())
			}
			if strings.Join(got, "\n") != strings.Join(tc.paras, "\n") {
				t.Errorf("\n got %q\nwant %q", got, tc.paras)
			}
		})
	}
}

// FuzzAnalyze checks that no text makes the layout panic, and that every
// item's lines lie inside the document.
func FuzzAnalyze(f *testing.F) {
	f.Add("南阳民政工作动态\n第 39 期\n\n市长调研 11 月 26 日上午，市长调研。（市局办公室）\n简讯\n5 月 26 日，活动。（西\n峡县民政局）\n报：市领导。")
	f.Add("# X文件\n\n平民〔2021〕54号\n\n## 关于X的通知\n\n各单位：\n\n### 一、A\n\nB\n\n附件 1\n\n表\n\n单位\t数\nA\t1\n")
	f.Add(" 本 期 内 容\n●市级动态\n标题\n●市级动态\n\n标题\n\n2022年1月18日，正文。")
	f.Fuzz(func(t *testing.T, s string) {
		lines := clean.Lines(s)
		d := Analyze(lines)
		for _, it := range d.Items {
			l := it.Lines()
			if l.First < 0 || l.Last > len(lines) || l.Last < l.First {
				t.Fatalf("item lines %v outside 1..%d", l, len(lines))
			}
		}
	})
}

// width, atLeastRunes and atMostRunes read bytes; they must agree with a
// count of runes.
func TestRuneCounts(t *testing.T) {
	for _, s := range []string{"", "a", "民", "民政局 2025", "ＡＢ", "𠀀𠀁x", "a b\tc", "（一）全市共有特困人员4416名。"} {
		want := 0.0
		n := 0
		for _, r := range s {
			n++
			if r < 0x80 {
				want += 0.5
			} else {
				want++
			}
		}
		if got := width(s); got != want {
			t.Errorf("width(%q) = %v, want %v", s, got, want)
		}
		for k := 0; k <= 12; k++ {
			if got := atLeastRunes(s, k); got != (n >= k) {
				t.Errorf("atLeastRunes(%q, %d) = %v, want %v", s, k, got, n >= k)
			}
			if got := atMostRunes(s, k); got != (n <= k) {
				t.Errorf("atMostRunes(%q, %d) = %v, want %v", s, k, got, n <= k)
			}
		}
	}
}

func TestSectionName(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"●市级动态", "市级动态", true},
		{"◆ 县区动态", "县区动态", true},
		{"【工作动态】", "工作动态", true},
		{"简讯", "简讯", true},
		{"简 讯", "简讯", true},
		{"县（市、区）动态", "县（市、区）动态", true},
		// Not sections.
		{"简讯一则", "", false},
		{"●全市共发放救助资金120万元，惠及困难群众3000余人。", "", false},
		{"【关于进一步加强全市养老服务机构安全管理工作的通知】", "", false},
		{"工作动态与简讯", "", false},
	}
	for _, tt := range tests {
		got, ok := sectionName(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("sectionName(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// A cue's gate follows from its pattern: on lines that pass the gate it
// answers as the expression does, and refuses the others.
func TestCueGate(t *testing.T) {
	for _, tt := range []struct {
		c    cue
		in   string
		want bool
	}{
		{docNumberRe, "平民〔2021〕54号", true},
		{docNumberRe, "平民〔2021〕54", false}, // no 号
		{issueRe, "第39期", true},
		{issueRe, "第39", false},
		{listLabelRe, "报：市委、市政府", true},
		{listLabelRe, "报市委、市政府", false}, // no colon
		{attachHeadRe, "附件2", true},
		{attachHeadRe, "附表2", false},
		{copiesRe, "（共印50份）", true},
		{copiesRe, "共印" + strings.Repeat("0", 70) + "份", false}, // longer than a copies line
		{mastheadRe, "南阳民政工作动态", true},
	} {
		if got := tt.c.MatchString(tt.in); got != tt.want {
			t.Errorf("%v.MatchString(%q) = %v, want %v", tt.c.Regexp, tt.in, got, tt.want)
		}
		if tt.want && !tt.c.Regexp.MatchString(tt.in) {
			t.Errorf("%v: the gate passes %q but the expression does not match", tt.c.Regexp, tt.in)
		}
	}
}
