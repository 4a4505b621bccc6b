package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// boundaryWordBefore reads a word of the agency boundaries read as a word
// where the scan stands: a word that bounds a name (a preposition, a verb
// that takes a body, a word that points at the place: 我市|市委). The name
// opens after it, except that
//   - a word of stationing (驻) joins a body and the place it sits in
//     (省人民政府驻|北京|办事处: one name) or names where a body sits, no
//     body (市民政局驻|政务中心);
//   - a word that says where (在) before a venue and the verb of holding
//     an event (在|东港商务中心|隆重举办) names no body;
//   - a conjunction after a person's title (负责同志|和|养老服务科) opens a
//     guessed name;
//   - a conjunction inside one name (南阳康复辅具及适老化…中心, 颐和护理
//     中心), 的 after a place's words (…疫情处置工作领导小组办公室) or a
//     verb of the field a body of co-ordination is named after (…评估验收
//     与指导|工作小组, fieldVerbInName) is part of the name, and the scan
//     goes on;
//   - a word that makes a category (各县民政局, 有关单位) names no one body;
//   - a verb that convenes a meeting before a meeting's 会 (召开|协商会)
//     names no body.
type boundaryWordBefore struct{}

func (boundaryWordBefore) back(r *startReading) scanMove {
	s, ts, i, e := r.s, r.ts, r.i, r.e
	w, ok := lexicon.AgencyBoundaries().EndingAt(s, i)
	if !ok || classNounOver(s, i, w) || classTermThrough(s, i, w, e) || !(boundaryWord(ts, i, w) || placeGuessedOn(s, ts, i) || eachWordAt(s, ts, i-len(w), w)) || boundaryInEnding(s, i, w) || actorBoundary(s, i, w) || i < r.j() && guessedWhole(s, ts, i-len(w), i, e) {
		return scanPass
	}
	if stationedWord(w) {
		if !stationedPlace(s, i, r.j()) {
			return scanNone // 市民政局驻|政务中心: where the body sits, no body
		}
		r.i -= len(w) // 省人民政府驻|北京|办事处: the stationed body, named whole
		return scanOn
	}
	if venueAt(s, ts, w, i, e) {
		return scanNone // 在|东港商务中心|隆重举办: where the event is held, no body
	}
	if _, titled := lexicon.Titles().EndingAt(s, i-len(w)); titled && isConjunction(w) {
		// 负责同志|和|养老服务科: a person before 和, so what follows
		// is a name only if it opens with its place.
		r.weak = true
		return scanStop
	}
	if isConjunction(w) && (conjoinedName(s, ts, r.gap, i-len(w), i) || oneCharBefore(s, i-len(w), ts) || unitFieldsJoined(s, ts, i-len(w), i, e, r.suffix) || portfoliosJoined(s, ts, i-len(w), i, e, r.suffix)) || w == "的" && placeLedWords(s, i-len(w)) || fieldVerbInName(s, ts, w, i, e, r.suffix) || unitFieldVerb(s, ts, w, i, e, r.suffix) {
		r.i -= len(w)
		return scanOn
	}
	if lexicon.GenericPrefixes().Has(w) && lexicon.GenericPrefixes().Label(w, 0) != "deictic" || eachWordAt(s, ts, i-len(w), w) {
		if placedAfterVerb(s, ts, i, e, r.suffix) {
			// 相关线索移交|市纪委: the prefix ranks the verb's subject;
			// the place after the verb opens a name of its own.
			r.afterBoundary = true
			return scanStop
		}
		if k, ok := bodyAfterCategory(s, i, r.j(), r.e); ok {
			// 各县(区)人民政府|某某新区管委会: the category ends at its
			// ending; the name after it opens with its own place.
			r.i, r.afterBoundary = k, true
			return scanStop
		}
		return scanNone // 各县民政局, 有关单位: a category
	}
	if convenedMeeting(s, ts, w, e, r.suffix) {
		return scanNone // 召开|协商会: the meeting convened, no body
	}
	// After a word that points at the place (我市|市委, 我县|殡葬管理所)
	// the name is what follows it, if that names one body.
	r.afterBoundary = true
	return scanStop
}

// boundaryWord reports whether the boundary word w that ends at i is a
// word there: the segmenter cut it out whole, or guessed at the stretch
// (由市, 到市 are guesses, not words). 组织 inside 社会组织 is no boundary.
func boundaryWord(ts []segment.Token, i int, w string) bool {
	if len(ts) == 0 {
		return true
	}
	if k := tokenOver(ts, i); k < len(ts) {
		if t := ts[k]; t.Start < i {
			if t.Word == w || t.Tag == "x" && (!townGuess(t.Word) || levelGluedTo(t, i, w)) || t.End == i && strings.HasSuffix(t.Word, w) && utf8.RuneCountInString(t.Word) <= utf8.RuneCountInString(w) {
				return true
			}
			// A label the segmenter cut in two (发布/机构): words that start
			// and end where it does; or a guess of the segmenter's across
			// it (坟迁/x 往) where a word starts after it.
			return t.End == i && (startsWord(ts, i-len(w)) || guessedAt(ts, i-len(w)+1))
		}
	}
	return true
}

