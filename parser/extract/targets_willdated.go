package extract

import "strings"

// 将于 before a time (大连将于近日向全市…共发放3535万元临时救济金) is the
// auxiliary of the future with the preposition of the time the act is
// set for: 将 of disposal takes a noun as its object, never 于, so the
// clause states a plan whatever the words between the time and the verb
// (a long prepositional phrase, 向全市…、…和百岁老人, that auxAt cannot
// walk), and it turns its paragraph ahead (told.deeds). Source:
// 《现代汉语八百词》 将 (副词, 将要), 于 (介词, 引进时间); cue_words.tsv lists
// 将于 with the prepositions of time (dateprep).
const willAtTime = "将于"

// willDated reports whether 将于 starts at i.
func willDated(s string, i int) bool { return strings.HasPrefix(s[i:], willAtTime) }
