package extract

import (
	"strings"
	"unicode"

	"bulletin/parser/chrono"
	"bulletin/parser/lexicon"
)

// yearReportTitle reports whether a title names the report of a year that
// is over by the document's date (宛城区民政局2025年政府信息公开工作年度报告,
// dated 2026-01-08; 佛坪县民政局政府信息公开工作年度报告(2023年度)): a
// yearreport word (cue_words.tsv: 年度报告, 年报) ends it, before a
// bracketed note of the year if one closes it, and the first year it names
// is before the document's. Such a report tells the work of a year gone,
// so the plan words of its sentences (2025年依规完成…备案1件) tell deeds,
// unless a sentence turns ahead (pastReport's callers ask planAhead). A
// title with a forward word (…年度报告和2026年工作计划), a report of the
// document's own year or later, and a document with no year tell nothing.
// A document with a year but no day (its year read from its title or text)
// has no date to compare with: its report's year is taken as gone, for the
// law has it published after that year ends.
// Source: 《中华人民共和国政府信息公开条例》 (2019) art. 49-50: a body
// publishes its 政府信息公开工作年度报告 by 31 January, on the year before.
func yearReportTitle(title string, ref chrono.Ref) bool {
	if ref.Year == 0 || forwardIn(title) {
		return false
	}
	t := strings.TrimRightFunc(title, unicode.IsSpace)
	if strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）") {
		if open := strings.LastIndexAny(t, "(（"); open > 0 {
			t = strings.TrimRightFunc(t[:open], unicode.IsSpace)
		}
	}
	if _, ok := lexicon.CueWordList("yearreport").EndingAt(t, len(t)); !ok {
		return false
	}
	y := firstYear(title, ref)
	return y > 0 && (y < ref.Year || ref.Day == 0)
}
