package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// communityRule marks a community named alone that namedCommunities found.
const communityRule = "named-community"

// namedCommunities finds a community named alone by words of the
// dictionary (玫瑰花园社区, a heading's subject) that the document prints
// elsewhere after the township it lies in (长江路街道玫瑰花园社区): the
// words read alone name a kind of community (城乡社区, 居家社区: endsWord),
// but the township's name before them elsewhere makes them this
// community's own name, one body wherever it is printed (GOLD.md: a unit
// that names one body in context is an agency). The name stands where a
// name opens: at a line's start or after a space or a mark, so that no
// word before it may be part of it.
func namedCommunities(s string, words wordsAt, e *Env) []candidate {
	if e == nil {
		return nil
	}
	var out []candidate
	levels := lexicon.Levels()
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if !levels.MayEnd(r) {
			continue
		}
		level, ok := levels.EndingAt(s, i)
		if !ok || levels.Label(level, 0) != "村" || lexicon.AgencySuffixes().Label(level, 1) != "named" {
			continue
		}
		j := i - len(level)
		if st, ok := communityWordsBefore(s, words(j), j); ok && e.printedAfterTown(s[st:i]) {
			out = append(out, candidate{st, i, communityRule})
		}
	}
	return out
}

// communityWordsBefore is where the common words (nouns, adjectives: up to
// two, villageNameRunes characters) that end at j start, where nothing
// but a line's start, a space or a mark stands before them.
func communityWordsBefore(s string, ts []segment.Token, j int) (int, bool) {
	k := tokenEndingAt(ts, j)
	for n := 0; n < 2 && k >= 0; n++ {
		switch ts[k].Tag {
		case "n", "vn", "a":
		default:
			return 0, false
		}
		st := ts[k].Start
		if utf8.RuneCountInString(s[st:j]) > villageNameRunes {
			return 0, false
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:st]); st == 0 || !unicode.Is(unicode.Han, r) {
			return st, true
		}
		if k == 0 || ts[k-1].End != st {
			return 0, false
		}
		k--
	}
	return 0, false
}

// printedAfterTown reports whether the document prints name right after
// a named township's level (长江路街道|玫瑰花园社区: townEndingAt).
func (e *Env) printedAfterTown(name string) bool {
	return e.printedWhere("town", name, func(whole string, j int) bool { return townEndingAt(whole, j) >= 0 })
}
