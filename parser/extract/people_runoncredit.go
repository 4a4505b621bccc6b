package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// runOnCreditVerb splits the credit verb off a closing credit run onto
// the last sentence (…火热开市。某某摄, …。某某报道): a photograph's caption
// or a report closes with the name and the verb of what was done, printed
// without the space a byline keeps (某某 摄, verbByline). The verb is a
// word of cue_words.tsv, creditverb; the name before it is the credit's
// bare name (role null, GOLD.md people). It returns the name and whether a
// verb closed the run; a run with no verb, or nothing before the verb,
// is returned whole.
func runOnCreditVerb(run string) (string, bool) {
	verbs := lexicon.CueWordList("creditverb")
	for i := range run {
		if i == 0 {
			continue
		}
		if verbs.Has(run[i:]) && utf8.RuneCountInString(run[:i]) >= 2 {
			return run[:i], true
		}
	}
	return run, false
}

// brokenRunOnCredits reads the closing credit run on at the end of a
// source line that the page joined to the next into one paragraph
// (…火热开市。某某摄|在活动现场…, | a source line's end): a photograph's
// caption is a line of its own, and its credit (the name and the verb,
// runOnCreditVerb) closes it, so the source line's end, not the
// paragraph's, ends the run. The run is read as runOnCredits reads a
// line's last: after the line's last sentence closer, a bare name and a
// credit verb (cue_words.tsv, creditverb) ending right at the break.
// A name the document (doc, whole) prints elsewhere without the verb
// after it (撰文：某某) is left to that place, which may print the
// person's title (GOLD.md, people: the title printed next to the name);
// the credit adds no one to the record.
func brokenRunOnCredits(t span.Text, words wordsAt, doc string) []schema.Person {
	s := t.String()
	verbs := lexicon.CueWordList("creditverb")
	var out []schema.Person
	for start, end := range lineSpans(s) {
		from := start
		for i := range s[start:end] {
			i += start
			if i == start || !t.HasBreakAt(i) {
				continue
			}
			run := s[from:i]
			from = i
			if last, _ := utf8.DecodeLastRuneInString(run); !verbs.MayEnd(last) {
				continue
			}
			k := strings.LastIndexAny(run, sentenceClosers)
			if k < 0 {
				continue // a line with no sentence before the credit
			}
			_, w := utf8.DecodeRuneInString(run[k:])
			at := i - len(run) + k + w
			at += photoTagLead(s[at:i]) // 。(资料图)某某摄: people_phototag.go
			name, ok := runOnCreditVerb(s[at:i])
			if !ok || reduplicated(name) || !bareName(name, words(at), at) || namedBare(doc, name, verbs) {
				continue
			}
			p := schema.Person{Name: name}
			p.Found = found(t, at, at+len(name), "people/run-on-credit")
			out = append(out, p)
		}
	}
	return out
}

// namedBare reports whether doc prints name at least once with no credit
// verb right after it (spaces between allowed).
func namedBare(doc, name string, verbs *lexicon.Words) bool {
	for i := strings.Index(doc, name); i >= 0; {
		j := i + len(name)
		rest := strings.TrimLeft(doc[j:], " \t\u3000")
		if _, ok := verbs.At(rest, 0); !ok {
			return true
		}
		k := strings.Index(doc[j:], name)
		if k < 0 {
			break
		}
		i = j + k
	}
	return false
}
