package extract

import "bulletin/parser/lexicon"

// placeBeforeQuote is where the places that stand right before the
// opening quote at open begin (湖州市南浔区“某某运营中心”): a body whose
// own words a document quotes is named with its place before the quote,
// and the name runs from the place through the closing quote, the quotes
// kept as printed (GOLD.md: names as written); a quote that names its
// own place (湖州市“南浔区民政局”) is read alone, by the caller. Each place is a division
// of the gazetteer with its level (区, 县, 市), read back one after
// another, and the first opens a word of its own; -1 where none stands.
func placeBeforeQuote(s string, words wordsAt, open int) int {
	start := -1
	for k := open; ; {
		p, ok := lexicon.Places().EndingAt(s, k)
		if !ok {
			break
		}
		if l, level := lexicon.Levels().Suffix(p); !level || len(p) <= len(l) {
			break
		}
		k -= len(p)
		if words != nil && !startsWord(words(k), k) {
			break
		}
		start = k
	}
	return start
}
