package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// townRest is the short form a passage names a township's body by again
// after its full name (大关镇|民政办 → 民政办): the rest after the
// township's name and level, as placedRest reads the rest after a place
// of the gazetteer, which holds few townships' names. townLevel reads
// the township as the segmenter cut its name. The rest is held to
// placedRest's checks: a name's shape of three characters or more, no
// kind of office alone.
func townRest(s string, words wordsAt, c candidate) (string, bool) {
	name := s[c.start:c.end]
	k := townLevel(name, c.start, words(c.start))
	if k < 0 {
		return "", false
	}
	lv, _, ok := agency.LevelAt(name, k)
	if !ok {
		return "", false
	}
	rest := name[k+len(lv):]
	if _, ok := lexicon.Levels().Suffix(rest); ok {
		// 城关镇|月池塘社区: a village or a community inside the
		// township is a division named by its own name, no short form.
		return "", false
	}
	return restNamesBody(rest)
}