// bodyAfterCategory is where a body's name ending at e opens after a
// category's name that opens at i and runs on into it with no mark (各县
// (区)人民政府|某某高新区管委会|某某新区管委会, a 主送 line whose members
// lost their commas): the last agency ending in [i, j) after which the
// words open with a place or a zone's name. The category is every body of
// its kind, closed by its ending; a name that opens with its own place
// after it is one body (GOLD.md: every distinct name of a government
// body). A unit named after the category's ending with no place of its
// own (各县民政局|婚姻登记处) stays the category's.
func bodyAfterCategory(s string, i, j, e int) (int, bool) {
	for k := j; k > i; {
		if _, ok := lexicon.AgencySuffixes().EndingAt(s, k); ok && k < j && (agency.HasLocality(s[k:e]) || zoneOpens(s[k:e])) {
			return k, true
		}
		_, w := utf8.DecodeLastRuneInString(s[:k])
		k -= w
	}
	return 0, false
}

// levelGluedTo reports whether the segmenter's guess t is the boundary
// word w that ends at i and a bare level glued after it (由乡/x, 在村/x):
// a township's or a village's proper name has two characters or more
// before its level (splitTownStem), so the guess is the word and the level
// that opens the name after it (由|乡人民政府), no town's name.
func levelGluedTo(t segment.Token, i int, w string) bool {
	return t.Start == i-len(w) && strings.HasPrefix(t.Word, w) && lexicon.Levels().Has(t.Word[len(w):])
}

// placeGuessedOn reports whether the segmenter's guess that holds byte i
// ran the boundary word that ends at i onto a place of the gazetteer and
// a township's level (原民乐镇/x: 原, then 民乐 and 镇): the place opens the
// name, as it does where the guess stops at it. boundaryWord keeps a
// guess that ends in such a level whole (自怀镇, a town's own name), where
// what follows the boundary's character is no place.
func placeGuessedOn(s string, ts []segment.Token, i int) bool {
	if !guessedAt(ts, i) {
		return false
	}
	_, ok := lexicon.Places().At(s, i)
	return ok
}

// eachWordAt reports whether the segmenter read a word that counts bodies
// one by one (各) at i with the level it counts as one word (各县|区民政局,
// 各县/r): the name after it is a class as after 各 alone, the levels
// (县区) all the one level word that 各 counts.
func eachWordAt(s string, ts []segment.Token, i int, w string) bool {
	if lexicon.GenericPrefixes().Label(w, 0) != "each" {
		return false
	}
	k := tokenOver(ts, i+1)
	if k >= len(ts) || ts[k].Start != i || !strings.HasPrefix(ts[k].Word, w) {
		return false
	}
	l, _, ok := agency.LevelAt(s, i+len(w))
	return ok && i+len(w)+len(l) == ts[k].End
}

// boundaryInEnding reports whether the boundary word w that ends at i
// opens an agency ending that runs on past it (协调|领导小组 of 协调领导小组,
// a verb of the agency boundaries): the word is part of the body's name,
// as titleInEnding reads a title that opens one (委员|会), and the scan
// goes on through it (…管理工作协调领导小组办公室 is one name).
func boundaryInEnding(s string, i int, w string) bool {
	suf, ok := lexicon.AgencySuffixes().At(s, i-len(w))
	return ok && len(suf) > len(w)
}

// guessedWhole reports whether the segmenter guessed one word from j, where
// a boundary word stands, to the name's ending at e (县|发改局/x): a
// bureau's short name it does not know, read whole, whose first character
// only looks like a boundary word (发 of 发改, the development and reform
// commission's). Where the words after the boundary word, from i, open a
// name by themselves (或|本局/x: a word that points at the body, a place,
// a level), the guess glued the boundary word onto them, and it bounds
// the name; so it does where the ending alone follows it (以|墓园/x: the
// guess glued a preposition onto a kind of place, boundaryWordBefore).
func guessedWhole(s string, ts []segment.Token, j, i, e int) bool {
	k := tokenAt(ts, j)
	if k < 0 || ts[k].Tag != "x" || ts[k].End != e {
		return false
	}
	_, class := lexicon.GenericPrefixes().Prefix(s[i:e])
	return !class && !agency.HasLocality(s[i:e])
}

// placedAfterVerb reports whether a verb stands between a category's
// prefix that ends at i and the ending at e, with a place after it that
// opens the words up to the ending (相关线索移交|市纪委): the prefix ranks
// the noun the verb follows (相关线索, the clues concerned), and the
// verb's object is named by its place, one body (verbLeads starts the
// name after the verb).
func placedAfterVerb(s string, ts []segment.Token, i, e int, suffix string) bool {
	lv := lastVerb(s, ts, i, e-len(suffix), suffix)
	if lv < 0 || ts[lv].Start < i {
		return false
	}
	rest := s[ts[lv].End:e]
	return rest != "" && agency.HasLocality(rest) && !genericOpens(rest)
}

// genericOpens reports whether a word of category (各, 有关) opens name.
func genericOpens(name string) bool {
	_, ok := lexicon.GenericPrefixes().Prefix(name)
	return ok
}

// classNounOver reports whether the boundary word w that ends at i closes
// a class noun of bodies (公益组织, 慈善组织: the generic agencies) the
// segmenter cut in two (公益/n 组织/v): the word is the noun's, no verb,
// and a name that holds the noun (海曙区公益组织发展基金会) runs on past
// it to its place.
func classNounOver(s string, i int, w string) bool {
	c, ok := lexicon.GenericAgencies().EndingAt(s, i)
	return ok && len(c) > len(w) && strings.HasSuffix(c, w)
}

// classTermThrough reports whether a class noun of bodies (the generic
// agencies: 按位津贴学校, a kind of school) ends at the name's ending e and
// opens at or before the boundary word w that ends at i (按, a
// preposition elsewhere): the word is the term's, and the scan runs on
// over it, so the name read is the class's whole term.
func classTermThrough(s string, i int, w string, e int) bool {
	c, ok := lexicon.GenericAgencies().EndingAt(s, e)
	return ok && e-len(c) <= i-len(w)
}
