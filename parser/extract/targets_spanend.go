package extract

import (
	"strconv"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A five-year plan period is named by its ordinal (stance.tsv span: 十四五,
// 2021 to 2025), and its end by an end word after the name (cue_words.tsv
// periodend: “十四五”末, 十四五期末): a plan's target in the sentence after
// it is due on the last day of the period's last year (GOLD.md, targets:
// the deadline the text gives, as its last day). The name alone (“十四五”
// 期间, “十四五”时期) names the whole period and sets no deadline. Source:
// the 国民经济和社会发展五年规划 and the 民政事业发展规划 of provinces and
// cities (到“十四五”末, 全市…达到…).

// spanEndBefore finds the last period end named in sent before offset at
// (“十四五”末), and returns its range and last day, or ok false.
func spanEndBefore(s string, sent byteRange, at int) (r byteRange, to string, ok bool) {
	st := lexicon.Stance()
	ends := lexicon.CueWordList("periodend")
	for i := sent.Start; i < at; {
		w, found := st.At(s, i)
		if !found || st.Label(w, 0) != "span" {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		j := i + len(w)
		for j < at {
			c, n := utf8.DecodeRuneInString(s[j:])
			if !quoteMark(c) {
				break
			}
			j += n
		}
		if e, isEnd := ends.At(s, j); isEnd && j+len(e) <= at {
			if y, good := spanEnd(st, w); good {
				r, to, ok = byteRange{i, j + len(e)}, strconv.Itoa(y)+"-12-31", true
			}
		}
		i = j
	}
	return r, to, ok
}
