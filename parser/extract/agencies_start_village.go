package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// villageAfterTown reads a village's or a community's own name after the
// township it lies in (长淮街道|胜利|社区, 方庙街道|站塘|社区): its words
// hold what the segmenter reads as verbs, so the verbs that open no name
// (verbLeads, verbalNounLeads) are looked for up to the township's level
// only, unless the township acts on the community (江口街道完成|南浦社区).
type villageAfterTown struct{}

func (villageAfterTown) open(r *startReading) bool {
	if t := villageTown(r.s, r.i, r.words, r.suffix); t > 0 && !actAfterTown(r.s, r.ts, t, r.e, r.suffix) {
		r.words = t
	}
	return true
}

// villageListed reads a community's own name of common words as a
// member of a list beside a community named by a proper name
// (龙井社区和|长铺|社区: listedBesideNamed): the segmenter cuts an unknown
// name into words it may tag as verbs (长/a|铺/v), so the verbs that open
// no name are looked for before the member's words only.
type villageListed struct{}

func (villageListed) open(r *startReading) bool {
	j := r.j()
	if r.protect.words == nil || lexicon.AgencySuffixes().Label(r.suffix, 1) != "named" || !listedBesideNamed(r.s, r.protect.words, j, r.suffix) {
		return true
	}
	if st, ok := commonNameBefore(r.s, r.ts, j); ok && st >= r.i && st < r.words {
		r.words = st
	}
	return true
}

// townEndingAt is where the level word of a township (街道, 镇, 乡: the
// levels lexicon's 乡) starts that ends at k and closes a township's name
// (长淮|街道, 方庙|街道): a Chinese character of the name stands before
// it, and no word of category (各街道, 乡镇|街道 are classes); -1 if none.
func townEndingAt(s string, k int) int {
	w, ok := lexicon.Levels().EndingAt(s, k)
	if !ok || lexicon.Levels().Label(w, 0) != "乡" {
		return -1
	}
	start := k - len(w)
	if !hanBefore(s, start) {
		return -1
	}
	if _, class := lexicon.GenericPrefixes().EndingAt(s, start); class {
		return -1
	}
	return start
}

// villageTown is where the words of a village's or a community's own
// name start inside the name [i, j) that its level (the ending suffix,
// at j) closes: right after the level word of the named township it lies
// in (长淮街道|胜利社区, 方庙街道|站塘社区), or -1 where no township opens
// it. The last such level before the village's words counts.
func villageTown(s string, i, j int, suffix string) int {
	if w, level, ok := agency.LevelAt(suffix, 0); !ok || w != suffix || level != "村" {
		return -1
	}
	last := -1
	for k := i; k < j; {
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
		if k < j && townEndingAt(s, k) > i {
			last = k
		}
	}
	return last
}

// actAfterTown reports whether a verb after a township's name, at t,
// is the act of the township as a body on a community it names (江口街道
// 完成|南浦社区): a verb that plans or reports work (the stance words), or
// one a proper name or a place follows, as after a verb anywhere. The
// village's words are then no name of one (villageTown).
func actAfterTown(s string, ts []segment.Token, t, e int, suffix string) bool {
	return lastTokenIn(ts, t, e-len(suffix), func(k int) bool {
		rest := s[ts[k].End:e]
		return leadingVerb(ts[k].Tag) && (lexicon.Stance().Has(ts[k].Word) || agency.HasLocality(rest) || properNameOpens(rest, ts[k].End, ts))
	}) >= 0
}
