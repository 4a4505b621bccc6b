package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// staffHeads are the head nouns of a staff label a news report prints
// before the name of whom it quotes (工作人员某某介绍说, 办证人员某某说):
// cue list staffhead. The label is no title of office, so the title rules
// do not read it; it is the person's role as printed.
func staffHeads() []string { return lexicon.CueList("staffhead") }

// staffQuoted reads the people a staff label names: the label (the word
// the segmenter read ending in a staff head, or the word before the head
// and the head) right before a name, and the name closed by a verb of
// saying (说, 称) or of an act a report prints after a name (介绍, 表示). A label before anything else (工作人员对全镇…,
// 工作人员严格落实) names no one: the name's closer is what shows the
// characters after the label are a name, not the label's object.
func staffQuoted(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for _, h := range staffHeads() {
		for off := 0; ; {
			k := strings.Index(s[off:], h)
			if k < 0 {
				break
			}
			i := off + k
			off = i + len(h)
			start, ok := staffLabelStart(s, words(i), i, off)
			if !ok {
				continue
			}
			label := s[start:off]
			if lexicon.Titles().Has(label) {
				continue // 特困人员: a title or status of its own, read by the title rules
			}
			name, ok := nameAfter(s, words(off), off)
			if !ok || !staffNameCloses(s, off+len(name)) {
				continue
			}
			p := schema.Person{Name: name, Role: &label, Titles: []string{label}}
			p.Found = found(t, start, off+len(name), "people/staff-quoted")
			out = append(out, p)
		}
	}
	return out
}

// staffLabelStart is where the staff label whose head stands at [i, end)
// opens: the start of the word the segmenter read ending at end where it
// took the head in (工作人员), else of the word of two Chinese characters
// right before the head (办证|人员). No label is read where the head stands
// inside a longer word or after no such word.
func staffLabelStart(s string, ts []segment.Token, i, end int) (int, bool) {
	if k := tokenEndingAt(ts, end); k >= 0 && ts[k].Start < i {
		return ts[k].Start, allHan(ts[k].Word)
	}
	if tokenAt(ts, i) < 0 {
		return 0, false
	}
	k := tokenEndingAt(ts, i)
	if k < 0 || utf8.RuneCountInString(ts[k].Word) != 2 || !allHan(ts[k].Word) {
		return 0, false
	}
	return ts[k].Start, true
}

// staffNameCloses reports whether a name after a staff label may end at j:
// a verb of saying or of an act a report prints right after a name. A mark
// of punctuation is no such closer: a label is the object of the verb
// before it often enough (做好人员管控，, 要求祭扫人员离场。) that the
// characters after it close a clause of their own, and a transcript's
// speaker (受助人员某某：) is one the report may not name.
func staffNameCloses(s string, j int) bool {
	if _, ok := sayVerbs().At(s, j); ok {
		return true
	}
	_, ok := actVerbs().At(s, j)
	return ok
}
