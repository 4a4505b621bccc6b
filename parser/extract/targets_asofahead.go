package extract

// A tally framed by 截至目前 (targets_tally.go) often sets each count
// beside the level it will reach in the clause after it (截至目前，…；新建
// 改造…中心42个，年底将达80个): the 将 of the later clause turns ahead from
// the count, it does not make the count a plan. So the frame holds against
// the words that turn ahead (将, a word only a plan uses, 计划 before a
// verb) only where they stand in the part up to the number's clause end;
// one in the number's own clause (年底将新增5000张) keeps its plan. Source:
// the tallies of 民政 news (截至目前，全市已建成…个，年底将达…个).

// aheadUpTo reports whether the part of the sentence sent up to the end
// of the number's clause holds a word that turns ahead: 将, a word only a
// plan uses, or an intent.
func aheadUpTo(in *Input, s string, sent, clause byteRange, counted map[int]bool) bool {
	st := stanceIn(in, s, byteRange{sent.Start, clause.End}, counted)
	return st.will || st.intended || len(st.required) > 0
}
