package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// headedBodies finds the body printed right before the title of its
// head and the head's name, where no ending of a body's name closes it
// (GOLD.md: 市委书记王智慧 → 市委, the body a title belongs to is an
// agency):
//   - a township's or a county's name, its place and its level, before
//     the title of the division's head (汊沽港镇|副镇长|李振宇): the title
//     holds the level word (镇长 of a 镇), so the title is the division's
//     and the division names its government;
//   - a unit named alone after the list's mark or a word that bounds a
//     name (、社区办|主任|李耀清): the unit of the body the text is about
//     that this person heads (GOLD.md: a unit that names one body in
//     context is an agency).
func headedBodies(s string, titles []title, words wordsAt) []candidate {
	var out []candidate
	last := chainEnds(s, titles)
	for k, t := range titles {
		if !headNamed(s, titles[last[k]], words) {
			continue
		}
		if i, ok := divisionBefore(s, words, t); ok {
			out = append(out, candidate{i, t.start, "headed-division"})
			continue
		}
		start := wordsBack(s, t.start, true)
		v := s[start:t.start]
		suffix, ok := lexicon.AgencySuffixes().Suffix(v)
		if !ok || lexicon.AgencySuffixes().Label(suffix, 0) != "unit" || len(v) == len(suffix) || !agency.Shape(v) || kindOfUnit(v) || agency.HasLocality(v) {
			continue
		}
		if start > 0 && !strings.HasSuffix(s[:start], "、") {
			continue // a list of people, each with the unit they head
		}
		out = append(out, candidate{start, t.start, "headed-unit"})
	}
	return out
}

// divisionBefore is where the name of the division starts whose level
// word ends right before the title t and whose head the title names (镇
// before 副镇长): the place's name before the level is a place of the
// gazetteer or a proper name the segmenter guessed, two characters at
// the least.
func divisionBefore(s string, words wordsAt, t title) (int, bool) {
	ts := words(t.start)
	k := tokenEndingAt(ts, t.start)
	if k < 1 {
		return 0, false
	}
	level := ts[k].Word
	if w, lv, ok := agency.LevelAt(level, 0); !ok || w != level || lv == "村" || !strings.Contains(t.word, level) || !agency.OpensWithLevel(level) {
		return 0, false // 社区|主任: a village's committee, named by its own ending
	}
	p := ts[k-1]
	if p.End != ts[k].Start || utf8.RuneCountInString(p.Word) < 2 {
		return 0, false
	}
	if place, ok := lexicon.Places().EndingAt(s, p.End); ok && len(place) >= len(p.Word) {
		return p.End - len(place), true
	}
	if properTag(p.Tag) {
		return p.Start, true
	}
	return 0, false
}
