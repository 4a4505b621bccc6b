package read

import (
	"strings"
	"testing"
)

// typedText sets s from x on one baseline as a word processor writes it:
// a space is a glyph spaceW wide, a '|' moves the pen by gap with no
// glyph (a tab, an autospace).
func typedText(s string, x, base, em, spaceW, gap float64) []glyph {
	var gs []glyph
	for _, r := range s {
		switch r {
		case '|':
			x += gap
			continue
		case ' ':
			g := synthGlyph(' ', x, base, em)
			g.X1 = x + spaceW
			gs = append(gs, g)
			x = g.X1
			continue
		}
		g := synthGlyph(r, x, base, em)
		gs = append(gs, g)
		x = g.X1
	}
	return gs
}

// inkOnlyGlyphs gives glyphs a box of their ink only, as PDFium does for
// a font without metrics: a little smaller than their neighbours'.
func inkOnlyGlyphs(gs []glyph) []glyph {
	for i, g := range gs {
		g.X0, g.X1, g.Top, g.Bottom = g.Ink[0], g.Ink[2], g.Ink[1], g.Ink[3]
		gs[i] = g
	}
	return gs
}

func TestBuildLinesColumnsOffset(t *testing.T) {
	tests := []struct {
		name   string
		glyphs []glyph
		want   []string
	}{
		{"a right column set lower than the left is a line of its own",
			append(setText("左栏的一行字", 50, 100, 10, 0), setText("右栏的一行字", 250, 104.5, 10, 0)...),
			[]string{"左栏的一行字", "右栏的一行字"}},
		{"glyphs of a font without metrics stay on their line",
			append(setText("左栏的一行字", 50, 100, 10, 0),
				append(setText("11", 250, 104.5, 10, 0), append(inkOnlyGlyphs(setText("月", 260, 104.5, 10, 0)),
					append(setText("28", 270, 104.5, 10, 0), inkOnlyGlyphs(setText("日市救助", 280, 104.5, 10, 0))...)...)...)...),
			[]string{"左栏的一行字", "11月28日市救助"}},
		{"a superscript touching its line joins it",
			append(setText("面积100m", 50, 100, 10, 0), setText("2", 90, 97.5, 6, 0)...),
			[]string{"面积100m2"}},
		{"negative: columns on one baseline share a line, parted later",
			append(setText("左栏", 50, 100, 10, 0), setText("右栏", 250, 100, 10, 0)...),
			[]string{"左栏    右栏"}},
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

func TestSplitSharedBoxes(t *testing.T) {
	dash := func(n int, w float64) []glyph {
		var gs []glyph
		for i := 0; i < n; i++ {
			g := synthGlyph('—', 60, 100, 10)
			g.X1 = g.X0 + w
			gs = append(gs, g)
		}
		return append(append(setText("仪式", 40, 100, 10, 0), gs...), setText("梅州", 60+w, 100, 10, 0)...)
	}
	tests := []struct {
		name   string
		glyphs []glyph
		want   string
	}{
		{"a dash drawn as one glyph two ems wide is two characters", dash(2, 20), "仪式——梅州"},
		{"negative: a character drawn twice over itself is one", dash(2, 10), "仪式—梅州"},
		{"negative: one dash is one", dash(1, 10), "仪式—梅州"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainText(newLine(usableGlyphs(tt.glyphs)).Glyphs); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTypedSpaces(t *testing.T) {
	// A file that types its spaces 2.8 points wide (a Latin space in an
	// 11-point font) and sets 2.2 points between Chinese and figures.
	const space = 2.8
	typed := func(s string, gap float64) []glyph {
		gs := usableGlyphs(typedText(s, 50, 100, 10, space, gap))
		for i := range gs {
			gs[i].TypedSpace = space / 10
		}
		return gs
	}
	tests := []struct {
		name   string
		glyphs []glyph
		want   string
	}{
		{"a typed space is a space", typed("工作会议 5 月", 0), "工作会议 5 月"},
		{"a gap as wide as a typed space is one the program left out", typed("5月|28", space), "5月 28"},
		{"negative: the autospace between Chinese and figures is none", typed("公布|2025|年度", 2.2), "公布2025年度"},
		{"negative: Chinese set solid stays solid", typed("民政局召开会议", 0), "民政局召开会议"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainText(newLine(tt.glyphs).Glyphs); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("a typed space is no cell gap however wide", func(t *testing.T) {
		gs := usableGlyphs(typedText("成员 雷声", 50, 100, 10, 6, 0))
		u := measureGaps(gs)
		if isCellGap(gs[1], gs[2], u) {
			t.Error("a typed space parted cells")
		}
		tab := setText("成员 雷声", 50, 100, 10, 6)
		if !isCellGap(tab[1], tab[2], measureGaps(tab)) {
			t.Error("negative: a gap as wide with no space typed is a cell gap")
		}
	})
	t.Run("the narrowest space typed between glyphs is the file's", func(t *testing.T) {
		pages := []pdfPageData{{Glyphs: append(typedText("a b", 50, 100, 10, 3, 0), typedText("c d", 50, 130, 10, 2.5, 0)...)}}
		if w := typedSpaceWidth(pages); w != 0.25 {
			t.Errorf("got %v, want 0.25", w)
		}
		if w := typedSpaceWidth([]pdfPageData{{Glyphs: setText("a b", 50, 100, 10, 3)}}); w != 0 {
			t.Errorf("negative: a file of gaps only types no spaces, got %v", w)
		}
	})
}

func TestAutospaced(t *testing.T) {
	page := func(lines ...string) []pdfPageData {
		var gs []glyph
		for i, l := range lines {
			gs = append(gs, typedText(l, 50, 100+float64(i)*15, 10, 3, 2)...)
		}
		return []pdfPageData{{Glyphs: gs}}
	}
	tests := []struct {
		name  string
		pages []pdfPageData
		want  bool
	}{
		{"every Chinese and figure apart: the program's own space",
			page("截至|2024|年|12|月", "共有|417|家"), true},
		{"negative: one set solid says the gaps are typed", page("截至|2024|年|12|月", "共有417家"), false},
		{"negative: one such place tells nothing", page("共有|417", "民政局"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := autospaced(tt.pages); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("its gaps are then no spaces", func(t *testing.T) {
		gs := usableGlyphs(typedText("截至|2024|年", 50, 100, 10, 3, 2))
		for i := range gs {
			gs[i].Autospaced = true
		}
		if got := plainText(gs); got != "截至2024年" {
			t.Errorf("got %q", got)
		}
	})
}

func TestMeasureGapsShortLine(t *testing.T) {
	tests := []struct {
		name   string
		glyphs []glyph
		want   string
	}{
		{"a short line's spaces around a number stay", setText("第 39 期", 50, 100, 10, 3), "第 39 期"},
		{"spaces around a number in a line of Chinese stay",
			setText("第 39 期发行", 50, 100, 10, 3), "第 39 期发行"},
		{"negative: letter-spaced Chinese stays solid", setText("中 央 政 府", 50, 100, 10, 3), "中央政府"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainText(tt.glyphs); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
