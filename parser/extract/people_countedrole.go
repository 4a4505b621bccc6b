package extract

import "bulletin/parser/lexicon"

// countedRole is the title of the group counted after 等 (赵某等4位委员:
// the members of a 政协 counted, each a 委员): the count of persons (a
// number and 位, personCountAt) then a title of the lexicon as a word of
// its own names what the group, and so the first named, holds (GOLD.md
// people: the role is the title printed with the name). A form of address
// or a status (等20名同志, 等12位高龄老人) is no title, so no role, as
// person reads a chain of titles; nor is a title the lexicon reads before
// a name only (代表, labelled before: after a name a word of other sense).
func countedRole(s string, words wordsAt, after int) (string, bool) {
	j := countEnd(s, after)
	m, ok := lexicon.CueWordList("personmeasure").At(s, j)
	if j == after || !ok {
		return "", false
	}
	k := j + len(m)
	w, ok := lexicon.Titles().At(s, k)
	if !ok || addressWord(w) || statusWord(w) || contactWord(w) || lexicon.Titles().Label(w, 1) == "before" {
		return "", false
	}
	ts := words(k)
	if i := tokenAt(ts, k); i < 0 || ts[i].Start != k || ts[i].End != k+len(w) {
		return "", false // 委员|会: the word runs on, no title
	}
	return w, true
}
