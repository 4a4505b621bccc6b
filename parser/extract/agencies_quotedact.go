package extract

// quotedAct reports whether the quote [i, e) of s opens with an act: a
// word the segmenter tags as a verb, a preposition or an adverb (“以人民
// 为中心”, “申请网上纪念馆”, “从严审批建设经营性公墓”). A quote that opens so
// prints a slogan, a step to take or a line of a rule, whose last word
// may be a body's ending, no body's name: a name opens with its place, a
// proper name or a noun of its field (“陇西县志平盲人康复中心”, “老年服务
// 工作组”).
func quotedAct(words wordsAt, i, e int) bool {
	ts := words(i)
	k := tokenAt(ts, i) // a word that starts at i, or none (inside a word)
	if k < 0 || ts[k].End >= e {
		return false
	}
	switch ts[k].Tag {
	case "v", "p", "d", "ad":
		return true
	}
	return false
}
