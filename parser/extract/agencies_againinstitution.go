package extract

// againInstitutionRule marks an institution named again by its ending
// alone that againInstitutions found.
const againInstitutionRule = "again-institution"

// againInstitutions finds an institution named by its ending alone (殡仪馆,
// 救助站: one word of the segmenter's, the whole word an institution's
// ending) right after a verb of going (到殡仪馆办理丧事: the motion cue
// words), where the document prints the same word after a place or a
// level elsewhere (县殡仪馆, 陆良县殡仪馆): a page that names its place's
// institution calls it so for short, and one goes to that one, one body
// in context (GOLD.md: a unit that names one body in context is an
// agency, as its 殡葬服务中心 is). Where the page names no such
// institution of its place the word names the kind (到救助站求助).
func againInstitutions(s string, words wordsAt, e *Env) []candidate {
	if e == nil {
		return nil
	}
	var out []candidate
	for i, suffix := range labelledEndings(s, "institution") {
		ts := words(i - 1)
		k := tokenEndingAt(ts, i)
		if k <= 0 || ts[k].Word != suffix || ts[k-1].End != ts[k].Start || !motionVerbs().Has(ts[k-1].Word) {
			continue
		}
		if e.printedPlaced(suffix) {
			out = append(out, candidate{ts[k].Start, i, againInstitutionRule})
		}
	}
	return out
}
