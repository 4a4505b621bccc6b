package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
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
