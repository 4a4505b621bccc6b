package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/chrono"
	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
)

// A text headed by the title of a plan (cue_words.tsv, plantitle: 2025年
// 民政工作要点, 工作计划, 实施方案), printed on a line of its own over it as an
// attachment prints its name under the 落款, sets out the tasks of the
// period it names: its task lists (新增30家…、新建200个…，…累计覆盖50万人)
// state what is to be reached, as those under 一、任务目标 do (GOLD.md,
// targets). So the section a plan title heads is an aims section
// (headedSections), and 累计 in it (cue_words.tsv, cumulative: "counted
// together") totals the level the plan sets, what has been reached and what
// is still to come (累计推广至200家), no report of work done. A title that
// names a year before the document's (2024年工作要点, in a text of 2025),
// or joins a report to its plan (2024年工作总结和2025年工作要点), heads no
// plan of what is to come. Source: the 工作要点 and 工作计划 that bureaus
// issue for the year (《党政机关公文处理工作条例》 §8 通知: 印发 a plan),
// whose tasks list their figures with 新增, 新建, 培训, 累计.

// planTitled reports whether the text s opens with a plan's title on a
// line of its own: no enumerator, no punctuation but quotes, a plantitle
// word at its end, no report word, and no year before the document's.
func planTitled(in *Input, s string) bool {
	nl := strings.IndexByte(s, '\n')
	if nl <= 0 {
		return false // a title heads a text below it
	}
	return planTitle(in, s[:nl])
}

// planTitle reports whether line is the title of a plan (planTitled).
func planTitle(in *Input, line string) bool {
	line = strings.TrimRightFunc(line, func(r rune) bool { return unicode.IsSpace(r) || quoteMark(r) })
	line = strings.TrimLeftFunc(line, func(r rune) bool { return unicode.IsSpace(r) || quoteMark(r) })
	if line == "" {
		return false
	}
	if enum, _, _ := cue.Enumerator(line); enum != cue.NoEnum {
		return false // a heading of the text's own, read by its rank
	}
	for _, r := range line {
		if unicode.IsPunct(r) && !quoteMark(r) {
			return false // a sentence, no title
		}
	}
	if _, ok := lexicon.CueWordList("plantitle").EndingAt(line, len(line)); !ok {
		return false
	}
	st := lexicon.Stance()
	ref := in.Ref()
	for i := 0; i < len(line); {
		if y, end, ok := chrono.YearAt(line, i, ref); ok {
			if ref.Year > 0 && y < ref.Year {
				return false // 2024年工作要点, in a text of 2025: a past plan
			}
			i = end
			continue
		}
		if w, ok := st.At(line, i); ok {
			if st.Label(w, 0) == "report" {
				return false // 2024年工作总结和2025年工作要点
			}
			i += len(w)
			continue
		}
		_, n := utf8.DecodeRuneInString(line[i:])
		i += n
	}
	return true
}

// cumulativeInPlan reports whether the achieved word w at i is a word of
// totals (cue_words.tsv, cumulative: 累计) in a text a plan's title heads
// (planTitled): it totals the level to reach, and tells nothing done.
func cumulativeInPlan(in *Input, s string, w string) bool {
	return lexicon.CueWordList("cumulative").Has(w) && planTitled(in, s)
}
