package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/chrono"
	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
	"bulletin/parser/span"
)

// unitColumn reports whether the year.month e (2061.3) stands right after
// a measure printed as a cell of its own (居民最低生活保障人数 万人 2061.3;
// 社会服务费实际支出 亿元 3655.9): a statistics grid's row gives its
// 计量单位 column before its figures, so the figure is that measure's
// value (20,613,000 people), no date. The measure is a word of the units
// lexicon, with a multiplier before it (万人, 万户) or none (亿元, 个),
// standing alone between spaces; a word that merely ends with a measure
// (负责人 2019.06) is no column. Source: the layout of the 民政统计季报 and
// 社会服务统计月报 tables (指标 | 单位 | 数值).
func unitColumn(t span.Text, e chrono.Expr) bool {
	if e.Rule != "numeric" || e.Kind != chrono.Month || !t.HasGapAt(e.Start) {
		return false // the figure joined to what comes before
	}
	s := t.String()
	start := strings.LastIndexByte(s[:e.Start], '\n') + 1
	for _, g := range t.Gaps() {
		if g > start && g < e.Start {
			start = g
		}
	}
	return measureCell(s[start:e.Start])
}

// measureCell reports whether a grid's cell holds a measure alone: a
// word of the units lexicon in Chinese characters, with a multiplier
// before it (万人, 万户) or none (亿元, 个).
func measureCell(cell string) bool {
	if m := numeral.MultiplierAt(cell, 0); m != "" {
		cell = cell[len(m):]
	}
	if cell == "" || lexicon.Units().Label(cell, 0) == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(cell)
	return unicode.Is(unicode.Han, r)
}
