package extract

import (
	"strings"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// shortContextRule marks a body named by its field alone that
// shortContextBodies found.
const shortContextRule = "short-context"

// shortContextBodies finds a government body named by its field and its
// ending alone (民政厅, 财政局: one word of the segmenter's, a body's name
// (nt) of three characters) where its place in the sentence makes it one
// body, though no place is printed before it (GOLD.md: a unit that names
// one body in context is an agency):
//   - right before a cited title (根据民政厅《关于…的通知》): a document
//     has one issuer, and a citation names it before the title, as it
//     does with the place (宝鸡市民政局《关于…》);
//   - right after a verb of sending papers up (报送财政局, 报民政厅备案:
//     the agency cues labelled submit): papers go to the one body that
//     reviews or files them.
//
// The short name opens a word there: after the verb, or after a mark or
// a preposition before the title; a class (各…局, 有关部门) or a pronoun
// (我局) is no such word.
func shortContextBodies(s string, words wordsAt) []candidate {
	var out []candidate
	for ts, k := range shortGovernmentWords(s, words) {
		i := ts[k].End
		if strings.HasPrefix(s[i:], "《") && citationOpensAt(s, ts, k) || submittedTo(ts, k) {
			out = append(out, candidate{ts[k].Start, i, shortContextRule})
		}
	}
	return out
}

// citationOpensAt reports whether the word k may open the issuer of a
// citation: a clause opens before it, or a preposition (根据, 按照) or a
// verb (落实, 结合) stands right before it.
func citationOpensAt(s string, ts []segment.Token, k int) bool {
	if clauseOpensAt(s, ts[k].Start) {
		return true
	}
	if k == 0 || ts[k-1].End != ts[k].Start {
		return false
	}
	t := ts[k-1].Tag
	return t == "p" || t == "v"
}

// submittedTo reports whether the word right before the word k is a verb
// of sending papers up (the agency cues labelled submit), as the
// segmenter cuts it: a noun that ends so (简报, 海报) is none.
func submittedTo(ts []segment.Token, k int) bool {
	if k == 0 || ts[k-1].End != ts[k].Start {
		return false
	}
	cues := lexicon.AgencyCues()
	return cues.Has(ts[k-1].Word) && cues.Label(ts[k-1].Word, 0) == "submit"
}
