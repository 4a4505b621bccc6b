package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// purposeWords open a purpose clause at a sentence's start (为了…，):
// cue list purpose. purposeLeads open one only right before a verb, an
// adverb or a stance word (为进一步提升…，, 为确保…，): cue list
// purposelead.
func purposeWords() *lexicon.Words { return lexicon.CueWordList("purpose") }
func purposeLeads() *lexicon.Words { return lexicon.CueWordList("purposelead") }

// purposeEnd is where a purpose clause that opens the sentence sent ends
// (at its clause mark), or sent.Start where none opens it. The clause
// tells what the sentence's deed is for, so a plan word in it (提升, 确保)
// plans nothing the main clause reports (为确保…，12个社区完成改造). 为
// before a noun or a number names whom a deed serves (为2500名老人提供…),
// no purpose: only 为了, or 为 right before a verb, an adverb or a stance
// word, opens one.
func purposeEnd(in *Input, s string, sent byteRange) int {
	i := sent.Start
	for i < sent.End && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	w, whole := purposeWords().At(s, i)
	if !whole {
		var ok bool
		if w, ok = purposeLeads().At(s, i); !ok {
			return sent.Start
		}
	}
	j := i + len(w)
	if !whole {
		ts := in.Words(j)
		k := tokenAt(ts, j)
		_, stance := lexicon.Stance().At(s, j)
		if !stance && (k < 0 || ts[k].Tag != "v" && ts[k].Tag != "d" && ts[k].Tag != "vn") {
			return sent.Start
		}
	}
	k := strings.IndexAny(s[j:sent.End], clauseStops)
	if k < 0 {
		return sent.Start // no main clause after it
	}
	return j + k
}
