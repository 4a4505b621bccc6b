package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// A count of times printed before its verb (局党组8次召开专题会议, 3次深入
// 基层调研) is an adverbial of frequency: it tells how often the act was
// done, as 先后, 多次 do (多次召开), and no level to reach. A plan or a rule
// that sets how often an act is to be done prints the count after the verb
// as its complement (每季度召开1次, 全年召开4次), or bounds it (不少于2次,
// 每年2次). Source: 《现代汉语八百词》 次 (动量词: 数量短语在动词前作状语,
// 表示动作已经进行的次数, beside 动词后作补语) and the phrasing of 工作总结.

// timesBefore reports whether the number at r counts the times of the act
// its verb, right after it, names: a verbal measure (cue_words.tsv,
// verbmeasure: 次) and then a verb, with no bound printed before it and no
// 每 or word of the future before it in its clause (每年2次走访, 将3次召开:
// a rate or a count a plan sets).
func timesBefore(in *Input, s string, clause, r byteRange, unit string) bool {
	if !lexicon.CueWordList("verbmeasure").Has(unit) || !strings.HasSuffix(s[r.Start:r.End], unit) {
		return false
	}
	if comparator(s, r) != "" {
		return false
	}
	// 每 (each) before it sets a rate (每年2次走访), and a word of the
	// future (将, 拟, 计划: cue_words ahead) a plan's count (将3次召开).
	portion, ahead := lexicon.CueWordList("portion"), lexicon.CueWordList("ahead")
	for _, t := range in.Words(r.Start) {
		if t.Start < clause.Start || t.End > r.Start {
			continue
		}
		if _, each := portion.Prefix(t.Word); each || ahead.Has(t.Word) {
			return false // 每年, 每季度: the segmenter keeps 每 with its unit
		}
	}
	ts := in.Words(r.End)
	k := tokenAt(ts, r.End)
	return k >= 0 && strings.HasPrefix(ts[k].Tag, "v") && ts[k].Tag != "vn"
}
