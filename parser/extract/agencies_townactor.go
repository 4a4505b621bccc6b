package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// townActorRule marks a township or a street named as the body that acts.
const townActorRule = "town-actor"

// townActors finds a township or a street (射阳湖镇, 某某街道: a division
// of the level 乡) that opens a clause as the subject of an act only a
// body does (cue list townact: 举办, 召开, 开展; honour: 荣获; a decision
// word of the stance list: 决定), the adverbs
// of the act between (将统一|组织): the division's government (乡镇人民
// 政府, 街道办事处) is printed by the division's name alone as the body
// that holds the event or wins the prize (4月16日下午,射阳湖镇举办…培训
// 班), as the review golds list it. A list of such divisions (甲镇、乙
// 街道荣获…) names each. A division that is where something lies or
// happens (位于, 在某镇举办), or that a noun follows (某镇民政办, 某镇低保
// 对象), is left to the other rules; so is one whose own party committee
// or government the document names (礼嘉镇党委、政府): the text then
// names the town's bodies by their names, and the town alone is their
// place.
func townActors(s string, words wordsAt, env *Env) []candidate {
	if env == nil || !townLevelIn(s) {
		return nil // no word of the level 乡 in the text: no town acts (and no clause is segmented)
	}
	var out []candidate
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.Is(unicode.Han, r) && actorClauseOpensAt(s, i) {
			out = append(out, townsActing(s, words, env, i)...)
		}
		i += w
	}
	return out
}

// townsActing is the towns of a list that opens at i, if an act of a
// body follows the last of them.
func townsActing(s string, words wordsAt, env *Env, i int) []candidate {
	var towns []candidate
	for {
		e, ok := townNameAt(s, words(i), i)
		if !ok {
			return nil
		}
		if env.organsPrinted(s[i:e]) {
			return nil
		}
		towns = append(towns, candidate{i, e, townActorRule})
		if !strings.HasPrefix(s[e:], "、") {
			if !bodyActAt(s, words(e), e) {
				return nil
			}
			return towns
		}
		i = e + len("、")
	}
}

// townNameAt is the end of a township's or a street's name that opens
// at i: the words up to a level word of 乡 that townLevel reads as the
// division's (射阳湖|镇), no verb or mark among them.
func townNameAt(s string, ts []segment.Token, i int) (int, bool) {
	for k := tokenAt(ts, i); k >= 0 && k < len(ts); k++ {
		t := ts[k]
		if !allHan(t.Word) || strings.HasPrefix(t.Tag, "v") || functionWordTags[t.Tag] {
			return 0, false
		}
		name := s[i:t.End]
		if lv, ok := lexicon.Levels().Suffix(name); ok && lexicon.Levels().Label(lv, 0) == "乡" {
			return t.End, townLevel(name, i, ts) == len(name)-len(lv)
		}
	}
	return 0, false
}

// bodyActAt reports whether an act only a body does opens at e, after
// the adverbs that qualify it (将|统一|组织).
func bodyActAt(s string, ts []segment.Token, e int) bool {
	for k := tokenAt(ts, e); k >= 0 && k < len(ts); k++ {
		if w := ts[k].Word; bodyActWord(w) || lexicon.Stance().Label(w, 0) == "decision" {
			return true
		}
		if ts[k].Tag != "d" {
			return false
		}
	}
	return false
}

// bodyActWord reports whether w is an act only a body does (cue lists
// townact and honour: 举办, 召开, 荣获), whatever tag the segmenter gave
// it (荣获/nr): the word names the act, its tag may be a guess.
func bodyActWord(w string) bool {
	return lexicon.CueWordList("townact").Has(w) || lexicon.CueWordList("honour").Has(w)
}

// organsPrinted reports whether the document prints town's own party
// committee or government right after its name (礼嘉镇|党委, 某镇|人民政府).
func (e *Env) organsPrinted(town string) bool {
	return e.printedWhere("organs", town, func(whole string, j int) bool {
		suf, ok := lexicon.AgencySuffixes().At(whole, j+len(town))
		ending, kind := agency.Ending(town + suf)
		return ok && ending == suf && (kind == "party" || lexicon.AgencySuffixes().Label(suf, 1) == "division")
	})
}

// townLevelIn reports whether s holds a level word of 乡 (镇, 乡, 街道): a
// township or a street can be named there.
func townLevelIn(s string) bool {
	for _, w := range townLevels() {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// townLevels are the level words of 乡 (levels.tsv).
var townLevels = sync.OnceValue(func() []string {
	var out []string
	for _, w := range lexicon.Levels().All() {
		if lexicon.Levels().Label(w, 0) == "乡" {
			out = append(out, w)
		}
	}
	return out
})
