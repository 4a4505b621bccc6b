package read

import (
	"sort"
	"strings"
	"testing"
)

// Synthetic glyphs for the geometry rules, so they run without PDFium.
// A glyph is set like a typesetter's box: x from its origin, em wide for
// a Chinese character and half that for a Latin one, from base-0.8em to
// base+0.2em.

func synthGlyph(r rune, x, base, em float64) glyph {
	w := em
	if !isWide(r) {
		w = em / 2
	}
	return glyph{R: r, X0: x, X1: x + w, Top: base - 0.8*em, Bottom: base + 0.2*em, Base: base, OX: x,
		Ink: [4]float64{x + 0.05*w, base - 0.7*em, x + 0.95*w, base}}
}

// setText sets s from x on one baseline; a space advances by gap.
func setText(s string, x, base, em, gap float64) []glyph {
	var gs []glyph
	for _, r := range s {
		if r == ' ' {
			x += gap
			continue
		}
		g := synthGlyph(r, x, base, em)
		gs = append(gs, g)
		x = g.X1
	}
	return gs
}

func TestBuildLines(t *testing.T) {
	tests := []struct {
		name   string
		glyphs []glyph
		want   []string
	}{
		{"digits in a lower font stay on the line",
			append(append(setText("2025", 50, 100.8, 10, 0), setText("年", 70, 100, 10, 0)...),
				append(setText("12", 80, 100.9, 10, 0), setText("月", 90, 100, 10, 0)...)...),
			[]string{"2025年12月"}},
		{"the next line is a pitch away", append(setText("第一行", 50, 100, 10, 0), setText("第二行", 50, 115, 10, 0)...),
			[]string{"第一行", "第二行"}},
		{"glyphs out of order are sorted", append(setText("后", 60, 100, 10, 0), setText("前", 50, 100, 10, 0)...),
			[]string{"前后"}},
		{"a glyph printed twice for bold counts once", append(setText("粗", 50, 100, 10, 0), setText("粗体", 50.3, 100, 10, 0)...),
			[]string{"粗体"}},
		{"negative: a line half a glyph lower is another line", append(setText("上", 50, 100, 10, 0), setText("下", 60, 106, 10, 0)...),
			[]string{"上", "下"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range buildLines(tt.glyphs) {
				got = append(got, plainText(l.Glyphs))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPlainTextSpaces(t *testing.T) {
	justified := func(s string, stretch float64) []glyph {
		var gs []glyph
		x := 50.0
		for _, r := range s {
			g := synthGlyph(r, x, 100, 10)
			gs = append(gs, g)
			x = g.X1
			if isWide(r) {
				x += stretch
			}
		}
		return gs
	}
	tests := []struct {
		name   string
		glyphs []glyph
		want   string
	}{
		{"Chinese set solid has no spaces", setText("民政局召开会议", 50, 100, 10, 0), "民政局召开会议"},
		{"a word space between Latin words", setText("Hello world", 50, 100, 10, 3), "Hello world"},
		{"a space between a number and Chinese", setText("索引号 115", 50, 100, 10, 2.6), "索引号 115"},
		{"a justified line's even stretch is no space", justified("本月发放低保金708.62万元", 2), "本月发放低保金708.62万元"},
		{"a wide gap parts fields", setText("发表日期:2025 文章来源:市民政局", 50, 100, 10, 20), "发表日期:2025    文章来源:市民政局"},
		{"negative: a hair's gap is no space", setText("ab cd", 50, 100, 10, 0.5), "abcd"},
		{"negative: kerning does not part a word", setText("一二 三", 50, 100, 10, 0.8), "一二三"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainText(tt.glyphs); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRepairGlyphs(t *testing.T) {
	gs := setText("成文日期", 50, 100, 10, 0)
	// "文" and "日" come with their ink only, as PDFium gives glyphs of a
	// font without metrics.
	for _, i := range []int{1, 2} {
		g := gs[i]
		g.X0, g.X1, g.Top, g.Bottom = g.Ink[0], g.Ink[2], g.Ink[1], g.Ink[3]
		gs[i] = g
	}
	if got := plainText(newLine(gs).Glyphs); got != "成文日期" {
		t.Errorf("repaired: got %q", got)
	}
	// Negative: a line of ink-only glyphs and nothing to measure them by
	// keeps its ink boxes.
	ink := setText("日", 50, 100, 10, 0)
	ink[0].X0, ink[0].X1 = ink[0].Ink[0], ink[0].Ink[2]
	ink[0].Top, ink[0].Bottom = ink[0].Ink[1], ink[0].Ink[3]
	repairGlyphs(ink)
	if ink[0].X0 != ink[0].Ink[0] {
		t.Errorf("a lone ink-only glyph was changed: %+v", ink[0])
	}
}

// twoColumnPage sets n lines of two justified columns with a gutter,
// the right column's baselines offset from the left's, under a title
// across the page.
func twoColumnPage(n int) []pageItem {
	var gs []glyph
	gs = append(gs, setText("标题横跨两栏的一行标题横跨两栏的一行标题横跨两栏的", 50, 60, 14, 0)...)
	for i := 0; i < n; i++ {
		gs = append(gs, setText(strings.Repeat("左", 20), 50, 100+float64(i)*15, 10, 0)...)
		gs = append(gs, setText(strings.Repeat("右", 20), 270, 104+float64(i)*15, 10, 0)...)
	}
	var items []pageItem
	for _, l := range buildLines(gs) {
		items = append(items, lineItem(l, 0))
	}
	return items
}

func TestOrderColumns(t *testing.T) {
	text := func(items []pageItem) string {
		var out []string
		for _, it := range items {
			s := plainText(it.Line.Glyphs)
			out = append(out, string([]rune(s)[:1]))
		}
		return strings.Join(out, "")
	}
	t.Run("two columns are read left then right", func(t *testing.T) {
		got, x := orderColumns(twoColumnPage(4), nil, 0)
		if text(got) != "标左左左左右右右右" {
			t.Errorf("got %q (gutter %v)", text(got), x)
		}
	})
	t.Run("a page of the document too short for its own gutter uses the document's", func(t *testing.T) {
		_, x := orderColumns(twoColumnPage(4), nil, 0)
		got, _ := orderColumns(twoColumnPage(1), []float64{x}, 0)
		if text(got) != "标左右" {
			t.Errorf("got %q", text(got))
		}
	})
	t.Run("negative: one column is left as it is", func(t *testing.T) {
		var items []pageItem
		for i := 0; i < 5; i++ {
			items = append(items, lineItem(newLine(setText(strings.Repeat("文", 40), 50, 100+float64(i)*15, 10, 0)), 0))
		}
		got, x := orderColumns(items, nil, 0)
		if text(got) != "文文文文文" || x == x {
			t.Errorf("got %q, gutter %v", text(got), x)
		}
	})
	t.Run("negative: a form's labels and values are no columns", func(t *testing.T) {
		var items []pageItem
		for i, kv := range [][2]string{{"索引号", "11500"}, {"发布机构", "渝中区民政局"}, {"成文日期", "2024-03-18"}, {"主题分类", "民政"}} {
			gs := append(setText(kv[0], 50, 100+float64(i)*15, 10, 0), setText(kv[1], 150, 100+float64(i)*15, 10, 0)...)
			items = append(items, lineItem(newLine(gs), 0))
		}
		got, _ := orderColumns(items, nil, 0)
		if len(got) != 4 || plainText(got[1].Line.Glyphs) != "发布机构    渝中区民政局" {
			t.Errorf("form reordered: %q", text(got))
		}
	})
}

func chromePage(header, footer string, body []string) []pageItem {
	var items []pageItem
	items = append(items, lineItem(newLine(setText(header, 50, 30, 8, 2)), 0))
	for i, b := range body {
		items = append(items, lineItem(newLine(setText(b, 50, 100+float64(i)*15, 10, 0)), 0))
	}
	items = append(items, lineItem(newLine(setText(footer, 280, 800, 8, 2)), 0))
	return items
}

func TestDropChrome(t *testing.T) {
	texts := func(pages [][]pageItem) string {
		var out []string
		for _, p := range pages {
			for _, it := range p {
				out = append(out, plainText(it.Line.Glyphs))
			}
			out = append(out, "/")
		}
		return strings.Join(out, "|")
	}
	tests := []struct {
		name  string
		pages [][]pageItem
		want  string
	}{
		{"running header and page numbers go",
			[][]pageItem{
				chromePage("南阳民政工作动态", "- 1 -", []string{"第一页正文"}),
				chromePage("南阳民政工作动态", "- 2 -", []string{"第二页正文"}),
				chromePage("南阳民政工作动态", "- 3 -", []string{"第三页正文"}),
			},
			"第一页正文|/|第二页正文|/|第三页正文|/"},
		{"第 N 页 共 M 页 goes on most pages",
			[][]pageItem{
				chromePage("简报", "第 1 页 共 3 页", []string{"甲"}),
				chromePage("简报", "第 2 页 共 3 页", []string{"乙"}),
				chromePage("另一个", "第 3 页 共 3 页", []string{"丙"}),
			},
			"甲|/|乙|/|另一个|丙|/"},
		{"negative: a single page keeps its lines",
			[][]pageItem{chromePage("南阳民政工作动态", "1", []string{"正文"})},
			"南阳民政工作动态|正文|1|/"},
		{"negative: text repeated mid-page is body",
			[][]pageItem{
				chromePage("页眉甲", "一", []string{"正文开头", "重复的句子", "正文结尾"}),
				chromePage("页眉乙", "二", []string{"另一页", "重复的句子", "结尾"}),
			},
			"页眉甲|正文开头|重复的句子|正文结尾|一|/|页眉乙|另一页|重复的句子|结尾|二|/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dropChrome(tt.pages)
			if got := texts(tt.pages); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// tabRow sets cells at tab stops every 35 points, wrapping to the next
// line at the right margin 400 as a word processor does.
func tabRow(cells []string, base float64) []textLine {
	var lines []textLine
	var gs []glyph
	x := 49.0
	for _, c := range cells {
		stop := 50.0
		for stop <= x {
			stop += 35
		}
		if len(gs) > 0 && stop+float64(len([]rune(c)))*10 > 400 {
			lines = append(lines, newLine(gs))
			gs, base = nil, base+12
			stop = 85
		}
		set := setText(c, stop, base, 10, 0)
		gs = append(gs, set...)
		x = set[len(set)-1].X1
	}
	return append(lines, newLine(gs))
}

func TestAlignedTables(t *testing.T) {
	rows := [][]string{
		{"单位", "目标数", "完成数", "占比"},
		{"平顶山", "55", "7", "12.73%"},
		{"舞钢市", "6", "0", "0%"},
		{"宝丰县", "3", "1", "33.33%"},
	}
	// A title as wide as the page's text measures its right margin.
	items := []pageItem{lineItem(newLine(setText(strings.Repeat("标", 35), 50, 70, 10, 0)), 0)}
	for i, r := range rows {
		for _, l := range tabRow(r, 100+float64(i)*30) {
			items = append(items, lineItem(l, 0))
		}
	}
	got := renderPage(items, spacing{pitch: 12})[1:]
	want := []string{"单位\t目标数\t完成数\t占比", "平顶山\t55\t7\t12.73%", "舞钢市\t6\t0\t0%", "宝丰县\t3\t1\t33.33%"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	t.Run("a row too wide for the page wraps and is joined", func(t *testing.T) {
		cells := []string{"郟县", "3", "2", "67%", "1", "20", "6", "30%", "14", "2", "1", "50%", "建成"}
		var items []pageItem
		for i, r := range [][]string{cells, cells, cells} {
			for _, l := range tabRow(r, 100+float64(i)*40) {
				items = append(items, lineItem(l, 0))
			}
		}
		got := renderPage(items, spacing{pitch: 12})
		if len(got) != 3 || got[0] != strings.Join(cells, "\t") {
			t.Errorf("got %q", got)
		}
	})
	t.Run("negative: prose with spaces is no table", func(t *testing.T) {
		var items []pageItem
		for i, s := range []string{"根据 2025 年 的 通知", "认定 标准 为 13392 元", "特此 通知"} {
			items = append(items, lineItem(newLine(setText(s, 50, 100+float64(i)*30, 10, 3)), 0))
		}
		for _, l := range renderPage(items, spacing{pitch: 12}) {
			if strings.Contains(l, "\t") {
				t.Errorf("tab in prose: %q", l)
			}
		}
	})
}

// ruledGrid draws a grid's ruling lines as thin rectangles.
func ruledGrid(xs, ys []float64) []rule {
	var rs []rule
	for _, x := range xs {
		rs = append(rs, rule{X0: x - 0.3, X1: x + 0.3, Y0: ys[0], Y1: ys[len(ys)-1]})
	}
	for _, y := range ys {
		rs = append(rs, rule{X0: xs[0], X1: xs[len(xs)-1], Y0: y - 0.3, Y1: y + 0.3})
	}
	return rs
}

func TestRuledTables(t *testing.T) {
	xs, ys := []float64{40, 100, 200}, []float64{100, 120, 140, 160}
	var gs []glyph
	gs = append(gs, setText("排序", 45, 114, 10, 0)...)
	gs = append(gs, setText("街道", 105, 114, 10, 0)...)
	gs = append(gs, setText("1", 45, 134, 10, 0)...)
	gs = append(gs, setText("解放碑", 105, 134, 10, 0)...)
	gs = append(gs, setText("2", 45, 154, 10, 0)...)
	// A cell whose text wraps inside it.
	gs = append(gs, setText("上清", 105, 149, 10, 0)...)
	gs = append(gs, setText("寺", 105, 158, 10, 0)...)
	gs = append(gs, setText("表外的正文", 40, 200, 10, 0)...)
	tables, rest := ruledTables(ruledGrid(xs, ys), gs, 10)
	if len(tables) != 1 {
		t.Fatalf("got %d tables", len(tables))
	}
	var rows []string
	for _, r := range tables[0].Rows {
		rows = append(rows, strings.Join(r, "\t"))
	}
	if got := strings.Join(rows, "\n"); got != "排序\t街道\n1\t解放碑\n2\t上清寺" {
		t.Errorf("rows:\n%s", got)
	}
	if plainText(newLine(rest).Glyphs) != "表外的正文" {
		t.Errorf("rest: %q", plainText(newLine(rest).Glyphs))
	}
	t.Run("a header repeated after a page break is read once", func(t *testing.T) {
		a := &pdfTable{Rows: [][]string{{"排序", "街道"}, {"1", "解放碑"}}}
		b := &pdfTable{Rows: [][]string{{"排序", "街道"}, {"2", "上清寺"}}}
		pages := [][]pageItem{{tableItem(a)}, {tableItem(b)}}
		dropRepeatedHeaders(pages)
		if len(b.Rows) != 1 || b.Rows[0][0] != "2" {
			t.Errorf("got %q", b.Rows)
		}
	})
	t.Run("negative: a frame around text is no table", func(t *testing.T) {
		tables, rest := ruledTables(ruledGrid([]float64{40, 300}, []float64{100, 160}), gs, 10)
		if len(tables) != 0 || len(rest) != len(gs) {
			t.Errorf("got %d tables", len(tables))
		}
	})
}

func TestRunsOn(t *testing.T) {
	line := func(s string, x, base float64) pageItem {
		return lineItem(newLine(setText(s, x, base, 10, 0)), 0)
	}
	full := strings.Repeat("文", 30) // 50 to 350
	tests := []struct {
		name string
		a, b pageItem
		want bool
	}{
		{"a full line runs on", line(full, 50, 100), line("续行", 50, 115), true},
		{"negative: a short line ends its paragraph", line("短行。", 50, 100), line(full, 50, 115), false},
		{"negative: paragraph spacing parts", line(full, 50, 100), line(full, 50, 125), false},
		{"negative: a first-line indent opens a paragraph", line(full, 50, 100), line("新段落", 70, 115), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := measureText([]pageItem{tt.a, tt.b, line(full, 50, 200)}, spacing{pitch: 15})
			if got := m.runsOn(tt.a, tt.b); got != tt.want {
				t.Errorf("runsOn = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSniffPDF(t *testing.T) {
	tests := []struct {
		data string
		want bool
	}{
		{"%PDF-1.7\n", true},
		{"\xef\xbb\xbf%PDF-1.4", true},
		{strings.Repeat(" ", 500) + "%PDF-1.4", true},
		{strings.Repeat(" ", 1100) + "%PDF-1.4", false},
		{"<html>%PDF</html>", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := (pdfReader{}).Sniff([]byte(tt.data)); got != tt.want {
			t.Errorf("Sniff(%.20q) = %v, want %v", tt.data, got, tt.want)
		}
	}
}

func TestDropMarginStamps(t *testing.T) {
	body := func() []pageItem {
		var items []pageItem
		for i := 0; i < 4; i++ {
			items = append(items, lineItem(newLine(setText(strings.Repeat("文", 25), 40, 100+float64(i)*15, 10, 0)), 0))
		}
		return items
	}
	texts := func(items []pageItem) string {
		var out []string
		for _, it := range items {
			out = append(out, plainText(it.Line.Glyphs))
		}
		return strings.Join(out, "|")
	}
	small := func(s string, x, base float64) pageItem {
		return lineItem(newLine(setText(s, x, base, 8, 0)), 0)
	}
	tests := []struct {
		name  string
		extra []pageItem
		want  string
	}{
		{"a browser's stamps in the margins go",
			[]pageItem{small("12/1/26, 2:36 PM", 24, 30), small("标题", 130, 31), small("file:///tmp/a.html", 24, 800), small("1/1", 280, 800)},
			"文文文文文文文文文文文文文文文文文文文文文文文文文"},
		{"negative: a smaller line inside the text block's sides stays",
			[]pageItem{small("附件1", 40, 30), small("注:数据截至月底", 40, 800)},
			"附件1|文文文文文文文文文文文文文文文文文文文文文文文文文|注:数据截至月底"},
		{"negative: a line of the text's size in the margin stays",
			[]pageItem{lineItem(newLine(setText("南阳市民政局办公室", 20, 30, 10, 0)), 0)},
			"南阳市民政局办公室|文文文文文文文文文文文文文文文文文文文文文文文文文"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := append(body(), tt.extra...)
			got := dropMarginStamps(items)
			sort.SliceStable(got, func(i, j int) bool { return got[i].Top < got[j].Top })
			// The body's four lines read as one for brevity.
			s := strings.Replace(texts(got), strings.Repeat("|"+strings.Repeat("文", 25), 3), "", 1)
			if s != tt.want {
				t.Errorf("got %q, want %q", s, tt.want)
			}
		})
	}
}

func TestMeasureSpacing(t *testing.T) {
	var items []pageItem
	base := 100.0
	// Paragraphs of wrapped lines 15 apart, parted by 25; a table's rows
	// of figures only, set tighter (12), between them.
	for p := 0; p < 3; p++ {
		for i := 0; i < 3; i++ {
			s := strings.Repeat("文", 30)
			if i == 2 {
				s = "文文文。"
			}
			items = append(items, lineItem(newLine(setText(s, 50, base, 10, 0)), 0))
			base += 15
		}
		base += 10
		for i := 0; i < 2; i++ {
			items = append(items, lineItem(newLine(setText(strings.Repeat("1", 60), 50, base, 10, 0)), 0))
			base += 12
		}
		base += 10
	}
	sp := measureSpacing([][]pageItem{items})
	if sp.pitch != 15 {
		t.Errorf("pitch %v, want the paragraphs' 15", sp.pitch)
	}
	t.Run("negative: no line runs full: the tightest pitch shared", func(t *testing.T) {
		var items []pageItem
		for i, b := range []float64{100, 112, 124, 150, 175} {
			items = append(items, lineItem(newLine(setText(strings.Repeat("短", 3+i), 50, b, 10, 0)), 0))
		}
		if sp := measureSpacing([][]pageItem{items}); sp.pitch != 12 {
			t.Errorf("pitch %v, want 12", sp.pitch)
		}
	})
}

func TestLineStartAndFills(t *testing.T) {
	set := func(s string) []glyph { return setText(s, 50, 100, 10, 0) }
	starts := []struct {
		name string
		line string
		want float64
	}{
		{"a Chinese character may end a line", "续行文字", 10},
		{"a comma brings the character before it down", "话，续行", 20},
		{"an opening quote goes down with what follows", "“身边事”", 20},
		{"a Latin run with its punctuation is one unit", "话:2851693;电子", 55},
		{"negative: a space ends a word", "abc def", 15},
	}
	for _, tt := range starts {
		t.Run(tt.name, func(t *testing.T) {
			gs := set(tt.line)
			if strings.Contains(tt.line, " ") {
				gs = setText(tt.line, 50, 100, 10, 3)
			}
			if got := lineStart(gs); got != tt.want {
				t.Errorf("lineStart = %v, want %v", got, tt.want)
			}
		})
	}
	full := strings.Repeat("文", 30) // 50 to 350
	fills := []struct {
		name string
		a, b string
		want bool
	}{
		{"a full-stop hanging past the margin fills", full + "。", "续", true},
		{"a line short by less than the next opening fills", strings.Repeat("文", 29), "话，续", true},
		{"negative: a line short by more than the next opening has ended", strings.Repeat("文", 28), "推动", false},
	}
	for _, tt := range fills {
		t.Run(tt.name, func(t *testing.T) {
			a := lineItem(newLine(set(tt.a)), 0)
			b := lineItem(newLine(setText(tt.b, 50, 115, 10, 0)), 0)
			// The page's other lines end at the margin, 350, one with a
			// full stop hanging past it.
			page := []pageItem{lineItem(newLine(setText(full+"，", 50, 300, 10, 0)), 0), lineItem(newLine(setText(full, 50, 315, 10, 0)), 0), a, b}
			if got := measureText(page, spacing{}).fills(a.Line, b.Line, 0); got != tt.want {
				t.Errorf("fills = %v, want %v (margin %v)", got, tt.want, measureText(page, spacing{}).right[0])
			}
		})
	}
}

func TestOpensSection(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"充分发挥了重要作用。", "一、城乡低保工作开展情况", true},
		{"现将有关事项通知如下：", "（一）发放对象", true},
		{"negative: 要求，", "一、二级调研员", false},
		{"negative: 会议强调，", "一是必须提高政治站位", false},
		{"negative: 工作。", "二是必须规范服务标准", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+tt.b, func(t *testing.T) {
			a, b := newLine(setText(strings.TrimPrefix(tt.a, "negative: "), 50, 100, 10, 0)), newLine(setText(tt.b, 50, 115, 10, 0))
			if got := opensSection(a, b); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRunsOnScaled(t *testing.T) {
	// Body text 10 high at a pitch of 15; a title 18 high wraps at 27.
	title := func(s string, x, base float64) pageItem { return lineItem(newLine(setText(s, x, base, 18, 0)), 0) }
	a := title(strings.Repeat("标", 16), 50, 60) // 50 to 338
	m := measureText([]pageItem{a, lineItem(newLine(setText(strings.Repeat("文", 29), 50, 200, 10, 0)), 0)}, spacing{pitch: 15, em: 10})
	if !m.runsOn(a, title("的通知", 167, 87)) {
		t.Error("a title's wrapped line did not run on")
	}
	if m.runsOn(a, title("副标题", 167, 110)) {
		t.Error("negative: a line a title's pitch and more below ran on")
	}
}

func TestColumnsBesideShortLines(t *testing.T) {
	// A page 600 wide: a left column of running text (40 to 290) and a
	// right column (320 on) of short lines, as a browser prints a short
	// document in two columns.
	page := func(rightX float64, paired bool) []pageItem {
		var items []pageItem
		for i := 0; i < 5; i++ {
			items = append(items, lineItem(newLine(setText(strings.Repeat("左", 25), 40, 100+float64(i)*15, 10, 0)), 0))
		}
		for i, s := range []string{"普陀区民政局", "验证码", "全部评论", "一键分享"} {
			base := 104 + float64(i)*19
			if paired {
				base = 100 + float64(i)*15
			}
			items = append(items, lineItem(newLine(setText(s, rightX, base, 10, 0)), 0))
		}
		return items
	}
	order := func(items []pageItem) string {
		items, _ = orderColumns(buildItems(items), nil, 300)
		var out []string
		for _, it := range items {
			out = append(out, string([]rune(plainText(it.Line.Glyphs))[:1]))
		}
		return strings.Join(out, "")
	}
	if got := order(page(320, false)); got != "左左左左左普验全一" {
		t.Errorf("got %q", got)
	}
	if got := order(page(320, true)); got != "左左左左左普验全一" {
		t.Errorf("rows on the left's baselines: got %q", got)
	}
	t.Run("negative: a table's second column off the page's middle", func(t *testing.T) {
		var items []pageItem
		for i := 0; i < 5; i++ {
			base := 100 + float64(i)*15
			items = append(items, lineItem(newLine(append(setText("第组市民政局调研员", 40, base, 10, 0), setText("叶县卫东区", 150, base, 10, 0)...)), 0))
		}
		got, x := orderColumns(items, nil, 300)
		if x == x || plainText(got[0].Line.Glyphs) != "第组市民政局调研员    叶县卫东区" {
			t.Errorf("read as columns at %v", x)
		}
	})
}

// buildItems rebuilds items from their glyphs, as a page's lines are
// built: lines of both columns on one baseline share a line.
func buildItems(items []pageItem) []pageItem {
	var gs []glyph
	for _, it := range items {
		gs = append(gs, it.Line.Glyphs...)
	}
	var out []pageItem
	for _, l := range buildLines(gs) {
		out = append(out, lineItem(l, 0))
	}
	return out
}

func TestSidesCrossing(t *testing.T) {
	title := setText(strings.Repeat("标", 25), 50, 60, 14, 0) // glyph edges every 14 from 50
	if _, _, crosses := sides(title, 260); !crosses {
		t.Error("a title set solid did not cross x at a glyph's edge")
	}
	two := append(setText("左栏", 50, 100, 10, 0), setText("右栏", 270, 100, 10, 0)...)
	if l, r, crosses := sides(two, 260); crosses || len(l) != 2 || len(r) != 2 {
		t.Error("negative: a gutter was crossed")
	}
	// A browser's default column gap: an em, a hair less as measured.
	narrow := append(setText("左栏，", 50, 100, 10, 0), setText("3右栏", 89.9, 100, 10, 0)...)
	if _, _, crosses := sides(narrow, 85); crosses {
		t.Error("negative: a gutter an em wide was crossed")
	}
}

func TestNeedsJoinSpace(t *testing.T) {
	tests := []struct {
		a, b rune
		want bool
	}{
		{'d', 'w', true},
		{'-', '1', false}, // 2022-|11-09
		{'年', '1', false},
		{'5', '月', false},
	}
	for _, tt := range tests {
		if got := needsJoinSpace(tt.a, tt.b); got != tt.want {
			t.Errorf("needsJoinSpace(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestJoinAcrossPages(t *testing.T) {
	full := strings.Repeat("文", 30)
	pageOf := func(lines ...string) ([]pageItem, []string) {
		var items []pageItem
		for i, s := range lines {
			x := 50.0
			if strings.HasPrefix(s, "  ") {
				x, s = 70, strings.TrimSpace(s)
			}
			items = append(items, lineItem(newLine(setText(s, x, 100+float64(i)*15, 10, 0)), 0))
		}
		return items, renderPage(items, spacing{pitch: 15, em: 10})
	}
	tests := []struct {
		name       string
		prev, next []string
		want       string
	}{
		{"a paragraph cut by the page break is one line", []string{full, full}, []string{"续完。", "  下一段。"},
			strings.Repeat("文", 60) + "续完。|\f下一段。"},
		{"negative: an indented line opens a paragraph", []string{full, full}, []string{"  新段落。", full},
			strings.Repeat("文", 60) + "|\f新段落。|" + full},
		{"negative: a short line ended its paragraph", []string{full, "完。"}, []string{"下一段。"},
			strings.Repeat("文", 30) + "完。|\f下一段。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pi, pl := pageOf(tt.prev...)
			ni, nl := pageOf(tt.next...)
			pl, nl = joinAcrossPages(pi, ni, pl, nl, spacing{pitch: 15, em: 10})
			if got := strings.Join(pl, "|") + "|\f" + strings.Join(nl, "|"); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
