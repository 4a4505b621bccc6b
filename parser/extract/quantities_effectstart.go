package extract

import "bulletin/parser/lexicon"

// effectStart reports whether the unit read at k after a figure opens a
// phrase that dates when a decision takes effect (起施行, 起实行: cue list
// effect): 起 there is the start's postposition (自…起, 吕叔湘《现代汉语
// 八百词》 起), not the measure word of cases, so the figure before it is
// the start's day, written with marks the copy lost (202541起实行), and
// no count. 3起案件 and 发生事故2起 count cases as before.
func effectStart(s string, k int) bool {
	_, ok := lexicon.CueWordList("effect").At(s, k)
	return ok
}
